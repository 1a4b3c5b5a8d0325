/**
 * Posting identity and official records. The identity a person picks on the card ("I'm
 * posting as the City") is remembered per tab and site in storage.session, which lives as
 * long as the browser session and is out of the page's reach. Posts made as an official
 * account are kept in Dexie `officialPosts` only when IT sets `keepOfficialPosts` (open
 * records, El Paso III.A.5.c.6), and only our own pages may list or export them.
 */
import { createTranslate, resolveLocale, type Translate } from '../../components/i18n';
import type { Handlers, SenderLike } from '../../rules/messages';
import type { OfficialPost, PostingIdentity } from '../../rules/schema';
import type { Database } from './db';
import { csvCell } from './history';
import { requireExtensionPage } from './senders';
import type { SettingsStore, StorageAreaLike } from './settings';

export interface OfficialDeps {
  db: Database;
  settings: Pick<SettingsStore, 'get' | 'ready'>;
  /** `browser.storage.session` (cleared when the browser closes). */
  session: StorageAreaLike;
  extensionOrigin: string;
  now?: () => number;
  /** `browser.i18n.getUILanguage()`: with the language setting, the export's language. */
  uiLanguage?: () => string;
}

const identityKey = (sender: SenderLike, site: string) => {
  const tab = sender.tab?.id;
  if (tab === undefined) throw new Error('Ask First: posting identity is kept per tab');
  return `identity:${tab}:${site}`;
};

export function toOfficialCsv(posts: OfficialPost[], t: Translate): string {
  const lines = [[t('csvTime'), t('historySite'), t('csvAccount'), t('csvText')].map(csvCell).join(',')];
  for (const p of posts) lines.push([new Date(p.time).toISOString(), p.site, p.handle ?? '', p.text].map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

type OfficialHandlers = Pick<
  Handlers,
  'getPostingIdentity' | 'setPostingIdentity' | 'keepOfficialPost' | 'listOfficialPosts' | 'exportOfficialPosts'
>;

export function officialHandlers({ db, settings, session, extensionOrigin, now = Date.now, uiLanguage = () => 'en' }: OfficialDeps): OfficialHandlers {
  const ourPage = (sender: SenderLike) => requireExtensionPage(sender, extensionOrigin);
  const list = async () => (await db()).officialPosts.orderBy('time').reverse().toArray();
  return {
    async getPostingIdentity({ site }, sender) {
      const key = identityKey(sender, site);
      const stored = (await session.get(key))[key];
      return { identity: stored === 'official' || stored === 'personal' ? (stored as PostingIdentity) : null };
    },
    async setPostingIdentity({ site, identity }, sender) {
      await session.set({ [identityKey(sender, site)]: identity });
      return { identity };
    },
    async keepOfficialPost({ site, text, handle }) {
      await settings.ready;
      if (!settings.get().keepOfficialPosts || !text.trim()) return { kept: false };
      await (await db()).officialPosts.add({ time: now(), site, text, ...(handle ? { handle } : {}) });
      return { kept: true };
    },
    async listOfficialPosts(_data, sender) {
      ourPage(sender);
      return list();
    },
    async exportOfficialPosts(_data, sender) {
      ourPage(sender);
      const day = new Date(now()).toISOString().slice(0, 10);
      await settings.ready;
      const t = createTranslate(resolveLocale(settings.get().language, uiLanguage()));
      return { filename: `ask-first-official-posts-${day}.csv`, csv: toOfficialCsv(await list(), t) };
    },
  };
}
