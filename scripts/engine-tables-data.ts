// The built-in policy data (rules/policy/builtIn.ts) in the form the extension ships it.
// builtIn.ts works out its lexicon and judgement parts when it is loaded (every judgement
// word class's `stem*` entries expanded, every frame compiled, the word lists made sets):
// ~600 ms of a woken service worker's start on a loaded machine, measured (issue 18). They
// depend on the sources only, so the build works them out once (engine-tables-plugin.ts) and
// the bundle's builtIn module is one JSON.parse plus the packs, which it still imports as
// written: the objects every other module sees. No Node API here: this runs in the bundle.
import type { PolicyData } from '../rules/engine/data';

/** What builtIn.ts computes, as JSON (sets as arrays). */
export interface SerializedData {
  lexicon: Omit<PolicyData['lexicon'], 'common' | 'real'> & { common: string[]; real: string[] };
  judgement: PolicyData['judgement'];
}

export function serializeData(data: PolicyData): SerializedData {
  const { common, real, ...lexicon } = data.lexicon;
  return { lexicon: { ...lexicon, common: [...common], real: [...real] }, judgement: data.judgement };
}

/** The data back: `packs` and `vocabulary` are the packs module's own objects, as in builtIn.ts. */
export function dataFromSerialized(s: SerializedData, packs: PolicyData['packs'], vocabulary: PolicyData['vocabulary']): PolicyData {
  const { common, real, ...lexicon } = s.lexicon;
  return { packs, vocabulary, lexicon: { ...lexicon, common: new Set(common), real: new Set(real) }, judgement: s.judgement };
}
