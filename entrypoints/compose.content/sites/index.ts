import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { withFallback } from './fallback';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { nextdoor } from './nextdoor';
import { reddit } from './reddit';
import { threads } from './threads';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';
import { youtubeStudio } from './youtubeStudio';

/** Every supported site. Adding a site = one adapter file + one line here + its replica page and tests. */
export const SITES: SiteAdapter[] = [x, facebook, youtube, linkedin, bluesky, mastodon, instagram, threads, reddit, nextdoor, youtubeStudio];

/** The content script's match patterns: the supported sites and nothing else. */
export const SITE_MATCHES: string[] = SITES.flatMap((s) => s.matches);

/** The adapter (plain, as its file describes it) for a page's host name, if it is a supported site. */
export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return SITES.find((s) => s.matches.some((m) => new URL(m.replace('*', '')).hostname === hostname));
}

/**
 * What the content script runs on a supported site: its adapter, with the fallback hooks
 * (any text box the person types into; the nearest posting-verb button) behind its selectors.
 */
export function siteForHost(hostname: string): SiteAdapter | undefined {
  const site = adapterForHost(hostname);
  return site && withFallback(site);
}
