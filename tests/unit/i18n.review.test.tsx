/**
 * A Spanish-speaking reviewer's eye, as a test.
 * 1. No Spanish page (options, popup, welcome, the card and the page notices) shows an
 *    English word from the UI catalog, beyond names and text that is not ours to
 *    translate: the policy's own words (marked lang="en"), the person's draft, sample
 *    drafts, and policy section titles (cite; moving into the packs as {en, es}, #13).
 * 2. Every count string reads right with 0, 1 and 2 in both languages.
 */
import { cleanup, render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { ExtraSitesNotice } from '../../components/ExtraSitesNotice';
import { FindingCard } from '../../components/FindingCard';
import { createTranslate, type MessageKey, type PluralKey } from '../../components/i18n';
import { OptionsPage } from '../../components/OptionsPage';
import { PageNotice } from '../../components/PageNotice';
import { PopupView } from '../../components/PopupView';
import { WelcomePage } from '../../components/WelcomePage';
import { compilePolicy, DEFAULT_POLICY, evaluate, PACKS } from '../../rules';
import type { HistoryPage, SettingsView } from '../../rules/messages';
import { DECISION_ACTIONS, DEFAULT_SETTINGS, ENFORCEMENTS, REMINDER_IDS, type AttachmentFinding, type Locale } from '../../rules/schema';
import { cityMarksCitations } from '../../rules/policy/cited';

afterEach(cleanup);

type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<Locale, Catalog> = { en, es };

/** Keys whose Spanish text is English on purpose: the policy's words and a language's own name. */
const ENGLISH_ON_PURPOSE = new Set(['askFirstQuote', 'languageNameEn']);
/** The product's name stays a brand in Spanish (see docs/store/listing.es.md). */
const BRAND = /Ask First/g;

const wordsOf = (text: string) => text.replace(BRAND, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
const vocabulary = (catalog: Catalog) =>
  new Set(Object.entries(catalog).flatMap(([k, v]) => (ENGLISH_ON_PURPOSE.has(k) || k.startsWith('site_') ? [] : wordsOf(v.message))));

/**
 * Words both catalogs use on purpose: names (El Paso, Harlingen, Ana, Facebook, Twitter), formats (CSV, JSON, HTML, .zip, data/tweets.js, web,
 * API, SHA, UTC, hash, tokens) and words that are Spanish as well as English.
 */
const SHARED = new Set('ana api csv data decide el elpasotexas español facebook gov harlingen hash html js json local me no original paso personal sexual sha social supervisor tokens tweets twitter use utc web zip'.split(' '));
/** The packs' Spanish rule messages (#13's data): Spanish words that the catalog may not use, e.g. "racial". */
const PACK_SPANISH = new Set(Object.values(PACKS).flatMap((p) => p.rules.flatMap((r) => wordsOf(r.message.es))));
/**
 * Words of the English catalog that Spanish text never uses: on a Spanish page, an
 * untranslated leftover. One-letter words are left out ("I’m", "p. m.").
 */
const ENGLISH_ONLY = new Set([...vocabulary(en)].filter((w) => w.length > 1 && !SHARED.has(w) && !PACK_SPANISH.has(w)));

/** Text the reader meets: visible text and the names screen readers speak, minus what is not ours to translate. */
function readerText(root: Element): string {
  const clone = root.cloneNode(true) as Element;
  const notOurs = [
    '[lang^="en"]', // the policy's own words, marked for screen readers
    'cite', '.citation', // policy section titles (English in the source policies; #13 moves them into packs)
    '.excerpt', 'mark', 'textarea', 'pre.draft', '.draft-text', // the person's own draft
    '.examples', // sample drafts from the packs
    'code', // IT's keys, match patterns and JSON values
  ].join(',');
  for (const el of clone.querySelectorAll(notOurs)) el.remove();
  const attributes = [...clone.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [clone.textContent ?? '', ...attributes].join('\n');
}

function englishWordsOn(ui: ComponentChild): string[] {
  const { container } = render(<>{ui}</>);
  const text = readerText(container);
  // A placeholder nobody filled ("$1") is a leftover too.
  expect(text).not.toMatch(/\$\d/);
  const found = [...new Set(wordsOf(text).filter((w) => ENGLISH_ONLY.has(w)))];
  cleanup();
  // Each word with where it was seen, so a failure reads like a reviewer's note.
  const flat = text.replace(BRAND, ' ').replace(/\s+/g, ' ');
  return found.map((w) => `${w} :: ${flat.match(new RegExp(`.{0,40}(?<!\\p{L})${w}(?!\\p{L}).{0,30}`, 'iu'))?.[0] ?? ''}`);
}

const t = createTranslate('es');
const NOW = Date.UTC(2026, 10, 22, 18, 5);
const packs = [PACKS['el-paso'], PACKS.harlingen];
const ORG = { name: 'Ciudad de El Paso', contacts: [{ role: { en: 'Human Resources', es: 'Recursos Humanos' }, name: 'Laura Cruz', email: 'rh@elpasotexas.gov', phone: '(915) 212-0000', url: 'https://intranet.elpasotexas.gov' }] };
const SETTINGS = {
  ...DEFAULT_SETTINGS,
  organization: ORG,
  language: 'es' as const,
  keepOfficialPosts: true,
  extraSites: [{ match: 'https://foro.elpasotexas.gov/*' }],
  officialAccounts: [{ site: 'x', handle: '@CityofElPasoTX' }],
  dutyHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, start: '08:00', end: '17:00' },
  customRules: [{ id: 'ep-bond', category: 'political' as const, severity: 'violation' as const, terms: ['bond election'], message: { en: 'Bond election', es: 'Elección de bonos' } }],
};
const view = (over: Partial<SettingsView> = {}): SettingsView => ({
  settings: { ...SETTINGS, dutyHours: { ...SETTINGS.dutyHours, days: [...SETTINGS.dutyHours.days] } },
  managedKeys: ['organization', 'enforcement', 'keepOfficialPosts', 'historyDays'],
  invalid: [{ key: 'enforcement', reason: 'expected text', fallback: '"warn"' }],
  locked: false,
  pausedUntil: 0,
  ...over,
});
const history: HistoryPage = {
  decisions: DECISION_ACTIONS.map((action, i) => ({ id: i + 1, time: NOW - i * 3_600_000, site: 'x', categories: ['profanity', 'personal_info'], ruleIds: ['r'], action, textHash: 'h', ...(action === 'justified' ? { reason: 'Cita textual' } : {}) })),
  sites: ['facebook', 'x'],
  summary: { prompts: 5, edited: 1, cancelled: 1, asked: 1, posted_anyway: 1, justified: 1, paused: 1 },
};
const draft = { id: 1, time: NOW, site: 'x', text: 'Borrador', findings: [] };
// Real findings in Spanish, from the engine, for a Spanish draft.
const findings = evaluate('Qué pendejo. Llame a Ana al 915-555-2368, y voten por Juan Pérez para alcalde.', compilePolicy(DEFAULT_POLICY), { locale: 'es' });
const CITY_MARKS_CITATIONS = cityMarksCitations({ ...DEFAULT_SETTINGS, packs: ['el-paso', 'harlingen'] });
const picture: AttachmentFinding = { ruleId: 'city_marks', category: 'city_marks', severity: 'violation', fileName: 'sello.png', mark: 'Sello', message: t('cityMarkMessage', 'Sello'), citations: CITY_MARKS_CITATIONS };
const noop = () => {};

describe('Spanish pages show no English word from the UI catalog', () => {
  it('the reviewer’s word list is meaningful: it knows the English leftovers it must catch', () => {
    for (const w of ['the', 'your', 'found', 'items', 'days', 'press', 'settings', 'ask', 'first']) expect(ENGLISH_ONLY.has(w), w).toBe(true);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    // The check itself: an untranslated string is caught, quoted policy words are not.
    expect(englishWordsOn(<p>Su borrador: 2 found. <q lang="en">Tweeting first</q></p>)).toEqual(['found :: Su borrador: 2 found. ']);
  });

  it.each([false, true])('options page (locked: %s)', (locked) => {
    const ui = (
      <OptionsPage
        view={view({ locked })} packs={packs} locale="es" t={t} history={history} filter={{}} drafts={[draft]} now={NOW} error copiedDraftId={1}
        onSave={noop} onCheck={vi.fn()} onFilter={noop} onExportHistory={noop} onDeleteHistory={noop} onCopyDraft={noop} onDeleteDraft={noop} onDownload={noop}
        extraSitesPending={['https://foro.elpasotexas.gov/*']} onAllowExtraSites={noop} officialPosts={3} onExportOfficialPosts={noop}
      />
    );
    expect(englishWordsOn(ui)).toEqual([]);
  });

  it('popup: active, paused, with the last draft and what is new', () => {
    const base = { mayPause: true, lastDraft: draft, locale: 'es' as const, t, onOpenOptions: noop, onPause: noop, onCopyDraft: noop, copied: true, whatsNew: { version: '1.2.0', until: NOW } };
    expect(englishWordsOn(<PopupView {...base} status={{ site: 'x', composers: 1, findings: 2 }} pausedUntil={0} />)).toEqual([]);
    expect(englishWordsOn(<PopupView {...base} status={null} pausedUntil={NOW} />)).toEqual([]);
  });

  it.each(['none', 'present'] as const)('welcome page (organization: %s), and while it is still checking', (managed) => {
    const props = { packs, locale: 'es' as const, t, saveStatus: 'saved' as const, onSave: noop, onCheck: vi.fn(), onOpenOptions: noop };
    expect(englishWordsOn(<WelcomePage {...props} state={{ managed, view: view() }} />)).toEqual([]);
    expect(englishWordsOn(<WelcomePage {...props} state={null} saveStatus="failed" />)).toEqual([]);
  });

  it.each([
    ['live', undefined],
    ...ENFORCEMENTS.map((e) => ['guard', e] as const),
    ['ask', undefined],
  ] as const)('the card (%s, %s) with findings, a picture, reminders and notices', (mode, enforcement) => {
    const ui = (
      <FindingCard
        findings={findings} attachments={[picture]} onDismissAttachment={noop} t={t} mode={mode} enforcement={enforcement}
        onEdit={noop} onClose={noop} onAsk={noop} onPostAnyway={noop} onAllow={noop}
        identity={{ value: 'official', onChange: noop }}
        reminders={REMINDER_IDS.map((id) => ({ id, citation: CITY_MARKS_CITATIONS[0]! }))}
        notices={[t.plural('checkedFirstPart', 20_000), t('historyNotSaved')]}
        ask={{ contacts: ORG.contacts, mailtoFor: () => 'mailto:rh@elpasotexas.gov', draft: 'Borrador', onCopy: async () => {} }}
      />
    );
    expect(englishWordsOn(ui)).toEqual([]);
    expect(englishWordsOn(<FindingCard findings={[]} t={t} postingAs={{ handle: '@CityofElPasoTX', official: true }} onEdit={noop} onClose={noop} />)).toEqual([]);
  });

  it('the page notices (political page, work e-mail) and the extra-sites notice', () => {
    const follow = { title: t('followTitle'), message: t('followWarning', '@VoteJaneDoe'), citation: t('followCitation'), actions: [{ id: 'cancel', label: t('followCancel'), primary: true, onClick: noop }, { id: 'anyway', label: t('followAnyway'), onClick: noop }] };
    const work = { title: t('workEmailTitle'), message: t('workEmailWarning', 'ana@elpasotexas.gov'), citation: t('workEmailCitation'), actions: [{ id: 'dismiss', label: t('actionDismiss'), onClick: noop }] };
    for (const n of [follow, work]) expect(englishWordsOn(<PageNotice t={t} {...n} dialog onClose={noop} />)).toEqual([]);
    expect(englishWordsOn(<ExtraSitesNotice t={t} pending={['https://foro.elpasotexas.gov/*']} onAllow={noop} />)).toEqual([]);
  });

  it('the Spanish catalog has no English word left, even where no test page shows it', () => {
    const leftovers = Object.entries(es as Catalog).flatMap(([k, v]) =>
      ENGLISH_ON_PURPOSE.has(k) || k.startsWith('site_') ? [] : wordsOf(v.message).filter((w) => ENGLISH_ONLY.has(w)).map((w) => `${k}: ${w}`),
    );
    expect(leftovers).toEqual([]);
    // The shared list stays honest: each word really is in both catalogs.
    const spanish = vocabulary(es);
    expect([...SHARED].filter((w) => !spanish.has(w) || !vocabulary(en).has(w))).toEqual([]);
  });

  it('the Spanish catalog has no English sentence left (only names are the same in both)', () => {
    const same = Object.keys(es).filter((k) => !ENGLISH_ON_PURPOSE.has(k) && (es as Catalog)[k]!.message === (en as Catalog)[k]!.message);
    // The brand, "no", "$1; $2." (two plural counts joined) and "$1, $2–$3".
    expect(same.filter((k) => !/^(site_|languageName)/.test(k))).toEqual(['extName', 'auditSummary', 'valueNo', 'valueDutyHours']);
  });
});

describe('every count string, with 0, 1 and 2, in both languages', () => {
  const bases = [...new Set(Object.keys(en).filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length)))] as PluralKey[];
  // A count written as a bare number next to a word that must agree with it.
  const COUNT_WORDS: Record<Locale, RegExp> = {
    en: /\b(\d+) (finding|rule|day|item|character)s?\b/g,
    es: /\b(\d+) (hallazgo|regla|día|elemento|carácter|caracter)(?:s|es)?\b/g,
  };

  it('finds them all: the keys that used to say "1 hallazgos" and "1 items" are among them', () => {
    expect(bases.sort()).toEqual(
      ['auditChecked', 'auditFlaggedCount', 'auditProgress', 'auditShowing', 'cardSummary', 'checkedFirstPart', 'guardSummary', 'historyLastDays', 'popupPaused', 'privacyHistory', 'ruleCount', 'tryFound', 'valueDays', 'valueItems'].sort(),
    );
    // No other message takes a count without plural forms ("$1 days", "$1 encontrados").
    for (const [k, v] of Object.entries({ ...en, ...es }) as [MessageKey, { message: string }][]) {
      if (!/_(one|other)$/.test(k)) expect(v.message, k).not.toMatch(/\$\d (days?|items?|rules?|found|días|elementos|reglas|hallazgos|encontrad)/);
    }
  });

  it.each(['en', 'es'] as const)('%s: 0 and 2 plural, 1 singular, and the number is in the text', (locale) => {
    const tr = createTranslate(locale);
    for (const base of bases) {
      for (const n of [0, 1, 2]) {
        const text = tr.plural(base, n, '1:05 p.m.');
        const key = `${base}_${n === 1 ? 'one' : 'other'}` as MessageKey;
        expect(text, `${base} ${n}`).toBe(tr(key, n, '1:05 p.m.'));
        expect(text).not.toMatch(/\$\d/);
        for (const [, count, word] of text.matchAll(COUNT_WORDS[locale])) {
          const plural = new RegExp(`^${word}(s|es)\\b`).test(text.slice(text.indexOf(`${count} ${word}`) + count!.length + 1));
          expect({ base, n, plural }).toEqual({ base, n, plural: Number(count) !== 1 });
        }
      }
    }
  });

  it('reads as a Spanish speaker writes it', () => {
    expect(t.plural('tryFound', 1)).toBe('1 hallazgo en este borrador.');
    expect(t.plural('tryFound', 2)).toBe('2 hallazgos en este borrador.');
    expect(t.plural('cardSummary', 1)).toMatch(/no permita algo de este borrador \(1 hallazgo\)\.$/);
    expect(t.plural('guardSummary', 2)).toMatch(/\(2 hallazgos\)/);
    expect(t.plural('valueDays', 1)).toBe('1 día');
    expect(t.plural('privacyHistory', 90)).toMatch(/durante 90 días/);
    expect(t.plural('checkedFirstPart', 20_000)).toBe('Este borrador es muy largo: solo se revisaron sus primeros 20,000 caracteres.');
    expect(t.plural('popupPaused', 1, '1:05 p.m.')).toBe('La revisión está en pausa hasta la 1:05 p.m.');
    expect(t.plural('popupPaused', 2, '2:05 p.m.')).toBe('La revisión está en pausa hasta las 2:05 p.m.');
    expect(createTranslate('en').plural('valueItems', 1)).toBe('1 item');
  });

  it('the popup picks the article from the hour it shows', () => {
    const base = { status: null, mayPause: true, lastDraft: null, locale: 'es' as const, t, onOpenOptions: noop, onPause: noop, onCopyDraft: noop, copied: false };
    const at = (h: number) => new Date(2026, 10, 22, h, 5).getTime();
    const { container, rerender } = render(<PopupView {...base} pausedUntil={at(13)} />);
    expect(container.querySelector('.state')!.textContent).toBe('La revisión está en pausa hasta la 1:05 p.m.');
    rerender(<PopupView {...base} pausedUntil={at(14)} />);
    expect(container.querySelector('.state')!.textContent).toBe('La revisión está en pausa hasta las 2:05 p.m.');
  });
});
