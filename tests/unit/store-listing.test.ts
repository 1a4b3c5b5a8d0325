// @vitest-environment node
// The README and the store listings say what the manifest does (issue #16): every supported
// site by name, and the permissions it asks for. (docs/store/permissions.md is checked
// against the built manifest in tests/e2e/build.e2e.test.ts.)
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../entrypoints/compose.content/sites';
import config from '../../wxt.config';

/** How people call each site (data for this check; a new adapter needs its name here). */
const NAMES: Record<string, string> = {
  x: 'X', facebook: 'Facebook', youtube: 'YouTube', linkedin: 'LinkedIn', bluesky: 'Bluesky', mastodon: 'Mastodon',
  instagram: 'Instagram', threads: 'Threads', reddit: 'Reddit', nextdoor: 'Nextdoor', youtube_studio: 'YouTube Studio',
};

type Manifest = { permissions: string[]; optional_host_permissions?: string[] };
const manifest = (config.manifest as (env: { browser: string }) => Manifest)({ browser: 'chrome' });

/** The paragraph of a document that starts with `start`. */
function paragraph(file: string, start: string): string {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(start);
  expect(at, `${file}: "${start}"`).toBeGreaterThanOrEqual(0);
  return text.slice(at, text.indexOf('\n\n', at) === -1 ? undefined : text.indexOf('\n\n', at)).replace(/\s+/g, ' ');
}

const DOCS: [string, string, string][] = [
  // file, the sentence listing the sites, the sentence on permissions
  ['README.md', 'while you write on', 'Permissions:'],
  ['docs/store/listing.en.md', 'As you write on', '• Permissions:'],
  ['docs/store/listing.es.md', 'Mientras escribe en', '• Permisos:'],
];

describe('README and store listings match the manifest', () => {
  it('every supported site has a name', () => {
    expect(SITES.map((s) => s.id).filter((id) => !NAMES[id])).toEqual([]);
  });

  it.each(DOCS)('%s names every supported site', (file, sites) => {
    const text = paragraph(file, sites);
    expect(SITES.map((s) => NAMES[s.id]!).filter((name) => !new RegExp(`\\b${name}\\b`).test(text))).toEqual([]);
  });

  it.each(DOCS)('%s names every permission the manifest asks for, and optional host access', (file, _sites, perms) => {
    const text = readFileSync(file, 'utf8').split('\n').find((l) => l.includes(perms)) ?? '';
    expect(manifest.permissions.filter((p) => !text.includes(`${p}`))).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(text).toMatch(/optional|opcional/);
    expect(text).not.toMatch(/One permission|Un solo permiso/);
  });

  it.each(['promo-tile-440x280.png', 'promo-tile-440x280-es.png'])('the store promo tile %s is 440×280 (npm run promo-tile)', (file) => {
    const png = PNG.sync.read(readFileSync(`docs/store/${file}`));
    expect([png.width, png.height]).toEqual([440, 280]);
  });
});
