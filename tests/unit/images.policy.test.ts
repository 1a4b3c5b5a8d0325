import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cityMarksHandlers, type DecodeImage } from '../../entrypoints/background/cityMarks';
import type { PauseState } from '../../entrypoints/background/pause';
import type { SettingsStore } from '../../entrypoints/background/settings';
import { imageDataUrlProblem } from '../../rules/images/dataUrl';
import { markSignature, signatureToHex } from '../../rules/images/signature';
import type { CityPolicy } from '../../rules/policy/city';
import { LIMITS, validatePolicy } from '../../rules/settings';
import { VALIDATORS } from '../../rules/messages';
import { DEFAULT_SETTINGS, type CityMark, type Settings } from '../../rules/schema';
import { decodeImage, encodeJpeg, encodePng, noise, resize } from '../../scripts/images/synth';

const SEAL = readFileSync('tests/fixtures/city-seal.png');
const SEAL_URL = `data:image/png;base64,${SEAL.toString('base64')}`;
const HASH = signatureToHex(markSignature(decodeImage(SEAL)));
const JPEG_URL = `data:image/jpeg;base64,${encodeJpeg(decodeImage(SEAL), 90).toString('base64')}`;

describe('cityMarks in the managed policy', () => {
  it('defaults to no marks', () => {
    expect(DEFAULT_SETTINGS.cityMarks).toEqual([]);
  });

  it('accepts a PNG or JPEG data URL, a hash, or both', () => {
    const marks: CityMark[] = [
      { name: 'Seal', image: SEAL_URL },
      { name: 'Seal (JPEG)', image: JPEG_URL },
      { name: 'Seal by hash', hash: HASH },
      { name: 'Both', image: SEAL_URL, hash: HASH.toUpperCase() },
    ];
    const { policy, problems } = validatePolicy({ cityMarks: marks });
    expect(problems).toEqual([]);
    expect(policy.cityMarks).toEqual(marks);
  });

  it.each([
    ['no image and no hash', { name: 'Seal' }, /needs "image" or "hash"/],
    ['no name', { hash: HASH }, /missing "name"/],
    ['a URL, not a data URL', { name: 'S', image: 'https://city.example/seal.png' }, /not a data URL/],
    ['an SVG data URL', { name: 'S', image: 'data:image/svg+xml;base64,PHN2Zz4=' }, /not a PNG or JPEG data URL/],
    ['percent-encoded data', { name: 'S', image: 'data:image/png,%89PNG' }, /not base64/],
    ['truncated base64', { name: 'S', image: SEAL_URL.slice(0, 101) }, /truncated/],
    ['a JPEG labelled PNG', { name: 'S', image: JPEG_URL.replace('image/jpeg', 'image/png') }, /says PNG but its data is not a PNG/],
    ['an image over the size limit', { name: 'S', image: `data:image/png;base64,${'A'.repeat(LIMITS.markImage)}` }, /longer than/],
    ['a short hash', { name: 'S', hash: 'abcd' }, /hex digits/],
    ['a hash that is not hex', { name: 'S', hash: 'x'.repeat(HASH.length) }, /not hexadecimal/],
  ])('reports a mark with %s, skips it and keeps the others', (_, bad, why) => {
    const { policy, problems } = validatePolicy({ cityMarks: [bad, { name: 'Good', hash: HASH }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.key).toBe('cityMarks[0]');
    expect(problems[0]!.reason).toMatch(why);
    expect(problems[0]!.fallback).toBe('item skipped');
    expect(policy.cityMarks).toEqual([{ name: 'Good', hash: HASH }]);
  });

  it('names an unknown field in a mark and ignores it; the mark still applies (issue #16: a typo is not a lost mark)', () => {
    const { policy, problems } = validatePolicy({ cityMarks: [{ name: 'S', hash: HASH, url: 'x' }, { name: 'Good', hash: HASH }] });
    expect(problems).toEqual([{ key: 'cityMarks[0].url', reason: 'unknown field', fallback: 'ignored' }]);
    expect(policy.cityMarks!.map((m) => m.name)).toEqual(['S', 'Good']);
  });

  it('falls back to no marks for a value that is not a list, or too many marks', () => {
    for (const bad of ['seal.png', Array.from({ length: LIMITS.cityMarks + 1 }, (_, i) => ({ name: `m${i}`, hash: HASH }))]) {
      const { policy, problems } = validatePolicy({ cityMarks: bad });
      expect(policy.cityMarks).toBeUndefined();
      expect(problems[0]).toMatchObject({ key: 'cityMarks', fallback: '[]' });
    }
  });

  it('imageDataUrlProblem reads only the header, never the whole picture', () => {
    expect(imageDataUrlProblem(SEAL_URL)).toBeUndefined();
    expect(imageDataUrlProblem('data:image/png;base64,')).toMatch(/truncated/);
  });
});

describe('checkImage message', () => {
  const b64 = SEAL.toString('base64');
  it('accepts a picture type and base64, and refuses anything else', () => {
    expect(VALIDATORS.checkImage({ site: 'x', type: 'image/png', base64: b64 })).toEqual({ site: 'x', type: 'image/png', base64: b64 });
    expect(VALIDATORS.checkImage({ site: 'x', type: 'image/svg+xml', base64: b64 })).toMatch(/not a picture type/);
    expect(VALIDATORS.checkImage({ site: 'x', type: 'image/png', base64: '' })).toMatch(/non-empty/);
    expect(VALIDATORS.checkImage({ site: 'x', type: 'image/png', base64: 'abc' })).toMatch(/malformed/);
    expect(VALIDATORS.checkImage({ site: 'x', type: 'image/png', base64: 'A'.repeat(14_000_004) })).toMatch(/larger than the limit/);
    expect(VALIDATORS.checkImage({ site: '', type: 'image/png', base64: b64 })).toMatch(/bad site/);
    expect(VALIDATORS.checkImage('x')).toMatch(/object/);
  });
});

describe('checkImage in the background', { timeout: 60_000 }, () => {
  // The real decoder is the browser's (createImageBitmap + OffscreenCanvas, covered by the e2e
  // test); here the same contract is met with pngjs/jpeg-js.
  const decode: DecodeImage = async (bytes, _type, maxSide) => {
    const r = decodeImage(bytes);
    const s = Math.min(1, maxSide / Math.max(r.width, r.height));
    return s < 1 ? resize(r, Math.round(r.width * s), Math.round(r.height * s)) : r;
  };
  const store = (marks: CityMark[]): SettingsStore =>
    ({ ready: Promise.resolve(), get: () => ({ ...DEFAULT_SETTINGS, cityMarks: marks }) as Settings, subscribe: () => () => {} }) as unknown as SettingsStore;
  const pause = (until = 0): PauseState => ({ ready: Promise.resolve(), until: () => until, set: async () => {}, subscribe: () => () => {} });
  const request = (bytes: Buffer, type: 'image/png' | 'image/jpeg' = 'image/png') => ({ site: 'x', type, base64: bytes.toString('base64') });

  it('finds a mark given as an image or as a hash, and nothing in an unrelated picture', async () => {
    for (const mark of [{ name: 'Seal', image: SEAL_URL }, { name: 'Seal', hash: HASH }]) {
      const h = cityMarksHandlers({ settings: store([mark]), pause: pause(), decode });
      const hit = await h.checkImage(request(encodeJpeg(decodeImage(SEAL), 70), 'image/jpeg'), {});
      expect(hit.match?.mark).toBe('Seal');
      expect(hit.match!.score).toBeGreaterThan(0.8);
      expect(await h.checkImage(request(encodePng(noise(300, 200, 4))), {})).toEqual({ match: null });
    }
  });

  it('answers no match when no marks are configured, while paused, and for bytes that are not a picture', async () => {
    expect(await cityMarksHandlers({ settings: store([]), pause: pause(), decode }).checkImage(request(SEAL), {})).toEqual({ match: null });
    const paused = cityMarksHandlers({ settings: store([{ name: 'Seal', hash: HASH }]), pause: pause(Date.now() + 60_000), decode });
    expect(await paused.checkImage(request(SEAL), {})).toEqual({ match: null });
    const h = cityMarksHandlers({ settings: store([{ name: 'Seal', hash: HASH }]), pause: pause(), decode });
    expect(await h.checkImage({ site: 'x', type: 'image/png', base64: 'AAAA' }, {})).toEqual({ match: null });
  });

  it('cites the active policy: a city’s own policy alone never cites El Paso or Harlingen', async () => {
    const city = JSON.parse(readFileSync('docs/examples/springfield.policy.json', 'utf8')) as { cityPolicy: CityPolicy };
    const settingsOf = (s: Partial<Settings>): SettingsStore =>
      ({ ready: Promise.resolve(), get: () => ({ ...DEFAULT_SETTINGS, cityMarks: [{ name: 'Seal', hash: HASH }], ...s }) as Settings, subscribe: () => () => {} }) as unknown as SettingsStore;
    const only = await cityMarksHandlers({ settings: settingsOf({ cityPolicy: city.cityPolicy, packs: [] }), pause: pause(), decode }).checkImage(request(SEAL), {});
    expect(only.match?.citations.map((c) => c.pack)).toEqual(['springfield']);
    const builtIn = await cityMarksHandlers({ settings: settingsOf({ packs: ['el-paso', 'harlingen'] }), pause: pause(), decode }).checkImage(request(SEAL), {});
    expect(builtIn.match?.citations.map((c) => `${c.pack} ${c.section}`)).toEqual(['el-paso III.A.1', 'harlingen Use of social media']);
  });

  it('logs a configured mark it cannot use and still looks for the others', async () => {
    const warnings: string[] = [];
    const plain = `data:image/png;base64,${encodePng(noise(8, 8, 1)).toString('base64')}`;
    const h = cityMarksHandlers({ settings: store([{ name: 'Tiny', image: plain }, { name: 'Seal', hash: HASH }]), pause: pause(), decode, warn: (w) => warnings.push(w) });
    expect((await h.checkImage(request(SEAL), {})).match?.mark).toBe('Seal');
    expect(warnings).toEqual([expect.stringMatching(/"Tiny": the mark is smaller than 16×16/)]);
  });
});
