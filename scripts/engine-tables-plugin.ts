// The Vite plugin that puts the engine's tables (scripts/engine-tables.ts) into the bundle as
// `virtual:ask-first/engine-tables`. It imports none of the rules itself (a config file stays
// light): they are loaded through tsx when a build asks for the module.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
      return `export default JSON.parse(${JSON.stringify(JSON.stringify((await self()).builtInTables()))});`;
    },
  };
}


/** rules/policy/builtIn.ts as a build ships it: the same export, its computed parts parsed from JSON. */
export function builtInDataModule(tables: Pick<typeof import('./engine-tables'), 'builtInDataJson'>): string {
  return [
    `import { BUILT_IN_PACKS, PACKS } from ${JSON.stringify(path('rules/packs/index.ts'))};`,
    `import { dataFromSerialized } from ${JSON.stringify(path('scripts/engine-tables-data.ts'))};`,
    `export const BUILT_IN_DATA = dataFromSerialized(JSON.parse(${JSON.stringify(tables.builtInDataJson())}), PACKS, BUILT_IN_PACKS);`,
  ].join('\n');
}
