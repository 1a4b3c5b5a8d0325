/**
 * Pixels in, grey levels out. Pure: the background passes the RGBA bytes it got from an
 * OffscreenCanvas, the tests and `npm run eval` pass what pngjs/jpeg-js decode.
 */

/** Straight (not premultiplied) RGBA, row by row, 4 bytes a pixel: ImageData's layout. */
export interface Raster {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** Grey levels 0–255, row by row. */
export interface GrayImage {
  width: number;
  height: number;
  gray: Float32Array;
}

/** Rec. 601 luma: what "brightness" means to the eye, and what JPEG keeps most faithfully. */
const luma = (r: number, g: number, b: number) => 0.299 * r + 0.587 * g + 0.114 * b;

export function checkRaster(r: Raster): void {
  if (!Number.isInteger(r.width) || !Number.isInteger(r.height) || r.width < 1 || r.height < 1) throw new Error('bad image size');
  if (r.data.length !== r.width * r.height * 4) throw new Error('pixel data does not match the image size');
}

/**
 * The image in grey, shrunk by area averaging so that its longest side is at most `maxSide`
 * (never enlarged). Transparent pixels are composited over white, as a page shows them.
 */
export function toGray(r: Raster, maxSide: number): GrayImage {
  checkRaster(r);
  const scale = Math.min(1, maxSide / Math.max(r.width, r.height));
  const width = Math.max(1, Math.round(r.width * scale));
  const height = Math.max(1, Math.round(r.height * scale));
  const sum = new Float32Array(width * height);
  const count = new Float32Array(width * height);
  // Each source pixel lands in one output pixel: a box filter, right for shrinking.
  const colOf = new Int32Array(r.width);
  for (let x = 0; x < r.width; x++) colOf[x] = Math.min(width - 1, Math.floor((x * width) / r.width));
  const d = r.data;
  for (let y = 0; y < r.height; y++) {
    const row = Math.min(height - 1, Math.floor((y * height) / r.height)) * width;
    let p = y * r.width * 4;
    for (let x = 0; x < r.width; x++, p += 4) {
      const a = d[p + 3]! / 255;
      const g = luma(d[p]!, d[p + 1]!, d[p + 2]!) * a + 255 * (1 - a);
      const o = row + colOf[x]!;
      sum[o]! += g;
      count[o]! += 1;
    }
  }
  for (let i = 0; i < sum.length; i++) sum[i] = sum[i]! / count[i]!;
  return { width, height, gray: sum };
}

/** The bounding box of the pixels more than faintly opaque, or null when there are none. */
export function opaqueBox(r: Raster, minAlpha = 16): { x: number; y: number; width: number; height: number } | null {
  let x0 = r.width;
  let y0 = r.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      if (r.data[(y * r.width + x) * 4 + 3]! > minAlpha) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

export { luma };
