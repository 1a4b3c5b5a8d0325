// `npm run bench:cli`: the command-line checker as IT meets it, a whole process each time,
// beside obscenity's behind the same JSONL contract, in the same run (scripts/bench/cli.ts;
// `npm run bench` prints the same tables with fewer runs at its end).
// Data: $ASK_FIRST_EVAL_DATA, ../shared/eval-data or /work/shared/eval-data (real posts);
// without it, generated drafts (said in the output).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCli } from './bench/cli';
import { findEvalData } from './eval/data-dir';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = findEvalData('davidson.jsonl');
await benchCli({ repo, dataDir });
