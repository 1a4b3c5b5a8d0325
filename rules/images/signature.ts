/**
 * A mark's signature, the perceptual hash IT can put in the policy instead of the image:
 * the mark's opaque box cut into a GRID × GRID lattice of cells, each cell's mean grey
 * (16 levels) and whether the cell lies inside the mark (at least 90 % opaque).
 *
 * Two comparisons come from it (rules/images/search.ts):
 * - a masked difference hash (dHash): for each pair of neighbouring cells inside the mark
 *   that differ clearly, which one is brighter. Signs of differences ignore brightness and
 *   contrast and cost one comparison each: the fast first screen;
 * - the correlation of the inside cells' greys (mean-centred and scaled, so again
 *   brightness and contrast do not count): the final check.
 * Only inside cells take part, so a transparent logo matches on any background.
 *
 * Hex form: 1 byte version, 1 byte aspect ratio, GRID² bits "inside", then one hex digit
 * (grey level 0–15) per cell; 324 hex digits in all.
 */
import { checkRaster, luma, opaqueBox, type Raster } from './raster';

export const GRID = 16;
const CELLS = GRID * GRID;
/** Pairs across (GRID rows × GRID-1) then down ((GRID-1) rows × GRID). */
export const PAIRS = 2 * GRID * (GRID - 1);
const VERSION = 1;
export const SIGNATURE_HEX_LENGTH = 4 + CELLS / 4 + CELLS;
/** Fewer clear pairs than this and the mark is too plain to tell from other images. */
export const MIN_CARED_PAIRS = 64;
/** A cell counts as inside the mark when it is at least this opaque. */
const INSIDE = 0.9;

export interface MarkSignature {
  /** width / height of the mark's opaque box, between 1/4 and 4. */
  aspect: number;
  /** Per cell, row by row: 1 if inside the mark. */
  inside: Uint8Array;
  /** Per cell: mean grey, 0–15 (cells outside the mark: 0). */
  level: Uint8Array;
}

/** The dHash view of a signature: the pairs compared and which cell should be brighter. */
export interface PairHash {
  cared: Uint8Array;
  brighter: Uint8Array;
}

/** Pair p's two cells, as [row, column] in the lattice. */
export function pairCells(p: number): [[number, number], [number, number]] {
  if (p < GRID * (GRID - 1)) {
    const row = Math.floor(p / (GRID - 1));
    const col = p % (GRID - 1);
    return [[row, col], [row, col + 1]];
  }
  const q = p - GRID * (GRID - 1);
  const row = Math.floor(q / GRID);
  const col = q % GRID;
  return [[row, col], [row + 1, col]];
}

/** Pairs of inside cells at least two grey levels apart: flat areas, whose order JPEG noise flips, never vote. */
export function pairHash(s: MarkSignature): PairHash {
  const cared = new Uint8Array(PAIRS);
  const brighter = new Uint8Array(PAIRS);
  for (let p = 0; p < PAIRS; p++) {
    const [[r1, c1], [r2, c2]] = pairCells(p);
    const i = r1 * GRID + c1;
    const j = r2 * GRID + c2;
    if (!s.inside[i] || !s.inside[j]) continue;
    const diff = s.level[i]! - s.level[j]!;
    if (Math.abs(diff) < 2) continue;
    cared[p] = 1;
    brighter[p] = diff > 0 ? 1 : 0;
  }
  return { cared, brighter };
}

export function caredCount(s: MarkSignature): number {
  let n = 0;
  for (const c of pairHash(s).cared) n += c;
  return n;
}

/** The signature of a mark image (PNG with transparency, or a flat JPEG); throws with a reason. */
export function markSignature(r: Raster): MarkSignature {
  checkRaster(r);
  const box = opaqueBox(r);
  if (!box) throw new Error('the image is fully transparent');
  if (box.width < GRID || box.height < GRID) throw new Error(`the mark is smaller than ${GRID}×${GRID} pixels`);
  const aspect = box.width / box.height;
  if (aspect > 4 || aspect < 0.25) throw new Error('the mark is more than 4 times wider than tall (or taller than wide)');
  // Per cell: alpha-weighted grey (the mark's own colours, whatever was behind it) and coverage.
  const ga = new Float64Array(CELLS);
  const a = new Float64Array(CELLS);
  const n = new Float64Array(CELLS);
  for (let y = 0; y < box.height; y++) {
    const row = Math.floor((y * GRID) / box.height) * GRID;
    for (let x = 0; x < box.width; x++) {
      const p = ((box.y + y) * r.width + box.x + x) * 4;
      const alpha = r.data[p + 3]! / 255;
      const c = row + Math.floor((x * GRID) / box.width);
      ga[c]! += luma(r.data[p]!, r.data[p + 1]!, r.data[p + 2]!) * alpha;
      a[c]! += alpha;
      n[c]! += 1;
    }
  }
  const inside = new Uint8Array(CELLS);
  const level = new Uint8Array(CELLS);
  for (let c = 0; c < CELLS; c++) {
    if (a[c]! / n[c]! < INSIDE) continue;
    inside[c] = 1;
    level[c] = Math.min(15, Math.round(ga[c]! / a[c]! / 17));
  }
  const signature = { aspect, inside, level };
  if (caredCount(signature) < MIN_CARED_PAIRS) throw new Error('the mark has too little detail to be recognized reliably');
  return signature;
}

const aspectByte = (aspect: number) => Math.round(Math.log2(aspect) * 32) + 128;

export function signatureToHex(s: MarkSignature): string {
  let hex = [VERSION, aspectByte(s.aspect)].map((b) => b.toString(16).padStart(2, '0')).join('');
  for (let i = 0; i < CELLS; i += 4) hex += ((s.inside[i]! << 3) | (s.inside[i + 1]! << 2) | (s.inside[i + 2]! << 1) | s.inside[i + 3]!).toString(16);
  for (const l of s.level) hex += l.toString(16);
  return hex;
}

function fromHex(hex: string): MarkSignature {
  const h = hex.toLowerCase();
  const inside = new Uint8Array(CELLS);
  for (let i = 0; i < CELLS / 4; i++) {
    const d = parseInt(h[4 + i]!, 16);
    for (let b = 0; b < 4; b++) inside[i * 4 + b] = (d >> (3 - b)) & 1;
  }
  const level = Uint8Array.from(h.slice(4 + CELLS / 4), (d) => parseInt(d, 16));
  return { aspect: 2 ** ((parseInt(h.slice(2, 4), 16) - 128) / 32), inside, level };
}

/** Why a hex string is not a usable signature, or undefined when it is. */
export function signatureHexProblem(hex: string): string | undefined {
  if (!/^[0-9a-f]*$/i.test(hex)) return 'is not hexadecimal';
  if (hex.length !== SIGNATURE_HEX_LENGTH) return `has ${hex.length} hex digits, not ${SIGNATURE_HEX_LENGTH} (make it with npm run mark-hash)`;
  if (parseInt(hex.slice(0, 2), 16) !== VERSION) return `is not a version-${VERSION} mark hash`;
  const aspect = parseInt(hex.slice(2, 4), 16);
  if (aspect < 64 || aspect > 192) return 'has an aspect ratio beyond 1:4 or 4:1';
  const s = fromHex(hex);
  for (let c = 0; c < CELLS; c++) if (!s.inside[c] && s.level[c]) return 'is damaged (a grey level for a cell outside the mark)';
  if (caredCount(s) < MIN_CARED_PAIRS) return 'describes a mark with too little detail to be recognized reliably';
  return undefined;
}

export function signatureFromHex(hex: string): MarkSignature {
  const why = signatureHexProblem(hex);
  if (why) throw new Error(`mark hash ${why}`);
  return fromHex(hex);
}
