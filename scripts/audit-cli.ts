// `ask-first-check --audit FILE [--out report.html|report.csv]`: the audit of past posts
// for IT, with the same parser, engine and report code as the options page (rules/audit).
// Progress on a terminal (stderr); problems with the file name and line on stderr; the
// summary on stdout. Exit 0: nothing flagged, 1: posts flagged, 2: nothing could be read.
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { exportTranslate } from '../components/exportTranslate';
import { createTranslate } from '../components/i18n';
import { readArchive } from '../rules/audit/archive';
import { auditSummary, reportCsv, reportHtml, type Translate } from '../rules/audit/export';
import { Auditor } from '../rules/audit/report';
import type { CompiledPolicy, Locale } from '../rules';

/** The options page's catalog lookups and plural rules (components/i18n.ts), for the export code. */
export const translator = (locale: Locale): Translate => exportTranslate(createTranslate(locale));

async function say(stream: NodeJS.WriteStream, text: string) {
  if (!stream.write(text)) await once(stream, 'drain');
}

export async function runAudit(file: string, out: string | undefined, compiled: CompiledPolicy, locale: Locale): Promise<number> {
  const t = translator(locale);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    await say(process.stderr, `check: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const { posts, problems } = readArchive(basename(file), bytes);
  for (const p of problems) await say(process.stderr, `check: ${p.source}${p.line ? `:${p.line}` : ''}: ${p.reason}\n`);
  if (posts.length === 0 && problems.length) return 2;

  const auditor = new Auditor(compiled, locale);
  const tty = process.stderr.isTTY;
  const CHUNK = 1000;
  for (let i = 0; i < posts.length; i += CHUNK) {
    auditor.add(posts.slice(i, i + CHUNK));
    if (tty) process.stderr.write(`\r${Math.min(i + CHUNK, posts.length)} / ${posts.length}`);
  }
  if (tty) process.stderr.write('\n');
  const report = auditor.report(problems);

  if (out) {
    const content = /\.csv$/i.test(out) ? reportCsv(report, t) : reportHtml(report, t, locale);
    writeFileSync(out, content);
  }
  const lines = [auditSummary(report, t)];
  for (const [c, n] of Object.entries(report.byCategory).sort((a, b) => b[1]! - a[1]!)) lines.push(`  ${t(`category_${c}`)}: ${n}`);
  if (out) lines.push(out);
  await say(process.stdout, `${lines.join('\n')}\n`);
  return report.flagged.length ? 1 : 0;
}
