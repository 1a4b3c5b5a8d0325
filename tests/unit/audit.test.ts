// @vitest-environment node
// The audit of past posts (issue #16): archives in each format, generated here; malformed
// ones (the problem names the file and line, the rest is still reported); 50,000 posts;
// and the CLI (`--audit FILE --out report.html`) over the same code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY } from '../../rules';
import { readArchive } from '../../rules/audit/archive';
import { auditSummary, reportCsv, reportHtml } from '../../rules/audit/export';
import { Auditor, auditPosts } from '../../rules/audit/report';
import { translator } from '../../scripts/audit-cli';

const compiled = compilePolicy(DEFAULT_POLICY);
const t = translator('en');

function tweetsJs(tweets: { id: string; text: string; date: string }[]): string {
  const items = tweets.map((tw) => ({ tweet: { id_str: tw.id, full_text: tw.text, created_at: tw.date, lang: 'en' } }));
  return `window.YTD.tweets.part0 = ${JSON.stringify(items, null, 2)}`;
}
const TWEETS = [
  { id: '1001', text: 'Road closures on Mesa St this weekend &amp; next.', date: 'Mon Mar 04 15:00:00 +0000 2024' },
  { id: '1002', text: 'This council vote is total bullshit.', date: 'Tue Apr 09 10:00:00 +0000 2024' },
  { id: '1003', text: 'Call my coworker at (915) 555-2368 about it', date: 'Wed Apr 10 10:00:00 +0000 2024' },
];
/** Facebook's export encodes each UTF-8 byte as its own character. */
const mojibake = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

function tempFile(name: string, content: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ask-first-audit-')), name);
  writeFileSync(file, content);
  return file;
}

describe('audit: reading exports', () => {
  it('X archive (.zip): tweets with date, link and unescaped text', () => {
    const zip = zipSync({ 'data/tweets.js': strToU8(tweetsJs(TWEETS)), 'data/account.js': strToU8('window.YTD.account.part0 = []') });
    const { posts, problems } = readArchive('twitter-2024.zip', zip);
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.id)).toEqual(['1001', '1002', '1003']);
    expect(posts[0]).toMatchObject({ source: 'twitter-2024.zip:data/tweets.js', text: 'Road closures on Mesa St this weekend & next.', date: '2024-03-04T15:00:00.000Z', url: 'https://x.com/i/web/status/1001', kind: 'tweet' });
    expect(posts[1]!.line).toBeGreaterThan(posts[0]!.line!);
  });

  it("X archive's data/tweets.js alone", () => {
    const { posts } = readArchive('tweets.js', strToU8(tweetsJs(TWEETS)));
    expect(posts).toHaveLength(3);
  });

  it('Facebook export (.zip): posts and comments, Spanish text decoded from its byte escapes', () => {
    const postsJson = JSON.stringify([
      { timestamp: 1714000000, data: [{ post: mojibake('¡Qué mierda de reunión!') }], title: 'City posted' },
      { timestamp: 1714100000, attachments: [{ data: [{ media: { uri: 'photo.jpg' } }] }] }, // a photo alone: not a post to check
    ]);
    const comments = JSON.stringify({ comments_v2: [{ timestamp: 1714200000, data: [{ comment: { comment: 'Great job, team', author: 'City' } }] }] });
    const zip = zipSync({ 'your_facebook_activity/posts/your_posts_1.json': strToU8(postsJson), 'your_facebook_activity/comments_and_reactions/comments.json': strToU8(comments) });
    const { posts, problems } = readArchive('facebook-city.zip', zip);
    expect(problems).toEqual([]);
    expect(posts.map((p) => [p.kind, p.text])).toEqual([
      ['facebook-comment', 'Great job, team'],
      ['facebook-post', '¡Qué mierda de reunión!'],
    ]);
    expect(posts[1]!.date).toBe(new Date(1714000000 * 1000).toISOString());
  });

  it('CSV with a text column (quoted newlines, a BOM); a bad row is reported with its line, the rest read', () => {
    const csv = '\uFEFFdate,message,link\n2024-05-01,"First line\nsecond line, bullshit",https://example.org/p/1\n2024-05-02,too,many,fields\n2024-05-03,Clean post,\n';
    const { posts, problems } = readArchive('export.csv', strToU8(csv));
    expect(posts.map((p) => [p.line, p.text, p.url])).toEqual([
      [2, 'First line\nsecond line, bullshit', 'https://example.org/p/1'],
      [5, 'Clean post', undefined],
    ]);
    expect(problems).toEqual([{ source: 'export.csv', line: 4, reason: '4 fields, the header has 3' }]);
  });

  it('malformed files: the problem names the file and line; the other files of the archive are still read', () => {
    const broken = tweetsJs(TWEETS).replace('"full_text": "This council', '"full_text": This council');
    const zip = zipSync({ 'data/tweets.js': strToU8(broken), 'extra/posts.csv': strToU8('text\nwhat the hell\n') });
    const { posts, problems } = readArchive('archive.zip', zip);
    expect(posts.map((p) => p.text)).toEqual(['what the hell']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.source).toBe('archive.zip:data/tweets.js');
    expect(problems[0]!.line).toBe(broken.split('\n').findIndex((l) => l.includes('This council')) + 1);
    expect(problems[0]!.reason).toMatch(/^not valid JSON/);
    expect(readArchive('notes.csv', strToU8('name,age\nx,1\n')).problems).toEqual([{ source: 'notes.csv', line: 1, reason: expect.stringMatching(/^no text column/) }]);
    expect(readArchive('tweets.js', strToU8('var x = [];')).problems[0]).toMatchObject({ source: 'tweets.js', line: 1 });
    expect(readArchive('x.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])).problems[0]!.reason).toMatch(/^not a readable \.zip/);
  });
});

describe('audit: the report', () => {
  const { posts, problems } = readArchive('tweets.js', strToU8(tweetsJs(TWEETS)));
  const report = auditPosts(posts, problems, compiled, 'en');

  it('counts by category and month; each flagged post with its findings, newest first', () => {
    expect(report.total).toBe(3);
    expect(report.flagged.map((f) => f.post.id)).toEqual(['1003', '1002']);
    expect(report.byCategory).toEqual({ profanity: 1, personal_info: 1 });
    expect(report.byMonth).toEqual({ '2024-04': 2 });
  });

  it('HTML: self-contained, words highlighted, escaped, with filters, links and citations; Spanish with es', () => {
    const evil = auditPosts([{ source: 's', text: '<script>alert(1)</script> bullshit', kind: 'csv' }], [], compiled, 'en');
    const page = reportHtml(evil, t, 'en');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; <mark title="Profanity">bullshit</mark>');
    const full = reportHtml(report, t, 'en');
    expect(full).toContain('<a href="https://x.com/i/web/status/1002"');
    expect(full).toContain('<select id="filter">');
    expect(full).toContain('III.A.5.a');
    expect(full.match(/(src|href)="(?!https:\/\/x\.com\/i\/web\/status\/)/g)).toBeNull(); // nothing loaded from anywhere
    const es = reportHtml(auditPosts(posts, [], compiled, 'es'), translator('es'), 'es');
    expect(es).toContain('3 publicaciones revisadas; 2 marcadas.');
    expect(es).toContain('Lenguaje grosero');
  });

  it('the summary line counts in the plural form of each language: 0, 1 and 2 posts (issue #17)', () => {
    const flaggedPosts = (n: number) => auditPosts(Array.from({ length: n }, (_, i) => ({ source: 's', text: `what the hell ${i}`, kind: 'csv' as const })), [], compiled, 'en');
    const expected = {
      en: ['0 posts checked; 0 flagged.', '1 post checked; 1 flagged.', '2 posts checked; 2 flagged.'],
      es: ['0 publicaciones revisadas; 0 marcadas.', '1 publicación revisada; 1 marcada.', '2 publicaciones revisadas; 2 marcadas.'],
    };
    for (const locale of ['en', 'es'] as const) {
      for (const n of [0, 1, 2]) {
        const report = flaggedPosts(n);
        expect(report.flagged).toHaveLength(n);
        expect(auditSummary(report, translator(locale))).toBe(expected[locale][n]);
        expect(reportHtml(report, translator(locale), locale)).toContain(`<p>${expected[locale][n]}</p>`);
      }
    }
    // One flagged among many: each count takes its own form.
    expect(auditSummary({ total: 20_000, flagged: [report.flagged[0]!] }, translator('es'))).toBe('20,000 publicaciones revisadas; 1 marcada.');
  });

  it('CSV: one row per finding; a formula-looking cell is kept as text', () => {
    const csv = reportCsv(auditPosts([{ source: 's', text: '=HYPERLINK("x") bullshit', kind: 'csv', date: '2024-01-02T00:00:00.000Z' }], [], compiled, 'en'), t);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('date,category,severity,words,message,citation,link,source,line,post');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") bullshit"`);
  });

  it('50,000 posts: read and checked in chunks (the worker and CLI path), time and memory logged', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ id: String(i), text: i % 10 === 0 ? `this is bullshit ${i}` : `Road closures on Mesa St, update ${i}`, date: 'Mon Mar 04 15:00:00 +0000 2024' }));
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const parsed = readArchive('tweets.js', strToU8(tweetsJs(many)));
    const auditor = new Auditor(compiled, 'en');
    for (let i = 0; i < parsed.posts.length; i += 1000) auditor.add(parsed.posts.slice(i, i + 1000));
    const big = auditor.report(parsed.problems);
    const ms = performance.now() - t0;
    console.log(`audit of 50,000 posts: ${(ms / 1000).toFixed(1)} s, heap +${((process.memoryUsage().heapUsed - heap0) / 1e6).toFixed(0)} MB`);
    expect(big.total).toBe(50_000);
    expect(big.flagged).toHaveLength(5_000);
    expect(ms).toBeLessThan(90_000);
  }, 120_000);
});

describe('audit: the CLI', { timeout: 60_000 }, () => {
  it('--audit FILE --out report.html: summary on stdout, the report file, exit 1 when posts are flagged', () => {
    const zip = tempFile('twitter.zip', zipSync({ 'data/tweets.js': strToU8(tweetsJs(TWEETS)) }));
    const out = join(mkdtempSync(join(tmpdir(), 'ask-first-audit-')), 'report.html');
    const r = spawnSync(process.execPath, ['scripts/check-bin.mjs', '--audit', zip, '--out', out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('3 posts checked; 2 flagged.');
    expect(readFileSync(out, 'utf8')).toContain('<mark title="Profanity">bullshit</mark>');
    const csvOut = out.replace('.html', '.csv');
    expect(spawnSync(process.execPath, ['scripts/check-bin.mjs', '--audit', zip, '--out', csvOut, '--locale', 'es'], { encoding: 'utf8' }).stdout).toContain('3 publicaciones revisadas; 2 marcadas.');
    expect(readFileSync(csvOut, 'utf8')).toContain('Lenguaje grosero');
  });

  it('a malformed file: the problem with file and line on stderr, the rest still reported; nothing readable: exit 2', () => {
    const zip = tempFile('mixed.zip', zipSync({ 'data/tweets.js': strToU8('window.YTD.tweets.part0 = [\n  { "tweet": oops }\n]'), 'posts.csv': strToU8('text\nwhat the hell\n') }));
    const r = spawnSync(process.execPath, ['scripts/check-bin.mjs', '--audit', zip], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/^check: mixed\.zip:data\/tweets\.js:2: not valid JSON/);
    expect(r.stdout).toContain('1 post checked; 1 flagged.');
    const none = spawnSync(process.execPath, ['scripts/check-bin.mjs', '--audit', tempFile('x.csv', 'a,b\n1,2\n')], { encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('x.csv:1: no text column');
  });
});
