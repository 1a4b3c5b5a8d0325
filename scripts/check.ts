// The command-line checker for IT (README "Checking drafts from the command line"):
//   npm run --silent check -- [--jsonl] [--pack el-paso,harlingen] [--policy FILE] [TEXT…]
// Exit 0 clean, 1 findings, 2 bad input. Pure engine: nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { compilePolicy, evaluate, PACK_IDS } from '../rules';
import type { Finding, Locale, PackId, Policy } from '../rules';
import { validatePolicy } from '../rules/managed';
import { DEFAULT_SETTINGS, policyOf } from '../rules/schema';

function fail(message: string): never {
  process.stderr.write(`check: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let jsonl = false;
let packs: PackId[] | undefined;
let policyFile: string | undefined;
let locale: Locale = 'en';
const texts: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--jsonl') jsonl = true;
  else if (a === '--pack' || a === '--policy' || a === '--locale') {
    const v = args[++i];
    if (v === undefined) fail(`${a} needs a value`);
    if (a === '--pack') {
      const ids = v.split(',').map((s) => s.trim()).filter(Boolean);
      const bad = ids.filter((id) => !(PACK_IDS as readonly string[]).includes(id));
      if (bad.length || ids.length === 0) fail(`unknown pack "${bad.join(', ') || v}" (known: ${PACK_IDS.join(', ')})`);
      packs = ids as PackId[];
    } else if (a === '--policy') policyFile = v;
    else if (v === 'en' || v === 'es') locale = v;
    else fail('--locale must be en or es');
  } else if (a === '--help' || a === '-h') {
    process.stdout.write('usage: npm run --silent check -- [--jsonl] [--pack el-paso,harlingen] [--policy FILE] [--locale en|es] [TEXT…]\n');
    process.exit(0);
  } else if (a === '--') continue;
  else if (a.startsWith('--')) fail(`unknown option ${a}`);
  else texts.push(a);
}

let policy: Policy = { packs: [...PACK_IDS] };
if (policyFile) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(policyFile, 'utf8'));
  } catch (e) {
    fail(`cannot read policy ${policyFile}: ${(e as Error).message}`);
  }
  // The same validation the extension applies to a managed policy (rules/managed.ts), so
  // IT sees here exactly what the browser would report on the options page.
  const { policy: managed, problems } = validatePolicy(raw);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`check: policy ${policyFile}: "${p.key}": ${p.reason} (the extension would use: ${p.fallback})\n`);
    process.exit(2);
  }
  policy = policyOf({ ...DEFAULT_SETTINGS, ...managed });
}
if (packs) policy = { ...policy, packs };
const compiled = compilePolicy(policy);
if (compiled.problems.length) {
  for (const p of compiled.problems) process.stderr.write(`check: policy problem in "${p.ruleId}": ${p.reason}\n`);
  process.exit(2);
}

/** "el-paso III.A.5.a: title"; a city's own policy by its name ("City of Springfield Social Media Policy 4.12.3(a): …"). */
function citationLine(c: Finding['citation']): string {
  if (!c.policy) return `${c.pack} ${c.section}: ${c.title}`;
  return c.section ? `${c.policy.name[locale]} ${c.section}: ${c.policy.title[locale]}` : `${c.policy.name[locale]} (the policy as a whole)`;
}

function plain(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No findings.\n';
  return findings
    .map((f) => {
      const line = text.slice(0, f.start).split('\n').length;
      return `${f.severity.toUpperCase()} ${f.category} "${f.excerpt}" (line ${line}, ${f.start}–${f.end})\n  ${f.message}\n  ${citationLine(f.citation)}\n`;
    })
    .join('');
}

async function stdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (jsonl) {
  if (texts.length) fail('--jsonl reads its input from stdin, not arguments');
  const input = await stdin();
  let any = false;
  for (const line of input.split('\n')) {
    if (!line.trim()) continue;
    let id: unknown = null;
    let out: object;
    try {
      const obj = JSON.parse(line) as unknown;
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('line is not a JSON object');
      id = (obj as { id?: unknown }).id ?? null;
      const text = (obj as { text?: unknown }).text;
      if (typeof text !== 'string') throw new Error('"text" must be a string');
      const findings = evaluate(text, compiled, { locale });
      if (findings.length) any = true;
      out = { id, findings };
    } catch (e) {
      out = { id, error: (e as Error).message };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  process.exit(any ? 1 : 0);
}

const text = texts.length ? texts.join(' ') : await stdin();
if (text.trim() === '') fail('no text given (pass TEXT or pipe it on stdin)');
const findings = evaluate(text, compiled, { locale });
process.stdout.write(plain(text, findings));
process.exit(findings.length ? 1 : 0);
