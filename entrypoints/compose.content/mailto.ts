import { categoryKey, citationText, type MessageKey, type Translate } from '../../components/i18n';
import type { Finding } from '../../rules/schema';

/** Mail clients and browsers cut long mailto: URLs (about 2,000 characters in some); keep the draft part bounded. */
const MAX_DRAFT_IN_MAIL = 1_200;

/**
 * A prefilled e-mail to an organization contact: the site, the draft and what Ask First
 * noted. Opened by the user's own mail client; Ask First sends nothing itself.
 */
export function buildMailto(email: string, input: { site: string; text: string; findings: Finding[]; t: Translate }): string {
  const { site, text, findings, t } = input;
  // Built-in sites have a translated name; a site IT listed (extraSites) is named by its host.
  const nameKey = `site_${site}` as MessageKey;
  const siteName = t(nameKey) === nameKey ? site : t(nameKey);
  const draft = text.length > MAX_DRAFT_IN_MAIL ? `${text.slice(0, MAX_DRAFT_IN_MAIL)}…` : text;
  const noted = findings.map(
    (f) => `- ${t(categoryKey(f.category))}: “${f.excerpt}” (${citationText(f.citation, t)})`,
  );
  const body = [t('mailIntro', siteName), '', t('mailDraft'), draft, '', t('mailFindings'), ...noted, '', t('mailClosing')].join('\n');
  // The address goes in the path: encode everything but the @.
  const to = encodeURIComponent(email.trim()).replace(/%40/g, '@');
  return `mailto:${to}?subject=${encodeURIComponent(t('mailSubject', siteName))}&body=${encodeURIComponent(body)}`;
}
