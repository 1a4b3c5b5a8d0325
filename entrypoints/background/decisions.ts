/**
 * The decisions log and saved drafts (docs/privacy.md, "What Ask First stores"): what the user did when the
 * submit guard spoke up, and the drafts kept by "Ask before posting". Text is stored as a
 * SHA-256 hash only, unless IT sets `keepDraftText`. Findings are re-checked here from the
 * text, so a content script cannot write made-up rule ids or findings into the log.
 */
import type { Handlers, PageConfig } from '../../rules/messages';
import type { Decision, Finding, Locale, SavedDraft } from '../../rules/schema';
import type { Database } from './db';
import type { SettingsStore } from './settings';

export interface DecisionDeps {
  db: Database;
  settings: Pick<SettingsStore, 'get' | 'ready'>;
  /** The same check the `evaluate` message runs. */
  check(text: string, locale?: Locale): Promise<Finding[]> | Finding[];
  now?: () => number;
}

/** Lower-case hex SHA-256 of the UTF-8 text (Web Crypto: available in the service worker and in Node). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const unique = <T,>(xs: T[]) => [...new Set(xs)];

export function decisionHandlers(deps: DecisionDeps): Pick<Handlers, 'recordDecision' | 'saveDraft' | 'getPageConfig'> {
  const now = deps.now ?? Date.now;

  const decisionRow = async (
    site: string,
    text: string,
    action: Decision['action'],
    findings: Finding[],
    reason?: string,
  ): Promise<Decision> => ({
    time: now(),
    site,
    categories: unique(findings.map((f) => f.category)),
    ruleIds: unique(findings.map((f) => f.ruleId)),
    action,
    ...(reason ? { reason } : {}),
    textHash: await sha256Hex(text),
    ...(deps.settings.get().keepDraftText ? { text } : {}),
  });

  return {
    async recordDecision({ site, text, action, reason, locale }) {
      await deps.settings.ready;
      const findings = await deps.check(text, locale);
      const db = await deps.db();
      const id = await db.decisions.add(await decisionRow(site, text, action, findings, reason?.trim() || undefined));
      return { id: id as number };
    },
    async saveDraft({ site, text, locale }) {
      await deps.settings.ready;
      const findings = await deps.check(text, locale);
      // The user asked us to keep this draft, so its text is stored whatever keepDraftText says;
      // the decisions row beside it follows keepDraftText like every other.
      const draft: SavedDraft = { time: now(), site, text, findings };
      // Hash before the transaction: awaiting Web Crypto inside it would let IndexedDB commit early.
      const decision = await decisionRow(site, text, 'asked', findings);
      const db = await deps.db();
      const id = await db.transaction('rw', db.drafts, db.decisions, async () => {
        const draftId = await db.drafts.add(draft);
        await db.decisions.add(decision);
        return draftId;
      });
      return { id: id as number };
    },
    async getPageConfig(): Promise<PageConfig> {
      await deps.settings.ready;
      const s = deps.settings.get();
      return {
        enforcement: s.enforcement,
        organizationName: s.organization.name,
        contacts: s.organization.contacts,
        officialAccounts: s.officialAccounts,
        userMayAddAllowTerms: s.userMayChange,
        language: s.language,
        workEmailDomains: s.workEmailDomains,
        politicalAccounts: s.politicalAccounts,
      };
    },
  };
}
