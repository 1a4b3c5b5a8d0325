import type { RouteId, SiteCoverage } from '../entrypoints/compose.content/sites/coverage';
import type { LocalizedText } from '../rules/text';
import type { Translate } from './i18n';

export interface CoverageListProps {
  /** Per site: the surfaces its adapter checks and those known not to be (sites/coverage.ts). */
  coverage: readonly SiteCoverage[];
  /** The name of each submit route, in both languages (sites/coverage.ts ROUTES). */
  routes: Record<RouteId, LocalizedText>;
  t: Translate;
}

/**
 * "Where Ask First checks": per supported site, which surfaces the site's adapter knows
 * (and which submits it stops there), and which are known not to be covered. Headings and
 * plain lists, so a screen reader can move site by site and hear each list's length.
 */
export function CoverageList({ coverage, routes, t }: CoverageListProps) {
  return (
    <>
      <p>{t('coverageIntro')}</p>
      {coverage.map((site) => {
        const id = `coverage-${site.site}`;
        return (
          <section key={site.site} class="coverage-site" aria-labelledby={id}>
            <h3 id={id}>{site.name}</h3>
            <h4 id={`${id}-checked`}>{t('coverageChecked')}</h4>
            <ul aria-labelledby={`${id}-checked`}>
              {site.checked.map((s) => (
                <li key={s.surface.en}>
                  {t.text(s.surface)}
                  {'. '}
                  <span class="muted">{t('coverageRoutes', s.routes.map((r) => t.text(routes[r])).join(', '))}</span>
                </li>
              ))}
            </ul>
            <h4 id={`${id}-not`}>{t('coverageNotCovered')}</h4>
            {site.notCovered.length ? (
              <ul aria-labelledby={`${id}-not`}>
                {site.notCovered.map((s) => (
                  <li key={s.en}>{t.text(s)}</li>
                ))}
              </ul>
            ) : (
              <p>{t('coverageNoneKnown')}</p>
            )}
          </section>
        );
      })}
    </>
  );
}
