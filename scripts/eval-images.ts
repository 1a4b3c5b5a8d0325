// `npm run eval` (images part; also `tsx scripts/eval-images.ts`): how well the City-marks
// matcher (rules/images) finds the made-up seal after the things that happen to a posted
// logo, and how often it "finds" it in unrelated pictures. Everything is generated here,
// deterministically (scripts/images/synth.ts): no real logo, no downloaded data.
import { performance } from 'node:perf_hooks';
import { markSignature } from '../rules/images/signature';
import { findMarks, type NamedSignature } from '../rules/images/search';
import type { Raster } from '../rules/images/raster';
import {
  blank, drawOtherBadge, drawSeal, gradient, jpegRoundTrip, noise, photoLike, place, resize, rng, shapes, textLike, texture, type RGBA,
} from './images/synth';

interface Case {
  group: string;
  label: string;
  image: () => Raster;
}

const seal = drawSeal(256);
const marks: NamedSignature[] = [{ name: 'City seal (synthetic)', signature: markSignature(seal) }];
const onWhite = (r: Raster) => place(blank(r.width, r.height, [255, 255, 255, 255]), r, 0, 0);

function positives(): Case[] {
  const out: Case[] = [];
  for (const size of [48, 64, 96, 128, 200, 320, 512, 800]) {
    out.push({ group: 'resized', label: `${size}px`, image: () => onWhite(resize(seal, size, size)) });
  }
  for (const size of [96, 200, 400]) {
    for (const q of [95, 75, 50, 30, 15]) {
      out.push({ group: 'jpeg', label: `${size}px q${q}`, image: () => jpegRoundTrip(onWhite(resize(seal, size, size)), q) });
    }
  }
  const colors: RGBA[] = [[0, 0, 0, 255], [255, 255, 255, 255], [200, 30, 40, 255], [30, 60, 200, 255], [240, 220, 40, 255], [29, 53, 87, 255], [128, 128, 128, 255]];
  colors.forEach((c, i) => {
    out.push({ group: 'background', label: `solid ${c.slice(0, 3).join(',')}`, image: () => jpegRoundTrip(place(blank(300, 300, c), resize(seal, 300, 300), 0, 0), 80) });
    out.push({ group: 'background', label: `gradient ${i}`, image: () => jpegRoundTrip(place(gradient(300, 300, 100 + i), resize(seal, 300, 300), 0, 0), 80) });
    out.push({ group: 'background', label: `texture ${i}`, image: () => jpegRoundTrip(place(texture(300, 300, 200 + i), resize(seal, 300, 300), 0, 0), 80) });
    // Padded: the seal in the middle of a bigger square of another colour.
    out.push({ group: 'background', label: `padded ${i}`, image: () => jpegRoundTrip(place(blank(420, 420, c), resize(seal, 300, 300), 60, 60), 80) });
  });
  const sizes: [number, number][] = [[960, 720], [800, 600], [640, 480], [720, 720], [540, 960]];
  let seed = 1;
  for (const [w, h] of sizes) {
    for (const fraction of [0.1, 0.12, 0.15, 0.25, 0.4, 0.6, 0.9]) {
      for (let k = 0; k < 2; k++) {
        const s = seed++;
        out.push({
          group: `photo, ${Math.round(fraction * 100)}%`,
          label: `${w}×${h} ${Math.round(fraction * 100)}%`,
          image: () => {
            const g = rng(s);
            const side = Math.round(Math.min(w, h) * fraction);
            const x = Math.floor(g() * (w - side));
            const y = Math.floor(g() * (h - side));
            return jpegRoundTrip(place(photoLike(w, h, 500 + s), resize(seal, side, side), x, y), 70 + Math.floor(g() * 25));
          },
        });
      }
    }
  }
  return out;
}

function negatives(): Case[] {
  const out: Case[] = [];
  const kinds: [string, (w: number, h: number, seed: number) => Raster][] = [
    ['gradient', gradient], ['noise', noise], ['shapes', shapes], ['text-like', textLike], ['texture', texture], ['photo-like', photoLike],
  ];
  for (const [name, make] of kinds) {
    for (let i = 0; i < 36; i++) {
      const g = rng(9000 + i * 31 + name.length);
      const w = 200 + Math.floor(g() * 700);
      const h = 200 + Math.floor(g() * 700);
      out.push({ group: name, label: `${name} ${i}`, image: () => jpegRoundTrip(make(w, h, 10_000 + i), 85) });
    }
  }
  for (let i = 0; i < 30; i++) {
    out.push({ group: 'other badges', label: `badge ${i}`, image: () => jpegRoundTrip(onWhite(drawOtherBadge(300 + i, 256)), 85) });
  }
  return out;
}

interface Outcome {
  group: string;
  hit: boolean;
  score: number;
  ms: number;
  windows: number;
}

function run(cases: Case[]): Outcome[] {
  return cases.map((c, i) => {
    if (process.env.EVAL_PROGRESS && i % 20 === 0) console.error(`  … ${i}/${cases.length}`);
    const image = c.image();
    const t0 = performance.now();
    const r = findMarks(image, marks);
    const ms = performance.now() - t0;
    return { group: c.group, hit: r.match !== null, score: r.bestScore, ms, windows: r.windows };
  });
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

function table(title: string, outcomes: Outcome[], rate: 'recall' | 'false matches') {
  console.log(`\n${title}`);
  const groups = [...new Set(outcomes.map((o) => o.group))];
  console.log(`  ${'group'.padEnd(14)} ${'n'.padStart(4)} ${rate.padStart(14)} ${'score p50'.padStart(10)} ${rate === 'recall' ? 'min score' : 'max score'}`);
  for (const g of [...groups, 'all']) {
    const os = g === 'all' ? outcomes : outcomes.filter((o) => o.group === g);
    const hits = os.filter((o) => o.hit).length;
    const scores = os.map((o) => o.score);
    const edge = rate === 'recall' ? Math.min(...scores) : Math.max(...scores);
    console.log(`  ${g.padEnd(14)} ${String(os.length).padStart(4)} ${`${hits} (${pct(hits, os.length)})`.padStart(14)} ${quantile(scores, 0.5).toFixed(3).padStart(10)} ${edge.toFixed(3)}`);
  }
}

export function evalImages(): { recall: number; falseMatchRate: number } {
  console.log('\nCity marks in images (synthetic seal; rules/images, npm run eval)');
  const pos = run(positives());
  const neg = run(negatives());
  table('Transformed marks (should match):', pos, 'recall');
  table('Unrelated pictures (should not match):', neg, 'false matches');
  const all = [...pos, ...neg];
  const ms = all.map((o) => o.ms);
  console.log(
    `\nTime per picture (search only, decoded RGBA in, Node ${process.version}): median ${quantile(ms, 0.5).toFixed(1)} ms, ` +
      `p95 ${quantile(ms, 0.95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms; windows compared: median ${quantile(all.map((o) => o.windows), 0.5)}`,
  );
  const recall = pos.filter((o) => o.hit).length / pos.length;
  const falseMatchRate = neg.filter((o) => o.hit).length / neg.length;
  console.log(`Recall ${pct(pos.filter((o) => o.hit).length, pos.length)} on ${pos.length} transformed marks; false matches ${pct(neg.filter((o) => o.hit).length, neg.length)} on ${neg.length} unrelated pictures.`);
  return { recall, falseMatchRate };
}

if (import.meta.url === `file://${process.argv[1]}`) evalImages();
