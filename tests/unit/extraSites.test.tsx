import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExtraSitesNotice } from '../../components/ExtraSitesNotice';
import { createTranslate } from '../../components/i18n';
import {
  EXTRA_SITES_SCRIPT_ID,
  extraSiteFor,
  grantedPatterns,
  startExtraSites,
  type PermissionsLike,
  type RegisteredScriptLike,
  type ScriptingLike,
} from '../../entrypoints/background/extraSites';
import { adapterForExtraSite, ANY_TEXT_BOX, genericAdapter } from '../../entrypoints/compose.content/sites/generic';
import { mastodon } from '../../entrypoints/compose.content/sites/mastodon';
import { validatePolicy } from '../../rules/settings';
import { DEFAULT_SETTINGS, type ExtraSite, type Settings } from '../../rules/schema';

const FORUM: ExtraSite = { match: 'https://forum.city.example/*' };
const SOCIAL: ExtraSite = { match: 'https://social.city.example/*', adapter: 'mastodon' };
const WIKI: ExtraSite = { match: 'https://*.wiki.city.example/*', selector: '#wpTextbox1' };

/** A browser's scripting + permissions, in memory. */
function fakeBrowser(granted: string[]) {
  let scripts: RegisteredScriptLike[] = [];
  const added: (() => void)[] = [];
  const removed: (() => void)[] = [];
  const scripting: ScriptingLike = {
    getRegisteredContentScripts: async (f) => scripts.filter((s) => !f?.ids || f.ids.includes(s.id)),
    registerContentScripts: async (list) => {
      for (const s of list) if (scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      scripts.push(...list);
    },
    unregisterContentScripts: async (f) => {
      scripts = scripts.filter((s) => f?.ids && !f.ids.includes(s.id));
    },
  };
  const permissions: PermissionsLike = {
    contains: async ({ origins }) => origins.every((o) => granted.includes(o)),
    onAdded: { addListener: (cb) => added.push(cb) },
    onRemoved: { addListener: (cb) => removed.push(cb) },
  };
  return {
    scripting,
    permissions,
    scripts: () => scripts,
    grant(p: string) {
      granted.push(p);
      added.forEach((cb) => cb());
    },
    revoke(p: string) {
      granted.splice(granted.indexOf(p), 1);
      removed.forEach((cb) => cb());
    },
  };
}

function fakeSettings(extraSites: ExtraSite[]) {
  let current: Settings = { ...DEFAULT_SETTINGS, extraSites };
  const subs: ((s: Settings) => void)[] = [];
  return {
    ready: Promise.resolve(),
    get: () => current,
    subscribe(cb: (s: Settings) => void) {
      subs.push(cb);
      return () => undefined;
    },
    set(next: Partial<Settings>) {
      current = { ...current, ...next };
      subs.forEach((cb) => cb(current));
    },
  };
}

const JS = ['content-scripts/compose.js'];
const EXCLUDE = ['https://mastodon.social/*'];

describe('extraSiteFor: which listed site a page belongs to', () => {
  it('matches by the match pattern, first listed wins; other hosts get nothing', () => {
    const sites = [FORUM, SOCIAL, WIKI];
    expect(extraSiteFor('https://forum.city.example/t/1', sites)).toBe(FORUM);
    expect(extraSiteFor('https://social.city.example/home', sites)).toBe(SOCIAL);
    expect(extraSiteFor('https://hr.wiki.city.example/edit', sites)).toBe(WIKI);
    expect(extraSiteFor('https://forum.city.example.evil.test/', sites)).toBeNull();
    expect(extraSiteFor('http://forum.city.example/t/1', sites)).toBeNull();
    expect(extraSiteFor('https://x.com/home', sites)).toBeNull();
  });
});

describe('grantedPatterns', () => {
  it('keeps only what the person allowed, once each', async () => {
    const b = fakeBrowser([FORUM.match]);
    expect(await grantedPatterns([FORUM, SOCIAL, FORUM], b.permissions)).toEqual([FORUM.match]);
  });
});

describe('startExtraSites: the dynamic registration follows policy and permissions', () => {
  it('registers the compose script for exactly the granted listed sites', async () => {
    const b = fakeBrowser([FORUM.match, 'https://unlisted.example/*']);
    const x = startExtraSites({ settings: fakeSettings([FORUM, SOCIAL]), scripting: b.scripting, permissions: b.permissions, js: JS, exclude: EXCLUDE });
    expect(await x.sync()).toEqual([FORUM.match]);
    expect(b.scripts()).toEqual([
      { id: EXTRA_SITES_SCRIPT_ID, matches: [FORUM.match], excludeMatches: EXCLUDE, js: JS, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  });

  it('registers again when access is granted or revoked, and when IT changes the list', async () => {
    const b = fakeBrowser([]);
    const settings = fakeSettings([FORUM, SOCIAL]);
    const x = startExtraSites({ settings, scripting: b.scripting, permissions: b.permissions, js: JS, exclude: EXCLUDE });
    expect(await x.sync()).toEqual([]);
    expect(b.scripts()).toEqual([]);
    b.grant(SOCIAL.match);
    b.grant(FORUM.match);
    await x.sync();
    expect(b.scripts().map((s) => s.matches)).toEqual([[FORUM.match, SOCIAL.match]]);
    settings.set({ extraSites: [SOCIAL] });
    await x.sync();
    expect(b.scripts().map((s) => s.matches)).toEqual([[SOCIAL.match]]);
    b.revoke(SOCIAL.match);
    await x.sync();
    expect(b.scripts()).toEqual([]);
  });

  it('replaces a registration left by an earlier version (other files), keeps an identical one', async () => {
    const b = fakeBrowser([FORUM.match]);
    await b.scripting.registerContentScripts([{ id: EXTRA_SITES_SCRIPT_ID, matches: [FORUM.match], js: ['content-scripts/old.js'] }]);
    const x = startExtraSites({ settings: fakeSettings([FORUM]), scripting: b.scripting, permissions: b.permissions, js: JS, exclude: EXCLUDE });
    await x.sync();
    expect(b.scripts().map((s) => s.js)).toEqual([JS]);
    const kept = b.scripts()[0];
    await x.sync();
    expect(b.scripts()[0]).toBe(kept);
  });

  it('concurrent triggers never register twice (one sync at a time)', async () => {
    const b = fakeBrowser([FORUM.match]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const x = startExtraSites({ settings: fakeSettings([FORUM]), scripting: b.scripting, permissions: b.permissions, js: JS, exclude: EXCLUDE });
    b.grant('https://other.example/*');
    b.grant('https://more.example/*');
    await Promise.all([x.sync(), x.sync()]);
    expect(b.scripts()).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('answers getExtraSite from the sender URL, and only for content scripts in tabs', async () => {
    const b = fakeBrowser([]);
    const x = startExtraSites({ settings: fakeSettings([FORUM, SOCIAL]), scripting: b.scripting, permissions: b.permissions, js: JS, exclude: EXCLUDE });
    const ask = (sender: { url?: string; tab?: { id: number } }) => x.handlers.getExtraSite({}, sender);
    expect(await ask({ url: 'https://social.city.example/home', tab: { id: 1 } })).toEqual(SOCIAL);
    expect(await ask({ url: 'https://x.com/', tab: { id: 1 } })).toBeNull();
    expect(await ask({ url: 'https://forum.city.example/' })).toBeNull();
  });
});

describe('adapters for listed sites', () => {
  it('generic: the admin selector or any text box; named for the host; Ctrl/Cmd+Enter posts', () => {
    const a = genericAdapter(FORUM, 'forum.city.example');
    expect(a.id).toBe('forum.city.example');
    expect(a.composerSelector).toBe(ANY_TEXT_BOX);
    expect(genericAdapter(WIKI, 'hr.wiki.city.example').composerSelector).toBe('#wpTextbox1');
    expect(genericAdapter(FORUM, 'a'.repeat(80)).id).toHaveLength(64);
    const key = (init: KeyboardEventInit) => a.isSubmitKey(new KeyboardEvent('keydown', init), document.body);
    expect(key({ key: 'Enter', ctrlKey: true })).toBe(true);
    expect(key({ key: 'Enter' })).toBe(false);
  });

  it('adapter "mastodon" reuses the Mastodon adapter on the listed host', () => {
    const a = adapterForExtraSite(SOCIAL, 'social.city.example');
    expect(a.id).toBe('mastodon');
    expect(a.composerSelector).toBe(mastodon.composerSelector);
    expect(a.matches).toEqual([SOCIAL.match]);
  });

  it('the managed validator accepts the known adapters and reports others', () => {
    const { policy, problems } = validatePolicy({ extraSites: [SOCIAL, { match: 'https://a.example/*', adapter: 'facebook' }] });
    expect(policy).toEqual({ extraSites: [SOCIAL] });
    expect(problems.map((p) => p.key)).toEqual(['extraSites[1]']);
  });
});

describe('ExtraSitesNotice', () => {
  afterEach(cleanup);

  it('lists the pending sites and calls onAllow from the click; says nothing when none wait', () => {
    const onAllow = vi.fn();
    const { rerender } = render(<ExtraSitesNotice pending={[FORUM.match]} t={createTranslate('en')} onAllow={onAllow} />);
    const region = screen.getByRole('region', { name: 'Your organization asked Ask First to check these sites:' });
    expect(region.textContent).toContain(FORUM.match);
    fireEvent.click(screen.getByRole('button', { name: 'Allow' }));
    expect(onAllow).toHaveBeenCalledTimes(1);
    rerender(<ExtraSitesNotice pending={[]} t={createTranslate('en')} onAllow={onAllow} />);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('in Spanish', () => {
    render(<ExtraSitesNotice pending={[FORUM.match]} t={createTranslate('es')} onAllow={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Permitir' })).toBeTruthy();
  });
});
