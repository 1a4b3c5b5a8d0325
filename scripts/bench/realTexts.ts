// The real texts the engine benches read (Davidson tweets, OffendES comments, policy_dev drafts) and
// longer posts built from their sentences, the same for every bench that imports it (a fixed seed).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RealTexts {
  davidson: string[];
  offendes: string[];
  /** policy_dev's drafts, every part. */
  drafts: string[];
  /** A post of `chars` characters made of whole sentences from Davidson and OffendES (seeded). */
  post(chars: number): string;
}

export function realTexts(repo: string): RealTexts {
  const dataDir = [process.env.ASK_FIRST_EVAL_DATA, join(repo, '..', 'shared', 'eval-data'), '/work/shared/eval-data'].find((d) => d && existsSync(join(d, 'davidson.jsonl')))!;
  const jsonl = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  const davidson = jsonl(join(dataDir, 'davidson.jsonl'));
  const offendes = jsonl(join(dataDir, 'offendes_es.jsonl'));
  const policyDir = join(dataDir, 'policy_dev');
  const drafts = readdirSync(policyDir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => jsonl(join(policyDir, f)));
  let seed = 1;
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
  const sentences = [...davidson.slice(0, 6000), ...offendes.slice(0, 3000)].flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 15);
  const post = (chars: number) => {
    let s = '';
    while (s.length < chars) s += `${sentences[Math.floor(rnd() * sentences.length)]} `;
    return s.slice(0, chars);
  };
  return { davidson, offendes, drafts, post };
}
