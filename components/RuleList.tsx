import {
  CATEGORIES,
  SEVERITIES,
  type Category,
  type CategorySettings,
  type Locale,
  type PolicyPack,
  type Rule,
  type Severity,
} from '../rules/schema';
import type { Access } from './access';
import { categoryKey, citationText, packKey, severityKey, type MessageKey, type Translate } from './i18n';
import { LockNote } from './ManagedBadge';
import { quoteFor } from '../rules/policy/cited';
import { PolicyGloss } from './Message';
import { categoryInfo, SEVERITY_RANK } from '../rules/categories';

export interface RuleListProps {
  packs: PolicyPack[];
  categories: CategorySettings;
  access: Access;
  locale: Locale;
  t: Translate;
  onChange(next: CategorySettings): void;
}

const MAX_EXAMPLES = 3;


/** A category's default severity: the strongest of its rules (what a finding most likely shows). */
function defaultSeverity(category: Category, rules: Rule[]): Severity {
  if (!rules.length) return categoryInfo(category)!.severity; // the registry's default while no pack has a rule for it
  return rules.reduce<Severity>((best, r) => (SEVERITY_RANK[r.severity] > SEVERITY_RANK[best] ? r.severity : best), 'info');
}

export const categoryDescKey = (c: Category) => `categoryDesc_${c}` as MessageKey;

/**
 * Every category: what it catches, how serious it is, where the policy says so, a
 * few examples, and (when IT allows) a switch and a severity picker.
 */
export function RuleList({ packs, categories, access, locale, t, onChange }: RuleListProps) {
  const rulesBy = new Map<Category, Rule[]>();
  for (const pack of packs) for (const r of pack.rules) rulesBy.set(r.category, [...(rulesBy.get(r.category) ?? []), r]);
  const set = (c: Category, patch: { enabled?: boolean; severity?: Severity }) =>
    onChange({ ...categories, [c]: { ...categories[c], ...patch } });

  return (
    <div class="rule-list">
      <LockNote access={access} t={t} id="rules-lock" />
      <ul class="categories">
        {CATEGORIES.map((c) => {
          const rules = rulesBy.get(c) ?? [];
          const override = categories[c];
          const enabled = override?.enabled !== false;
          const severity = override?.severity ?? defaultSeverity(c, rules);
          const name = t(categoryKey(c));
          const citations = [...new Map(rules.map((r) => [`${r.citation.pack}:${r.citation.section}`, r])).values()];
          const examples = rules.flatMap((r) => r.examples.hit).slice(0, MAX_EXAMPLES);
          return (
            <li key={c} class={`category-item ${enabled ? '' : 'off'}`} data-category={c}>
              <div class="category-head">
                <h3 id={`cat-${c}`}>{name}</h3>
                <label class="switch">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={enabled}
                    disabled={!access.editable}
                    aria-describedby={access.editable ? undefined : 'rules-lock'}
                    onChange={(e) => set(c, { enabled: e.currentTarget.checked })}
                  />
                  <span>{t('ruleCheckLabel', name)}</span>
                </label>
                <label class="severity-picker">
                  <span>{t('ruleSeverityLabel', name)}</span>
                  <select
                    value={severity}
                    disabled={!access.editable || !enabled}
                    aria-describedby={access.editable ? undefined : 'rules-lock'}
                    onChange={(e) => set(c, { severity: e.currentTarget.value as Severity })}
                  >
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {t(severityKey(s))}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <p>{t(categoryDescKey(c))}</p>
              {citations.length ? (
                <ul class="citations" aria-label={t('ruleSectionsLabel', name)}>
                  {citations.map((r) => (
                    <li key={r.id}>
                      <cite class="citation">{citationText(r.citation, t)}</cite>
                      {locale === 'es' && quoteFor(r.citation) ? (
                        // A Spanish reader: the translation, marked so, and the policy's English one click away.
                        <PolicyGloss t={t} citation={r.citation} />
                      ) : quoteFor(r.citation) ? (
                        // The policy's own sentence, in the policy's language.
                        <blockquote class="policy-quote" lang="en">
                          {quoteFor(r.citation)}
                        </blockquote>
                      ) : null}
                      <span class="rule-message">{r.message[locale]}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="muted">{t('ruleNoneInPacks')}</p>
              )}
              {examples.length ? (
                <details>
                  <summary>{t('ruleExamples', name)}</summary>
                  <ul class="examples">
                    {examples.map((ex) => (
                      <li key={ex}>
                        <q>{ex}</q>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
