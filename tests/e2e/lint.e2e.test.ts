/**
 * Mozilla's add-ons linter (`web-ext lint`) on the Firefox build: no errors, and the only
 * warnings left are Preact's own `innerHTML` code path (its `dangerouslySetInnerHTML`
 * support), which we never use: no source of ours writes innerHTML.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionBuilt } from './harness/await-build';
import { EXTENSION_DIR } from './harness/browser';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

const FIREFOX_DIR = EXTENSION_DIR.replace('chrome-mv3', 'firefox-mv2');
const ROOT = join(EXTENSION_DIR, '../..');

describe('web-ext lint', () => {
  it('no errors; the only warnings are Preact’s unused innerHTML path', async () => {
    await extensionBuilt('firefox'); // this run's production build (harness/builds.ts), not a rebuild under Vitest's environment
    const run = spawnSync('npx', ['web-ext', 'lint', '-s', FIREFOX_DIR, '-o', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(report.errors).toEqual([]);
    const warnings = report.warnings.map((w) => `${w.code} ${w.file ?? ''}`);
    for (const w of report.warnings) {
      expect(w.code, warnings.join('\n')).toBe('UNSAFE_VAR_ASSIGNMENT');
      // Preact's render: `dangerouslySetInnerHTML` support (`e.innerHTML = u.__html`).
      expect(readFileSync(join(FIREFOX_DIR, w.file!), 'utf8')).toMatch(/\.innerHTML=[a-z]\.__html/);
    }
    expect(report.warnings.length).toBeLessThanOrEqual(2); // the content script and the pages' shared chunk
  }, 120_000);

  it('our own code never writes innerHTML or uses dangerouslySetInnerHTML', () => {
    const files = ['entrypoints', 'components', 'rules'].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|tsx)$/.test(f))
        .map((f) => join(ROOT, dir, f)),
    );
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
