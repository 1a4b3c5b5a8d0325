/**
 * Past posts from an account export, for the audit (Public Affairs Office): an X/Twitter
 * archive (.zip, or its data/tweets.js), a Facebook "Download your information" export
 * (.zip, or its JSON posts and comments files) or a CSV with a text column. Pure: bytes in,
 * posts out, no browser or Node API, so the options page's worker and the CLI share it.
 *
 * A malformed file or row is reported with the file name and line and skipped; every other
 * file and row still counts. Libraries: fflate (unzip, pure JS, browser and Node) and
 * papaparse (CSV with quoted newlines), both small and well kept.
 */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';

export interface Post {
  /** Where it came from: the file (inside the zip: "archive.zip:data/tweets.js"). */
  source: string;
  /** 1-based line in that file where the post starts, when known. */
  line?: number;
  id?: string;
  /** ISO 8601, when the export has a date. */
  date?: string;
  text: string;
  url?: string;
  kind: 'tweet' | 'facebook-post' | 'facebook-comment' | 'csv';
}

export interface ArchiveProblem {
  source: string;
  line?: number;
  reason: string;
}

export interface ParsedArchive {
  posts: Post[];
  problems: ArchiveProblem[];
}

const isZip = (b: Uint8Array) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Line numbers for increasing positions in one text, counted once (not from the start each time). */
function lineCounter(text: string): (index: number) => number {
  let at = 0;
  let line = 1;
  return (index) => {
    for (; at < index; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/** Reads an export: a .zip (every file in it that holds posts) or one file. */
export function readArchive(name: string, bytes: Uint8Array): ParsedArchive {
  const out: ParsedArchive = { posts: [], problems: [] };
  if (isZip(bytes)) {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, { filter: (f) => POSTS_FILE.test(f.name) });
    } catch (e) {
      out.problems.push({ source: name, reason: `not a readable .zip: ${(e as Error).message}` });
      return out;
    }
    const names = Object.keys(files).sort();
    if (names.length === 0) out.problems.push({ source: name, reason: 'no posts found: expected data/tweets.js (X), your_posts*.json or comments*.json (Facebook), or a .csv' });
    for (const f of names) readFile(`${name}:${f}`, strFromU8(files[f]!), out);
  } else readFile(name, new TextDecoder().decode(bytes), out);
  return out;
}

/** The files in an export that hold posts. */
const POSTS_FILE = /(^|\/)(tweets?(-part\d+)?\.js|[^/]*posts?[^/]*\.json|[^/]*comments?[^/]*\.json|[^/]*\.csv)$/i;

function readFile(source: string, text: string, out: ParsedArchive): void {
  const file = source.split(/[:/]/).pop()!.toLowerCase();
  if (file.endsWith('.js')) readTweetsJs(source, text, out);
  else if (file.endsWith('.json')) readFacebookJson(source, text, out);
  else if (file.endsWith('.csv')) readCsv(source, text, out);
  else out.problems.push({ source, reason: 'unknown file type: expected .zip, .js, .json or .csv' });
}

/** JSON.parse with the line of the error ("… at position 1234" → line). */
function parseJson(source: string, text: string, offset: number, out: ParsedArchive): unknown {
  try {
    return JSON.parse(text.slice(offset));
  } catch (e) {
    const message = (e as Error).message;
    // Older V8 says "at position N"; newer does not: then find where the JSON goes wrong.
    const at = /position (\d+)/.exec(message);
    const line = lineAt(text, offset + (at ? Number(at[1]) : jsonErrorOffset(text.slice(offset))));
    out.problems.push({ source, line, reason: `not valid JSON (${message.replace(/\s*in JSON at position \d+.*$/, '')}); the file's other posts could not be read` });
    return undefined;
  }
}

/** Where JSON text stops being valid JSON (a small recursive-descent scan, only after JSON.parse failed). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        str();
        ws();
        if (text[i++] !== ':') (i--, fail());
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') str();
    else {
      const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
      if (!m) fail();
      i += m![0].length;
    }
  };
  const str = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    ws();
    return i;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}

/** X archive: `window.YTD.tweets.part0 = [ { "tweet": { … } }, … ]`. */
function readTweetsJs(source: string, text: string, out: ParsedArchive): void {
  const start = text.indexOf('[');
  if (start < 0 || !/^\s*window\.YTD\.[\w.]+\s*=\s*$/.test(text.slice(0, start))) {
    out.problems.push({ source, line: 1, reason: 'not an X archive file: expected "window.YTD.tweets.part0 = [" at the start' });
    return;
  }
  const items = parseJson(source, text, start, out);
  if (!Array.isArray(items)) return;
  // Line numbers: each item begins at the next '"tweet"' key in the text.
  let cursor = start;
  const lineOf = lineCounter(text);
  items.forEach((item, i) => {
    const at = text.indexOf('"tweet"', cursor);
    const line = at >= 0 ? lineOf(at) : undefined;
    if (at >= 0) cursor = at + 7;
    const tweet = (item as { tweet?: Record<string, unknown> })?.tweet;
    const body = tweet?.full_text ?? tweet?.text;
    if (!tweet || typeof body !== 'string') {
      out.problems.push({ source, line, reason: `item ${i + 1}: no "tweet.full_text"` });
      return;
    }
    const id = typeof tweet.id_str === 'string' ? tweet.id_str : undefined;
    out.posts.push({ source, line, id, date: isoDate(tweet.created_at), text: unescapeHtml(body), url: id ? `https://x.com/i/web/status/${id}` : undefined, kind: 'tweet' });
  });
}

/** X stores text HTML-escaped (&amp; &lt; &gt;). */
const unescapeHtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Facebook writes UTF-8 bytes as one \u00XX escape each ("Ã±" for "ñ"): decode them back
 * when the text is made only of such characters and decodes cleanly.
 */
function fixMojibake(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  } catch {
    return s;
  }
}

/**
 * Facebook: posts files are a list of { timestamp, data: [{ post }], attachments }, comments
 * files { comments_v2: [{ timestamp, data: [{ comment: { comment } }] }] } (older exports:
 * "comments"). Items without text (a shared photo alone) are not posts to check.
 */
function readFacebookJson(source: string, text: string, out: ParsedArchive): void {
  const doc = parseJson(source, text, 0, out);
  if (doc === undefined) return;
  const comments = (doc as { comments_v2?: unknown; comments?: unknown })?.comments_v2 ?? (doc as { comments?: unknown })?.comments;
  const items = Array.isArray(doc) ? doc : Array.isArray(comments) ? comments : undefined;
  if (!items) {
    out.problems.push({ source, line: 1, reason: 'not a Facebook posts or comments file: expected a list, or "comments_v2"' });
    return;
  }
  const kind = Array.isArray(doc) ? 'facebook-post' : 'facebook-comment';
  let cursor = 0;
  const lineOf = lineCounter(text);
  items.forEach((item, i) => {
    const at = text.indexOf('"timestamp"', cursor);
    const line = at >= 0 ? lineOf(at) : undefined;
    if (at >= 0) cursor = at + 11;
    const it = item as { timestamp?: unknown; data?: { post?: unknown; comment?: { comment?: unknown } }[] };
    const parts = (Array.isArray(it?.data) ? it.data : [])
      .map((d) => (typeof d?.post === 'string' ? d.post : typeof d?.comment?.comment === 'string' ? d.comment.comment : undefined))
      .filter((t): t is string => t !== undefined);
    if (typeof it !== 'object' || it === null) {
      out.problems.push({ source, line, reason: `item ${i + 1}: not an object` });
      return;
    }
    if (parts.length === 0) return; // a photo or a link with no words of the person's own
    const date = typeof it.timestamp === 'number' ? new Date(it.timestamp * 1000).toISOString() : undefined;
    out.posts.push({ source, line, date, text: fixMojibake(parts.join('\n')), kind });
  });
}

const TEXT_COLUMNS = ['text', 'full_text', 'message', 'post', 'content', 'body', 'texto', 'mensaje'];
const DATE_COLUMNS = ['date', 'created_at', 'timestamp', 'time', 'published', 'fecha'];
const URL_COLUMNS = ['url', 'link', 'permalink', 'enlace'];

/** CSV with a header row and a text column (named text, message, post, content…). */
function readCsv(source: string, text: string, out: ParsedArchive): void {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header, ...rows] = parsed.data;
  const col = (names: string[]) => header?.findIndex((h) => names.includes(h.trim().toLowerCase())) ?? -1;
  const textCol = col(TEXT_COLUMNS);
  if (!header || textCol < 0) {
    out.problems.push({ source, line: 1, reason: `no text column: the first row must name one of ${TEXT_COLUMNS.join(', ')}` });
    return;
  }
  const dateCol = col(DATE_COLUMNS);
  const urlCol = col(URL_COLUMNS);
  const idCol = col(['id', 'id_str', 'post_id']);
  // Line of each row in the file (a quoted field may span lines): count as papaparse reads.
  const rowLines = csvRowLines(text);
  const bad = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined) bad.set(e.row, e.message);
  rows.forEach((row, r) => {
    const line = rowLines[r + 1];
    if (row.length === 1 && row[0] === '') return; // a blank line
    const problem = bad.get(r + 1);
    if (problem || row.length !== header.length) {
      out.problems.push({ source, line, reason: problem ?? `${row.length} fields, the header has ${header.length}` });
      return;
    }
    const body = row[textCol]!;
    if (!body.trim()) return;
    out.posts.push({ source, line, id: idCol >= 0 ? row[idCol] : undefined, date: dateCol >= 0 ? isoDate(row[dateCol]) : undefined, text: body, url: urlCol >= 0 && /^https?:\/\//.test(row[urlCol]!) ? row[urlCol] : undefined, kind: 'csv' });
  });
}

/** 1-based line where each CSV record starts (quotes may hold newlines). */
function csvRowLines(text: string): number[] {
  const lines: number[] = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n') {
      line++;
      if (!quoted && i + 1 < text.length) lines.push(line);
    }
  }
  return lines;
}

function isoDate(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const n = typeof v === 'number' || /^\d{9,11}$/.test(v) ? new Date(Number(v) * 1000) : new Date(v);
  return Number.isNaN(n.getTime()) ? undefined : n.toISOString();
}
