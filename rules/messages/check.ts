import type { EmptyRequest } from './index';
import { MAX_TERM_LENGTH } from './drafts';
import type { PostingIdentity } from '../schema';

/** Shared pieces of the message validators. */

/** Longest site id a message may name (an adapter id such as "x"). */
export const MAX_SITE_LENGTH = 64;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export const MAX_TERMS = 500;

export function empty(name: string) {
  return (data: unknown): EmptyRequest | string =>
    isRecord(data) && Object.keys(data).length === 0 ? {} : `${name}: payload must be an empty object`;
}

export function isTermList(v: unknown): v is string[] {
  return (
    Array.isArray(v) &&
    v.length <= MAX_TERMS &&
    v.every((t) => typeof t === 'string' && t.trim().length > 0 && t.length <= MAX_TERM_LENGTH)
  );
}

export function isSite(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_SITE_LENGTH;
}

export function isIdentity(v: unknown): v is PostingIdentity {
  return v === 'official' || v === 'personal';
}
