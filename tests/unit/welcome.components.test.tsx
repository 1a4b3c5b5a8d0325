import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslate } from '../../components/i18n';
import { PopupView } from '../../components/PopupView';
import { WelcomePage, type WelcomePageProps } from '../../components/WelcomePage';
import { compilePolicy, DEFAULT_POLICY, evaluate, PACKS } from '../../rules';
import type { SettingsView, WelcomeState } from '../../rules/messages';
import { DEFAULT_SETTINGS } from '../../rules/schema';

afterEach(cleanup);

const t = createTranslate('en');
const es = createTranslate('es');
const allPacks = [PACKS['el-paso'], PACKS.harlingen];

function view(over: Partial<SettingsView> = {}, settings: Partial<SettingsView['settings']> = {}): SettingsView {
  return { settings: { ...DEFAULT_SETTINGS, ...settings }, managedKeys: [], invalid: [], locked: false, pausedUntil: 0, ...over };
}

function page(state: WelcomeState | null, over: Partial<WelcomePageProps> = {}) {
  const props: WelcomePageProps = {
    state,
    packs: allPacks,
    locale: 'en',
    t,
    saveStatus: 'idle',
    onSave: vi.fn(),
    onCheck: vi.fn(async (text: string) => ({ findings: evaluate(text, compilePolicy(DEFAULT_POLICY)), truncated: false })),
    onOpenOptions: vi.fn(),
    ...over,
  };
  return { props, ...render(<WelcomePage {...props} />) };
}

/** Same configuration as options.a11y.test.tsx: structure here, colour contrast in Chromium. */
async function violations(container: Element) {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const ORG = { name: 'City of El Paso', contacts: [{ role: 'Human Resources', email: 'hr@elpasotexas.gov' }] };

describe('WelcomePage', () => {
  it('until the background knows, a neutral "checking" state: no setup form, no organization settings', async () => {
    const { container } = page(null);
    expect(screen.getByText('Checking whether your organization has set up Ask First…')).toBeTruthy();
    expect(container.querySelector('form.setup')).toBeNull();
    expect(container.querySelector('table.managed')).toBeNull();
    expect(container.querySelector('.settings-state')!.getAttribute('aria-busy')).toBe('true');
    // The rest of the page is already there: what is checked (both packs), privacy, try it.
    expect(container.querySelector('ul.checks')!.textContent).toContain('Harlingen Social Media Policy');
    expect(await violations(container)).toEqual([]);
  });

  it("with a managed policy: the organization's settings, read-only, its contacts, and no form", async () => {
    const { container } = page({
      managed: 'present',
      view: view({ managedKeys: ['organization', 'packs'] }, { organization: ORG, packs: ['el-paso'] }),
    });
    expect(container.querySelector('form.setup')).toBeNull();
    expect(screen.getByText('Set up by your organization')).toBeTruthy();
    expect([...container.querySelectorAll('table.managed tr[data-key]')].map((r) => r.getAttribute('data-key'))).toEqual(['organization', 'packs']);
    expect(container.querySelector('#ask .contacts a[href="mailto:hr@elpasotexas.gov"]')).toBeTruthy();
    expect(container.querySelector('ul.checks')!.textContent).not.toContain('Harlingen');
    expect(container.querySelectorAll('input:not([type=hidden]), select:not(#try-lang)').length).toBe(0);
    expect(await violations(container)).toEqual([]);
  });

  it('without one: the setup form, saved as one patch of user settings', async () => {
    const { container, props } = page({ managed: 'none', view: view() });
    expect(await violations(container)).toEqual([]);
    fireEvent.click(screen.getByLabelText('El Paso Social Media Policy'));
    fireEvent.input(screen.getByLabelText('Office or role'), { target: { value: 'Public Affairs Office' } });
    fireEvent.input(screen.getByLabelText('Phone (optional)'), { target: { value: '(915) 212-0000' } });
    fireEvent.input(screen.getByLabelText('Your work email domain (optional)'), { target: { value: 'ElPasoTexas.gov ' } });
    fireEvent.change(screen.getByLabelText(t('languageLabel')), { target: { value: 'es' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(props.onSave).toHaveBeenCalledExactlyOnceWith({
      packs: ['el-paso'],
      organization: { name: '', contacts: [{ role: 'Public Affairs Office', phone: '(915) 212-0000' }] },
      workEmailDomains: ['elpasotexas.gov'],
      language: 'es',
    });
  });

  it('starts from the current settings ("both" when both packs) and keeps further contacts', () => {
    const two = { name: 'Harlingen', contacts: [{ role: 'HR', name: 'Ana' }, { role: 'PIO', email: 'pio@myharlingen.us' }] };
    const { props } = page({ managed: 'none', view: view({}, { organization: two, workEmailDomains: ['myharlingen.us'] }) });
    expect((screen.getByLabelText('Both policies') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Name (optional)') as HTMLInputElement).value).toBe('Ana');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(props.onSave).toHaveBeenCalledWith(expect.objectContaining({ packs: ['el-paso', 'harlingen'], organization: two, workEmailDomains: ['myharlingen.us'] }));
  });

  it('refuses a bad domain or e-mail, says why next to the field, and saves nothing', async () => {
    const { container, props } = page({ managed: 'none', view: view() });
    fireEvent.input(screen.getByLabelText('Your work email domain (optional)'), { target: { value: 'jane@elpasotexas.gov' } });
    fireEvent.input(screen.getByLabelText('Email (optional)'), { target: { value: 'not-an-address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(props.onSave).not.toHaveBeenCalled();
    const domain = screen.getByLabelText('Your work email domain (optional)');
    expect(domain.getAttribute('aria-invalid')).toBe('true');
    expect(domain.getAttribute('aria-describedby')).toContain('setup-domain-error');
    expect(screen.getByText('Write a domain name such as elpasotexas.gov, without “@”.')).toBeTruthy();
    expect(screen.getByText('Write an email address such as hr@elpasotexas.gov.')).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('announces saved and failed saves in a live region', () => {
    const { rerender, props } = page({ managed: 'none', view: view() }, { saveStatus: 'saved' });
    expect(screen.getByText(/^Saved\./).getAttribute('role')).toBe('status');
    rerender(<WelcomePage {...props} saveStatus="failed" />);
    expect(screen.getByText('Not saved. Check the fields and try again.').getAttribute('role')).toBe('status');
  });

  it('the try-it box starts with a sample draft that the real engine warns about', async () => {
    const { container, props } = page({ managed: 'none', view: view() });
    const box = screen.getByLabelText(t('tryLabel')) as HTMLTextAreaElement;
    expect(box.value).toBe(t('welcomeSampleDraft'));
    fireEvent.click(screen.getByRole('button', { name: t('tryCheck') }));
    await waitFor(() => expect(container.querySelector('.try-result mark.hl')).toBeTruthy());
    expect(props.onCheck).toHaveBeenCalledWith(t('welcomeSampleDraft'), 'en');
    expect([...container.querySelectorAll('.try-result mark.hl')].map((m) => m.textContent)).toEqual(['(915) 555-2368']);
  });

  it('speaks Spanish, with a Spanish sample the engine also warns about', () => {
    page({ managed: 'none', view: view({}, { language: 'es' }) }, { locale: 'es', t: es });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Le damos la bienvenida a Ask First');
    expect(screen.getByText('Guardar configuración')).toBeTruthy();
    const sample = es('welcomeSampleDraft');
    expect(evaluate(sample, compilePolicy(DEFAULT_POLICY), { locale: 'es' }).map((f) => f.category)).toContain('personal_info');
  });

  it('shows the real retention and whether draft text is kept', () => {
    const { container } = page({ managed: 'present', view: view({ managedKeys: ['historyDays', 'keepDraftText'] }, { historyDays: 30, keepDraftText: true }) });
    const privacy = container.querySelector('#privacy')!.textContent!;
    expect(privacy).toContain('for 30 days, then deleted');
    expect(privacy).toContain(t('privacyTextKept'));
  });
});

describe("PopupView: what's new", () => {
  const base = { status: null, pausedUntil: 0, mayPause: true, lastDraft: null, locale: 'en' as const, t, copied: false, onOpenOptions: vi.fn(), onPause: vi.fn(), onCopyDraft: vi.fn() };

  it('one line after an update, nothing otherwise', async () => {
    const { container, rerender } = render(<PopupView {...base} whatsNew={{ version: '0.2.0', until: Date.now() + 1000 }} />);
    expect(container.querySelector('.whats-new')!.textContent).toMatch(/^New in version 0\.2\.0: /);
    expect(await violations(container)).toEqual([]);
    rerender(<PopupView {...base} whatsNew={null} />);
    expect(container.querySelector('.whats-new')).toBeNull();
  });
});

describe('OptionsPage: the same setup, editable later', () => {
  async function options(v: SettingsView) {
    const { OptionsPage } = await import('../../components/OptionsPage');
    const onSave = vi.fn();
    const r = render(
      <OptionsPage
        view={v}
        packs={allPacks}
        locale="en"
        t={t}
        history={null}
        filter={{}}
        drafts={[]}
        now={0}
        error={false}
        onSave={onSave}
        onCheck={vi.fn()}
        onFilter={vi.fn()}
        onExportHistory={vi.fn()}
        onDeleteHistory={vi.fn()}
        onCopyDraft={vi.fn()}
        onDeleteDraft={vi.fn()}
        onDownload={vi.fn()}
      />,
    );
    return { ...r, onSave };
  }

  it('offers the setup on a personal install and saves it without a second language picker', async () => {
    const { container, onSave } = await options(view());
    const form = container.querySelector('#overview form.setup')!;
    expect(form).toBeTruthy();
    expect(form.querySelector('select')).toBeNull();
    fireEvent.click(screen.getByLabelText('Harlingen Social Media Policy'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledExactlyOnceWith({
      packs: ['harlingen'],
      organization: { name: '', contacts: [{ role: 'Human Resources' }] },
      workEmailDomains: [],
    });
  });

  it.each([
    ['the organization set whom to ask', view({ managedKeys: ['organization'] })],
    ['the organization set the packs', view({ managedKeys: ['packs'] })],
    ['the page is locked', view({ locked: true }, { userMayChange: false })],
  ])('offers no setup when %s', async (_why, v) => {
    const { container } = await options(v);
    expect(container.querySelector('form.setup')).toBeNull();
  });
});
