// The audit of past posts on a 50,000-post X archive built from real posts (Davidson tweets,
// OffendES, policy_dev drafts, cycled with new ids and dates): used at the end of
// `npm run bench`. Two figures, as the two kinds of user meet it:
//   1. in one process, the options page's worker path (rules/audit/run.ts auditFile: unzip,
//      parse, check in chunks, report; then the HTML and CSV export), bundled and minified
//      as shipped: time and memory (heap peak sampled at each progress step, and RSS);
//      beside obscenity over the same 50,000 texts in the same process (a floor: English
//      profanity only, no archive to read, no report);
//   2. IT's CLI as a whole process: `ask-first-check --audit archive.zip --out report.html`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { strToU8, zipSync } from 'fflate';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

const POSTS = 50_000;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** Texts of the eval data, in a fixed order. */
function realTexts(dataDir: string): string[] {
  const jsonl = (file: string) => {
    try {
      return readFileSync(join(dataDir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
    } catch {
      return [];
    }
  };
  return [...jsonl('davidson.jsonl'), ...jsonl('offendes_es.jsonl')].filter((t) => typeof t === 'string' && t.trim());
}

/** An X archive (data/tweets.js in a .zip) of POSTS tweets, a few a day going back from 2024-06. */
function archive(texts: string[]): Uint8Array {
  const day = 86_400_000;
  const start = Date.UTC(2024, 5, 1);
  const items = Array.from({ length: POSTS }, (_, i) => ({
    tweet: { id_str: String(1_700_000_000_000_000_000n + BigInt(i)), full_text: texts[i % texts.length]!, created_at: new Date(start - Math.floor(i / 8) * day).toUTCString(), lang: 'en' },
  }));
  return zipSync({ 'data/tweets.js': strToU8(`window.YTD.tweets.part0 = ${JSON.stringify(items, null, 2)}`), 'data/account.js': strToU8('window.YTD.account.part0 = []') });
}

export async function benchAudit({ repo, dataDir }: { repo: string; dataDir: string }): Promise<void> {
  const texts = realTexts(dataDir);
  if (texts.length === 0) {
    console.log('\naudit: no real posts in the eval data; skipped.');
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'ask-first-bench-audit-'));
  const zipFile = join(work, 'twitter-archive.zip');
  const zip = archive(texts);
  writeFileSync(zipFile, zip);

  // The audit code as shipped: bundled and minified (the options page's worker path).
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    [
      `export { auditFile } from ${JSON.stringify(join(repo, 'rules/audit/run.ts'))};`,
      `export { reportCsv, reportHtml } from ${JSON.stringify(join(repo, 'rules/audit/export.ts'))};`,
      `export { DEFAULT_SETTINGS } from ${JSON.stringify(join(repo, 'rules/schema.ts'))};`,
      `export { translator } from ${JSON.stringify(join(repo, 'scripts/audit-cli.ts'))};`,
    ].join('\n'),
  );
  const outfile = join(work, 'audit.mjs');
  await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'warning' });
  const m = (await import(pathToFileURL(outfile).href)) as typeof import('../../rules/audit/run') & typeof import('../../rules/audit/export') & typeof import('../../rules/schema') & typeof import('../audit-cli');

  console.log(`\nAudit of past posts: an X archive of ${POSTS.toLocaleString('en-US')} real posts (${mb(zip.length)} zipped), built from ${texts.length.toLocaleString('en-US')} eval-data texts`);
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let heapPeak = heap0;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const c0 = cpu();
  const t0 = performance.now();
  const report = m.auditFile('twitter-archive.zip', zip, m.DEFAULT_SETTINGS, 'en', () => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  });
  const checked = performance.now() - t0;
  const checkedCpu = cpu() - c0;
  const t1 = performance.now();
  const t = m.translator('en');
  const html = m.reportHtml(report, t, 'en');
  const csv = m.reportCsv(report, t);
  const exported = performance.now() - t1;
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  console.log(
    `  in one process (the options page's worker path): read, check and report ${fmt(checked)} (CPU ${fmt(checkedCpu)}), export HTML + CSV ${fmt(exported)}; ${report.total.toLocaleString('en-US')} posts, ${report.flagged.length.toLocaleString('en-US')} flagged; heap peak +${mb(heapPeak - heap0)}, RSS ${mb(process.memoryUsage().rss)}; HTML ${mb(html.length)}, CSV ${mb(csv.length)}`,
  );

  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const c2 = cpu();
  const t2 = performance.now();
  for (let i = 0; i < POSTS; i++) obscenity.getAllMatches(texts[i % texts.length]!);
  const peer = performance.now() - t2;
  const peerCpu = cpu() - c2;
  console.log(
    `  obscenity over the same ${POSTS.toLocaleString('en-US')} texts (no archive, no report): ${fmt(peer)} (CPU ${fmt(peerCpu)}); ratio ask-first audit / obscenity: wall ${(checked / peer).toFixed(2)}×, CPU ${(checkedCpu / peerCpu).toFixed(2)}× (CPU includes the garbage collector's threads)`,
  );

  const out = join(work, 'report.html');
  const t3 = performance.now();
  try {
    execFileSync(process.execPath, [join(repo, 'scripts/check-bin.mjs'), '--audit', zipFile, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    // Exit 1: posts were flagged (expected); anything else is a failure.
    if ((e as { status?: number }).status !== 1) throw e;
  }
  console.log(`  the CLI, whole process (ask-first-check --audit archive.zip --out report.html): ${fmt(performance.now() - t3)}, report ${mb(statSync(out).size)}`);
  rmSync(work, { recursive: true, force: true });
}
