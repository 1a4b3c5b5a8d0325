// @vitest-environment node
// package.json tells the truth (issue #16): the Node version it names runs every package in
// the lock, and the runtime/dev split matches what the extension actually ships.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }> };

/** Packages the shipped code imports: entrypoints/, components/, rules/ (tests and scripts excluded). */
function shippedImports(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name)) {
        for (const [, spec] of readFileSync(path, 'utf8').matchAll(/(?:from|import)\s+'([^'.][^']*)'/g)) {
          // virtual: modules are made by the build (scripts/engine-tables-plugin.ts), not packages.
          if (spec!.startsWith('node:') || spec!.startsWith('#') || spec!.startsWith('@/') || spec!.startsWith('virtual:')) continue;
          found.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
        }
      }
    }
  };
  ['entrypoints', 'components', 'rules'].forEach(walk);
  return found;
}

describe('package.json', () => {
  it('engines: the oldest Node it allows runs every package in the lock (no EBADENGINE on npm ci)', () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const bad = Object.entries(lock.packages)
      .filter(([path, p]) => path && p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies(oldest, p.engines.node))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')} needs ${(p.engines as { node: string }).node}`);
    expect(bad).toEqual([]);
    expect(semver.satisfies(process.version, pkg.engines.node), `this Node ${process.version}`).toBe(true);
    const nvmrc = readFileSync('.nvmrc', 'utf8').trim();
    expect(semver.intersects(`${nvmrc}.x`, pkg.engines.node), `.nvmrc ${nvmrc}`).toBe(true);
  });

  it('dependencies are exactly what the extension ships; build and test tools are devDependencies', () => {
    // wxt is the build framework: its runtime helpers (wxt/browser, wxt/utils/…) are compiled in
    // by its own build. webextension-polyfill ships behind wxt/browser (the @wxt-dev module aliases it).
    const FRAMEWORK = new Set(['wxt']);
    const VIA_WXT_BROWSER = new Set(['webextension-polyfill']);
    const imported = shippedImports();
    const shipped = [...imported].filter((p) => !FRAMEWORK.has(p)).sort();
    expect(shipped.filter((p) => !(p in pkg.dependencies))).toEqual([]);
    expect(Object.keys(pkg.dependencies).filter((p) => !imported.has(p) && !VIA_WXT_BROWSER.has(p))).toEqual([]);
    expect(pkg.devDependencies).toHaveProperty('@wxt-dev/webextension-polyfill');
    // The production tree stays small: no build tool reaches it.
    const prod = Object.entries(lock.packages).filter(([path, p]) => path && !p.dev).map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(prod).not.toContain('wxt');
    expect(prod.length).toBeLessThan(20);
  });
});
