import type { ExtraSite } from '../../../rules/schema';
import { mastodon } from './mastodon';
import { ANY_TEXT_BOX } from './textBoxes';
import { isModEnter, type SiteAdapter } from './types';

export { ANY_TEXT_BOX };

/** Posting from a form: its submit buttons (a <button> in a form submits unless typed otherwise). */
const FORM_SUBMIT = 'button[type="submit"], input[type="submit"], form button:not([type])';

/** The longest site id the background accepts (rules/messages). */
const MAX_ID = 64;

/**
 * The generic adapter for a site an admin lists in `extraSites`: the admin's selector,
 * or any text box. Its id is the page's host name, so the decisions log says where.
 */
export function genericAdapter(site: ExtraSite, hostname: string): SiteAdapter {
  return {
    id: hostname.slice(0, MAX_ID),
    matches: [site.match],
    composerSelector: site.selector?.trim() || ANY_TEXT_BOX,
    // The admin's selector names the only boxes checked there (docs/deployment.md); without
    // one every text box already is.
    fallbackComposers: null,
    submitSelector: FORM_SUBMIT,
    // Enter is a new line in a text box; Ctrl/Cmd+Enter is the common "post" shortcut.
    isSubmitKey: (event) => isModEnter(event),
  };
}

/** The adapter for an admin-listed site: a known site's own adapter on another host, or the generic one. */
export function adapterForExtraSite(site: ExtraSite, hostname: string): SiteAdapter {
  if (site.adapter === 'mastodon') return { ...mastodon, matches: [site.match] };
  return genericAdapter(site, hostname);
}
