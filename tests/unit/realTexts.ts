// Real texts the engine's equality tests run on (not a test file itself): the self-written judgement
// fixtures, every rule's own examples, and the labelled public sets when ../shared/eval-data is here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_DATA } from '../../rules';

const here = dirname(fileURLToPath(import.meta.url));

/** The `text` of every row of a JSONL file. */
export const jsonlTexts = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text?: string }).text)
    .filter((t): t is string => typeof t === 'string');

/** The texts of every JSONL file under `dir`, folders included. */
export const jsonlTextsUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonlTextsUnder(join(dir, e.name)) : e.name.endsWith('.jsonl') ? jsonlTexts(join(dir, e.name)) : [],
  );

export const fixtureTexts = (): string[] => jsonlTextsUnder(join(here, '..', 'fixtures', 'judgement'));

/** Every built-in rule and judgement frame. */
export const builtInRules = () => [...Object.values(BUILT_IN_DATA.packs).flatMap((p) => p.rules), ...BUILT_IN_DATA.judgement.frames];

/** The folder of the labelled public sets, or undefined (then the tests that need them say so). */
export const evalDataDir = (): string | undefined =>
  [process.env.ASK_FIRST_EVAL_DATA, join(here, '..', '..', '..', 'shared', 'eval-data'), '/work/shared/eval-data'].find(
    (d): d is string => !!d && existsSync(join(d, 'davidson.jsonl')),
  );

/** policy_dev, then the first `davidson` and `offendes` rows of the public sets. */
export const evalTexts = (dir: string, davidson: number, offendes: number): string[] => [
  ...jsonlTextsUnder(join(dir, 'policy_dev')),
  ...jsonlTexts(join(dir, 'davidson.jsonl')).slice(0, davidson),
  ...jsonlTexts(join(dir, 'offendes_es.jsonl')).slice(0, offendes),
];
