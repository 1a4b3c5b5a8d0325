/**
 * An object's own fields, typed arrays included, as JSON, and the object back without running
 * its constructor. The engine tables (tables.ts) ship the literal automaton this way: building
 * it from its compact form (literals.ts) runs loops over ~23,000 states and ~140,000 packed
 * digits, which in a freshly started worker run in V8's interpreter (measured: ~50 ms the first
 * time in a fresh process, ~7 ms the second); decoding an image is one native base64 decode and
 * one native widening copy per array (issue 18).
 *
 * Generic on purpose: it holds whatever fields the class has (literals.ts may change them),
 * provided they are typed arrays, numbers, strings, booleans, null or plain JSON; anything else
 * (a Map, another class) fails at build time, not in a worker. `#private` fields are not own
 * properties and would be lost: tests/unit/instanceImage.test.ts compares a restored automaton's
 * scans with the original's.
 */

type Width = 'u8' | 'i8' | 'u16' | 'i16' | 'i32' | 'u32' | 'f32' | 'f64';
type Field = { array: string; width: Width; base64: string } | { json: unknown };
export interface InstanceImage {
  v: 1;
  fields: Record<string, Field>;
}

type TypedArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;
const ARRAYS = { Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array } as const;
const WIDTHS = { u8: Uint8Array, i8: Int8Array, u16: Uint16Array, i16: Int16Array, i32: Int32Array, u32: Uint32Array, f32: Float32Array, f64: Float64Array } as const;

/** The narrowest array that holds every value exactly (fewer bytes to ship and decode). */
function narrowest(a: TypedArray): Width {
  if (a instanceof Float32Array) return 'f32';
  if (a instanceof Float64Array) return 'f64';
  let min = 0;
  let max = 0;
  for (const x of a) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min >= 0) return max <= 0xff ? 'u8' : max <= 0xffff ? 'u16' : 'u32';
  return min >= -0x80 && max <= 0x7f ? 'i8' : min >= -0x8000 && max <= 0x7fff ? 'i16' : 'i32';
}

const nameOf = (a: TypedArray) => Object.entries(ARRAYS).find(([, C]) => a instanceof C)?.[0];

function isPlainJson(x: unknown): boolean {
  if (x === null || ['string', 'number', 'boolean'].includes(typeof x)) return typeof x !== 'number' || Number.isFinite(x);
  if (Array.isArray(x)) return x.every(isPlainJson);
  if (typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) return Object.values(x as object).every(isPlainJson);
  return false;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64(s: string): Uint8Array {
  const native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(s);
  // Browsers before base64 in Uint8Array (Chrome 140, Firefox 133).
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The own fields of `obj` but `skip` (build time, Node). Throws on a field it cannot hold. */
export function imageOf(obj: object, skip: readonly string[] = []): InstanceImage {
  const fields: Record<string, Field> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (skip.includes(key)) continue;
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const a = value as TypedArray;
      const array = nameOf(a);
      if (!array) throw new Error(`instance image: field ${key} is an array of an unknown kind`);
      const width = narrowest(a);
      fields[key] = { array, width, base64: toBase64(new Uint8Array(WIDTHS[width].from(a as ArrayLike<number>).buffer)) };
    } else if (isPlainJson(value)) fields[key] = { json: value };
    else throw new Error(`instance image: field ${key} is neither a typed array nor plain JSON`);
  }
  return { v: 1, fields };
}

/** An object of `proto` with the image's fields and `extra`, its constructor not run. */
export function fromImage<T extends object>(proto: T, image: InstanceImage, extra: Record<string, unknown> = {}): T {
  if (image.v !== 1) throw new Error('instance image: unknown version');
  const out = Object.create(proto) as Record<string, unknown>;
  // `extra` first: a constructor's parameter properties come before its other fields (the same shape).
  Object.assign(out, extra);
  for (const [key, f] of Object.entries(image.fields)) {
    if ('json' in f) {
      out[key] = f.json;
      continue;
    }
    const bytes = fromBase64(f.base64);
    // A fresh buffer from the decoder: aligned for any width. Little-endian, as built (every browser we run in).
    const narrow = new WIDTHS[f.width](bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / WIDTHS[f.width].BYTES_PER_ELEMENT);
    const Kind = ARRAYS[f.array as keyof typeof ARRAYS];
    out[key] = narrow instanceof Kind ? narrow : new Kind(narrow);
  }
  return out as T;
}
