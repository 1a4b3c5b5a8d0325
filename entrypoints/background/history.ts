/**
 * The local history (Dexie `decisions` and `drafts`) for the options page and the
 * popup: list with filters, a summary, CSV export, delete, and the retention purge
 * by `historyDays`. Nothing here leaves the machine: the CSV is handed to the page,
 * which saves it through a download link the user clicks.
 */
import { categoryKey, createTranslate, resolveLocale, type MessageKey, type Translate } from '../../components/i18n';
import type { Handlers, HistoryFilter, HistorySummary, SenderLike } from '../../rules/messages';
import { DECISION_ACTIONS, type Decision } from '../../rules/schema';
import type { AskFirstDB, Database } from './db';
import { requireExtensionPage } from './senders';
import type { SettingsStore } from './settings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes decisions and drafts older than `historyDays`. Returns how many rows went. */
export async function purgeExpired(db: AskFirstDB, historyDays: number, now: number): Promise<number> {
  const cutoff = now - historyDays * DAY_MS;
  return db.transaction('rw', db.decisions, db.drafts, async () => {
    const decisions = await db.decisions.where('time').below(cutoff).delete();
    const drafts = await db.drafts.where('time').below(cutoff).delete();
    return decisions + drafts;
  });
}

/** Newest first, narrowed by the filter. Uses the index that narrows most, then filters the rest. */
export async function queryDecisions(db: AskFirstDB, filter: HistoryFilter): Promise<Decision[]> {
  const base = filter.category
    ? db.decisions.where('categories').equals(filter.category)
    : filter.site
      ? db.decisions.where('site').equals(filter.site)
      : db.decisions.where('time').aboveOrEqual(filter.since ?? 0);
  const rows = await base
    .filter(
      (d) =>
        (filter.site === undefined || d.site === filter.site) &&
        (filter.action === undefined || d.action === filter.action) &&
        (filter.since === undefined || d.time >= filter.since),
    )
    .toArray();
  return rows.sort((a, b) => b.time - a.time || (b.id ?? 0) - (a.id ?? 0));
}

/** Prompts shown and what people did after them (Katsaros, Yang, Fratamico 2022). */
export function summarize(decisions: Decision[]): HistorySummary {
  const summary = { prompts: 0 } as HistorySummary;
  for (const a of DECISION_ACTIONS) summary[a] = 0;
  for (const d of decisions) {
    summary[d.action] += 1;
    // A pause is the user's choice, not a prompt Ask First showed.
    if (d.action !== 'paused') summary.prompts += 1;
  }
  return summary;
}

/** Columns and the header each has in the person's language (the page shows the same words). */
const CSV_COLUMNS = {
  time: 'csvTime',
  site: 'historySite',
  categories: 'historyCategories',
  ruleIds: 'csvRuleIds',
  action: 'historyAction',
  reason: 'historyReason',
  textHash: 'csvTextHash',
  text: 'csvText',
} as const satisfies Record<string, MessageKey>;
type CsvColumn = keyof typeof CSV_COLUMNS;

/**
 * RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as
 * a formula (=, +, -, @, tab, CR): a reason typed by the user must stay text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as the options page shows it: headers, categories and actions in the person's words. */
export function toCsv(decisions: Decision[], t: Translate): string {
  const columns = Object.keys(CSV_COLUMNS) as CsvColumn[];
  const lines = [columns.map((c) => csvCell(t(CSV_COLUMNS[c]))).join(',')];
  for (const d of decisions) {
    const cells: Record<CsvColumn, string> = {
      time: new Date(d.time).toISOString(),
      site: d.site,
      categories: d.categories.map((c) => t(categoryKey(c))).join('; '),
      ruleIds: d.ruleIds.join(' '),
      action: t(`action_${d.action}`),
      reason: d.reason ?? '',
      textHash: d.textHash,
      text: d.text ?? '',
    };
    lines.push(columns.map((c) => csvCell(cells[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export interface HistoryDeps {
  db: Database;
  settings: SettingsStore;
  /** `browser.runtime.getURL('/')`: only our own pages may read or delete the history. */
  extensionOrigin: string;
  now?: () => number;
  /** `browser.i18n.getUILanguage()`: with the language setting, the export's language. */
  uiLanguage?: () => string;
}

type HistoryHandlers = Pick<Handlers, 'listHistory' | 'exportHistory' | 'deleteHistory' | 'listDrafts' | 'deleteDraft'>;

export function historyHandlers({ db, settings, extensionOrigin, now = Date.now, uiLanguage = () => 'en' }: HistoryDeps): HistoryHandlers {
  const guard = (sender: SenderLike) => requireExtensionPage(sender, extensionOrigin);
  // Purge before every read, so an expired row is never shown even if the worker slept for days.
  const purge = async () => {
    await settings.ready;
    await purgeExpired(await db(), settings.get().historyDays, now());
  };
  return {
    async listHistory(filter, sender) {
      guard(sender);
      await purge();
      const opened = await db();
      const [decisions, sites] = await Promise.all([
        queryDecisions(opened, filter),
        opened.decisions.orderBy('site').uniqueKeys() as Promise<string[]>,
      ]);
      return { decisions, sites, summary: summarize(decisions) };
    },
    async exportHistory(filter, sender) {
      guard(sender);
      await purge();
      const day = new Date(now()).toISOString().slice(0, 10);
      const t = createTranslate(resolveLocale(settings.get().language, uiLanguage()));
      return { filename: `ask-first-history-${day}.csv`, csv: toCsv(await queryDecisions(await db(), filter), t) };
    },
    async deleteHistory(_data, sender) {
      guard(sender);
      const opened = await db();
      return opened.transaction('rw', opened.decisions, opened.drafts, async () => {
        const deleted = (await opened.decisions.count()) + (await opened.drafts.count());
        await opened.decisions.clear();
        await opened.drafts.clear();
        return { deleted };
      });
    },
    async listDrafts(_data, sender) {
      guard(sender);
      await purge();
      return (await db()).drafts.orderBy('time').reverse().toArray();
    },
    async deleteDraft({ id }, sender) {
      guard(sender);
      const { drafts } = await db();
      const exists = (await drafts.get(id)) !== undefined;
      if (exists) await drafts.delete(id);
      return { deleted: exists ? 1 : 0 };
    },
  };
}
