/**
 * The image of a City mark as IT gives it in the policy: a base64 data URL of a PNG or a
 * JPEG. Checked here without decoding the picture (pure; the background decodes it).
 */
const DATA_URL = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]*={0,2})$/;

const MAGIC: Record<'png' | 'jpeg', number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
};

/** Why `url` is not a PNG or JPEG data URL, or undefined when it is one. */
export function imageDataUrlProblem(url: string): string | undefined {
  const m = DATA_URL.exec(url);
  if (!m) {
    if (!url.startsWith('data:')) return 'is not a data URL (data:image/png;base64,… or data:image/jpeg;base64,…)';
    if (!/^data:image\/(png|jpeg)[;,]/.test(url)) return 'is not a PNG or JPEG data URL';
    return 'is not base64 data (data:image/png;base64,…)';
  }
  const kind = m[1] as 'png' | 'jpeg';
  const body = m[2]!;
  if (body.length === 0 || body.length % 4 !== 0) return 'has truncated base64 data';
  let head: string;
  try {
    head = atob(body.slice(0, 12));
  } catch {
    return 'has invalid base64 data';
  }
  const magic = MAGIC[kind];
  if (!magic.every((b, i) => head.charCodeAt(i) === b)) return `says ${kind.toUpperCase()} but its data is not a ${kind.toUpperCase()} file`;
  return undefined;
}

/** The bytes of a data URL already accepted by imageDataUrlProblem. */
export function dataUrlBytes(url: string): Uint8Array {
  const bin = atob(url.slice(url.indexOf(',') + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
