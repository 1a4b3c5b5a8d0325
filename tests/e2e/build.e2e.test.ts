import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../entrypoints/compose.content/sites';
// @ts-expect-error plain ESM helper
import { extensionId, manifestKey } from '../../scripts/extension-key.mjs';
import { EXTENSION_DIR } from './harness/browser';

const read = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));

describe('production builds', () => {
  it('Chrome MV3: storage only, content scripts on the supported sites only, fixed key, strict CSP', () => {
    const m = read(EXTENSION_DIR);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([...SITE_MATCHES].sort());
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.key).toBe(manifestKey());
    expect(m.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'");
    expect(m.name).toBe('__MSG_extName__');
  });

  it('the id Chromium gives the built extension is the one derived from the key', async () => {
    expect(extensionId()).toMatch(/^[a-p]{32}$/);
  });

  it('Firefox: `wxt build -b firefox` builds, with a gecko id and the same permissions', () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const m = read(EXTENSION_DIR.replace('chrome-mv3', 'firefox-mv2'));
    expect(m.browser_specific_settings.gecko.id).toBe('ask-first@askfirst.city');
    expect(m.permissions).toEqual(['storage']);
    expect(m.key).toBeUndefined();
    expect(m.content_scripts[0].matches.sort()).toEqual([...SITE_MATCHES].sort());
  }, 60_000);
});
