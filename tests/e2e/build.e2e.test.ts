import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../entrypoints/compose.content/sites';
import { YOUTUBE_LIVE_CHAT_MATCHES } from '../../entrypoints/compose.content/sites/youtube';
// @ts-expect-error plain ESM helper
import { extensionId, manifestKey } from '../../scripts/extension-key.mjs';
import { extensionBuilt } from './harness/await-build';
import { EXTENSION_DIR } from './harness/browser';

const read = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));

describe('production builds', () => {
  it('Chrome MV3: storage + scripting, hosts = the content script\'s sites only, content scripts on the supported sites only, fixed key, strict CSP', () => {
    const m = read(EXTENSION_DIR);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'scripting']);
    // For re-attaching to open tabs (background/reattach.ts): the content script's sites, nothing more.
    expect([...m.host_permissions].sort()).toEqual([...m.content_scripts[0].matches].sort());
    // Only what may be ASKED for (IT's extraSites, after the person's "Allow"); nothing is granted by it.
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
    expect(m.content_scripts[0].matches.sort()).toEqual([...SITE_MATCHES].sort());
    expect(m.content_scripts[0].all_frames).toBeUndefined();
    // The same script in YouTube's live chat frames, and only there.
    expect(m.content_scripts.slice(1)).toEqual([{ ...m.content_scripts[0], matches: YOUTUBE_LIVE_CHAT_MATCHES, all_frames: true }]);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.key).toBe(manifestKey());
    expect(m.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'");
    expect(m.name).toBe('__MSG_extName__');
  });

  it('Chrome: the worker ships the engine\'s tables and built-in data computed, not worked out at every start', () => {
    // The same build the e2e tests drive (harness/builds.ts shippingEnv): a build that saw Vitest's
    // environment left the tables out and the worker spent ~1.8 s working them out on each start.
    const bundle = readFileSync(`${EXTENSION_DIR}/background.js`, 'utf8');
    expect(bundle).toMatch(/JSON\.parse\('\{"version":\d+,"speller":/);
    expect(bundle).toMatch(/JSON\.parse\('\{"lexicon":/);
  });

  it('the store kit justifies exactly what the built manifest asks for (permissions, optional hosts, every site)', () => {
    const m = read(EXTENSION_DIR);
    const doc = readFileSync('docs/store/permissions.md', 'utf8');
    const rows = new Set([...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((x) => x[1]!));
    const sites = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches) as string[];
    const asked = [...m.permissions, ...m.host_permissions, ...m.optional_host_permissions, ...sites];
    expect(asked.filter((x) => !rows.has(x))).toEqual([]);
    // And no row for something the manifest does not ask for (a removed site or permission).
    const other = ['key (Chromium builds)', 'storage.managed_schema', 'content_security_policy'];
    expect([...rows].filter((x) => !asked.includes(x) && !other.some((o) => o.startsWith(x)))).toEqual([]);
  });

  it('the id Chromium gives the built extension is the one derived from the key', async () => {
    expect(extensionId()).toMatch(/^[a-p]{32}$/);
  });

  it('Firefox: `wxt build -b firefox` builds, with a gecko id and the same permissions, and ships the tables too', async () => {
    await extensionBuilt('firefox'); // this run's production build (harness/builds.ts)
    const dir = EXTENSION_DIR.replace('chrome-mv3', 'firefox-mv2');
    const m = read(dir);
    const bundle = readFileSync(`${dir}/background.js`, 'utf8');
    expect(bundle).toMatch(/JSON\.parse\('\{"version":\d+,"speller":/);
    expect(bundle).toMatch(/JSON\.parse\('\{"lexicon":/);
    expect(m.browser_specific_settings.gecko.id).toBe('ask-first@askfirst.city');
    expect(m.permissions).toEqual(['storage', 'scripting']);
    expect(m.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.host_permissions).toBeUndefined(); // Firefox runs content scripts in open tabs itself
    expect(m.key).toBeUndefined();
    expect(m.content_scripts[0].matches.sort()).toEqual([...SITE_MATCHES].sort());
  }, 60_000);
});
