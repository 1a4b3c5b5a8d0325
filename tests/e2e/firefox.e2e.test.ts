/**
 * Firefox: the MV2 build passes Mozilla's add-ons linter (what addons.mozilla.org runs
 * before signing) with zero errors. The production build is made once per run
 * (harness/builds.ts), as for Chromium.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionBuilt } from './harness/await-build';
import { EXTENSION_DIR } from './harness/browser';

const FIREFOX_DIR = EXTENSION_DIR.replace('chrome-mv3', 'firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

beforeAll(() => extensionBuilt('firefox'), 300_000);

describe('Firefox build', () => {
  it('web-ext lint: zero errors on .output/firefox-mv2', () => {
    const manifest = JSON.parse(readFileSync(`${FIREFOX_DIR}/manifest.json`, 'utf8'));
    expect(manifest.storage).toBeUndefined(); // no managed_schema: Firefox reads 3rdparty policies as they are
    let out: string;
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (error) {
      // web-ext exits non-zero when there are errors; the report is still on stdout.
      out = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(out) as { errors: LintMessage[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  }, 120_000);
});
