// The command-line checker for IT (README "Checking drafts from the command line"):
//   npm run --silent check -- [--jsonl] [--pack el-paso,harlingen] [--policy FILE] [TEXT…]
// Exit 0 clean, 1 findings, 2 bad input. Pure engine: nothing leaves the machine.
//
// Two entries run it: scripts/check.ts (an ES module, bundled by scripts/check-bin.mjs) and
// scripts/cli/snapshot.ts (a V8 start-up snapshot holding the built-in policy compiled at
// build time; see scripts/check-bin.mjs for why and the figures).
//
// Output: the process never calls process.exit() after writing. A pipe to a slow reader
// (`| jq`, `| (sleep 1; cat)`) is written asynchronously by Node; exiting early dropped
// whatever was still queued. Writes wait for 'drain' and the exit code is set with
// process.exitCode, so Node ends only once stdout and stderr are flushed.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { compilePolicy, evaluate, PACK_IDS } from '../../rules';
import type { CompiledPolicy, Finding, Locale, PackId, Policy } from '../../rules';
import { validatePolicy } from '../../rules/settings';
import { DEFAULT_SETTINGS, policyOf } from '../../rules/schema';

/** The policy the CLI checks against without --pack or --policy: every built-in pack. */
export const BUILT_IN_POLICY: Policy = { packs: [...PACK_IDS] };

const USAGE =
  'usage: npm run --silent check -- [--jsonl] [--pack el-paso,harlingen] [--policy FILE] [--locale en|es] [TEXT…]\n' +
  '       npm run --silent check -- --audit EXPORT.zip|tweets.js|posts.json|posts.csv [--out report.html|report.csv] [--policy FILE] [--locale en|es]\n';

/** Bad input: reported on stderr, exit code 2. */
class UsageError extends Error {}

/** Writes to a stream, waiting when its buffer is full (a slow pipe reader). */
async function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Lines are written in batches: one write per line costs more than the check itself. */
class Batched {
  private parts: string[] = [];
  private size = 0;
  constructor(private stream: NodeJS.WriteStream) {}
  async add(line: string): Promise<void> {
    this.parts.push(line);
    this.size += line.length;
    if (this.size >= 64 * 1024) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await write(this.stream, text);
  }
}

interface Options {
  jsonl: boolean;
  packs?: PackId[];
  policyFile?: string;
  locale: Locale;
  /** --audit FILE: an X/Facebook export or a CSV of past posts (scripts/audit-cli.ts). */
  audit?: string;
  out?: string;
  texts: string[];
}

function parseArgs(args: string[]): Options | 'help' {
  const o: Options = { jsonl: false, locale: 'en', texts: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--jsonl') o.jsonl = true;
    else if (a === '--pack' || a === '--policy' || a === '--locale' || a === '--audit' || a === '--out') {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      if (a === '--pack') {
        const ids = v.split(',').map((s) => s.trim()).filter(Boolean);
        const bad = ids.filter((id) => !(PACK_IDS as readonly string[]).includes(id));
        if (bad.length || ids.length === 0) throw new UsageError(`unknown pack "${bad.join(', ') || v}" (known: ${PACK_IDS.join(', ')})`);
        o.packs = ids as PackId[];
      } else if (a === '--policy') o.policyFile = v;
      else if (a === '--audit') o.audit = v;
      else if (a === '--out') o.out = v;
      else if (v === 'en' || v === 'es') o.locale = v;
      else throw new UsageError('--locale must be en or es');
    } else if (a === '--help' || a === '-h') return 'help';
    else if (a === '--') continue;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else o.texts.push(a);
  }
  return o;
}

/**
 * The policy to check against: the built-in packs, or a managed-policy file validated
 * exactly as the extension validates it (rules/settings). A bad item is reported and
 * skipped, the rest apply, as in the browser; only an unreadable file stops the check.
 */
async function loadPolicy(o: Options): Promise<Policy | undefined> {
  if (!o.policyFile && !o.packs) return undefined;
  let policy: Policy = BUILT_IN_POLICY;
  if (o.policyFile) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(o.policyFile, 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read policy ${o.policyFile}: ${(e as Error).message}`);
    }
    const { policy: managed, problems } = validatePolicy(raw);
    for (const p of problems) {
      await write(process.stderr, `check: policy ${o.policyFile}: "${p.key}": ${p.reason} (the extension uses: ${p.fallback})\n`);
    }
    policy = policyOf({ ...DEFAULT_SETTINGS, ...managed });
  }
  if (o.packs) policy = { ...policy, packs: o.packs };
  return policy;
}

/** "el-paso III.A.5.a: title"; a city's own policy by its name ("City of Springfield Social Media Policy 4.12.3(a): …"). */
function citationLine(c: Finding['citation'], locale: Locale): string {
  if (!c.policy) return `${c.pack} ${c.section}: ${c.title}`;
  return c.section ? `${c.policy.name[locale]} ${c.section}: ${c.policy.title[locale]}` : `${c.policy.name[locale]} (the policy as a whole)`;
}

function plain(text: string, findings: Finding[], locale: Locale): string {
  if (findings.length === 0) return 'No findings.\n';
  return findings
    .map((f) => {
      const line = text.slice(0, f.start).split('\n').length;
      return `${f.severity.toUpperCase()} ${f.category} "${f.excerpt}" (line ${line}, ${f.start}–${f.end})\n  ${f.message}\n  ${citationLine(f.citation, locale)}\n`;
    })
    .join('');
}

async function stdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `builtIn`: BUILT_IN_POLICY already compiled (the start-up snapshot holds it); compiled here when not given. */
async function main(args: string[], builtIn?: CompiledPolicy): Promise<number> {
  const o = parseArgs(args);
  if (o === 'help') {
    await write(process.stdout, USAGE);
    return 0;
  }
  const policy = await loadPolicy(o);
  const compiled = policy ? compilePolicy(policy) : (builtIn ?? compilePolicy(BUILT_IN_POLICY));
  for (const p of compiled.problems) await write(process.stderr, `check: policy problem in "${p.ruleId}": ${p.reason} (rule skipped)\n`);

  if (o.audit !== undefined) {
    if (o.jsonl || o.texts.length) throw new UsageError('--audit reads its FILE, not --jsonl or TEXT');
    // Loaded only for an audit: its readers (fflate, papaparse) and the UI catalogs are no
    // part of checking a draft, and a one-line check should not pay for loading them.
    const { runAudit } = await import('../audit-cli');
    return runAudit(o.audit, o.out, compiled, o.locale);
  }

  if (o.jsonl) {
    if (o.texts.length) throw new UsageError('--jsonl reads its input from stdin, not arguments');
    const input = await stdin();
    const out = new Batched(process.stdout);
    let any = false;
    for (const line of input.split('\n')) {
      if (!line.trim()) continue;
      let id: unknown = null;
      let result: object;
      try {
        const obj = JSON.parse(line) as unknown;
        if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('line is not a JSON object');
        id = (obj as { id?: unknown }).id ?? null;
        const text = (obj as { text?: unknown }).text;
        if (typeof text !== 'string') throw new Error('"text" must be a string');
        const findings = evaluate(text, compiled, { locale: o.locale });
        if (findings.length) any = true;
        result = { id, findings };
      } catch (e) {
        result = { id, error: (e as Error).message };
      }
      await out.add(`${JSON.stringify(result)}\n`);
    }
    await out.flush();
    return any ? 1 : 0;
  }

  const text = o.texts.length ? o.texts.join(' ') : await stdin();
  if (text.trim() === '') throw new UsageError('no text given (pass TEXT or pipe it on stdin)');
  const findings = evaluate(text, compiled, { locale: o.locale });
  await write(process.stdout, plain(text, findings, o.locale));
  return findings.length ? 1 : 0;
}

/** Runs the CLI on `args`; sets process.exitCode (never exits early: see "Output" above). */
export async function runCli(args: string[], builtIn?: CompiledPolicy): Promise<void> {
  // A reader that goes away (`| head`) is not an error of ours: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    process.exitCode = await main(args, builtIn);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    await write(process.stderr, `check: ${e.message}\n`);
    process.exitCode = 2;
  }
}
