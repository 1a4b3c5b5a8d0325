/**
 * `npm run mark-hash -- FILE.png|FILE.jpg [--data-url]`: the perceptual hash of a City logo
 * or seal, for the managed policy's `cityMarks[].hash` (so the policy need not carry the
 * picture); with --data-url, also the image as a data URL for `cityMarks[].image`.
 * `npm run mark-hash -- --synthetic OUT.png` writes the made-up test seal (scripts/images/synth.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { imageDataUrlProblem } from '../rules/images/dataUrl';
import { markSignature, signatureToHex } from '../rules/images/signature';
import { decodeImage, drawSeal, encodePng } from './images/synth';

const args = process.argv.slice(2);
if (args[0] === '--synthetic' && args[1]) {
  writeFileSync(args[1], encodePng(drawSeal(256)));
  console.log(`wrote ${args[1]} (synthetic seal, 256×256)`);
  process.exit(0);
}
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run mark-hash -- FILE.png|FILE.jpg [--data-url]');
  process.exit(2);
}
try {
  const bytes = readFileSync(file);
  console.log(signatureToHex(markSignature(decodeImage(bytes))));
  if (args.includes('--data-url')) {
    const url = `data:image/${bytes[0] === 0x89 ? 'png' : 'jpeg'};base64,${bytes.toString('base64')}`;
    const why = imageDataUrlProblem(url);
    if (why) throw new Error(`the data URL ${why}`);
    console.log(url);
  }
} catch (error) {
  console.error(`mark-hash: ${file}: ${(error as Error).message}`);
  process.exit(2);
}
