import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMarks, MIN_MARK_SIDE, type NamedSignature } from '../../rules/images/search';
import {
  caredCount, markSignature, MIN_CARED_PAIRS, SIGNATURE_HEX_LENGTH, signatureFromHex, signatureHexProblem, signatureToHex,
} from '../../rules/images/signature';
import type { Raster } from '../../rules/images/raster';
import {
  blank, decodeImage, drawOtherBadge, drawSeal, gradient, jpegRoundTrip, noise, photoLike, place, resize, shapes, textLike, texture,
} from '../../scripts/images/synth';

const seal = drawSeal(256);
const marks: NamedSignature[] = [{ name: 'Test seal', signature: markSignature(seal) }];
const white = (r: Raster) => place(blank(r.width, r.height, [255, 255, 255, 255]), r, 0, 0);

describe('mark signature (masked perceptual hash)', { timeout: 60_000 }, () => {
  it('round-trips through its hex form, and the hex form finds the mark like the image does', () => {
    const hex = signatureToHex(marks[0]!.signature);
    expect(hex).toMatch(/^[0-9a-f]+$/);
    expect(hex).toHaveLength(SIGNATURE_HEX_LENGTH);
    expect(signatureHexProblem(hex)).toBeUndefined();
    const back = signatureFromHex(hex);
    expect(signatureToHex(back)).toBe(hex);
    const viaHash = findMarks(white(resize(seal, 150, 150)), [{ name: 'by hash', signature: back }]);
    expect(viaHash.match?.name).toBe('by hash');
  });

  it('is the committed test fixture (tests/fixtures/city-seal.png is the synthetic seal)', () => {
    const fixture = decodeImage(readFileSync('tests/fixtures/city-seal.png'));
    expect(signatureToHex(markSignature(fixture))).toBe(signatureToHex(marks[0]!.signature));
  });

  it('compares only cells inside the mark: the round seal\'s corners are left out, its middle kept', () => {
    const { inside } = marks[0]!.signature;
    for (const corner of [0, 15, 240, 255]) expect(inside[corner]).toBe(0);
    expect(inside[8 * 16 + 8]).toBe(1);
  });

  it.each([
    ['fully transparent', blank(64, 64), /fully transparent/],
    ['smaller than the lattice', blank(10, 10, [0, 0, 0, 255]), /smaller than 16/],
    ['a flat square', blank(64, 64, [90, 90, 90, 255]), /too little detail/],
    ['a gentle gradient', gradient(64, 64, 3), /too little detail|at least/],
  ])('refuses a mark that is %s', (_, raster, why) => {
    expect(() => markSignature(raster)).toThrow(why);
  });

  it.each([
    ['not hexadecimal', 'zz', /not hexadecimal/],
    ['too short', '01', /hex digits/],
    ['another version', `02${signatureToHex(marks[0]!.signature).slice(2)}`, /version-1/],
    ['all cells outside', `0180${'0'.repeat(SIGNATURE_HEX_LENGTH - 4)}`, /too little detail/],
    ['damaged', `0180${'0'.repeat(64)}${'f'.repeat(SIGNATURE_HEX_LENGTH - 68)}`, /damaged/],
  ])('reports a hash that is %s', (_, hex, why) => {
    expect(signatureHexProblem(hex)).toMatch(why);
  });

  it('a usable mark has enough clear pairs', () => {
    expect(caredCount(marks[0]!.signature)).toBeGreaterThanOrEqual(MIN_CARED_PAIRS);
  });
});

// Image work is slow on a loaded 2-core machine: generous time limits.
describe('findMarks', { timeout: 60_000 }, () => {
  it.each([48, 100, 300, 700])('finds the seal resized to %i px', (size) => {
    const r = findMarks(white(resize(seal, size, size)), marks);
    expect(r.match?.name).toBe('Test seal');
    expect(r.match!.score).toBeGreaterThan(0.9);
  });

  it.each([90, 40, 15])('finds it after JPEG re-compression at quality %i', (q) => {
    expect(findMarks(jpegRoundTrip(white(resize(seal, 200, 200)), q), marks).match).not.toBeNull();
  });

  it.each([
    ['black', [0, 0, 0, 255]],
    ['the seal’s own navy', [29, 53, 87, 255]],
    ['red', [200, 30, 40, 255]],
  ] as const)('finds the transparent seal on %s', (_, color) => {
    expect(findMarks(jpegRoundTrip(place(blank(240, 240, [...color]), resize(seal, 240, 240), 0, 0), 80), marks).match).not.toBeNull();
  });

  it.each([0.15, 0.3, 0.6])('finds it placed on a bigger photo at %f of its height, where it is', (fraction) => {
    const side = Math.round(480 * fraction);
    const photo = jpegRoundTrip(place(photoLike(640, 480, 11), resize(seal, side, side), 333, 111), 85);
    const r = findMarks(photo, marks);
    expect(r.match).not.toBeNull();
    const box = r.match!.box;
    expect(Math.abs(box.x - 333)).toBeLessThan(side * 0.15);
    expect(Math.abs(box.y - 111)).toBeLessThan(side * 0.15);
    expect(Math.abs(box.width - side)).toBeLessThan(side * 0.15);
  });

  it('does not look for marks smaller than MIN_MARK_SIDE on the 512-pixel picture', () => {
    const side = Math.round((MIN_MARK_SIDE / 512) * 1024 * 0.6);
    const photo = place(photoLike(1024, 768, 12), resize(seal, side, side), 500, 300);
    expect(findMarks(photo, marks).match).toBeNull();
  });

  it.each([
    ['a gradient', () => gradient(500, 400, 1)],
    ['noise', () => noise(400, 300, 2)],
    ['shapes', () => shapes(500, 500, 3)],
    ['text', () => textLike(600, 400, 4)],
    ['a texture', () => texture(500, 350, 5)],
    ['a photo', () => photoLike(640, 480, 6)],
    ['another round badge', () => white(drawOtherBadge(7, 256))],
  ])('finds nothing in %s', (_, make) => {
    const r = findMarks(jpegRoundTrip(make(), 85), marks);
    expect(r.match).toBeNull();
    expect(r.bestScore).toBeLessThan(0.8);
  });

  it('finds nothing when no marks are configured, and bounds its work', () => {
    expect(findMarks(white(resize(seal, 100, 100)), [])).toEqual({ match: null, bestScore: 0, windows: 0 });
    expect(findMarks(noise(3000, 2000, 1), marks).windows).toBeLessThan(200_000);
  });
});
