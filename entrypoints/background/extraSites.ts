/**
 * Sites IT lists in `extraSites` (an intranet forum, the city's Mastodon instance).
 * Their hosts are not in the manifest: the extension holds no access to them until the
 * person grants it (options page → "Allow", a permissions.request on a click). Then the
 * compose content script is registered for exactly the granted patterns, and registered
 * again whenever the policy or the granted permissions change. No broad host access is
 * ever held: `optional_host_permissions` only says what may be asked for.
 */
import { patternToRegex } from 'webext-patterns';
import type { Handlers, SenderLike } from '../../rules/messages';
import type { ExtraSite, Settings } from '../../rules/schema';

/** The one dynamic registration this module owns. */
export const EXTRA_SITES_SCRIPT_ID = 'ask-first-extra-sites';

export interface RegisteredScriptLike {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  runAt?: 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}
export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScriptLike[]>;
  registerContentScripts(scripts: RegisteredScriptLike[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}
interface EventLike {
  addListener(cb: () => void): void;
}
export interface PermissionsLike {
  contains(p: { origins: string[] }): Promise<boolean>;
  onAdded: EventLike;
  onRemoved: EventLike;
}

/** The admin-listed site a page URL belongs to: the first whose match pattern covers it. */
export function extraSiteFor(url: string, sites: readonly ExtraSite[]): ExtraSite | null {
  for (const site of sites) {
    try {
      if (patternToRegex(site.match).test(url)) return site;
    } catch {
      // The managed validator already rejects bad patterns; never let one break the rest.
    }
  }
  return null;
}

/** The listed sites' patterns this person has granted access to (the rest wait for "Allow"). */
export async function grantedPatterns(sites: readonly ExtraSite[], permissions: Pick<PermissionsLike, 'contains'>): Promise<string[]> {
  const patterns = [...new Set(sites.map((s) => s.match))];
  const granted = await Promise.all(patterns.map((p) => permissions.contains({ origins: [p] }).catch(() => false)));
  return patterns.filter((_, i) => granted[i]);
}

export interface ExtraSitesDeps {
  settings: { ready: Promise<unknown>; get(): Settings; subscribe(cb: (s: Settings) => void): () => void };
  scripting: ScriptingLike;
  permissions: PermissionsLike;
  /** The compose content script's files (from the manifest), injected unchanged. */
  js: string[];
  /** Pages the manifest's own content script already covers: never injected twice. */
  exclude: string[];
}

/**
 * Keeps the dynamic registration equal to "listed and granted". Runs one sync at a
 * time (a policy change and a grant can arrive together) and returns the patterns
 * registered by the latest sync.
 */
export function startExtraSites(deps: ExtraSitesDeps): { sync(): Promise<string[]>; handlers: Pick<Handlers, 'getExtraSite'> } {
  let queue: Promise<string[]> = Promise.resolve([]);
  const once = async (): Promise<string[]> => {
    await deps.settings.ready;
    const patterns = await grantedPatterns(deps.settings.get().extraSites, deps.permissions);
    const existing = await deps.scripting.getRegisteredContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
    const current = existing[0];
    // Registrations persist across restarts (and updates): keep one only if it is exactly what
    // this version would register (same sites, same files, same exclusions).
    const same = (a: string[] | undefined, b: string[]) => JSON.stringify(a ?? []) === JSON.stringify(b);
    if (current && same(current.matches, patterns) && same(current.js, deps.js) && same(current.excludeMatches, deps.exclude) && patterns.length) {
      return patterns;
    }
    if (current) await deps.scripting.unregisterContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
    if (patterns.length) {
      await deps.scripting.registerContentScripts([
        {
          id: EXTRA_SITES_SCRIPT_ID,
          matches: patterns,
          excludeMatches: deps.exclude,
          js: deps.js,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    }
    return patterns;
  };
  const sync = () =>
    (queue = queue.then(once, once).catch((error: unknown) => {
      console.warn('[Ask First] extra sites not registered:', error);
      return [];
    }));

  let listed = JSON.stringify(deps.settings.get().extraSites);
  deps.settings.subscribe((s) => {
    const next = JSON.stringify(s.extraSites);
    if (next === listed) return;
    listed = next;
    void sync();
  });
  deps.permissions.onAdded.addListener(() => void sync());
  deps.permissions.onRemoved.addListener(() => void sync());
  void sync();

  return {
    sync,
    handlers: {
      // Answered from the sender's URL as the browser reports it: a page cannot claim another site.
      async getExtraSite(_data: Record<string, never>, sender: SenderLike) {
        if (!sender.tab || !sender.url) return null;
        await deps.settings.ready;
        return extraSiteFor(sender.url, deps.settings.get().extraSites);
      },
    },
  };
}
