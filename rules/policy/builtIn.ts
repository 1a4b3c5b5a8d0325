/**
 * The data Ask First ships, assembled for the engine (rules/engine/data.ts): the built-in
 * packs, the English and Spanish lexicons, and the judgement frames. This is the one place
 * that joins them; the engine itself imports none.
 */
import type { PolicyData } from '../engine/data';
import { FRAME_WORDS, FRAMES } from '../judgement';
import { COMMON_WORDS } from '../lexicons/common';
import { EN_MACROS } from '../lexicons/en/macros';
import { INNOCENT_SENSES } from '../lexicons/en/words';
import { ES_MACROS } from '../lexicons/es/macros';
import { INNOCENT_SENSES as SENTIDOS_INOCENTES } from '../lexicons/es/words';
import { REAL_WORDS } from '../lexicons/real-words';
import { BUILT_IN_PACKS, PACKS } from '../packs';

export const BUILT_IN_DATA: PolicyData = {
  packs: PACKS,
  vocabulary: BUILT_IN_PACKS,
  lexicon: {
    wordClasses: { ...EN_MACROS, ...ES_MACROS },
    innocentSenses: { ...INNOCENT_SENSES, ...SENTIDOS_INOCENTES },
    common: COMMON_WORDS,
    real: REAL_WORDS,
  },
  judgement: { frames: FRAMES, words: FRAME_WORDS },
};
