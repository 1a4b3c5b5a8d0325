// The engine's tables for the data Ask First ships (rules/engine/tables.ts), worked out in
// Node when the extension is built (engine-tables-plugin.ts, wired in wxt.config.ts and the
// unit project of vitest.config.ts). The background imports them as
// `virtual:ask-first/engine-tables` and compiles the policy from them: a worker woken by a
// keystroke parses them instead of folding every word class, term and pattern again
// (issue 18). Nothing is committed: they are made from the data of the same build, so a
// change to a pack, lexicon or frame flows through untouched.
//   npx tsx scripts/engine-tables.ts   prints their size and how long they take to build
import { fileURLToPath } from 'node:url';
import { BUILT_IN_DATA } from '../rules/policy/builtIn';
import { buildTables, type EngineTables } from '../rules/engine/tables';
import { serializeData } from './engine-tables-data';

/** The built-in data's tables, as the extension ships them. */
export function builtInTables(): EngineTables {
  return buildTables(BUILT_IN_DATA);
}

/** The built-in data's computed parts as the extension ships them (engine-tables-data.ts), as JSON. */
export function builtInDataJson(): string {
  return JSON.stringify(serializeData(BUILT_IN_DATA));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const tables = builtInTables();
  const ms = performance.now() - started;
  const json = JSON.stringify(tables);
  console.log(`built-in data (lexicon and judgement): ${(builtInDataJson().length / 1024).toFixed(0)} KB of JSON`);
  console.log(`engine tables: ${(json.length / 1024).toFixed(0)} KB of JSON in ${ms.toFixed(0)} ms`);
  for (const [k, v] of Object.entries(tables)) console.log(`  ${k.padEnd(10)} ${(JSON.stringify(v).length / 1024).toFixed(0)} KB`);
}
