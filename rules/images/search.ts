/**
 * Finds a configured mark anywhere in a picture: the whole picture, or a part of it at any
 * size down to MIN_MARK_SIDE (on the picture shrunk to ANALYSIS_SIDE). A sliding window
 * of the mark's shape visits every scale (SCALE_STEP apart) and every position (half a cell
 * apart); each window's cell lattice is compared with the mark's difference hash pair by
 * pair, in a fixed shuffled order, and a window is dropped as soon as it has more
 * disagreements than a candidate may have (or clearly too many early on). The best
 * candidates are then searched around at finer scales and offsets, and the decision is
 * the correlation of the inside cells' greys (signature.ts). The work is bounded: at most
 * ANALYSIS_SIDE² pixels, a fixed number of scales, a fixed number of candidates refined,
 * and at most MAX_MARKS marks.
 */
import { GRID, PAIRS, pairCells, pairHash, type MarkSignature } from './signature';
import { toGray, type GrayImage, type Raster } from './raster';

export const ANALYSIS_SIDE = 512;
/** Smallest mark found, in pixels of the picture shrunk to ANALYSIS_SIDE (its shorter side). */
export const MIN_MARK_SIDE = 40;
export const SCALE_STEP = 1.12;
/** Window step, in cells: the refinement then searches within half a cell. */
const STRIDE = 1;
/** Correlation of the inside cells' greys a window must reach to count as the mark. */
export const ACCEPT = 0.8;
/** Windows agreeing with this share of the difference hash are candidates. */
const CANDIDATE = 0.7;
/** Early check: after EARLY pairs a window must agree on at least EARLY_AGREE of them. */
const EARLY = 16;
const EARLY_AGREE = 0.6;
const MAX_CANDIDATES = 12;
export const MAX_MARKS = 20;

export interface NamedSignature {
  name: string;
  signature: MarkSignature;
}

export interface MarkMatch {
  name: string;
  /** Correlation of the best window's cell greys with the mark's (up to 1). */
  score: number;
  /** Where, in the picture's own pixels. */
  box: { x: number; y: number; width: number; height: number };
}

export interface SearchResult {
  /** The best match at or above ACCEPT, or null. */
  match: MarkMatch | null;
  /** The best correlation seen for any candidate (how close unrelated pictures come); 0 without candidates. */
  bestScore: number;
  /** Windows compared (a measure of the work done). */
  windows: number;
}

interface Prepared {
  name: string;
  aspect: number;
  /** Cared pairs in shuffled order: cell coordinates and expected order. */
  a: Array<[number, number]>;
  b: Array<[number, number]>;
  brighter: Uint8Array;
  n: number;
  /** Inside cells (index) and their mean-centred, unit-length greys. */
  cells: Int32Array;
  centred: Float64Array;
}

/** A fixed shuffle (so results never vary run to run) that spreads early pairs over the mark. */
function shuffled(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let seed = 0x2f6b3a1d;
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function prepare(mark: NamedSignature): Prepared {
  const hash = pairHash(mark.signature);
  const pairs: number[] = [];
  for (let p = 0; p < PAIRS; p++) if (hash.cared[p]) pairs.push(p);
  const order = shuffled(pairs.length).map((i) => pairs[i]!);
  const cells: number[] = [];
  mark.signature.inside.forEach((v, c) => v && cells.push(c));
  const centred = unit(Float64Array.from(cells, (c) => mark.signature.level[c]!));
  return {
    name: mark.name,
    aspect: mark.signature.aspect,
    a: order.map((p) => pairCells(p)[0]),
    b: order.map((p) => pairCells(p)[1]),
    brighter: Uint8Array.from(order, (p) => hash.brighter[p]!),
    n: order.length,
    cells: Int32Array.from(cells),
    centred,
  };
}

/** Mean-centred and scaled to length 1 (all zeros when flat). */
function unit(v: Float64Array): Float64Array {
  let mean = 0;
  for (const x of v) mean += x;
  mean /= v.length || 1;
  let norm = 0;
  const out = v.map((x) => x - mean);
  for (const x of out) norm += x * x;
  norm = Math.sqrt(norm);
  return norm > 1e-9 ? out.map((x) => x / norm) : out.fill(0);
}

/** Summed-area table: any box's sum in four look-ups. */
function integral(img: GrayImage): Float64Array {
  const w = img.width + 1;
  const s = new Float64Array(w * (img.height + 1));
  for (let y = 0; y < img.height; y++) {
    let row = 0;
    for (let x = 0; x < img.width; x++) {
      row += img.gray[y * img.width + x]!;
      s[(y + 1) * w + x + 1] = s[y * w + x + 1]! + row;
    }
  }
  return s;
}

interface Window {
  x: number;
  y: number;
  w: number;
  h: number;
  score: number;
}

/** One window's correlation with the mark (fractional cells, from the summed-area table). */
function scoreAt(sat: Float64Array, img: GrayImage, m: Prepared, x: number, y: number, w: number, h: number): number {
  const W = img.width + 1;
  const cw = w / GRID;
  const ch = h / GRID;
  const cell = new Float64Array(GRID * GRID);
  for (let i = 0; i < GRID; i++) {
    const y0 = Math.round(y + i * ch);
    const y1 = Math.max(y0 + 1, Math.round(y + (i + 1) * ch));
    for (let j = 0; j < GRID; j++) {
      const x0 = Math.round(x + j * cw);
      const x1 = Math.max(x0 + 1, Math.round(x + (j + 1) * cw));
      const sum = sat[y1 * W + x1]! - sat[y0 * W + x1]! - sat[y1 * W + x0]! + sat[y0 * W + x0]!;
      cell[i * GRID + j] = sum / ((x1 - x0) * (y1 - y0));
    }
  }
  const seen = unit(Float64Array.from(m.cells, (c) => cell[c]!));
  let r = 0;
  for (let k = 0; k < seen.length; k++) r += seen[k]! * m.centred[k]!;
  return r;
}

/** Every window of one mark at one scale, on a grid of half-cell steps. */
function scan(sat: Float64Array, img: GrayImage, m: Prepared, w: number, h: number, keep: Window[], count: { windows: number }): void {
  const W = img.width;
  const cw = w / GRID;
  const ch = h / GRID;
  const bw = Math.max(1, Math.round(cw));
  const bh = Math.max(1, Math.round(ch));
  // Box sums of bw × bh at every position: a cell's value is one look-up.
  const BW = W - bw + 1;
  const BH = img.height - bh + 1;
  const box = new Float32Array(BW * BH);
  const S = W + 1;
  for (let y = 0; y < BH; y++) {
    for (let x = 0; x < BW; x++) {
      box[y * BW + x] = sat[(y + bh) * S + x + bw]! - sat[y * S + x + bw]! - sat[(y + bh) * S + x]! + sat[y * S + x]!;
    }
  }
  const offA = Int32Array.from(m.a, ([r, c]) => Math.round(r * ch) * BW + Math.round(c * cw));
  const offB = Int32Array.from(m.b, ([r, c]) => Math.round(r * ch) * BW + Math.round(c * cw));
  const maxDx = Math.round((GRID - 1) * cw);
  const maxDy = Math.round((GRID - 1) * ch);
  const sx = Math.max(1, Math.round(cw * STRIDE));
  const sy = Math.max(1, Math.round(ch * STRIDE));
  const allowed = Math.floor((1 - CANDIDATE) * m.n);
  const early = Math.min(EARLY, m.n);
  const earlyAllowed = Math.floor((1 - EARLY_AGREE) * early);
  for (let y = 0; y + maxDy < BH; y += sy) {
    for (let x = 0; x + maxDx < BW; x += sx) {
      count.windows++;
      const o = y * BW + x;
      let miss = 0;
      let k = 0;
      for (; k < m.n; k++) {
        if (box[o + offA[k]!]! > box[o + offB[k]!]! !== (m.brighter[k] === 1) && ++miss > allowed) break;
        if (k === early - 1 && miss > earlyAllowed) break;
      }
      if (k < m.n) continue;
      keep.push({ x, y, w, h, score: 1 - miss / m.n });
    }
  }
}

/** Searches around a candidate, scales ±6 % and offsets ±half a cell, for the best correlation. */
function refine(sat: Float64Array, img: GrayImage, m: Prepared, c: Window, count: { windows: number }): Window {
  let best: Window = { ...c, score: -1 };
  for (const f of [0.94, 0.97, 1, 1.03, 1.06]) {
    const w = c.w * f;
    const h = c.h * f;
    const cx = c.x + c.w / 2;
    const cy = c.y + c.h / 2;
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        const x = cx - w / 2 + (dx * w) / GRID / 4;
        const y = cy - h / 2 + (dy * h) / GRID / 4;
        if (x < 0 || y < 0 || x + w > img.width || y + h > img.height) continue;
        count.windows++;
        const score = scoreAt(sat, img, m, x, y, w, h);
        if (score > best.score) best = { x, y, w, h, score };
      }
    }
  }
  return best;
}

/** Whether (and where) the picture shows one of the marks. Pure; never throws on a valid raster. */
export function findMarks(picture: Raster, marks: NamedSignature[]): SearchResult {
  const img = toGray(picture, ANALYSIS_SIDE);
  const back = picture.width / img.width;
  const sat = integral(img);
  const count = { windows: 0 };
  let bestScore = 0;
  let match: MarkMatch | null = null;
  for (const mark of marks.slice(0, MAX_MARKS)) {
    const m = prepare(mark);
    const near: Window[] = [];
    // Largest window first: the whole picture is the commonest case (a logo posted as is).
    let w = Math.min(img.width, img.height * m.aspect);
    for (; Math.min(w, w / m.aspect) >= MIN_MARK_SIDE; w /= SCALE_STEP) {
      scan(sat, img, m, w, w / m.aspect, near, count);
    }
    near.sort((p, q) => q.score - p.score);
    for (const c of near.slice(0, MAX_CANDIDATES)) {
      const r = refine(sat, img, m, c, count);
      bestScore = Math.max(bestScore, r.score);
      if (r.score >= ACCEPT && (!match || r.score > match.score)) {
        match = {
          name: m.name,
          score: r.score,
          box: { x: Math.round(r.x * back), y: Math.round(r.y * back), width: Math.round(r.w * back), height: Math.round(r.h * back) },
        };
      }
    }
  }
  return { match, bestScore, windows: count.windows };
}
