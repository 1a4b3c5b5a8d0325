// `npx tsx scripts/eval/misreadings.ts [--spans] [--mechanism M]`: findings on clean text whose
// span is not literally the word the rule lists, but was reached by reading the draft: the
// disguise reader (disguise.ts), letters spelled out and joined (normalize.ts), a word split by
// spaces re-joined by the term matcher (terms.ts), a phonetic or squeezed reading of one word
// (termIndex.ts: "muzzle" as "muzzie"), or the speller (fuzzy.ts). On clean rows every
// such finding is a false alarm the reading caused (issue #12, "no false alarms"); this prints
// their counts by mechanism and, with --spans, each span with its reading and row.
// Clean rows: Davidson "neither", OffendES "NO", HateCheck non-hateful, scunthorpe's clean rows
// (label_map.json policy_expect "none"), and the clean drafts of tests/fixtures/judgement (top
// level, rounds 4–5, the dev part of rounds 6–8: check parts are never read).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRecords } from './csv';
import { compilePolicy, DEFAULT_POLICY, evaluate, type CompiledPolicy } from '../../rules';
import { undisguise } from '../../rules/engine/disguise';
import { respell } from '../../rules/engine/fuzzy';
import { streamOf, tokenizeWithRuns, type Token } from '../../rules/engine/normalize';
import { lookupUncached, rulesOfWord } from '../../rules/engine/termIndex';
import { loadFixturePart, type RoundPart } from '../../tests/unit/judgementFixtures';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const candidates = [process.env.ASK_FIRST_EVAL_DATA, join(repo, '..', 'shared', 'eval-data'), '/work/shared/eval-data'].filter(Boolean) as string[];
const dataDir = candidates.find((d) => existsSync(join(d, 'label_map.json')));

interface CleanRow {
  source: string;
  text: string;
  lang: 'en' | 'es';
}

function publicRows(): CleanRow[] {
  if (!dataDir) return [];
  const labelMap = JSON.parse(readFileSync(join(dataDir, 'label_map.json'), 'utf8')) as Record<string, { map: Record<string, { policy_expect: string }> }>;
  const clean = (file: string, label: string) => labelMap[file]?.map[label]?.policy_expect === 'none';
  const jsonl = (file: string) => readFileSync(join(dataDir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
  const rows: CleanRow[] = [];
  for (const r of jsonl('davidson.jsonl')) if (clean('davidson.jsonl', r.label as string)) rows.push({ source: 'davidson', text: r.text as string, lang: 'en' });
  for (const r of jsonl('offendes_es.jsonl')) if (clean('offendes_es.jsonl', r.label as string)) rows.push({ source: 'offendes', text: r.text as string, lang: 'es' });
  for (const r of jsonl('scunthorpe.jsonl')) if (clean('scunthorpe.jsonl', r.expect as string)) rows.push({ source: 'scunthorpe', text: r.text as string, lang: r.lang === 'es' ? 'es' : 'en' });
  for (const lang of ['en', 'es'] as const) {
    const file = `hatecheck_${lang}.csv`;
    for (const r of csvRecords(readFileSync(join(dataDir, file), 'utf8'))) if (clean(file, r.functionality!)) rows.push({ source: `hatecheck_${lang}`, text: r.test_case!, lang });
  }
  return rows;
}

function fixtureRows(): CleanRow[] {
  const root = join(repo, 'tests', 'fixtures', 'judgement');
  const rows: CleanRow[] = [];
  const add = (file: string, part?: RoundPart) => {
    for (const r of loadFixturePart(file, part)) if (r.expect.every((c) => c === 'none')) rows.push({ source: file.split('/')[0]!.replace(/\.jsonl$/, ''), text: r.text, lang: r.lang === 'es' ? 'es' : 'en' });
  };
  for (const f of readdirSync(root).filter((f) => f.endsWith('.jsonl'))) add(f);
  for (const round of ['round4', 'round5', 'round6', 'round7', 'round8']) {
    const split = round >= 'round6';
    for (const f of readdirSync(join(root, round)).filter((f) => f.endsWith('.jsonl')).sort()) add(`${round}/${f}`, split ? 'dev' : undefined);
  }
  return rows;
}

export type Mechanism = 'disguise' | 'spelled-out' | 'split-join' | 'variant' | 'speller';

export interface Misreading {
  mechanism: Mechanism;
  ruleId: string;
  span: string;
  reading: string;
}

const within = (t: Token, start: number, end: number) => !t.boundary && t.start < end && t.end > start;

/** The findings of `text` that a reading produced, with the mechanism and what the span was read as. */
export function misreadings(text: string, compiled: CompiledPolicy, lang: 'en' | 'es'): Misreading[] {
  const findings = evaluate(text, compiled, { locale: lang }).filter((f) => f.severity !== 'info');
  if (findings.length === 0) return [];
  // The token stages as evaluate() runs them (evaluate.ts), to see which one changed a word.
  const { tokens: written } = tokenizeWithRuns(text);
  const read = undisguise(written, text, compiled.terms, compiled.shared.disguises, new Map());
  const raw = read ? streamOf(read).tokens : written;
  const respelled = respell(compiled.speller, raw) ?? raw;
  const out: Misreading[] = [];
  for (const f of findings) {
    const span = text.slice(f.start, f.end);
    const rawIn = raw.filter((t) => within(t, f.start, f.end));
    const writtenAt = new Map(written.filter((t) => within(t, f.start, f.end)).map((t) => [t.start, t]));
    const disguised = rawIn.filter((t) => writtenAt.get(t.start)?.text !== t.text || writtenAt.get(t.start)?.end !== t.end);
    // A token normalization joined from single characters has a space inside its span.
    const spelled = rawIn.filter((t) => !disguised.includes(t) && /\s/.test(text.slice(t.start, t.end)));
    const respelledIn = respelled.filter((t, i) => within(t, f.start, f.end) && raw[i] !== t);
    // Several tokens whose letters together are one listed word ("bit ch"), not a listed phrase.
    const joined = rawIn.length > 1 && !rulesOfWord(compiled.terms, { text: rawIn.map((t) => t.text).join(' '), masked: false }) && rulesOfWord(compiled.terms, { text: rawIn.map((t) => t.text).join(''), masked: false });
    // One word the term index finds only through a phonetic or squeezed reading ("muzzle" as "muzzie").
    const variant = rawIn.length === 1 && !!lookupUncached(compiled.terms, rawIn[0]!, false, false) && !lookupUncached(compiled.terms, rawIn[0]!, false, true);
    const mechanism: Mechanism | null = disguised.length ? 'disguise' : spelled.length ? 'spelled-out' : joined ? 'split-join' : variant ? 'variant' : respelledIn.length ? 'speller' : null;
    if (!mechanism) continue;
    const reading =
      mechanism === 'disguise' ? disguised.map((t) => t.text).join(' ')
      : mechanism === 'spelled-out' ? spelled.map((t) => t.text).join(' ')
      : mechanism === 'split-join' ? rawIn.map((t) => t.text).join('')
      : mechanism === 'variant' ? `${rawIn[0]!.text} (phonetic/squeezed)`
      : respelledIn.map((t) => `${raw[respelled.indexOf(t)]!.text}→${t.text}`).join(' ');
    out.push({ mechanism, ruleId: f.ruleId, span, reading });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const only = args.includes('--mechanism') ? args[args.indexOf('--mechanism') + 1] : null;
  const compiled = compilePolicy(DEFAULT_POLICY);
  const rows = [...publicRows(), ...fixtureRows()];
  const counts = new Map<string, number>();
  const lines: string[] = [];
  for (const row of rows) {
    for (const m of misreadings(row.text, compiled, row.lang)) {
      counts.set(m.mechanism, (counts.get(m.mechanism) ?? 0) + 1);
      counts.set(`${m.mechanism} ${row.source}`, (counts.get(`${m.mechanism} ${row.source}`) ?? 0) + 1);
      if (!only || m.mechanism === only) lines.push(`${m.mechanism.padEnd(11)} ${m.ruleId.padEnd(28)} «${m.span}» read ${m.reading}  ::  [${row.source}] ${row.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  console.log(`${rows.length} clean rows (${dataDir ? 'public sets + ' : 'no public sets; '}judgement fixtures)`);
  for (const [k, n] of [...counts].sort()) console.log(`  ${k.includes(' ') ? '  ' : ''}${k.padEnd(32)} ${n}`);
  if (args.includes('--spans')) console.log(`\n${lines.sort().join('\n')}`);
}
