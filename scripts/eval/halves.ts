// The fixed halves of a public set (scripts/eval/public-rows.ts): develop on A, check on B.

/** FNV-1a, 32 bits: the half a row belongs to never changes. */
export function half(key: string): 'A' | 'B' {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'A' : 'B';
}
