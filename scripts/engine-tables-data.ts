// The built-in policy data (rules/policy/builtIn.ts) in the form the extension ships it.
// builtIn.ts works out its lexicon and judgement parts when it is loaded (every judgement
// word class's `stem*` entries expanded, every frame compiled, the word lists made sets):
// ~600 ms of a woken service worker's start on a loaded machine, measured (issue 18). They
// depend on the sources only, so the build works them out once (engine-tables-plugin.ts) and
// the bundle's builtIn module is one JSON.parse plus the packs, which it still imports as
// written: the objects every other module sees. No Node API here: this runs in the bundle.
import type { PolicyData } from '../rules/engine/data';

/**
 * Between a judgement word class's words in the shipped form: words are lower case letters,
 * digits, spaces and a few marks, never a line break (serializeData checks).
 */
const WORD_SEPARATOR = '\n';

/** What builtIn.ts computes, as JSON (sets as arrays; each judgement word class as one string, its words joined). */
export interface SerializedData {
  lexicon: Omit<PolicyData['lexicon'], 'common' | 'real'> & { common: string[]; real: string[] };
  judgement: Omit<PolicyData['judgement'], 'words'> & { words: Record<string, string> };
}

export function serializeData(data: PolicyData): SerializedData {
  const { common, real, ...lexicon } = data.lexicon;
  const words: Record<string, string> = {};
  for (const [name, list] of Object.entries(data.judgement.words)) {
    const bad = list.find((w) => w === '' || w.includes(WORD_SEPARATOR));
    if (bad !== undefined) throw new Error(`judgement word class ${name}: ${JSON.stringify(bad)} cannot be shipped (empty, or holds a line break)`);
    words[name] = list.join(WORD_SEPARATOR);
  }
  return { lexicon: { ...lexicon, common: [...common], real: [...real] }, judgement: { ...data.judgement, words } };
}

/**
 * Word classes whose lists are split out of their shipped string when first read. With the
 * engine's tables (rules/engine/tables.ts) a woken worker's first checks read none of them (the
 * classes' expansions and first words are in the tables), and making ~50,000 small strings of
 * them was the largest single part of the data's JSON.parse (issue 18). Plain own enumerable
 * properties to every reader (Object.hasOwn, Object.entries, toEqual): an accessor that
 * replaces itself with the list.
 */
function lazyWordClasses(packed: Record<string, string>): PolicyData['judgement']['words'] {
  const out: PolicyData['judgement']['words'] = {};
  for (const name of Object.keys(packed)) {
    Object.defineProperty(out, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = packed[name] === '' ? [] : packed[name]!.split(WORD_SEPARATOR);
        Object.defineProperty(out, name, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
      set(value: string[]) {
        Object.defineProperty(out, name, { value, enumerable: true, configurable: true, writable: true });
      },
    });
  }
  return out;
}

/** The data back: `packs` and `vocabulary` are the packs module's own objects, as in builtIn.ts. */
export function dataFromSerialized(s: SerializedData, packs: PolicyData['packs'], vocabulary: PolicyData['vocabulary']): PolicyData {
  const { common, real, ...lexicon } = s.lexicon;
  return {
    packs,
    vocabulary,
    lexicon: { ...lexicon, common: new Set(common), real: new Set(real) },
    judgement: { ...s.judgement, words: lazyWordClasses(s.judgement.words) },
  };
}
