/**
 * The language every setting is described in: spec types derived from the TypeScript types
 * they describe (`SpecFor<Settings>` makes the compiler reject a spec that misses a key, has an
 * extra one or gives a key the wrong kind of type).
 */
import type { LocalizableText } from '../schema';

export interface Described {
  /** English text for chrome://policy, the admin templates and docs/deployment.md. */
  description: string;
}
export interface BooleanSpec extends Described {
  type: 'boolean';
}
export interface IntegerSpec extends Described {
  type: 'integer';
  minimum: number;
  maximum: number;
}
export type StringSpec<T> = Described & { type: 'string'; maxLength: number; minLength?: number } & (string extends T
    ? { enum?: undefined; check?: (value: string) => string | undefined }
    : { enum: readonly T[] });
/** Text IT may write once or per language: a string, or `{ "en": …, "es": … }`. */
export interface LocalizableSpec extends Described {
  type: 'localizable';
  maxLength: number;
}
export interface ArraySpec<U> extends Described {
  type: 'array';
  items: SpecFor<U>;
  maxItems: number;
  /** Drop duplicate items (by JSON) instead of reporting them. */
  unique?: boolean;
}
export type ObjectSpec<T> = Described & {
  type: 'object';
  properties: { [K in keyof T]-?: SpecFor<NonNullable<T[K]>> };
  required: readonly (keyof T)[];
  /** Values for optional keys the policy leaves out (e.g. an organization's contacts: []). */
  defaults?: Partial<T>;
  /**
   * Each property is its own item (categories: one override per category): a bad one is
   * skipped and reported, the others apply, as for the items of a list.
   */
  eachKeyAnItem?: boolean;
  /** Extra rule over the whole object once its properties are valid. */
  check?: (value: T) => string | undefined;
};

/** The spec a value of type T must have: the compiler keeps spec and type in sync. */
export type SpecFor<T> = [T] extends [boolean]
  ? BooleanSpec
  : [T] extends [number]
    ? IntegerSpec
    : [T] extends [string]
      ? StringSpec<T>
      : [LocalizableText] extends [T]
        ? LocalizableSpec
      : [T] extends [readonly (infer U)[]]
        ? ArraySpec<U>
        : [T] extends [object]
          ? ObjectSpec<T>
          : never;

/** Loose view used by the generic walkers below. */
export type AnySpec = Described & {
  type: 'boolean' | 'integer' | 'string' | 'localizable' | 'array' | 'object';
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  enum?: readonly string[];
  items?: AnySpec;
  maxItems?: number;
  unique?: boolean;
  properties?: Record<string, AnySpec>;
  required?: readonly string[];
  defaults?: Record<string, unknown>;
  eachKeyAnItem?: boolean;
  check?: (value: never) => string | undefined;
};
