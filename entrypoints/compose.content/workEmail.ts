/**
 * Work e-mail sign-ups (Harlingen: "Employees may not use a work email address to register
 * for social media or other sites unless the purpose is directly related to the employee's
 * job"): on sign-up and account-settings forms, an e-mail field holding an address at one of
 * IT's `workEmailDomains` gets a warning beside it, unless IT lists that account (by its
 * e-mail address or user name) in `officialAccounts`. The page's form is only read, never
 * changed or stopped.
 */
import type { Translate } from '../../components/i18n';
import { underDomain } from '../../rules/engine/links';
import type { OfficialAccount } from '../../rules/schema';
import type { NoticeView } from './notice';

export interface WorkEmailConfig {
  site: string;
  workEmailDomains: string[];
  officialAccounts: OfficialAccount[];
}

const EMAIL = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;
const bare = (h: string) => h.trim().replace(/^@/, '').toLowerCase();

/** An e-mail field: type=email, autocomplete "email", or a text field named for e-mail. */
export function isEmailField(el: Element): el is HTMLInputElement {
  if (!(el instanceof HTMLInputElement)) return false;
  if (el.type === 'email') return true;
  if (el.type !== 'text' && el.type !== '') return false;
  const hint = `${el.autocomplete} ${el.name} ${el.id}`.toLowerCase();
  return /\be-?mail\b|email/.test(hint);
}

/** A sign-in form (a current password and no new one) is not a sign-up: the account already exists. */
export function isSignIn(field: HTMLInputElement): boolean {
  const form = field.form ?? field.closest('form');
  if (!form) return false;
  return !!form.querySelector('input[autocomplete~="current-password"]') && !form.querySelector('input[autocomplete~="new-password"]');
}

/** The work address in this field that needs a warning, or null. */
export function workEmailIn(field: HTMLInputElement, config: WorkEmailConfig): string | null {
  const value = field.value.trim();
  const m = EMAIL.exec(value);
  if (!m || !config.workEmailDomains.length) return null;
  const domains = config.workEmailDomains.map((d) => d.toLowerCase());
  if (!underDomain(m[1]!.toLowerCase(), domains) || isSignIn(field)) return null;
  const form = field.form ?? field.closest('form');
  const username = form?.querySelector<HTMLInputElement>('input[autocomplete~="username"], input[name*="user" i]')?.value ?? '';
  const official = config.officialAccounts.some(
    (a) => a.site === config.site && (bare(a.handle) === value.toLowerCase() || (username !== '' && bare(a.handle) === bare(username))),
  );
  return official ? null : value;
}

export interface WorkEmailWatch {
  doc: Document;
  config: WorkEmailConfig;
  t: Translate;
  notice: () => Promise<NoticeView>;
  signal: AbortSignal;
}

/** Watches the page's e-mail fields (event delegation on the document: no observers, no polling). */
export function watchWorkEmail({ doc, config, t, notice, signal }: WorkEmailWatch): { dismiss(): void } {
  if (!config.workEmailDomains.length) return { dismiss() {} };
  let shownFor: HTMLInputElement | null = null;
  /** Field → the address the user dismissed the warning for. */
  const dismissed = new WeakMap<HTMLInputElement, string>();
  const dismiss = () => {
    if (shownFor) dismissed.set(shownFor, shownFor.value.trim());
    shownFor = null;
    void notice().then((n) => n.hide());
  };
  const check = (event: Event) => {
    const field = event.composedPath()[0];
    if (field instanceof Element && isEmailField(field)) judge(field);
  };
  const judge = (field: HTMLInputElement) => {
    const address = workEmailIn(field, config);
    if (!address || dismissed.get(field) === address) {
      if (shownFor === field) {
        shownFor = null;
        void notice().then((n) => n.hide());
      }
      return;
    }
    shownFor = field;
    void notice().then((n) =>
      n.show(field, {
        t,
        title: t('workEmailTitle'),
        message: t('workEmailWarning', address),
        citation: t('workEmailCitation'),
        actions: [{ id: 'dismiss', label: t('actionDismiss'), onClick: dismiss }],
        onClose: dismiss,
      }),
    );
  };
  for (const type of ['input', 'change', 'focusin']) doc.addEventListener(type, check, { capture: true, signal });
  // An account-settings page shows the address already registered, and a fast typist may
  // have filled a field before this script started: look at the fields there are, once.
  const filled = [...doc.querySelectorAll('input')].find((f) => isEmailField(f) && workEmailIn(f, config));
  if (filled) judge(filled);
  return { dismiss };
}
