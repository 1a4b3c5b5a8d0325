// `npm run train:judgement [-- variant flags]`: the judgement-model EXPERIMENT
// (docs/judgement-model.md; measured and not adopted). Trains per-category L2 logistic
// regression over the engine's word classes, its rule findings and structural cues, ONLY on
// policy_dev's development part, the self-written fixtures (tests/fixtures/judgement) and,
// (unless --no-public-neg) half of the public sets' clean rows (Davidson "neither", OffendES "NO");
// picks each category's threshold on training data (out of fold and in sample). Prints
// AGGREGATE figures only — engine alone, model alone, engine ∪ model — on both parts of
// policy_dev and on the public clean rows it did not train on; `--per-category` adds the
// per-category recall table. It never prints a draft. `--write FILE` saves the weights.
// The test part and the blind set are scored only with `--test` (count the looks). Session 9
// (docs/judgement-model.md): `--frame`/`--order`/`--bigrams` (who does the act, class order,
// word pairs), `--nb` (NB-SVM values), `--margin N|auto` (logit margin over the thresholds),
// `--curve` (dev trade-off, nested out of fold; with --test also the test part's, in one look).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePolicy, DEFAULT_POLICY, evaluate, type Finding } from '../rules';
import { tokenize } from '../rules/engine/normalize';
import { FRAME_WORDS, FRAMES } from '../rules/judgement';
import { PACKS } from '../rules/packs';
import { EN_MACROS } from '../rules/lexicons/en/macros';
import { ES_MACROS } from '../rules/lexicons/es/macros';
import { draftFeatures, FEATURES_VERSION, featureSpace, sentenceFeatures, type Sentence } from './judgement-model/features';
import { logCountRatio, scoreRow, trainLogistic, type LinearModel } from './judgement-model/logistic';
import { formatScore, loadDrafts, macroRecall, partOf, scoreDrafts, type DraftRow } from './eval/policy-dev';
import { fnv } from './judgement-model/seeded';
import { EVAL_DATA_CANDIDATES, findEvalData } from './eval/data-dir';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const opt = (name: string, d: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1]! : d);

const CATS = ['profanity', 'slur', 'harassment', 'sexual', 'violence', 'commercial', 'political', 'religious', 'confidential', 'personal_info', 'credentials', 'security', 'official_voice', 'illegal', 'defamation'];
const RULES = opt('rules', 'packs'); // none | packs | all (all = frames too)
const UNIGRAMS = flag('unigrams');
const PUBLIC_NEG = !flag('no-public-neg'); // the public clean rows as negatives (half of them)
const TARGET_FPR = Number(opt('fpr', '0.03'));
const MODE = opt('mode', 'draft'); // draft: union of sentence features; sentence: max over sentences
const L2 = Number(opt('l2', '0.01'));
const PAIRS = flag('pairs'); // two classes in one sentence
const MIN_COUNT = Number(opt('min-count', '2'));
const FRAME = flag('frame'); // who does the act and how it is framed: fp>, who>, 2p~, neg>, s:advice/news/exhort/who
const ORDER = flag('order'); // class A shortly before class B: o:A>B
const BIGRAMS = flag('bigrams'); // ordered pairs of adjacent stemmed words: b:
const NB = flag('nb'); // NB-SVM style: features valued by their log-count ratio per category

const dataDir = findEvalData('policy_dev');
if (!dataDir) throw new Error(`no policy_dev in ${EVAL_DATA_CANDIDATES.join(', ')}`);

interface Item {
  id: string;
  text: string;
  lang: 'en' | 'es';
  cats: string[];
  clean: boolean;
  source: 'dev' | 'test' | 'fixture' | 'davidson' | 'offendes' | 'blind';
  /** Public rows: used for training (half) or only checked (the other half). */
  train: boolean;
  borderline?: boolean;
  row?: DraftRow;
  sentences?: Sentence[];
  engine?: Set<string>;
}

const items: Item[] = [];
for (const r of loadDrafts(dataDir)) {
  const part = partOf(r.id);
  const cats = r.expect.filter((c) => c !== 'none');
  items.push({ id: r.id, text: r.text, lang: r.lang, cats, clean: cats.length === 0, source: part, train: part === 'dev', borderline: r.borderline, row: r });
}
const fixDir = join(repo, 'tests', 'fixtures', 'judgement');
const fixFiles = readdirSync(fixDir).filter((f) => f.endsWith('.jsonl')).sort();
if (flag('all-rounds')) for (const d of readdirSync(fixDir).filter((n) => /^round\d+$/.test(n)).sort()) fixFiles.push(...readdirSync(join(fixDir, d)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `${d}/${f}`));
for (const f of fixFiles) {
  readFileSync(join(fixDir, f), 'utf8').split('\n').filter((l) => l.trim()).forEach((l, i) => {
    const r = JSON.parse(l) as { text: string; lang: 'en' | 'es'; expect: string[] };
    const cats = r.expect.filter((c) => c !== 'none');
    items.push({ id: `fx-${f}-${i}`, text: r.text, lang: r.lang, cats, clean: cats.length === 0, source: 'fixture', train: true });
  });
}
// The blind set (tests/fixtures/blind) is measured only, never trained on, and only with --test.
const blindFile = join(repo, 'tests', 'fixtures', 'blind', 'drafts.jsonl');
if (flag('test') && existsSync(blindFile))
  readFileSync(blindFile, 'utf8').split('\n').filter((l) => l.trim()).forEach((l, i) => {
    const r = JSON.parse(l) as DraftRow;
    const cats = r.expect.filter((c) => c !== 'none');
    items.push({ id: `blind-${i}`, text: r.text, lang: r.lang, cats, clean: cats.length === 0, source: 'blind', train: false, borderline: r.borderline, row: { ...r, id: `blind-${i}` } });
  });
const jsonl = (file: string) => readFileSync(join(dataDir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
for (const r of jsonl('davidson.jsonl')) if (r.label === 'neither') items.push({ id: `dv-${r.id}`, text: r.text as string, lang: 'en', cats: [], clean: true, source: 'davidson', train: PUBLIC_NEG && fnv(`dv-${r.id}`) % 2 === 0 });
for (const r of jsonl('offendes_es.jsonl')) if (r.label === 'NO') items.push({ id: `oe-${r.id}`, text: r.text as string, lang: 'es', cats: [], clean: true, source: 'offendes', train: PUBLIC_NEG && fnv(`oe-${r.id}`) % 2 === 0 });

// Features: the engine's findings as found (merge: false) and the word classes per sentence.
const compiled = compilePolicy(DEFAULT_POLICY);
const space = featureSpace([FRAME_WORDS, EN_MACROS, ES_MACROS]);
const t0 = performance.now();
// Features are computed once with everything (all findings, unigrams) and cached for the
// experiment's variants; a variant then keeps the kinds it uses (keep()).
// The cache is keyed by a fingerprint of everything that makes the features (classes,
// frames, packs): after the classes change, the features are computed afresh.
const cacheFile = join(tmpdir(), `askfirst-judgement-features-${process.env.USER ?? 'u'}-${repo.split('/').pop()}.json`);
const fingerprint = String(fnv(JSON.stringify([FEATURES_VERSION, FRAME_WORDS, EN_MACROS, ES_MACROS, FRAMES, PACKS])));
type Cache = Record<string, { s: [number, number, string[]][]; e: string[] }>;
const stored = existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as { fingerprint: string; rows: Cache }) : undefined;
const cache: Cache = stored?.fingerprint === fingerprint ? stored.rows : {};
const FRAME_CUES = new Set(['s:advice', 's:news', 's:exhort', 's:who']);
const keep = (f: string) =>
  f.startsWith('u:') ? UNIGRAMS
  : f.startsWith('b:') ? BIGRAMS
  : f.startsWith('o:') ? ORDER
  : /^(?:fp>|who>|2p~|neg>)/.test(f) || FRAME_CUES.has(f) ? FRAME
  : f.startsWith('r:judgement.') || f.startsWith('fc:') ? RULES === 'all'
  : f.startsWith('r:') || f.startsWith('c:') ? RULES !== 'none'
  : true;
for (const it of items) {
  const key = `${it.lang}|${it.text}`;
  let c = cache[key];
  if (!c) {
    const locale = it.lang === 'es' ? 'es' : 'en';
    const facts = evaluate(it.text, compiled, { locale, merge: false });
    const engine = [...new Set(evaluate(it.text, compiled, { locale }).filter((f) => f.severity !== 'info').map((f) => f.category as string))];
    const sentences = sentenceFeatures(it.text, tokenize(it.text), space, facts);
    c = cache[key] = { s: sentences.map((s) => [s.start, s.end, [...s.features]]), e: engine };
  }
  it.engine = new Set(c.e);
  it.sentences = c.s.map(([start, end, fs]) => ({ start, end, features: new Set(fs.filter(keep)) }));
  if (PAIRS) for (const s of it.sentences) {
    const w = [...s.features].filter((f) => f.startsWith('w:')).sort();
    for (let a = 0; a < w.length; a++) for (let b = a + 1; b < w.length; b++) s.features.add(`p:${w[a]!.slice(2)}&${w[b]!.slice(2)}`);
  }
}
writeFileSync(cacheFile, JSON.stringify({ fingerprint, rows: cache }));
console.error(`features for ${items.length} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Vocabulary: features seen in at least 2 training rows.
const training = items.filter((it) => it.train);
const counts = new Map<string, number>();
for (const it of training) for (const f of draftFeatures(it.sentences!)) counts.set(f, (counts.get(f) ?? 0) + 1);
const vocab = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
const index = new Map(vocab.map((f, i) => [f, i]));
const sparse = (fs: Iterable<string>) => [...fs].map((f) => index.get(f)).filter((i): i is number => i !== undefined).sort((a, b) => a - b);
const draftRow = (it: Item) => sparse(draftFeatures(it.sentences!));
const kinds = ['w:', 'r:', 'u:', 'b:', 'o:', 'fp>', 'who>', '2p~', 'neg>', 'p:'];
console.error(`${vocab.length} features (${kinds.map((k) => `${k} ${vocab.filter((f) => f.startsWith(k)).length}`).join(', ')})`);

function fit(rows: Item[], cat: string): LinearModel {
  // Identical rows (same features, same label) are trained once with their summed weight:
  // most borrowed public rows have few or no class features, so this is most of the speed.
  const merged = new Map<string, { row: number[]; label: boolean; weight: number }>();
  for (const it of rows) {
    const row = draftRow(it);
    const label = it.cats.includes(cat);
    const key = `${label ? 1 : 0}|${row.join(',')}`;
    const weight = it.source === 'davidson' || it.source === 'offendes' ? 0.5 : 1;
    const m = merged.get(key);
    if (m) m.weight += weight;
    else merged.set(key, { row, label, weight });
  }
  const list = [...merged.values()];
  const pos = list.reduce((a, m) => a + (m.label ? m.weight : 0), 0);
  const neg = list.reduce((a, m) => a + (m.label ? 0 : m.weight), 0);
  const rowsOf = list.map((m) => m.row);
  const labelsOf = list.map((m) => m.label);
  const weights = list.map((m) => m.weight);
  const scale = NB ? logCountRatio(rowsOf, labelsOf, vocab.length, weights) : undefined;
  return trainLogistic(rowsOf, labelsOf, vocab.length, { l2: L2, steps: 400, rate: NB ? 0.5 : 2, positiveWeight: pos ? neg / pos : 1, rowWeight: weights, scale });
}

function score(m: LinearModel, it: Item): { p: number; sentence: number } {
  let best = -1;
  let at = 0;
  it.sentences!.forEach((s, i) => {
    const p = scoreRow(m, sparse(s.features));
    if (p > best) [best, at] = [p, i];
  });
  return { p: MODE === 'sentence' ? best : scoreRow(m, draftRow(it)), sentence: at };
}

// Out-of-fold scores on the training rows (5 folds by a hash of the id) → thresholds.
const FOLDS = 5;
const foldOf = (it: { id: string }) => fnv(it.id) % FOLDS;
const oof = new Map<string, Record<string, number>>();
for (let k = 0; k < FOLDS; k++) {
  const fitRows = training.filter((it) => fnv(it.id) % FOLDS !== k);
  const held = training.filter((it) => fnv(it.id) % FOLDS === k);
  for (const cat of CATS) {
    const m = fit(fitRows, cat);
    for (const it of held) (oof.get(it.id) ?? oof.set(it.id, {}).get(it.id)!)[cat] = score(m, it).p;
  }
}
// Thresholds are placed on every clean training row. `--added` places them only on the clean
// rows the engine does not flag (those are what the union adds) — measured worse: it drops
// the hardest negatives from the calibration, and unseen ones then pass (session 9).
const ADDED = flag('added');
const counts_ = (it: Item) => !ADDED || it.engine!.size === 0;
const isCleanDraft = (it: Item) => it.clean && (it.source === 'dev' || it.source === 'fixture') && !it.borderline;
const isPublic = (it: Item) => it.source === 'davidson' || it.source === 'offendes';
const cleanTrain = training.filter((it) => isCleanDraft(it) && counts_(it));
const publicTrain = training.filter((it) => isPublic(it) && counts_(it));
const UNION_FPR = Number(opt('union-fpr', argv.includes('auto') ? '0' : '0.02'));
// Added to every threshold, in logit units. `--margin auto`: the smallest margin on a grid at
// which the thresholds, placed without a row's own fold, newly flag NO clean training draft
// (dev + fixtures, out of fold) — chosen on training data before the test part is looked at.
const MARGIN_OPT = opt('margin', '0');
const MARGIN_GRID = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4];
let MARGIN = MARGIN_OPT === 'auto' ? 0 : Number(MARGIN_OPT);
// With N clean drafts to place them on, 15 thresholds each just above the highest clean score
// still let about 15/N of new clean drafts through: a margin above the highest is what lets
// the union add (almost) no clean alarm.
const raise = (p: number, m: number) => (m === 0 ? p : 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + m))));
/** The categories the model speaks for (--cats a,b,c); all by default. */
const MODEL_CATS = new Set(opt('cats', CATS.join(',')).split(','));

/**
 * Per category: the score above which at most `rate` of the clean drafts (and rate/4 of the
 * public clean rows) in `pool` score out of fold; the rate starts at TARGET_FPR and is lowered
 * until the categories together flag at most `union` of the pool's clean drafts.
 */
function calibrate(pool: Item[], union: number, margin = MARGIN): { th: Record<string, number>; rate: number } {
  const clean = pool.filter((it) => isCleanDraft(it) && counts_(it));
  const pub = pool.filter((it) => isPublic(it) && counts_(it));
  const sorted = (list: Item[], cat: string) => list.map((it) => oof.get(it.id)![cat]!).sort((x, y) => y - x);
  const cs = Object.fromEntries(CATS.map((c) => [c, sorted(clean, c)]));
  const ps = Object.fromEntries(CATS.map((c) => [c, sorted(pub, c)]));
  const at = (s: number[], r: number) => (s.length ? Math.max(0.5, (s[Math.floor(r * s.length)] ?? 0) + 1e-9) : 0.5);
  const thAt = (r: number) => Object.fromEntries(CATS.map((c) => [c, MODEL_CATS.has(c) ? Math.max(at(cs[c]!, r), ps[c]!.length ? at(ps[c]!, r / 4) : 0) : 2]));
  const unionOf = (th: Record<string, number>) => clean.filter((it) => CATS.some((c) => oof.get(it.id)![c]! >= th[c]!)).length / Math.max(1, clean.length);
  let rate = TARGET_FPR;
  let th = thAt(rate);
  while (rate > 0 && unionOf(th) > union) th = thAt((rate = Math.max(0, rate - 0.001)));
  // The margin goes on top of the thresholds the rate gave (it does not change the rate).
  return { th: Object.fromEntries(CATS.map((c) => [c, th[c]! >= 1 ? th[c]! : raise(th[c]!, margin)])), rate };
}
if (MARGIN_OPT === 'auto') {
  const cleanAll = training.filter((it) => isCleanDraft(it) && it.engine!.size === 0);
  const added = (m: number) => {
    const th = Array.from({ length: FOLDS }, (_, k) => calibrate(training.filter((it) => foldOf(it) !== k), UNION_FPR, m).th);
    return cleanAll.filter((it) => CATS.some((c) => oof.get(it.id)![c]! >= th[foldOf(it)]![c]!)).length;
  };
  MARGIN = MARGIN_GRID.find((m) => added(m) === 0) ?? MARGIN_GRID[MARGIN_GRID.length - 1]!;
  console.error(`margin auto: ${MARGIN}`);
}
const { th: thresholds, rate } = calibrate(training, UNION_FPR);
console.error(`per-category clean rate ${rate.toFixed(3)} (${cleanTrain.length} clean drafts, ${publicTrain.length} public rows calibrate)`);
/** Thresholds that were not placed on the row's own fold: the honest out-of-fold check. */
const nestedFor = (union: number, margin = MARGIN) => Array.from({ length: FOLDS }, (_, k) => calibrate(training.filter((it) => foldOf(it) !== k), union, margin).th);
const nested = nestedFor(UNION_FPR);

const models = Object.fromEntries(CATS.map((c) => [c, fit(training, c)]));
// The final models are fit on all training rows and score them differently from the fold
// models: the clean training rows must stay under the same rate in sample too.
const inSampleCap = Object.fromEntries(CATS.map((cat) => {
  const at = (list: Item[], r: number) => {
    const s = list.map((it) => score(models[cat]!, it).p).sort((a, b) => b - a);
    return s.length ? (s[Math.floor(r * s.length)] ?? 0) + 1e-9 : 0;
  };
  return [cat, Math.max(at(cleanTrain, rate), publicTrain.length ? at(publicTrain, rate / 4) : 0)];
}));
const finalThresholds = (margin: number) => {
  const th = margin === MARGIN ? thresholds : calibrate(training, UNION_FPR, margin).th;
  return Object.fromEntries(CATS.map((c) => [c, Math.max(th[c]!, th[c]! >= 1 ? 2 : raise(inSampleCap[c]!, margin))]));
};
Object.assign(thresholds, finalThresholds(MARGIN));
const nestedCats = (it: Item, th: Record<string, number>[] = nested) => new Set(CATS.filter((c) => oof.get(it.id)![c]! >= th[foldOf(it)]![c]!));
const finalScores = new Map<string, Record<string, number>>();
const scoreOf = (it: Item, c: string) => ((finalScores.get(it.id) ?? finalScores.set(it.id, Object.fromEntries(CATS.map((k) => [k, score(models[k]!, it).p]))).get(it.id)!)[c]!);
const modelCats = (it: Item, useOof = false, th = thresholds) => new Set(CATS.filter((c) => (useOof ? oof.get(it.id)![c]! : scoreOf(it, c)) >= th[c]!));

{
  const fake = (cats: Set<string>) => [...cats].map((category) => ({ category, severity: 'caution' }) as Finding);
  const byId = new Map(items.map((it) => [it.id, it]));
  const report = (label: string, part: 'dev' | 'test' | 'blind', pick: (it: Item) => Set<string>) => {
    const rows = items.filter((it) => it.source === part).map((it) => it.row!);
    const s = scoreDrafts(rows, (r) => fake(pick(byId.get(r.id)!)));
    return { label, part, s };
  };
  const union = (a: Set<string>, b: Set<string>) => new Set([...a, ...b]);
  const results = [
    report('engine', 'dev', (it) => it.engine!),
    report('model (out-of-fold)', 'dev', (it) => modelCats(it, true)),
    report('engine ∪ model (out-of-fold)', 'dev', (it) => union(it.engine!, modelCats(it, true))),
    report('engine ∪ model (in-sample)', 'dev', (it) => union(it.engine!, modelCats(it))),
    report('model (oof, nested thresholds)', 'dev', (it) => nestedCats(it)),
    report('engine ∪ model (oof, nested th.)', 'dev', (it) => union(it.engine!, nestedCats(it))),
    // The test part is looked at only when asked (--test): every look is counted in the doc.
    ...(flag('test') ? [report('engine', 'test', (it) => it.engine!), report('model', 'test', (it) => modelCats(it)), report('engine ∪ model', 'test', (it) => union(it.engine!, modelCats(it))), report('engine', 'blind', (it) => it.engine!), report('engine ∪ model', 'blind', (it) => union(it.engine!, modelCats(it)))] : []),
  ];
  console.log(`variant: rules=${RULES} union-fpr=${UNION_FPR} unigrams=${UNIGRAMS} public-neg=${PUBLIC_NEG} fpr=${TARGET_FPR} mode=${MODE} l2=${L2} pairs=${PAIRS} min-count=${MIN_COUNT} frame=${FRAME} nb=${NB} order=${ORDER} bigrams=${BIGRAMS} added=${ADDED} margin=${MARGIN}${MARGIN_OPT === 'auto' ? ' (auto)' : ''}; ${vocab.length} features`);
  console.log('thresholds', Object.entries(thresholds).map(([c, t]) => `${c} ${t.toFixed(2)}`).join(', '));
  console.log('part  detector                        recall  macro   clean FPR');
  for (const { label, part, s } of results) console.log(`${part.padEnd(5)} ${label.padEnd(31)} ${(s.violating.tp / s.violating.n).toFixed(3)}   ${macroRecall(s).toFixed(3)}   ${(s.clean.flagged / s.clean.n).toFixed(3)} (${s.clean.flagged}/${s.clean.n}; ${s.violating.tp}/${s.violating.n})`);
  const pub = (src: Item['source'], pick: (it: Item) => Set<string>) => {
    const rows = items.filter((it) => it.source === src && !it.train);
    return `${(rows.filter((it) => pick(it).size > 0).length / rows.length).toFixed(3)} (${rows.length} rows)`;
  };
  for (const src of ['davidson', 'offendes'] as const) console.log(`${src} clean rows not trained on, FPR: engine ${pub(src, (it) => it.engine!)}, model ${pub(src, (it) => modelCats(it))}, engine ∪ model ${pub(src, (it) => union(it.engine!, modelCats(it)))}`);
  if (flag('curve')) {
    // The trade-off on the dev part, out of fold with nested thresholds: union target → figures.
    console.log('curve (dev, out of fold, nested thresholds): union target → engine ∪ model recall / clean FPR');
    for (const u of [0, 0.005, 0.01, 0.02, 0.03, 0.05]) {
      const th = nestedFor(u);
      const r = report('', 'dev', (it) => union(it.engine!, nestedCats(it, th))).s;
      console.log(`  ${u.toFixed(3)}  ${(r.violating.tp / r.violating.n).toFixed(3)} / ${(r.clean.flagged / r.clean.n).toFixed(3)} (${r.clean.flagged}/${r.clean.n})`);
    }
    // Dev recall is saturated by the engine (its rules were written from the dev part): the
    // model's own recall on dev and on the engine's misses among ALL training drafts (dev +
    // fixtures, out of fold) is the better guide to what it adds on unseen drafts.
    console.log('curve by logit margin (union target 0; nested, out of fold): dev union recall / clean FPR | dev model-alone recall | training drafts the engine misses: caught / n | clean training drafts newly flagged / n');
    const trainViol = training.filter((it) => !it.clean && !it.borderline && (it.source === 'dev' || it.source === 'fixture'));
    const missed = trainViol.filter((it) => !it.cats.some((c) => it.engine!.has(c)));
    const cleanAll = training.filter(isCleanDraft);
    for (const m of MARGIN_GRID) {
      const th = nestedFor(0, m);
      const r = report('', 'dev', (it) => union(it.engine!, nestedCats(it, th))).s;
      const alone = report('', 'dev', (it) => nestedCats(it, th)).s;
      const caught = missed.filter((it) => it.cats.some((c) => nestedCats(it, th).has(c))).length;
      const added = cleanAll.filter((it) => it.engine!.size === 0 && nestedCats(it, th).size > 0).length;
      const perCat = CATS.map((c) => {
        const tp = missed.filter((it) => it.cats.includes(c) && nestedCats(it, th).has(c)).length;
        const fp = cleanAll.filter((it) => it.engine!.size === 0 && nestedCats(it, th).has(c)).length;
        return tp || fp ? `${c} +${tp}/-${fp}` : '';
      }).filter(Boolean).join(' ');
      console.log(`  ${m.toFixed(1)}  ${(r.violating.tp / r.violating.n).toFixed(3)} / ${(r.clean.flagged / r.clean.n).toFixed(3)} (${r.clean.flagged}/${r.clean.n}) | ${(alone.violating.tp / alone.violating.n).toFixed(3)} | ${caught}/${missed.length} | ${added}/${cleanAll.length}  [${perCat}]`);
    }
  }
  if (flag('test') && flag('curve')) {
    // One look at the test part per final variant: the whole margin curve is printed in that
    // look, but the decision is taken at the margin chosen on training data (--margin).
    console.log(`curve by logit margin on the TEST part (decision at margin ${MARGIN}): engine ∪ model recall / clean FPR | model alone recall | blind union clean FPR`);
    for (const m of MARGIN_GRID) {
      const th = finalThresholds(m);
      const r = report('', 'test', (it) => union(it.engine!, modelCats(it, false, th))).s;
      const a = report('', 'test', (it) => modelCats(it, false, th)).s;
      const b = report('', 'blind', (it) => union(it.engine!, modelCats(it, false, th))).s;
      console.log(`  ${m.toFixed(2)}  ${(r.violating.tp / r.violating.n).toFixed(3)} / ${(r.clean.flagged / r.clean.n).toFixed(3)} (${r.violating.tp}/${r.violating.n}; ${r.clean.flagged}/${r.clean.n}) | ${(a.violating.tp / a.violating.n).toFixed(3)} | ${(b.clean.flagged / Math.max(1, b.clean.n)).toFixed(3)} (${b.clean.flagged}/${b.clean.n})`);
    }
  }
  if (flag('per-category')) for (const r of results.filter((r) => r.part === 'test' || r.label.includes('out-of-fold'))) console.log(formatScore(`${r.part} ${r.label}`, r.s));
}
if (argv.includes('--write')) {
  const file = resolve(opt('write', 'weights.json'));
  writeFileSync(file, `${JSON.stringify({ features: vocab, thresholds, models: Object.fromEntries(CATS.map((c) => [c, { bias: +models[c]!.bias.toFixed(6), weights: [...models[c]!.weights].map((w) => +w.toFixed(6)) }])) })}\n`);
  console.log(`wrote ${file} (${vocab.length} features × ${CATS.length} categories)`);
}
