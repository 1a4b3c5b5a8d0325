import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The real CLI in a child process, as IT would run it.
function check(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function policyFile(policy: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ask-first-')), 'policy.json');
  writeFileSync(file, typeof policy === 'string' ? policy : JSON.stringify(policy));
  return file;
}

describe('npm run check', { timeout: 120_000 }, () => {
  it('prints findings with their citation and exits 1; exits 0 on a clean draft', () => {
    const bad = check(['This is bullshit, call (915) 555-2368']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('VIOLATION profanity "bullshit"');
    expect(bad.out).toContain('el-paso III.A.5.c.1');
    const clean = check(['Join us Saturday at the Scunthorpe Street library for the reading assessment fair!']);
    expect(clean).toMatchObject({ code: 0, out: 'No findings.\n' });
  });

  it('reads stdin and answers in Spanish with --locale es', () => {
    const r = check(['--locale', 'es'], 'qué mierda\n');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Lenguaje grosero');
  });

  it('--jsonl answers each line in order and reports bad lines without stopping', () => {
    const r = check(['--jsonl', '--pack', 'harlingen'], '{"id":"a","text":"shit"}\nnot json\n{"id":7}\n{"id":"b","text":"hello"}\n');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings?: { ruleId: string }[]; error?: string });
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'b']);
    expect(lines[0]!.findings!.map((f) => f.ruleId)).toEqual(['harlingen.profanity']);
    expect(lines[1]!.error).toMatch(/JSON/);
    expect(lines[2]!.error).toBe('"text" must be a string');
    expect(lines[3]!.findings).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('exits 2 on bad input: unknown pack, unknown option, no text', () => {
    expect(check(['--pack', 'nowhere', 'x'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown pack "nowhere"') });
    expect(check(['--frobnicate', 'x']).code).toBe(2);
    expect(check([], '').code).toBe(2);
  });

  it('--policy applies packs, categories, allowTerms and customRules from a managed-policy file', () => {
    const file = policyFile({
      packs: ['el-paso'],
      categories: { personal_info: { enabled: false } },
      allowTerms: ['bullshit'],
      customRules: [{ id: 'org.falcon', category: 'confidential', severity: 'violation', terms: ['Project Falcon'], message: 'Internal code name' }],
      enforcement: 'block',
    });
    const r = check(['--policy', file, 'bullshit about Project Falcon, call 915-555-2368']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('confidential "Project Falcon"');
    expect(r.out).not.toContain('bullshit"');
    expect(r.out).not.toContain('personal_info');
  });

  it('--policy reports type errors and rule problems on stderr with exit 2', () => {
    expect(check(['--policy', policyFile({ packs: 'el-paso' }), 'x'])).toMatchObject({ code: 2, err: expect.stringContaining('"packs": expected a list') });
    expect(check(['--policy', policyFile('{oops'), 'x'])).toMatchObject({ code: 2, err: expect.stringContaining('cannot read policy') });
    const bad = check(['--policy', policyFile({ customRules: [{ id: 'r1', category: 'profanity', severity: 'violation', pattern: '(a', message: 'm' }] }), 'x']);
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('"customRules[0]": "pattern" is not a valid RE2 pattern') });
  });
});
