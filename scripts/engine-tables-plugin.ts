// The Vite plugin that puts the engine's tables (scripts/engine-tables.ts) into the bundle as
// `virtual:ask-first/engine-tables`. It imports none of the rules itself (a config file stays
// light): they are loaded through tsx when a build asks for the module.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const ENGINE_TABLES_ID = 'virtual:ask-first/engine-tables';

const path = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/**
 * `virtual:ask-first/engine-tables`: the tables serialized into the bundle at build time (one
 * JSON.parse of a string literal: V8's fastest way to read a large object); in tests and the
 * dev server, worked out when first imported from the same sources (with a JSON round trip, so
 * tests read what a build ships).
 */
export function engineTablesPlugin(): Plugin {
  const resolved = `\0${ENGINE_TABLES_ID}`;
  let build = false;
  return {
    name: 'ask-first:engine-tables',
    configResolved(config) {
      build = config.command === 'build' && !process.env.VITEST;
    },
    resolveId: (id) => (id === ENGINE_TABLES_ID ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      if (!build) {
        return [
          `import { buildTables } from ${JSON.stringify(path('rules/engine/tables.ts'))};`,
          `import { BUILT_IN_DATA } from ${JSON.stringify(path('rules/policy/builtIn.ts'))};`,
          'export default JSON.parse(JSON.stringify(buildTables(BUILT_IN_DATA)));',
        ].join('\n');
      }
      // The rules are TypeScript: loaded through tsx, in this process.
      const { tsImport } = await import('tsx/esm/api');
      const self = (await tsImport(path('scripts/engine-tables.ts'), import.meta.url)) as typeof import('./engine-tables');
      for (const dir of ['rules/engine', 'rules/packs', 'rules/lexicons', 'rules/judgement', 'rules/policy']) this.addWatchFile(path(dir));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(self.builtInTables()))});`;
    },
  };
}

