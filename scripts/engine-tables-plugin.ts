// The Vite plugin that puts the engine's tables (scripts/engine-tables.ts) into the bundle as
// `virtual:ask-first/engine-tables`. It imports none of the rules itself (a config file stays
// light): they are loaded through tsx when a build asks for the module.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';

export const ENGINE_TABLES_ID = 'virtual:ask-first/engine-tables';

// Not `new URL(`../${p}`, import.meta.url)`: Vite rewrites that form into an asset glob where it transforms this file (tests).
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const path = (p: string) => join(root, p);

/** The module whose load-time work the build does instead (engine-tables-data.ts). */
export const BUILT_IN_DATA_MODULE = path('rules/policy/builtIn.ts');

/**
 * `virtual:ask-first/engine-tables`: the tables serialized into the bundle at build time (one
 * JSON.parse of a string literal: V8's fastest way to read a large object); in tests and the
 * dev server, worked out when first imported from the same sources (with a JSON round trip, so
 * tests read what a build ships).
 *
 * In a build, rules/policy/builtIn.ts is also replaced by its value, worked out here from the
 * same sources (engine-tables-data.ts says why); tests and the dev server load it as written.
 */
export function engineTablesPlugin(): Plugin {
  const resolved = `\0${ENGINE_TABLES_ID}`;
  let build = false;
  // The rules are TypeScript: loaded through tsx, in this process, once per build.
  let loaded: Promise<typeof import('./engine-tables')> | undefined;
  const self = () => (loaded ??= import('tsx/esm/api').then(({ tsImport }) => tsImport(path('scripts/engine-tables.ts'), import.meta.url)));
  return {
    name: 'ask-first:engine-tables',
    configResolved(config) {
      build = config.command === 'build' && !process.env.VITEST;
    },
    resolveId: (id) => (id === ENGINE_TABLES_ID ? resolved : undefined),
    // After minifying, which prints a string holding both kinds of quote as a template literal.
    generateBundle(_options, bundle) {
      if (!build) return;
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = requoteJsonLiterals(chunk.code);
    },
    async load(id) {
      if (build && id === BUILT_IN_DATA_MODULE) return builtInDataModule(await self());
      if (id !== resolved) return undefined;
      if (!build) {
        return [
          `import { buildTables } from ${JSON.stringify(path('rules/engine/tables.ts'))};`,
          `import { BUILT_IN_DATA } from ${JSON.stringify(path('rules/policy/builtIn.ts'))};`,
          'export default JSON.parse(JSON.stringify(buildTables(BUILT_IN_DATA)));',
        ].join('\n');
      }
      for (const dir of ['rules/engine', 'rules/packs', 'rules/lexicons', 'rules/judgement', 'rules/policy']) this.addWatchFile(path(dir));
      return `export default JSON.parse(${jsonLiteral(JSON.stringify((await self()).builtInTables()))});`;
    },
  };
}


/** rules/policy/builtIn.ts as a build ships it: the same export, its computed parts parsed from JSON. */
export function builtInDataModule(tables: Pick<typeof import('./engine-tables'), 'builtInDataJson'>): string {
  return [
    `import { BUILT_IN_PACKS, PACKS } from ${JSON.stringify(path('rules/packs/index.ts'))};`,
    `import { dataFromSerialized } from ${JSON.stringify(path('scripts/engine-tables-data.ts'))};`,
    `export const BUILT_IN_DATA = dataFromSerialized(JSON.parse(${jsonLiteral(tables.builtInDataJson())}), PACKS, BUILT_IN_PACKS);`,
  ].join('\n');
}

/**
 * JSON text as a JavaScript string literal that V8 reads fast: every character above U+00FF
 * escaped in the JSON itself (as `\u2019`, which JSON.parse reads back), so the literal is a
 * one-byte string (a single emoji made all 2.4 MB of the data two-byte: twice the memory to
 * scan, copy and parse). Measured in fresh Node processes (issue 18): the script's compile and
 * the top level a few ms less each. (The minifier prints it again as a template literal;
 * requoteJsonLiterals, below, makes it a string literal again.)
 */
export function jsonLiteral(json: string): string {
  const ascii = json.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return singleQuoted(ascii);
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * The bundle with each large `JSON.parse(`…`)` template literal (the minifier's choice for text
 * full of `"` and `'`) written as the same text in single quotes. V8 scans a template literal
 * more slowly than a string literal (measured on the built background.js in fresh Node
 * processes: the script's compile ~4–11 ms less, CPU p50, loaded machine; issue 18). Only a
 * literal without substitutions; its value read by Node itself. Columns after it on its line
 * shift: the build ships no source map.
 */
export function requoteJsonLiterals(code: string, minLength = 10_000): string {
  let out = '';
  let kept = 0; // code before this is in `out`
  let from = 0;
  for (let at = code.indexOf('JSON.parse(`'); at >= 0; at = code.indexOf('JSON.parse(`', from)) {
    const open = at + 'JSON.parse('.length;
    let close = open + 1;
    while (close < code.length && code[close] !== '`') close += code[close] === '\\' ? 2 : 1;
    from = close + 1;
    const template = code.slice(open, close + 1);
    if (template.length < minLength || /(^|[^\\])(\\\\)*\$\{/.test(template)) continue;
    out += code.slice(kept, open) + singleQuoted(runInNewContext(template) as string);
    kept = close + 1;
  }
  return kept === 0 ? code : out + code.slice(kept);
}

/** `text` as a single-quoted JavaScript string literal. */
function singleQuoted(text: string): string {
  return `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\${c}`)}'`;
}
