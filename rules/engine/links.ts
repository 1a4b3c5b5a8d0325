/**
 * Rules that look at what a draft links to and who posts it, rather than at its words:
 * - links to political and campaign sites, for every account, cited where the active pack
 *   says so (its `links.political`; `links.officialPolitical` for a City account);
 * - on an official account, an individual's e-mail address outside the organization's work
 *   domains as contact, when an active pack forbids it (`links.officialContact`).
 * Which sections those are is pack data (rules/packs): nothing here names a city.
 * Pure, linear in the text's length: the draft is split on white space once.
 */
import { SEVERITIES } from '../categories';
import type { Category, Citation, Finding, Locale, Policy, PolicyPack, PostingIdentity, Severity } from '../schema';
import { DETECTORS } from './detectors';

/**
 * Built-in political and campaign domains (a domain covers its subdomains): donation
 * platforms used by candidates and PACs, campaign-organizing tools, and the national and
 * Texas party committees. IT adds its own (local candidates, PACs) with `politicalDomains`.
 * Non-partisan civic information (vote.org, ballotpedia.org, fec.gov, sos.state.tx.us) is
 * deliberately not listed: linking to where and how to vote is ordinary City business.
 */
export const DEFAULT_POLITICAL_DOMAINS: readonly string[] = [
  // Donation and fundraising platforms for candidates, parties and PACs.
  'actblue.com', 'winred.com', 'anedot.com', 'revv.co', 'democracyengine.com', 'givegreen.com',
  // Campaign organizing (events, canvassing, volunteer sign-ups for campaigns).
  'mobilize.us', 'ngpvan.com',
  // National party committees.
  'democrats.org', 'gop.com', 'dccc.org', 'dscc.org', 'nrcc.org', 'nrsc.org', 'lp.org', 'gp.org',
  // Texas state parties.
  'texasgop.org', 'texasdemocrats.org',
];

export interface LinkRules {
  /** Lower-case political domains (built-in ∪ the policy's), or empty when the category is off. */
  political: Set<string>;
  politicalSeverity?: Severity;
  work: string[];
  personalInfoOn: boolean;
  personalInfoSeverity?: Severity;
  /** Where political links are cited (personal and official accounts); none: not checked. */
  politicalCitation?: Citation;
  officialPoliticalCitation?: Citation;
  /** Where a personal contact address on an official account is cited; none: not checked. */
  officialContactCitation?: Citation;
}

export interface LinkOptions {
  locale?: Locale;
  identity?: PostingIdentity;
}

const MESSAGES = {
  politicalLink: {
    en: 'A link to a political or campaign site. City employees may not use City time or accounts for political activity, and City accounts never link to political sites.',
    es: 'Un enlace a un sitio político o de campaña. El personal municipal no puede usar tiempo ni cuentas de la Ciudad para actividades políticas, y las cuentas de la Ciudad nunca enlazan a sitios políticos.',
  },
  officialContact: {
    en: 'A personal e-mail address as contact on an official City account. Use the department’s work address.',
    es: 'Un correo personal como contacto en una cuenta oficial de la Ciudad. Use la dirección de trabajo del departamento.',
  },
} satisfies Record<string, Record<Locale, string>>;

function override(policy: Policy, category: Category): { on: boolean; severity?: Severity } {
  const o = policy.categories?.[category];
  const severity = (SEVERITIES as readonly unknown[]).includes(o?.severity) ? o!.severity : undefined;
  return { on: o?.enabled !== false, ...(severity ? { severity } : {}) };
}

const cleanDomains = (list: unknown): string[] =>
  Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string').map((d) => d.trim().toLowerCase().replace(/^www\./, '')).filter(Boolean) : [];

/**
 * Compiled once per policy, beside the rest of the engine. A pack whose policy speaks of
 * links itself (it has `officialPolitical`) is cited before one that only forbids political
 * causes in general, whatever their order.
 */
export function compileLinks(policy: Policy, packs: readonly PolicyPack[]): LinkRules {
  const political = override(policy, 'political');
  const personal = override(policy, 'personal_info');
  const linkPack = packs.find((p) => p.links?.officialPolitical) ?? packs.find((p) => p.links?.political);
  const contact = packs.find((p) => p.links?.officialContact)?.links?.officialContact;
  const politicalCitation = linkPack?.links?.political;
  const officialPoliticalCitation = linkPack?.links?.officialPolitical ?? politicalCitation;
  return {
    political: political.on ? new Set([...DEFAULT_POLITICAL_DOMAINS, ...cleanDomains(policy.politicalDomains)]) : new Set(),
    ...(political.severity ? { politicalSeverity: political.severity } : {}),
    work: cleanDomains(policy.workEmailDomains),
    personalInfoOn: personal.on,
    ...(personal.severity ? { personalInfoSeverity: personal.severity } : {}),
    ...(politicalCitation ? { politicalCitation } : {}),
    ...(officialPoliticalCitation ? { officialPoliticalCitation } : {}),
    ...(contact ? { officialContactCitation: contact } : {}),
  };
}

/** Whether `host` is `domain` or one of its subdomains. */
export function underDomain(host: string, domains: Set<string> | readonly string[]): boolean {
  if (domains instanceof Set) {
    // host, then each parent domain: one lookup per label.
    for (let i = 0; i >= 0; i = host.indexOf('.', i) + 1 || -1) if (domains.has(host.slice(i))) return true;
    return false;
  }
  for (const d of domains) if (host === d || host.endsWith(`.${d}`)) return true;
  return false;
}

/** The host of a link-like token ("https://secure.ActBlue.com/donate/x", "winred.com/x"), or null. */
export function hostOf(token: string): string | null {
  let rest = token.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const hadScheme = rest.length !== token.length;
  const cut = rest.search(/[/?#:]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  if (!hadScheme && rest.includes('@')) return null; // an e-mail address, not a link
  rest = rest.replace(/^.*@/, '').toLowerCase().replace(/\.$/, '');
  return /^(?:[a-z0-9-]+\.)+[a-z]{2,63}$/.test(rest) ? rest.replace(/^www\./, '') : null;
}

/** Sentence punctuation after a link is not part of it ("see winred.com/x."). */
const TRAILING = new Set('.,;:!?…»”’');
function trimTrailing(token: string): string {
  let end = token.length;
  while (end > 0 && TRAILING.has(token[end - 1]!)) end--;
  return token.slice(0, end);
}

/** White space and the characters that bracket or quote a link in prose. */
function isDelimiter(code: number): boolean {
  return code <= 32 || code === 0x3c || code === 0x3e || code === 0x22 || code === 0x27 || code === 0x28 || code === 0x29 ||
    code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d || code === 0xa0 || code === 0x2028 || code === 0x3000;
}
const isLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isLabelChar = (code: number) => isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;

/**
 * Links (with or without a scheme) to one of the domains: their spans, trailing punctuation
 * left out. Only tokens with a "x.y" dot are looked at, found from the dots, so prose costs
 * one indexOf pass and every character is read at most twice.
 */
export function linksTo(text: string, domains: Set<string>): { start: number; end: number; host: string }[] {
  const out: { start: number; end: number; host: string }[] = [];
  if (domains.size === 0) return out;
  let from = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', from)) {
    from = dot + 1;
    if (!isLetter(text.charCodeAt(dot + 1)) || !isLabelChar(text.charCodeAt(dot - 1))) continue;
    let start = dot;
    while (start > 0 && !isDelimiter(text.charCodeAt(start - 1))) start--;
    let end = dot + 1;
    while (end < text.length && !isDelimiter(text.charCodeAt(end))) end++;
    from = end;
    const token = trimTrailing(text.slice(start, end));
    const host = hostOf(token);
    if (host && underDomain(host, domains)) out.push({ start, end: start + token.length, host });
  }
  return out;
}

function make(text: string, start: number, end: number, f: Pick<Finding, 'ruleId' | 'category' | 'severity' | 'message' | 'citation'>): Finding {
  return { ...f, start, end, excerpt: text.slice(start, end) };
}

/** The findings of these rules for one draft. Never throws on odd input. */
export function linkFindings(text: string, rules: LinkRules | undefined, options: LinkOptions = {}): Finding[] {
  if (!rules || typeof text !== 'string' || text.length === 0) return [];
  const locale: Locale = options.locale === 'es' ? 'es' : 'en';
  const official = options.identity === 'official';
  const found: Finding[] = [];
  const citation = official ? rules.officialPoliticalCitation : rules.politicalCitation;
  if (citation) {
    for (const link of linksTo(text, rules.political)) {
      found.push(
        make(text, link.start, link.end, {
          ruleId: official ? 'official.political_link' : 'links.political',
          category: 'political',
          severity: rules.politicalSeverity ?? (official ? 'violation' : 'caution'),
          message: MESSAGES.politicalLink[locale],
          citation,
        }),
      );
    }
  }
  const contact = rules.officialContactCitation;
  if (official && contact && rules.personalInfoOn && text.includes('@')) {
    for (const span of DETECTORS.email(text)) {
      const domain = text.slice(span.start, span.end).split('@')[1]!.toLowerCase();
      if (underDomain(domain, rules.work)) continue;
      found.push(
        make(text, span.start, span.end, {
          ruleId: 'official.personal_email',
          category: 'personal_info',
          severity: rules.personalInfoSeverity ?? 'violation',
          message: MESSAGES.officialContact[locale],
          citation: contact,
        }),
      );
    }
  }
  return found;
}
