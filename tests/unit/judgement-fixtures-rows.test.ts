// Every self-written judgement draft (tests/fixtures/judgement and its round folders) is a row the
// trainer (scripts/train-judgement.ts --all-rounds) and the fixture tests can read: one language,
// labels from the policy_dev vocabulary, "none" alone, and no draft written twice. A malformed or
// repeated row would weigh silently in the learned model's training, so it fails here instead.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture } from './judgementFixtures';

const CATEGORIES = new Set([
  'profanity', 'slur', 'harassment', 'sexual', 'violence', 'commercial', 'political', 'religious',
  'confidential', 'personal_info', 'credentials', 'security', 'official_voice', 'illegal', 'defamation',
]);
const root = join(__dirname, '..', 'fixtures', 'judgement');
const files = readdirSync(root).flatMap((name) =>
  statSync(join(root, name)).isDirectory() && /^round\d+$/.test(name)
    ? readdirSync(join(root, name)).filter((f) => f.endsWith('.jsonl')).map((f) => `${name}/${f}`)
    : name.endsWith('.jsonl') ? [name] : [],
);

describe('judgement fixture rows', () => {
  it('are found in the top folder and the round folders', () => {
    expect(files.filter((f) => f.includes('/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => !f.includes('/')).length).toBeGreaterThan(0);
  });

  it.each(files)('%s: every row has text, en|es and labels from the vocabulary ("none" alone)', (file) => {
    const bad = loadFixture(file).flatMap((r, i) => {
      const problems = [
        typeof r.text === 'string' && r.text.trim() ? '' : 'no text',
        r.lang === 'en' || r.lang === 'es' ? '' : `lang ${String(r.lang)}`,
        Array.isArray(r.expect) && r.expect.length > 0 ? '' : 'no labels',
        ...(r.expect ?? []).filter((c) => c !== 'none' && !CATEGORIES.has(c)).map((c) => `unknown label ${c}`),
        r.expect?.includes('none') && r.expect.length > 1 ? '"none" with other labels' : '',
      ].filter(Boolean);
      return problems.length ? [`line ${i + 1}: ${problems.join(', ')}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('no draft is written twice (compared without case, spacing or punctuation)', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const file of files)
      loadFixture(file).forEach((r, i) => {
        const key = r.text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
        const where = `${file}:${i + 1}`;
        if (seen.has(key)) repeats.push(`${where} repeats ${seen.get(key)}`);
        else seen.set(key, where);
      });
    expect(repeats).toEqual([]);
  });
});
