import { dataUrlBytes } from '../../rules/images/dataUrl';
import { cityMarksCitations } from '../../rules/policy/cited';
import type { Raster } from '../../rules/images/raster';
import { findMarks, type NamedSignature } from '../../rules/images/search';
import { markSignature, signatureFromHex } from '../../rules/images/signature';
import type { Handlers, ImageType } from '../../rules/messages';
import type { CityMark } from '../../rules/schema';
import type { PauseState } from './pause';
import type { SettingsStore } from './settings';

/** Pictures are drawn at most this big before hashing (the matcher shrinks them to 512 anyway). */
const DECODE_SIDE = 1024;

/** Bytes of a picture → RGBA pixels, at most `maxSide` on the longest side. */
export type DecodeImage = (bytes: Uint8Array, type: string, maxSide: number) => Promise<Raster>;

/**
 * The browser's own decoders, in the background (off every page's thread): createImageBitmap
 * and an OffscreenCanvas, both available in a service worker and a Firefox background page.
 */
export const decodeWithCanvas: DecodeImage = async (bytes, type, maxSide) => {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type }));
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D context');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    return { width, height, data: ctx.getImageData(0, 0, width, height).data };
  } finally {
    bitmap.close();
  }
};

function base64Bytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The configured marks' signatures; a mark that cannot be read is logged and left out. */
async function signaturesOf(marks: CityMark[], decode: DecodeImage, warn: (why: string) => void): Promise<NamedSignature[]> {
  const out: NamedSignature[] = [];
  for (const mark of marks) {
    try {
      if (mark.image) {
        const type = mark.image.slice('data:'.length, mark.image.indexOf(';'));
        // Full size (up to 1024): the signature wants the mark's own detail.
        out.push({ name: mark.name, signature: markSignature(await decode(dataUrlBytes(mark.image), type, DECODE_SIDE)) });
      } else if (mark.hash) out.push({ name: mark.name, signature: signatureFromHex(mark.hash) });
    } catch (error) {
      warn(`cityMarks "${mark.name}": ${(error as Error).message}; this mark is not looked for`);
    }
  }
  return out;
}

export interface CityMarksDeps {
  settings: SettingsStore;
  pause: PauseState;
  decode?: DecodeImage;
  warn?: (why: string) => void;
  now?: () => number;
}

/**
 * The `checkImage` message: decodes an attached picture and looks for the City's marks
 * (rules/images). Keeps nothing: the picture is dropped once answered.
 */
export function cityMarksHandlers(deps: CityMarksDeps): Pick<Handlers, 'checkImage'> {
  const decode = deps.decode ?? decodeWithCanvas;
  const warn = deps.warn ?? ((why: string) => console.warn('[Ask First]', why));
  const now = deps.now ?? Date.now;
  let key = '';
  let marks: Promise<NamedSignature[]> = Promise.resolve([]);
  // Signatures are computed once per policy, not per picture.
  const current = () => {
    const configured = deps.settings.get().cityMarks;
    const k = JSON.stringify(configured);
    if (k !== key) {
      key = k;
      marks = signaturesOf(configured, decode, warn);
    }
    return marks;
  };
  return {
    async checkImage({ type, base64 }) {
      await Promise.all([deps.settings.ready, deps.pause.ready]);
      if (deps.pause.until(now()) > 0) return { match: null };
      const named = await current();
      if (!named.length) return { match: null };
      let picture: Raster;
      try {
        picture = await decode(base64Bytes(base64), type satisfies ImageType, DECODE_SIDE);
      } catch {
        return { match: null }; // not a picture the browser can read: nothing to say about it
      }
      const { match } = findMarks(picture, named);
      return { match: match ? { mark: match.name, score: Math.round(match.score * 1000) / 1000, citations: cityMarksCitations(deps.settings.get()) } : null };
    },
  };
}
