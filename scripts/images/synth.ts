/**
 * Synthetic pictures for the image tests and `npm run eval`: an ORIGINAL made-up "city
 * seal" (we have no real City logo, and ship none), transforms of it (resizing, JPEG
 * re-compression, new backgrounds, placement on bigger pictures), and unrelated pictures
 * (gradients, noise, shapes, text-like lines, photo-like textures, other round badges).
 * Deterministic: every generator takes a seed.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Raster } from '../../rules/images/raster';
import { prng } from '../judgement-model/seeded';

export type RGBA = [number, number, number, number];

export function blank(width: number, height: number, color: RGBA = [0, 0, 0, 0]): Raster {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(color, i);
  return { width, height, data };
}

/** A small seeded PRNG (mulberry32), shared with the trainers and the bench. */
export const rng = prng;

/**
 * Paints a shape given as an inside test, with alpha over. Anti-aliased: a pixel whose
 * centre and corners disagree is supersampled 4×4.
 */
export function fill(r: Raster, inside: (x: number, y: number) => boolean, color: RGBA, bounds?: [number, number, number, number]): void {
  const [x0, y0, x1, y1] = bounds ?? [0, 0, r.width, r.height];
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(r.height, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(r.width, Math.ceil(x1)); x++) {
      const c = inside(x + 0.5, y + 0.5);
      if (c === inside(x, y) && c === inside(x + 1, y) && c === inside(x, y + 1) && c === inside(x + 1, y + 1)) {
        if (c) blendPixel(r, x, y, color, 1);
        continue;
      }
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
      if (hits) blendPixel(r, x, y, color, hits / 16);
    }
  }
}

function blendPixel(r: Raster, x: number, y: number, [cr, cg, cb, ca]: RGBA, coverage: number): void {
  const p = (y * r.width + x) * 4;
  const a = (ca / 255) * coverage;
  const d = r.data;
  const da = d[p + 3]! / 255;
  const oa = a + da * (1 - a);
  if (oa <= 0) return;
  d[p] = (cr * a + d[p]! * da * (1 - a)) / oa;
  d[p + 1] = (cg * a + d[p + 1]! * da * (1 - a)) / oa;
  d[p + 2] = (cb * a + d[p + 2]! * da * (1 - a)) / oa;
  d[p + 3] = oa * 255;
}

const disc = (cx: number, cy: number, rad: number) => (x: number, y: number) => (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad;
const ring = (cx: number, cy: number, r0: number, r1: number) => (x: number, y: number) => {
  const d = (x - cx) ** 2 + (y - cy) ** 2;
  return d >= r0 * r0 && d <= r1 * r1;
};

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number) {
  const s = (px: number, py: number, qx: number, qy: number, x: number, y: number) => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x: number, y: number) => {
    const d1 = s(ax, ay, bx, by, x, y);
    const d2 = s(bx, by, cx, cy, x, y);
    const d3 = s(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

function star(cx: number, cy: number, outer: number, inner: number) {
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 ? inner : outer;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([cx + rad * Math.cos(a), cy + rad * Math.sin(a)]);
  }
  return (x: number, y: number) => {
    // Even-odd point-in-polygon.
    let inside = false;
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i]!;
      const [xj, yj] = pts[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/**
 * The made-up "City of Example" seal: a navy ring with light block "lettering", a cream
 * field with a gold star, a sun, two green mountains and blue water stripes. Transparent
 * outside the circle. Drawn for this project; it imitates no real seal.
 */
export function drawSeal(size = 256): Raster {
  const r = blank(size, size);
  const k = size / 256;
  const c = 128 * k;
  fill(r, disc(c, c, 124 * k), [29, 53, 87, 255]);
  // "Lettering": blocks of varying width around the ring, a gap at the bottom.
  const letters = rng(7);
  for (let a = -Math.PI * 0.8; a < Math.PI * 0.8; ) {
    const width = (0.05 + letters() * 0.07) * (letters() < 0.15 ? 0.4 : 1);
    const tall = letters() < 0.3 ? 9 : 12;
    const a0 = a;
    const a1 = a + width;
    // Bounds: the corners of the block (angle 0 points up, clockwise).
    const pts = [a0, a1].flatMap((t) => [106, 118].map((d) => [c + d * k * Math.sin(t), c - d * k * Math.cos(t)] as const));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    fill(r, (x, y) => {
      const ang = Math.atan2(x - c, -(y - c));
      const d = Math.hypot(x - c, y - c) / k;
      return ang >= a0 && ang <= a1 && d >= 112 - tall / 2 && d <= 112 + tall / 2;
    }, [241, 227, 196, 255], [Math.min(...xs) - 2, Math.min(...ys) - 2, Math.max(...xs) + 2, Math.max(...ys) + 2]);
    a = a1 + 0.035 + (letters() < 0.2 ? 0.08 : 0);
  }
  fill(r, disc(c, c, 98 * k), [241, 227, 196, 255]);
  fill(r, ring(c, c, 92 * k, 96 * k), [29, 53, 87, 255]);
  // Sun behind the mountains, the star above.
  fill(r, disc(c + 22 * k, c + 4 * k, 26 * k), [233, 166, 44, 255]);
  fill(r, star(c, c - 52 * k, 22 * k, 9 * k), [214, 150, 20, 255]);
  fill(r, triangle(c - 86 * k, c + 40 * k, c - 30 * k, c - 26 * k, c + 20 * k, c + 40 * k), [38, 104, 66, 255]);
  fill(r, triangle(c - 10 * k, c + 40 * k, c + 38 * k, c - 10 * k, c + 88 * k, c + 40 * k), [52, 130, 80, 255]);
  // Water: stripes across the bottom of the field, clipped to it.
  for (let i = 0; i < 4; i++) {
    const y0 = c + (44 + i * 11) * k;
    fill(r, (x, y) => y >= y0 && y <= y0 + 6 * k && (x - c) ** 2 + (y - c) ** 2 <= (91 * k) ** 2, [52, 101, 164, 255], [0, y0 - 1, size, y0 + 7 * k + 1]);
  }
  return r;
}

/** Another round badge (a hard negative): same kind of design, different content. */
export function drawOtherBadge(seed: number, size = 256): Raster {
  const g = rng(seed);
  const r = blank(size, size);
  const c = size / 2;
  const col = (): RGBA => [Math.floor(g() * 255), Math.floor(g() * 255), Math.floor(g() * 255), 255];
  const ringColor = col();
  fill(r, disc(c, c, c - 2), ringColor);
  fill(r, disc(c, c, c * (0.6 + g() * 0.2)), col());
  const shapes = 3 + Math.floor(g() * 5);
  for (let i = 0; i < shapes; i++) {
    const x = c + (g() - 0.5) * c;
    const y = c + (g() - 0.5) * c;
    if (g() < 0.5) fill(r, disc(x, y, c * (0.08 + g() * 0.2)), col());
    else fill(r, star(x, y, c * (0.1 + g() * 0.2), c * 0.06), col());
  }
  return r;
}

/** Area-average when shrinking, bilinear when enlarging. */
export function resize(src: Raster, width: number, height: number): Raster {
  const out = blank(width, height);
  if (width <= src.width && height <= src.height) {
    const sum = new Float64Array(width * height * 4);
    const n = new Float64Array(width * height);
    for (let y = 0; y < src.height; y++) {
      const oy = Math.min(height - 1, Math.floor((y * height) / src.height));
      for (let x = 0; x < src.width; x++) {
        const o = oy * width + Math.min(width - 1, Math.floor((x * width) / src.width));
        const p = (y * src.width + x) * 4;
        const a = src.data[p + 3]!;
        // Premultiplied, so transparent pixels do not darken the edges.
        sum[o * 4]! += src.data[p]! * a;
        sum[o * 4 + 1]! += src.data[p + 1]! * a;
        sum[o * 4 + 2]! += src.data[p + 2]! * a;
        sum[o * 4 + 3]! += a;
        n[o]! += 1;
      }
    }
    for (let o = 0; o < width * height; o++) {
      const a = sum[o * 4 + 3]!;
      if (a > 0) for (let ch = 0; ch < 3; ch++) out.data[o * 4 + ch] = sum[o * 4 + ch]! / a;
      out.data[o * 4 + 3] = a / n[o]!;
    }
    return out;
  }
  const d = src.data;
  for (let y = 0; y < height; y++) {
    const fy = Math.max(0, Math.min(src.height - 1, ((y + 0.5) * src.height) / height - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(src.height - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.max(0, Math.min(src.width - 1, ((x + 0.5) * src.width) / width - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(src.width - 1, x0 + 1);
      const tx = fx - x0;
      const p00 = (y0 * src.width + x0) * 4;
      const p10 = (y0 * src.width + x1) * 4;
      const p01 = (y1 * src.width + x0) * 4;
      const p11 = (y1 * src.width + x1) * 4;
      const o = (y * width + x) * 4;
      for (let ch = 0; ch < 4; ch++) {
        out.data[o + ch] = (d[p00 + ch]! * (1 - tx) + d[p10 + ch]! * tx) * (1 - ty) + (d[p01 + ch]! * (1 - tx) + d[p11 + ch]! * tx) * ty;
      }
    }
  }
  return out;
}

/** Draws `fg` over `bg` (alpha over) with its top-left corner at (x, y); returns a new raster. */
export function place(bg: Raster, fg: Raster, x: number, y: number): Raster {
  const out: Raster = { width: bg.width, height: bg.height, data: new Uint8ClampedArray(bg.data) };
  for (let j = 0; j < fg.height; j++) {
    for (let i = 0; i < fg.width; i++) {
      const tx = x + i;
      const ty = y + j;
      if (tx < 0 || ty < 0 || tx >= bg.width || ty >= bg.height) continue;
      const p = (j * fg.width + i) * 4;
      const a = fg.data[p + 3]!;
      if (a) blendPixel(out, tx, ty, [fg.data[p]!, fg.data[p + 1]!, fg.data[p + 2]!, 255], a / 255);
    }
  }
  return out;
}

/** Through a JPEG encoder and decoder at this quality (1–100): the artefacts of re-posting. */
export function jpegRoundTrip(r: Raster, quality: number): Raster {
  const encoded = jpeg.encode({ width: r.width, height: r.height, data: Buffer.from(r.data) }, quality);
  return decodeImage(encoded.data);
}

export function encodePng(r: Raster): Buffer {
  const png = new PNG({ width: r.width, height: r.height });
  png.data = Buffer.from(r.data);
  return PNG.sync.write(png);
}

export function encodeJpeg(r: Raster, quality: number): Buffer {
  return jpeg.encode({ width: r.width, height: r.height, data: Buffer.from(r.data) }, quality).data;
}

/** PNG or JPEG bytes → RGBA (what the background gets from an OffscreenCanvas). */
export function decodeImage(bytes: Uint8Array): Raster {
  const buf = Buffer.from(bytes);
  if (buf[0] === 0x89 && buf[1] === 0x50) {
    const png = PNG.sync.read(buf);
    return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) };
  }
  const img = jpeg.decode(buf, { useTArray: true, formatAsRGBA: true });
  return { width: img.width, height: img.height, data: new Uint8ClampedArray(img.data) };
}

// ---------------------------------------------------------------------------
// Unrelated pictures.

export function gradient(w: number, h: number, seed: number): Raster {
  const g = rng(seed);
  const a: RGBA = [g() * 255, g() * 255, g() * 255, 255];
  const b: RGBA = [g() * 255, g() * 255, g() * 255, 255];
  const angle = g() * Math.PI * 2;
  const radial = g() < 0.3;
  const r = blank(w, h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const t = radial
        ? Math.min(1, Math.hypot(x - w / 2, y - h / 2) / (Math.max(w, h) / 2))
        : Math.min(1, Math.max(0, 0.5 + ((x / w - 0.5) * Math.cos(angle) + (y / h - 0.5) * Math.sin(angle))));
      const p = (y * w + x) * 4;
      for (let c = 0; c < 3; c++) r.data[p + c] = a[c]! * (1 - t) + b[c]! * t;
      r.data[p + 3] = 255;
    }
  }
  return r;
}

export function noise(w: number, h: number, seed: number): Raster {
  const g = rng(seed);
  const r = blank(w, h);
  const grey = g() < 0.5;
  for (let p = 0; p < r.data.length; p += 4) {
    const v = g() * 255;
    r.data[p] = v;
    r.data[p + 1] = grey ? v : g() * 255;
    r.data[p + 2] = grey ? v : g() * 255;
    r.data[p + 3] = 255;
  }
  return r;
}

/** Smooth multi-octave value noise: clouds, foliage, rock, water (drawn at a quarter size, then enlarged). */
export function texture(w: number, h: number, seed: number): Raster {
  return resize(textureAt(Math.ceil(w / 4), Math.ceil(h / 4), seed), w, h);
}

function textureAt(w: number, h: number, seed: number): Raster {
  const g = rng(seed);
  const octaves = 3 + Math.floor(g() * 4);
  const base = 2 + Math.floor(g() * 6);
  const grids: { n: number; v: Float32Array }[] = [];
  for (let o = 0; o < octaves; o++) {
    const n = base * 2 ** o + 1;
    grids.push({ n, v: Float32Array.from({ length: n * n }, () => g()) });
  }
  const tint: RGBA = [60 + g() * 195, 60 + g() * 195, 60 + g() * 195, 255];
  const tint2: RGBA = [g() * 120, g() * 120, g() * 120, 255];
  const r = blank(w, h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let v = 0;
      let amp = 1;
      let total = 0;
      for (const { n, v: grid } of grids) {
        const fx = (x / w) * (n - 1);
        const fy = (y / h) * (n - 1);
        const x0 = Math.min(n - 2, Math.floor(fx));
        const y0 = Math.min(n - 2, Math.floor(fy));
        const tx = fx - x0;
        const ty = fy - y0;
        const sx = tx * tx * (3 - 2 * tx);
        const sy = ty * ty * (3 - 2 * ty);
        const at = (i: number, j: number) => grid[j * n + i]!;
        v += amp * ((at(x0, y0) * (1 - sx) + at(x0 + 1, y0) * sx) * (1 - sy) + (at(x0, y0 + 1) * (1 - sx) + at(x0 + 1, y0 + 1) * sx) * sy);
        total += amp;
        amp *= 0.55;
      }
      v /= total;
      const p = (y * w + x) * 4;
      for (let c = 0; c < 3; c++) r.data[p + c] = tint2[c]! * (1 - v) + tint[c]! * v;
      r.data[p + 3] = 255;
    }
  }
  return r;
}

export function shapes(w: number, h: number, seed: number): Raster {
  const g = rng(seed);
  const r = blank(w, h, [g() * 255, g() * 255, g() * 255, 255]);
  const n = 5 + Math.floor(g() * 30);
  for (let i = 0; i < n; i++) {
    const color: RGBA = [g() * 255, g() * 255, g() * 255, 255];
    const x = g() * w;
    const y = g() * h;
    const s = (0.03 + g() * 0.3) * Math.min(w, h);
    const kind = g();
    if (kind < 0.35) fill(r, disc(x, y, s), color, [x - s, y - s, x + s + 1, y + s + 1]);
    else if (kind < 0.7) fill(r, (px, py) => Math.abs(px - x) < s && Math.abs(py - y) < s * 0.6, color, [x - s, y - s, x + s + 1, y + s + 1]);
    else if (kind < 0.85) fill(r, ring(x, y, s * 0.7, s), color, [x - s, y - s, x + s + 1, y + s + 1]);
    else fill(r, triangle(x, y - s, x - s, y + s, x + s, y + s), color, [x - s, y - s, x + s + 1, y + s + 1]);
  }
  return r;
}

/** Lines of "words": a screenshot of text, a document, a meme caption. */
export function textLike(w: number, h: number, seed: number): Raster {
  const g = rng(seed);
  const dark = g() < 0.3;
  const r = blank(w, h, dark ? [20, 24, 30, 255] : [250, 250, 248, 255]);
  const ink: RGBA = dark ? [230, 230, 230, 255] : [g() * 60, g() * 60, g() * 90, 255];
  const size = 6 + Math.floor(g() * 14);
  for (let y = size; y + size < h; y += Math.round(size * 1.6)) {
    let x = size;
    while (x < w - size) {
      const word = size * (0.5 + g() * 3);
      if (x + word > w - size) break;
      for (let cx = x; cx < x + word; cx += size * 0.55) {
        const tall = g() < 0.3 ? 1.3 : 1;
        const y0 = y - size * (tall - 1);
        fill(r, (px, py) => px >= cx && px < cx + size * 0.4 && py >= y0 && py < y + size * 0.75, ink, [cx, y0, cx + size, y + size]);
      }
      x += word + size * 0.7;
    }
  }
  return r;
}

/** A "photo": a textured sky and ground with a few objects, the backdrop for placed marks. */
export function photoLike(w: number, h: number, seed: number): Raster {
  const g = rng(seed);
  const sky = texture(w, h, seed * 3 + 1);
  const out = shapes(w, h, seed * 5 + 2);
  const horizon = h * (0.3 + g() * 0.4);
  const ground = texture(w, h, seed * 7 + 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = (y * w + x) * 4;
      const src = y < horizon ? sky : ground;
      // Objects show through at a third: busy, but not a poster of shapes.
      for (let c = 0; c < 3; c++) out.data[p + c] = src.data[p + c]! * 0.7 + out.data[p + c]! * 0.3;
    }
  }
  return out;
}
