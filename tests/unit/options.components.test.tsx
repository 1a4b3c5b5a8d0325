import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { accessFor } from '../../components/access';
import { highlightSegments } from '../../components/highlightSegments';
import { HistoryTable } from '../../components/HistoryTable';
import { createTranslate } from '../../components/i18n';
import { LanguagePicker } from '../../components/LanguagePicker';
import { MyWords } from '../../components/MyWords';
import { OptionsPage, type OptionsPageProps } from '../../components/OptionsPage';
import { OrgSettings } from '../../components/OrgSettings';
import { Overview } from '../../components/Overview';
import { PopupView } from '../../components/PopupView';
import { PrivacyPanel } from '../../components/PrivacyPanel';
import { RuleList } from '../../components/RuleList';
import { SavedDrafts } from '../../components/SavedDrafts';
import { TryDraft } from '../../components/TryDraft';
import { mergeTerms, parseWordsFile, toWordsFile, userRuleFor } from '../../components/wordsFile';
import { compilePolicy, DEFAULT_POLICY, evaluate, PACKS } from '../../rules';
import type { HistoryPage, SettingsView } from '../../rules/messages';
import { DEFAULT_SETTINGS, type Decision } from '../../rules/schema';

const t = createTranslate('en');
const es = createTranslate('es');
const packs = [PACKS['el-paso'], PACKS.harlingen];
const OPEN = { editable: true, managed: false, locked: false };
const MANAGED = { editable: false, managed: true, locked: false };
const LOCKED = { editable: false, managed: false, locked: true };
const NOW = Date.UTC(2026, 10, 22, 12);

afterEach(cleanup);

function view(over: Partial<SettingsView> = {}, settings: Partial<SettingsView['settings']> = {}): SettingsView {
  return { settings: { ...DEFAULT_SETTINGS, ...settings }, managedKeys: [], invalid: [], locked: false, pausedUntil: 0, ...over };
}

describe('Overview', () => {
  it('names the organization, its packs, its contacts as mailto/tel links, the policy’s words and both reminders', () => {
    render(
      <Overview
        organization={{ name: 'City of El Paso', contacts: [{ role: 'Human Resources', name: 'HR desk', email: 'hr@elpasotexas.gov', phone: '(915) 212-0000' }] }}
        packs={packs}
        locale="en"
        managed
        t={t}
      />,
    );
    expect(screen.getByText(/Organization: City of El Paso/)).toBeTruthy();
    expect(screen.getByText('Set by your organization')).toBeTruthy();
    expect(screen.getByText('City of El Paso Social Media Policy')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Email Human Resources at hr@elpasotexas.gov' }).getAttribute('href')).toBe('mailto:hr@elpasotexas.gov');
    expect(screen.getByRole('link', { name: /Call Human Resources/ }).getAttribute('href')).toBe('tel:9152120000');
    expect(screen.getByText(/Tweeting or Facebooking first/)).toBeTruthy();
    expect(screen.getByText(/Social media is not private, whatever/)).toBeTruthy();
    expect(screen.getByText(/open records laws/)).toBeTruthy();
    expect(screen.getByText(/section III\.A\.4/)).toBeTruthy();
    expect(screen.getByText(/section III\.A\.5\.c\.6/)).toBeTruthy();
  });

  it('says whom to ask when IT listed nobody', () => {
    render(<Overview organization={{ name: '', contacts: [] }} packs={packs} locale="es" managed={false} t={es} />);
    expect(screen.getByText(/Pregunte a Recursos Humanos/)).toBeTruthy();
    expect(screen.queryByText('Configurado por su organización')).toBeNull();
  });
});

describe('RuleList', () => {
  it('lists every category with its description, sections, examples, switch and severity', () => {
    render(<RuleList packs={packs} categories={{}} access={OPEN} locale="en" t={t} onChange={() => {}} />);
    expect(document.querySelectorAll('li.category-item')).toHaveLength(15);
    const profanity = document.querySelector<HTMLElement>('[data-category="profanity"]')!;
    expect(within(profanity).getByText(/Profane, foul or obscene/)).toBeTruthy();
    expect(within(profanity).getAllByText(/section III\.A\.5\.a/).length).toBeGreaterThan(0);
    expect(within(profanity).getByText('This is such bullshit')).toBeTruthy();
    // The policy's own sentence for the section, marked as English.
    const quote = profanity.querySelector('blockquote.policy-quote')!;
    expect(quote.textContent).toMatch(/^Offensive, demeaning or disruptive messages are prohibited\./);
    expect(quote.getAttribute('lang')).toBe('en');
    expect((within(profanity).getByRole('switch', { name: 'Check for Profanity' }) as HTMLInputElement).checked).toBe(true);
    expect((within(profanity).getByRole('combobox', { name: /How serious: Profanity/ }) as HTMLSelectElement).value).toBe('violation');
  });

  it('shows the category registry’s default severity for a category no pack covers, and says so', () => {
    const onlyProfanity = { ...PACKS['el-paso'], rules: PACKS['el-paso'].rules.filter((r) => r.category === 'profanity') };
    render(<RuleList packs={[onlyProfanity]} categories={{}} access={OPEN} locale="en" t={t} onChange={() => {}} />);
    const commercial = document.querySelector<HTMLElement>('[data-category="commercial"]')!;
    expect((within(commercial).getByRole('combobox') as HTMLSelectElement).value).toBe('caution');
    expect(within(commercial).getByText(/No rule of the policies checked covers/)).toBeTruthy();
    const slur = document.querySelector<HTMLElement>('[data-category="slur"]')!;
    expect((within(slur).getByRole('combobox') as HTMLSelectElement).value).toBe('violation');
  });

  it('reports a switch or severity change as new category settings', () => {
    const onChange = vi.fn();
    render(<RuleList packs={packs} categories={{ political: { enabled: false } }} access={OPEN} locale="en" t={t} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Check for Profanity' }));
    expect(onChange).toHaveBeenLastCalledWith({ political: { enabled: false }, profanity: { enabled: false } });
    fireEvent.change(screen.getByRole('combobox', { name: /How serious: Personal information/ }), { target: { value: 'caution' } });
    expect(onChange).toHaveBeenLastCalledWith({ political: { enabled: false }, personal_info: { severity: 'caution' } });
    expect((screen.getByRole('switch', { name: 'Check for Political activity' }) as HTMLInputElement).checked).toBe(false);
  });

  it.each([
    ['managed', MANAGED, /cannot be changed here/],
    ['locked', LOCKED, /Your organization manages these settings/],
  ])('is read-only and says why when %s', (_name, access, why) => {
    const onChange = vi.fn();
    render(<RuleList packs={packs} categories={{}} access={access} locale="en" t={t} onChange={onChange} />);
    for (const s of screen.getAllByRole('switch')) expect((s as HTMLInputElement).disabled).toBe(true);
    for (const s of screen.getAllByRole('combobox')) expect((s as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText(why)).toBeTruthy();
    expect(screen.getAllByRole('switch')[0]!.getAttribute('aria-describedby')).toBe('rules-lock');
    fireEvent.click(screen.getAllByRole('switch')[0]!);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('TryDraft', () => {
  it('checks the draft with the engine, marks the findings in the text and shows the same finding card', async () => {
    const compiled = compilePolicy(DEFAULT_POLICY);
    const onCheck = vi.fn(async (text: string, locale: 'en' | 'es') => ({ findings: evaluate(text, compiled, { locale }), truncated: false }));
    render(<TryDraft t={t} locale="en" onCheck={onCheck} />);
    fireEvent.input(screen.getByLabelText('Write a practice draft'), { target: { value: 'What bullshit. Call 915-555-2368' } });
    fireEvent.change(screen.getByLabelText('Language of the draft'), { target: { value: 'es' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check draft' }));
    await waitFor(() => expect(screen.getByText('2 findings in this draft.')).toBeTruthy());
    expect(onCheck).toHaveBeenCalledWith('What bullshit. Call 915-555-2368', 'es');
    expect([...document.querySelectorAll('mark.hl')].map((m) => m.textContent)).toEqual(['bullshit', '915-555-2368']);
    const card = screen.getByRole('region', { name: /policy check/ });
    expect(within(card).getByText(/Lenguaje grosero/)).toBeTruthy(); // the engine's message in the hinted language
    fireEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Write a practice draft'));
  }, 30_000); // the first compile in a process works out the engine's tables: 1-2 s under load

  it('checks in the page’s language until the person picks another', async () => {
    const onCheck = vi.fn().mockResolvedValue({ findings: [], truncated: false });
    const { rerender } = render(<TryDraft t={t} locale="en" onCheck={onCheck} />);
    rerender(<TryDraft t={es} locale="es" onCheck={onCheck} />);
    fireEvent.click(screen.getByRole('button', { name: 'Revisar borrador' }));
    await waitFor(() => expect(onCheck).toHaveBeenLastCalledWith('', 'es'));
    fireEvent.change(screen.getByLabelText('Idioma del borrador'), { target: { value: 'en' } });
    rerender(<TryDraft t={t} locale="en" onCheck={onCheck} />);
    rerender(<TryDraft t={es} locale="es" onCheck={onCheck} />);
    fireEvent.click(screen.getByRole('button', { name: 'Revisar borrador' }));
    await waitFor(() => expect(onCheck).toHaveBeenLastCalledWith('', 'en'));
  });

  it('says when nothing was found, and when the check failed', async () => {
    const onCheck = vi.fn().mockResolvedValueOnce({ findings: [], truncated: false }).mockRejectedValueOnce(new Error('gone'));
    render(<TryDraft t={t} locale="en" onCheck={onCheck} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check draft' }));
    await waitFor(() => expect(screen.getByText('Nothing found in this draft.')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Check draft' }));
    await waitFor(() => expect(screen.getByText(/could not be checked/)).toBeTruthy());
  });

  it('cuts overlapping findings into non-overlapping marks at the strongest severity', () => {
    const f = (start: number, end: number, severity: 'info' | 'violation') => ({ ...evaluate('damn', compilePolicy(DEFAULT_POLICY))[0]!, start, end, severity });
    expect(highlightSegments('abcdefgh', [f(1, 5, 'info'), f(3, 7, 'violation')])).toEqual([
      { text: 'a', severity: null },
      { text: 'bc', severity: 'info' },
      { text: 'defg', severity: 'violation' },
      { text: 'h', severity: null },
    ]);
  });
});

describe('MyWords', () => {
  it('adds and removes allowed words and extra words', () => {
    const onAllow = vi.fn();
    const onRules = vi.fn();
    const rule = userRuleFor('Project Falcon', 'confidential', 'mine');
    render(
      <MyWords allowTerms={['Dam Road']} userRules={[rule]} allowAccess={OPEN} rulesAccess={OPEN} t={t} onAllowTerms={onAllow} onUserRules={onRules} onDownload={() => {}} />,
    );
    fireEvent.input(screen.getByLabelText('Word or phrase to allow'), { target: { value: '  damn  ' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[0]!);
    expect(onAllow).toHaveBeenLastCalledWith(['Dam Road', 'damn']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Dam Road' }));
    expect(onAllow).toHaveBeenLastCalledWith([]);

    fireEvent.input(screen.getByLabelText('Word or phrase to flag'), { target: { value: 'Budget Zero' } });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'political' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[1]!);
    expect(onRules).toHaveBeenLastCalledWith([rule, expect.objectContaining({ id: 'user.political.budget-zero', category: 'political', terms: ['Budget Zero'] })]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Project Falcon' }));
    expect(onRules).toHaveBeenLastCalledWith([]);
  });

  it('exports a words file and imports one, reporting a bad file', async () => {
    const onDownload = vi.fn();
    const onAllow = vi.fn();
    const onRules = vi.fn();
    render(<MyWords allowTerms={['a']} userRules={[]} allowAccess={OPEN} rulesAccess={OPEN} t={t} onAllowTerms={onAllow} onUserRules={onRules} onDownload={onDownload} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export my words' }));
    expect(onDownload).toHaveBeenCalledWith('ask-first-my-words.json', toWordsFile(['a'], []));

    const input = screen.getByLabelText('Import words from a file') as HTMLInputElement;
    const good = new File([JSON.stringify({ askFirstWords: 1, allowTerms: ['A', 'b'], extraTerms: [{ term: 'Falcon', category: 'confidential' }] })], 'w.json');
    Object.defineProperty(input, 'files', { value: [good], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByText('Words imported.')).toBeTruthy());
    expect(onAllow).toHaveBeenLastCalledWith(['a', 'b']);
    expect(onRules).toHaveBeenLastCalledWith([expect.objectContaining({ id: 'user.confidential.falcon', terms: ['Falcon'] })]);

    Object.defineProperty(input, 'files', { value: [new File(['{nope'], 'bad.json')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByText('That file could not be imported (it is not a JSON file).')).toBeTruthy());
  });

  it('is read-only when the organization set the lists or locked the page', () => {
    render(<MyWords allowTerms={['a']} userRules={[]} allowAccess={MANAGED} rulesAccess={LOCKED} t={t} onAllowTerms={() => {}} onUserRules={() => {}} onDownload={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByLabelText('Import words from a file')).toBeNull();
    expect(screen.getByText('Set by your organization')).toBeTruthy();
    expect(screen.getByText(/Your organization manages these settings/)).toBeTruthy();
  });

  it('parses words files strictly', () => {
    expect(parseWordsFile('[]')).toBe('notWordsFile');
    expect(parseWordsFile(JSON.stringify({ askFirstWords: 1, allowTerms: [''], extraTerms: [] }))).toBe('badAllowTerms');
    expect(parseWordsFile(JSON.stringify({ askFirstWords: 1, allowTerms: [], extraTerms: [{ term: 'x', category: 'nope' }] }))).toBe('badExtraTerms');
    expect(mergeTerms(['Damn'], ['damn', 'heck'])).toEqual(['Damn', 'heck']);
  });
});

const rows: Decision[] = [
  { id: 2, time: NOW - 1000, site: 'x', categories: ['profanity'], ruleIds: ['r'], action: 'posted_anyway', reason: 'quoting a resident', textHash: 'h' },
  { id: 1, time: NOW - 2000, site: 'facebook', categories: ['political'], ruleIds: ['r'], action: 'edited', textHash: 'h' },
];
const page: HistoryPage = {
  decisions: rows,
  sites: ['facebook', 'x'],
  summary: { prompts: 2, edited: 1, cancelled: 0, asked: 0, posted_anyway: 1, justified: 0, paused: 0 },
};

describe('HistoryTable and summary', () => {
  it('shows the decisions, the summary chart, and filters', () => {
    const onFilter = vi.fn();
    render(<HistoryTable page={page} filter={{}} locale="en" now={NOW} t={t} onFilter={onFilter} onExport={() => {}} onDeleteAll={() => {}} />);
    const table = screen.getByRole('table', { name: /Your decisions \(2\)/ });
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((r) => within(r).getAllByRole('cell')[3]!.textContent)).toEqual(['Posted anyway', 'Edited the post']);
    expect(within(body[0]!).getByText('quoting a resident')).toBeTruthy();
    const chart = screen.getByRole('figure');
    expect(chart.querySelector('[data-key="prompts"] .count')!.textContent).toBe('2');
    expect(chart.querySelector('[data-key="posted_anyway"] .count')!.textContent).toBe('1');
    expect((chart.querySelector('[data-key="edited"] .bar') as HTMLElement).style.width).toBe('50%');

    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'x' } });
    expect(onFilter).toHaveBeenLastCalledWith({ site: 'x' });
    fireEvent.change(screen.getByRole('combobox', { name: 'When' }), { target: { value: '7' } });
    expect(onFilter).toHaveBeenLastCalledWith({ since: NOW - 7 * 24 * 3600 * 1000 });
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), { target: { value: 'slur' } });
    expect(onFilter).toHaveBeenLastCalledWith({ category: 'slur' });
  });

  it('exports, and deletes everything only after confirming', () => {
    const onExport = vi.fn();
    const onDeleteAll = vi.fn();
    render(<HistoryTable page={page} filter={{}} locale="en" now={NOW} t={t} onFilter={() => {}} onExport={onExport} onDeleteAll={onDeleteAll} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(onExport).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my history' }));
    expect(onDeleteAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my history' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(onDeleteAll).toHaveBeenCalledOnce();
  });

  it('says when the log is empty and disables export', () => {
    render(<HistoryTable page={{ ...page, decisions: [] }} filter={{}} locale="es" now={NOW} t={es} onFilter={() => {}} onExport={() => {}} onDeleteAll={() => {}} />);
    expect(screen.getByText('No hay decisiones registradas.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Exportar como CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists saved drafts to copy or delete', () => {
    const onCopy = vi.fn();
    const onDelete = vi.fn();
    const draft = { id: 7, time: NOW, site: 'x', text: 'The new budget cuts are bullshit', findings: evaluate('bullshit', compilePolicy(DEFAULT_POLICY)) };
    render(<SavedDrafts drafts={[draft]} locale="en" t={t} onCopy={onCopy} onDelete={onDelete} copiedId={7} />);
    expect(screen.getByText('The new budget cuts are bullshit')).toBeTruthy();
    expect(screen.getByText(/on x · Profanity/)).toBeTruthy();
    const copy = screen.getByRole('button', { name: 'Copy text' });
    expect(document.getElementById(copy.getAttribute('aria-describedby')!)!.textContent).toMatch(/on x/);
    fireEvent.click(copy);
    expect(onCopy).toHaveBeenCalledWith(draft);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith(draft);
    expect(screen.getByText('Draft copied.')).toBeTruthy();
  });
});

describe('OrgSettings', () => {
  it('shows every managed key read-only with the badge', () => {
    render(<OrgSettings view={view({ managedKeys: ['enforcement', 'historyDays', 'userMayPause'] }, { enforcement: 'justify', historyDays: 30, userMayPause: false })} t={t} />);
    const table = screen.getByRole('table', { name: 'Settings your organization set' });
    const rowOf = (k: string) => table.querySelector(`[data-key="${k}"]`) as HTMLElement;
    expect(rowOf('enforcement').textContent).toContain('posting anyway needs a reason');
    expect(rowOf('historyDays').textContent).toContain('30 days');
    expect(rowOf('userMayPause').textContent).toContain('no');
    expect(within(table).getAllByText('Set by your organization')).toHaveLength(3);
  });

  it('lists invalid managed values with the reason and the default used', () => {
    render(<OrgSettings view={view({ invalid: [{ key: 'historyDays', reason: 'must be a whole number from 1 to 3650', fallback: '90' }] })} t={t} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Days the history is kept');
    expect(alert.textContent).toContain('must be a whole number from 1 to 3650');
    expect(alert.textContent).toContain('Using the default instead: 90.');
    expect(screen.getByText(/has not set anything/)).toBeTruthy();
  });

  it('says the page is locked', () => {
    render(<OrgSettings view={view({ locked: true }, { userMayChange: false })} t={es} />);
    expect(screen.getByText(/Su organización administra esta configuración/)).toBeTruthy();
  });
});

describe('PrivacyPanel and LanguagePicker', () => {
  it('explains storage and retention, and saves a new number of days', () => {
    const onDays = vi.fn();
    render(<PrivacyPanel historyDays={90} keepDraftText={false} access={OPEN} t={t} onHistoryDays={onDays} />);
    expect(screen.getByText(/local database for 90 days/)).toBeTruthy();
    expect(screen.getByText(/fingerprint \(hash\)/)).toBeTruthy();
    expect(screen.getByText(/no network requests/)).toBeTruthy();
    const input = screen.getByLabelText('Keep my history for (days)');
    fireEvent.input(input, { target: { value: '0' } });
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(input, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onDays).toHaveBeenCalledWith(30);
  });

  it('tells when IT keeps the text, and locks the days', () => {
    render(<PrivacyPanel historyDays={30} keepDraftText access={MANAGED} t={t} onHistoryDays={() => {}} />);
    expect(screen.getByText(/asked to keep the text/)).toBeTruthy();
    expect((screen.getByLabelText('Keep my history for (days)') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Set by your organization')).toBeTruthy();
  });

  it('offers automatic, English and Spanish, each named in itself', () => {
    const onChange = vi.fn();
    render(<LanguagePicker value="auto" access={OPEN} t={es} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Idioma de Ask First' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Automático (idioma del navegador)', 'English', 'Español']);
    fireEvent.change(select, { target: { value: 'es' } });
    expect(onChange).toHaveBeenCalledWith('es');
  });

  it('locks the language when the organization set it', () => {
    render(<LanguagePicker value="es" access={accessFor(view({ managedKeys: ['language'] }), 'language')} t={t} onChange={() => {}} />);
    expect((screen.getByRole('combobox') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText('Set by your organization')).toBeTruthy();
  });
});

function pageProps(v: SettingsView): OptionsPageProps {
  return {
    view: v, packs, locale: 'en', t, history: page, filter: {}, drafts: [], now: NOW, error: false,
    onSave: vi.fn(), onCheck: vi.fn(), onFilter: vi.fn(), onExportHistory: vi.fn(), onDeleteHistory: vi.fn(),
    onCopyDraft: vi.fn(), onDeleteDraft: vi.fn(), onDownload: vi.fn(),
  };
}

describe('OptionsPage', () => {
  it('has every section, reachable from its navigation', () => {
    render(<OptionsPage {...pageProps(view())} />);
    const nav = screen.getByRole('navigation', { name: 'Sections of this page' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Overview', 'Rules', 'Try a draft', 'My words', 'History', 'Organization settings', 'Privacy', 'Language']);
    for (const l of links) expect(document.querySelector(l.getAttribute('href')!)).not.toBeNull();
    expect(screen.getAllByRole('region').length).toBeGreaterThanOrEqual(8);
  });

  it('locks every control when the organization does not allow changes', () => {
    const props = pageProps(view({ locked: true }, { userMayChange: false }));
    render(<OptionsPage {...props} />);
    for (const el of document.querySelectorAll<HTMLInputElement>('#rules input, #rules select, #privacy input, #language select')) expect(el.disabled).toBe(true);
    expect(document.querySelectorAll('#words form')).toHaveLength(0);
    expect(screen.getAllByText(/Your organization manages these settings/).length).toBeGreaterThan(3);
  });

  it('sends a change through onSave and shows a refused save', () => {
    const props = pageProps(view());
    const { rerender } = render(<OptionsPage {...props} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Language of Ask First' }), { target: { value: 'es' } });
    expect(props.onSave).toHaveBeenCalledWith({ language: 'es' });
    expect(screen.getByRole('alert').textContent).toBe('');
    rerender(<OptionsPage {...props} error />);
    expect(screen.getByRole('alert').textContent).toBe('Your change was not saved.');
  });
});

describe('PopupView', () => {
  const base = { pausedUntil: 0, mayPause: true, lastDraft: null, locale: 'en' as const, t, onOpenOptions: vi.fn(), onPause: vi.fn(), onCopyDraft: vi.fn(), copied: false };

  it('says whether Ask First is active here, what it watches and finds, and offers pause and options', () => {
    const onPause = vi.fn();
    const onOpenOptions = vi.fn();
    render(<PopupView {...base} onPause={onPause} onOpenOptions={onOpenOptions} status={{ site: 'x', composers: 2, findings: 3 }} />);
    expect(screen.getByText(/checking your drafts on this site \(x\)/)).toBeTruthy();
    expect(screen.getByText('Compose boxes watched: 2')).toBeTruthy();
    expect(screen.getByText('Findings in the current draft: 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pause for 10 minutes' }));
    expect(onPause).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'What does Ask First check?' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('says, in English and Spanish, when the current box is checked by the fallback rather than the adapter', () => {
    const { rerender } = render(<PopupView {...base} status={{ site: 'linkedin', composers: 1, findings: 0 }} />);
    expect(screen.queryByText(/checked by the fallback/)).toBeNull();
    rerender(<PopupView {...base} status={{ site: 'linkedin', composers: 1, findings: 0, fallback: true }} />);
    expect(screen.getByText(/This box is checked by the fallback: the linkedin adapter does not know it/)).toBeTruthy();
    rerender(<PopupView {...base} t={es} locale="es" status={{ site: 'linkedin', composers: 1, findings: 0, fallback: true }} />);
    expect(screen.getByText(/Este cuadro lo revisa el mecanismo de respaldo: el adaptador de linkedin no lo reconoce/)).toBeTruthy();
  });

  it('offers no pause when IT does not allow it, or while paused; shows the last saved draft', () => {
    const draft = { id: 1, time: NOW, site: 'x', text: 'kept for later', findings: [] };
    const { rerender } = render(<PopupView {...base} mayPause={false} status={null} lastDraft={draft} />);
    expect(screen.getByText('Ask First does not check drafts on this page.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause for 10 minutes' })).toBeNull();
    expect(screen.getByText('kept for later')).toBeTruthy();
    rerender(<PopupView {...base} status={{ site: 'x', composers: 1, findings: 0 }} pausedUntil={NOW + 600_000} />);
    expect(screen.getByText(/Checking is paused until/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause for 10 minutes' })).toBeNull();
  });
});
