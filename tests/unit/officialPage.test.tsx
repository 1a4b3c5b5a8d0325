import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createTranslate } from '../../components/i18n';
import { PageNotice } from '../../components/PageNotice';
import { createIdentity } from '../../entrypoints/compose.content/identity';
import { x } from '../../entrypoints/compose.content/sites/x';
import { isEmailField, isSignIn, workEmailIn } from '../../entrypoints/compose.content/workEmail';

const form = (html: string) => {
  document.body.innerHTML = `<form>${html}</form>`;
  return document.body.querySelector('form')!;
};
const config = { site: 'x', workEmailDomains: ['elpasotexas.gov'], officialAccounts: [{ site: 'x', handle: '@CityPIO' }] };

describe('work e-mail fields', () => {
  it.each([
    ['<input type="email">', true],
    ['<input name="reg_email__">', true],
    ['<input type="text" autocomplete="email">', true],
    ['<input id="emailAddress">', true],
    ['<input type="password" name="email_password">', false],
    ['<input name="firstname">', false],
    ['<textarea name="email"></textarea>', false],
  ])('%s is an e-mail field: %s', (html, expected) => {
    expect(isEmailField(form(html).elements[0]!)).toBe(expected);
  });

  it('finds a work address (subdomains too, any case), not a personal one', () => {
    const f = form('<input type="email"><input type="password" autocomplete="new-password">');
    const email = f.elements[0] as HTMLInputElement;
    for (const [value, expected] of [
      ['jane@elpasotexas.gov', 'jane@elpasotexas.gov'],
      [' Jane@Parks.ElPasoTexas.GOV ', 'Jane@Parks.ElPasoTexas.GOV'],
      ['jane@gmail.com', null],
      ['jane@notelpasotexas.gov', null],
      ['jane@', null],
    ] as const) {
      email.value = value;
      expect(workEmailIn(email, config)).toBe(expected);
    }
    expect(workEmailIn(email, { ...config, workEmailDomains: [] })).toBeNull();
  });

  it('leaves sign-in forms and official accounts (by address or user name) alone', () => {
    const signIn = form('<input name="text" autocomplete="username email" value="jane@elpasotexas.gov"><input type="password" autocomplete="current-password">');
    expect(isSignIn(signIn.elements[0] as HTMLInputElement)).toBe(true);
    expect(workEmailIn(signIn.elements[0] as HTMLInputElement, config)).toBeNull();

    const signUp = form('<input name="username" value="citypio"><input type="email" value="pio@elpasotexas.gov">');
    expect(workEmailIn(signUp.elements[1] as HTMLInputElement, config)).toBeNull();
    (signUp.elements[0] as HTMLInputElement).value = 'janedoe';
    expect(workEmailIn(signUp.elements[1] as HTMLInputElement, config)).toBe('pio@elpasotexas.gov');
    expect(workEmailIn(signUp.elements[1] as HTMLInputElement, { ...config, officialAccounts: [{ site: 'x', handle: 'PIO@elpasotexas.gov' }] })).toBeNull();
    expect(workEmailIn(signUp.elements[1] as HTMLInputElement, { ...config, officialAccounts: [{ site: 'facebook', handle: 'pio@elpasotexas.gov' }] })).toBe('pio@elpasotexas.gov');
  });
});

describe('posting identity in the page', () => {
  const make = (handle: string | null, chosen: 'official' | 'personal' | null = null) => {
    const save = vi.fn(async () => undefined);
    const changed = vi.fn();
    const id = createIdentity({ site: 'x', readHandle: () => handle, officialAccounts: () => [{ site: 'x', handle: 'cityofelpasotx' }], chosen, save, changed });
    return { id, save, changed };
  };

  it('reads it from the page where the account shows: official when IT lists it', () => {
    expect(make('@CityOfElPasoTX').id.current()).toEqual({ identity: 'official', handle: '@CityOfElPasoTX', readable: true, chosen: null });
    expect(make('@jane').id.current()).toMatchObject({ identity: 'personal', readable: true });
  });

  it('else uses what the user chose, saves it and tells the drafts', () => {
    const { id, save, changed } = make(null, 'personal');
    expect(id.current()).toEqual({ identity: 'personal', readable: false, chosen: 'personal' });
    id.choose(true);
    expect(id.current()).toMatchObject({ identity: 'official', chosen: 'official' });
    expect(save).toHaveBeenCalledWith('official');
    expect(changed).toHaveBeenCalledWith('official');
    expect(make(null).id.current()).toEqual({ readable: false, chosen: null });
  });
});

describe('X follow and like targets', () => {
  it('names the account of a "Who to follow" cell, a post’s like, or the profile page', () => {
    document.body.innerHTML = `
      <div data-testid="UserCell"><a href="/VoteJaneDoe">Jane</a><button data-testid="1001-follow"><span>Follow</span></button></div>
      <article data-testid="tweet"><a href="/SomeoneElse/status/1">x</a><button data-testid="like"></button></article>
      <button data-testid="77-follow">Follow</button><button data-testid="77-unfollow">Following</button>`;
    const [cellSpan, like, profile, unfollow] = [
      document.querySelector('[data-testid="1001-follow"] span')!,
      document.querySelector('[data-testid="like"]')!,
      document.querySelector('[data-testid="77-follow"]')!,
      document.querySelector('[data-testid="77-unfollow"]')!,
    ];
    expect(x.followTarget!(cellSpan, document)).toEqual({ button: cellSpan.parentElement, handle: '@VoteJaneDoe' });
    expect(x.followTarget!(like, document)?.handle).toBe('@SomeoneElse');
    history.replaceState(null, '', '/PartyHQ');
    expect(x.followTarget!(profile, document)?.handle).toBe('@PartyHQ');
    expect(x.followTarget!(unfollow, document)).toBeNull();
  });
});

describe('PageNotice', () => {
  it('is a labelled dialog whose actions and Escape reach its owner only from the user', () => {
    const onClick = vi.fn();
    const onClose = vi.fn();
    const t = createTranslate('es');
    const { rerender } = render(
      <PageNotice t={t} dialog title={t('followTitle')} message={t('followWarning', '@VoteJaneDoe')} citation={t('followCitation')} actions={[{ id: 'continue', label: t('followAnyway'), onClick }]} onClose={onClose} />,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Una página política' });
    expect(dialog.textContent).toContain('Su organización marcó @VoteJaneDoe como sitio político');
    fireEvent.click(screen.getByRole('button', { name: 'Continuar de todos modos' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClick).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();

    rerender(
      <PageNotice t={t} accept={() => false} title="t" message="m" citation="c" actions={[{ id: 'continue', label: 'Go', onClick }]} onClose={onClose} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(onClick).toHaveBeenCalledOnce();
    expect(screen.getByRole('region', { name: 't' })).toBeTruthy();
  });
});
