/**
 * The audit report as files the PAO can keep and share: CSV (one row per finding) and one
 * self-contained HTML page (no external file, script or font; a small inline script filters
 * by category). Words come through `t` (public/_locales keys audit*, category_*), so the
 * same code serves the options page and the CLI in English and Spanish.
 */
import type { Finding } from '../schema';
import type { AuditReport } from './report';

/** Looks up a locale message (public/_locales/<locale>/messages.json) with $1… substitutions. */
export interface Translate {
  (key: string, ...subs: (string | number)[]): string;
  /** A count string: `base_one` or `base_other` by the count (CLDR rules of the language), `$1` the count formatted. */
  plural(base: string, count: number, ...subs: (string | number)[]): string;
}

/** "3 posts checked; 2 flagged." with each count in its plural form (one wording for the panel, the HTML page and the CLI). */
export function auditSummary(report: Pick<AuditReport, 'total' | 'flagged'>, t: Translate): string {
  return t('auditSummary', t.plural('auditChecked', report.total), t.plural('auditFlaggedCount', report.flagged.length));
}

const csvCell = (v: string | number | undefined) => {
  const s = v === undefined ? '' : String(v);
  // A leading = + - @ would be a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function reportCsv(report: AuditReport, t: Translate): string {
  const header = ['date', 'category', 'severity', 'words', 'message', 'citation', 'link', 'source', 'line', 'post'];
  const rows = report.flagged.flatMap(({ post, findings }) =>
    findings.map((f) => [post.date ?? '', t(`category_${f.category}`), f.severity, f.excerpt, f.message, `${f.citation.pack} ${f.citation.section}: ${f.citation.title}`, post.url ?? '', post.source, post.line ?? '', post.text]),
  );
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The post with its flagged words in <mark>, each titled with its category. */
function highlighted(text: string, findings: Finding[], t: Translate): string {
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue; // overlapping spans: the first one shows
    out += html(text.slice(at, f.start)) + `<mark title="${html(t(`category_${f.category}`))}">${html(text.slice(f.start, f.end))}</mark>`;
    at = f.end;
  }
  return out + html(text.slice(at));
}

export function reportHtml(report: AuditReport, t: Translate, lang: string): string {
  const cats = Object.entries(report.byCategory).sort((a, b) => b[1]! - a[1]!);
  const months = Object.entries(report.byMonth).sort((a, b) => b[0].localeCompare(a[0]));
  const month = (m: string) => (m === 'undated' ? t('auditUndated') : m);
  const rows = report.flagged.map(({ post, findings }) => {
    const categories = [...new Set(findings.map((f) => f.category))];
    const found = findings
      .map((f) => `<li><strong>${html(t(`category_${f.category}`))}</strong> (${html(f.severity)}): “${html(f.excerpt)}” — ${html(f.message)} <cite>${html(`${f.citation.pack} ${f.citation.section}: ${f.citation.title}`)}</cite></li>`)
      .join('');
    const link = post.url ? `<a href="${html(post.url)}" rel="noreferrer">${html(t('auditOpen'))}</a>` : '';
    return `<tr data-categories="${categories.join(' ')}"><td>${html(post.date?.slice(0, 10) ?? t('auditUndated'))}<br>${link}</td><td class="post">${highlighted(post.text, findings, t)}</td><td><ul>${found}</ul></td></tr>`;
  });
  const problems = report.problems.map((p) => `<li>${html(p.source)}${p.line ? `, ${html(t('auditLine', p.line))}` : ''}: ${html(p.reason)}</li>`);
  return `<!doctype html>
<html lang="${html(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(t('auditTitle'))}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border-bottom: 1px solid #ccc; padding: .4rem .5rem; text-align: left; vertical-align: top; }
td.post { white-space: pre-wrap; max-width: 30rem; }
mark { background: #ffe08a; color: inherit; }
cite { color: #555; }
ul { margin: 0; padding-left: 1.1rem; }
</style>
</head>
<body>
<h1>${html(t('auditTitle'))}</h1>
<p>${html(auditSummary(report, t))}</p>
<p>${html(t('auditPrivacy'))}</p>
<h2>${html(t('auditByCategory'))}</h2>
<table><thead><tr><th>${html(t('auditColCategory'))}</th><th>${html(t('auditColCount'))}</th></tr></thead><tbody>
${cats.map(([c, n]) => `<tr><td>${html(t(`category_${c}`))}</td><td>${n}</td></tr>`).join('\n')}
</tbody></table>
<h2>${html(t('auditByMonth'))}</h2>
<table><thead><tr><th>${html(t('auditColMonth'))}</th><th>${html(t('auditColCount'))}</th></tr></thead><tbody>
${months.map(([m, n]) => `<tr><td>${html(month(m))}</td><td>${n}</td></tr>`).join('\n')}
</tbody></table>
<h2>${html(t('auditFlagged'))}</h2>
<label>${html(t('auditFilterLabel'))} <select id="filter"><option value="">${html(t('auditFilterAll'))}</option>${cats.map(([c]) => `<option value="${c}">${html(t(`category_${c}`))}</option>`).join('')}</select></label>
<table><thead><tr><th>${html(t('auditColDate'))}</th><th>${html(t('auditColPost'))}</th><th>${html(t('auditColFindings'))}</th></tr></thead><tbody id="posts">
${rows.join('\n')}
</tbody></table>
${problems.length ? `<h2>${html(t('auditProblems'))}</h2>\n<ul>${problems.join('\n')}</ul>` : ''}
<script>
document.getElementById('filter').addEventListener('change', function (e) {
  var c = e.target.value;
  document.querySelectorAll('#posts tr').forEach(function (r) { r.hidden = c !== '' && r.dataset.categories.split(' ').indexOf(c) < 0; });
});
</script>
</body>
</html>
`;
}
