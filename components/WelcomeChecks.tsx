import { CATEGORIES, type Category, type Citation, type PolicyPack } from '../rules/schema';
import { categoryKey, localeOf, packKey, type Translate } from './i18n';
import { categoryDescKey } from './RuleList';

export interface WelcomeChecksProps {
  packs: PolicyPack[];
  t: Translate;
}

/**
 * What Ask First checks, one line per category, each with the policy sections it comes
 * from (the options page's rule list has the details and switches).
 */
export function WelcomeChecks({ packs, t }: WelcomeChecksProps) {
  const sections = new Map<Category, Citation[]>();
  for (const pack of packs) {
    for (const r of pack.rules) {
      const list = sections.get(r.category) ?? [];
      if (!list.some((c) => c.pack === r.citation.pack && c.section === r.citation.section)) list.push(r.citation);
      sections.set(r.category, list);
    }
  }
  return (
    <ul class="checks">
      {CATEGORIES.filter((c) => sections.has(c)).map((c) => (
        <li key={c} data-category={c}>
          <strong>{t(categoryKey(c))}</strong>: {t(categoryDescKey(c))}{' '}
          <span class="citation">
            {t('welcomeChecksSections', sections.get(c)!.map((x) => (x.policy ? `${x.policy.name[localeOf(t)]}${x.section ? ` ${x.section}` : ''}` : `${t(packKey(x.pack))} ${x.section}`)).join('; '))}
          </span>
        </li>
      ))}
    </ul>
  );
}
