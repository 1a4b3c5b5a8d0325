/**
 * Follows and likes from official accounts (Harlingen: "Departments should never 'follow,'
 * 'like' or link to political sites"): a user's click on a Follow/Like/Subscribe control
 * for a page or channel IT lists in `politicalAccounts` is stopped once, in the capture phase
 * of the window (before the site sees it), while posting as an official account, and a
 * warning asks first. "Continue anyway" replays the click for the site; synthetic clicks
 * (the page's own, our replay) are never judged.
 */
import type { Translate } from '../../components/i18n';
import type { PoliticalAccount, PostingIdentity } from '../../rules/schema';
import type { NoticeView } from './notice';
import type { SiteAdapter } from './sites/types';

export interface FollowGuardOptions {
  site: Pick<SiteAdapter, 'id' | 'followTarget'>;
  politicalAccounts: PoliticalAccount[];
  identity: () => PostingIdentity | undefined;
  t: Translate;
  notice: () => Promise<NoticeView>;
  signal: AbortSignal;
  win?: Window;
}

const bare = (h: string) => h.trim().replace(/^@/, '').toLowerCase();

export function installFollowGuard({ site, politicalAccounts, identity, t, notice, signal, win = window }: FollowGuardOptions): void {
  const political = new Set(politicalAccounts.filter((a) => a.site === site.id).map((a) => bare(a.handle)));
  if (!site.followTarget || political.size === 0) return;
  win.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || identity() !== 'official') return;
      const origin = event.composedPath()[0];
      const target = origin instanceof Element ? site.followTarget!(origin, win.document) : null;
      if (!target || !political.has(bare(target.handle))) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const button = target.button as HTMLElement;
      const close = () => {
        void notice().then((n) => n.hide());
        button.focus();
      };
      void notice().then((n) => {
        n.show(button, {
          t,
          dialog: true,
          title: t('followTitle'),
          message: t('followWarning', target.handle),
          citation: t('followCitation'),
          onClose: close,
          actions: [
            { id: 'cancel', label: t('followCancel'), primary: true, onClick: close },
            {
              id: 'continue',
              label: t('followAnyway'),
              onClick: () => {
                close();
                button.click();
              },
            },
          ],
        });
        n.focus();
      });
    },
    { capture: true, signal },
  );
}
