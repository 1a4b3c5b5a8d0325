import { useState } from 'preact/hooks';
import { CATEGORIES, type Category, type CustomRule } from '../rules/schema';
import type { Access } from './access';
import { categoryKey, type MessageKey, type Translate } from './i18n';
import { LockNote } from './ManagedBadge';
import { mergeTerms, parseWordsFile, toWordsFile, userRuleFor, type WordsFileError } from './wordsFile';

export interface MyWordsProps {
  allowTerms: string[];
  /** Only the person's own rules (ids starting with "user."). */
  userRules: CustomRule[];
  allowAccess: Access;
  rulesAccess: Access;
  t: Translate;
  onAllowTerms(next: string[]): void;
  onUserRules(next: CustomRule[]): void;
  /** Save a file on the person's computer. */
  onDownload(filename: string, content: string): void;
}

/** The personal allow-list ("not a problem") and extra terms, with add/remove and import/export. */
export function MyWords({ allowTerms, userRules, allowAccess, rulesAccess, t, onAllowTerms, onUserRules, onDownload }: MyWordsProps) {
  const [allowDraft, setAllowDraft] = useState('');
  const [extraDraft, setExtraDraft] = useState('');
  const [extraCategory, setExtraCategory] = useState<Category>('confidential');
  const [importError, setImportError] = useState<WordsFileError | null>(null);
  const [imported, setImported] = useState(false);
  const canImport = allowAccess.editable && rulesAccess.editable;

  const addAllow = (e: Event) => {
    e.preventDefault();
    const term = allowDraft.trim();
    if (!term) return;
    onAllowTerms(mergeTerms(allowTerms, [term]));
    setAllowDraft('');
  };
  const addExtra = (e: Event) => {
    e.preventDefault();
    const term = extraDraft.trim();
    if (!term) return;
    const rule = userRuleFor(term, extraCategory, t('myWordsRuleMessage'));
    if (!userRules.some((r) => r.id === rule.id)) onUserRules([...userRules, rule]);
    setExtraDraft('');
  };
  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseWordsFile(await file.text());
    input.value = '';
    if (typeof parsed === 'string') {
      setImported(false);
      setImportError(parsed);
      return;
    }
    setImportError(null);
    setImported(true);
    onAllowTerms(mergeTerms(allowTerms, parsed.allowTerms));
    const known = new Set(userRules.map((r) => r.id));
    const added = parsed.extraTerms.map((x) => userRuleFor(x.term, x.category, t('myWordsRuleMessage'))).filter((r) => !known.has(r.id) && known.add(r.id));
    onUserRules([...userRules, ...added]);
  };

  return (
    <div class="my-words">
      <h3 id="allow-heading">{t('myWordsAllowHeading')}</h3>
      <p>{t('myWordsAllowHelp')}</p>
      <LockNote access={allowAccess} t={t} id="allow-lock" />
      <ul class="terms" aria-labelledby="allow-heading">
        {allowTerms.map((term) => (
          <li key={term}>
            <span>{term}</span>
            {allowAccess.editable ? (
              <button type="button" class="link" onClick={() => onAllowTerms(allowTerms.filter((x) => x !== term))} aria-label={t('myWordsRemove', term)}>
                {t('actionRemove')}
              </button>
            ) : null}
          </li>
        ))}
        {allowTerms.length ? null : <li class="muted">{t('myWordsNone')}</li>}
      </ul>
      {allowAccess.editable ? (
        <form class="row" onSubmit={addAllow}>
          <label for="allow-new">{t('myWordsAllowAdd')}</label>
          <input id="allow-new" type="text" maxLength={100} value={allowDraft} onInput={(e) => setAllowDraft(e.currentTarget.value)} />
          <button type="submit">{t('actionAdd')}</button>
        </form>
      ) : null}

      <h3 id="extra-heading">{t('myWordsExtraHeading')}</h3>
      <p>{t('myWordsExtraHelp')}</p>
      <LockNote access={rulesAccess} t={t} id="extra-lock" />
      <ul class="terms" aria-labelledby="extra-heading">
        {userRules.map((r) => (
          <li key={r.id}>
            <span>{(r.terms ?? []).join(', ')}</span> <span class="muted">({t(categoryKey(r.category))})</span>
            {rulesAccess.editable ? (
              <button
                type="button"
                class="link"
                onClick={() => onUserRules(userRules.filter((x) => x.id !== r.id))}
                aria-label={t('myWordsRemove', (r.terms ?? []).join(', '))}
              >
                {t('actionRemove')}
              </button>
            ) : null}
          </li>
        ))}
        {userRules.length ? null : <li class="muted">{t('myWordsNone')}</li>}
      </ul>
      {rulesAccess.editable ? (
        <form class="row" onSubmit={addExtra}>
          <label for="extra-new">{t('myWordsExtraAdd')}</label>
          <input id="extra-new" type="text" maxLength={100} value={extraDraft} onInput={(e) => setExtraDraft(e.currentTarget.value)} />
          <label for="extra-category">{t('myWordsCategory')}</label>
          <select id="extra-category" value={extraCategory} onChange={(e) => setExtraCategory(e.currentTarget.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(categoryKey(c))}
              </option>
            ))}
          </select>
          <button type="submit">{t('actionAdd')}</button>
        </form>
      ) : null}

      <h3>{t('myWordsFileHeading')}</h3>
      <div class="row">
        <button type="button" onClick={() => onDownload('ask-first-my-words.json', toWordsFile(allowTerms, userRules))}>
          {t('myWordsExport')}
        </button>
        {canImport ? (
          <label class="file-button">
            {t('myWordsImport')}
            <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} />
          </label>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {importError ? <p class="error">{t('myWordsImportError', t(`wordsError_${importError}` as MessageKey))}</p> : imported ? <p>{t('myWordsImported')}</p> : null}
      </div>
    </div>
  );
}
