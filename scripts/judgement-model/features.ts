/**
 * Features for the judgement-model experiment (docs/judgement-model.md; not adopted): per sentence, which concept
 * word classes occur in it (the frames' and the lexicons' classes), which rules and frames
 * the engine found in it, and a few structural cues (first/second person, negation, a
 * question, a number, quotes, "on behalf of"). Few features per concept, so that a model
 * over them can generalize from a few hundred labelled drafts. No browser APIs.
 */
import type { Token } from '../../rules/engine/normalize';
import type { WordClasses } from '../../rules/judgement/types';

export interface Sentence {
  /** UTF-16 span in the original text. */
  start: number;
  end: number;
  features: Set<string>;
}

/** Any finding-like span the engine reported: its rule id and category. */
export interface SpanFact {
  ruleId: string;
  category: string;
  start: number;
  end: number;
}

export interface FeatureSpace {
  /** "w1 w2" phrase → the classes it belongs to. */
  phrases: Map<string, string[]>;
  /** Longest phrase, in words. */
  maxWords: number;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Phrase lookup for every class (a class named twice keeps the first list). */
export function featureSpace(classes: readonly WordClasses[]): FeatureSpace {
  const phrases = new Map<string, string[]>();
  let maxWords = 1;
  const seen = new Set<string>();
  for (const set of classes) {
    for (const [name, words] of Object.entries(set)) {
      if (seen.has(name)) continue;
      seen.add(name);
      for (const w of words) {
        const p = fold(w);
        if (!p) continue;
        const list = phrases.get(p);
        if (!list) phrases.set(p, [name]);
        else if (!list.includes(name)) list.push(name);
        maxWords = Math.max(maxWords, p.split(' ').length);
      }
    }
  }
  return { phrases, maxWords };
}

const FIRST = new Set(['i', 'me', 'my', 'mine', 'myself', 'im', 'ive', 'ill', 'id', 'we', 'us', 'our', 'ours', 'were', 'weve', 'yo', 'mi', 'mis', 'conmigo', 'nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras']);
const SECOND = new Set(['you', 'your', 'yours', 'u', 'ur', 'ya', 'yall', 'youre', 'youll', 'tu', 'tus', 'ti', 'te', 'contigo', 'usted', 'ustedes']);
const NEGATION = new Set(['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'arent', 'nobody', 'nothing', 'nunca', 'jamas', 'nadie', 'nada', 'ni']);
/** Sentence-initial words that make a request or an order (en and es). */
const IMPERATIVE = new Set([
  'dm', 'pm', 'inbox', 'message', 'call', 'text', 'email', 'send', 'tell', 'ask', 'come', 'join', 'vote', 'buy', 'check', 'go', 'get', 'pray', 'stop', 'let', 'lets', 'hit', 'hmu', 'grab', 'bring', 'use', 'keep', 'dont', 'make', 'help', 'share', 'give', 'take', 'show', 'look', 'meet', 'order', 'support', 'sign',
  'manden', 'mandame', 'mandenme', 'escribeme', 'escribanme', 'llamen', 'llamame', 'vengan', 'ven', 'voten', 'vota', 'compren', 'compra', 'pidan', 'oren', 'recen', 'digan', 'dile', 'diganle', 'avisen', 'avisale', 'traigan', 'pasen', 'no', 'apoyen', 'unanse', 'firmen', 'usen', 'guarden', 'hagan',
]);
const BEHALF = ['on behalf of', 'speaking for', 'speak for', 'en nombre de', 'a nombre de', 'de parte de', 'hablando por'];

/**
 * The sentences of a draft and their features. `tokens` are tokenize(text)'s (sentence
 * boundaries included); `facts` the engine's findings (evaluate with merge: false), each
 * counted in every sentence its span touches.
 */
export function sentenceFeatures(text: string, tokens: readonly Token[], space: FeatureSpace, facts: readonly SpanFact[], useRules = true): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]!.boundary) continue;
    const words = tokens.slice(from, i).filter((t) => !t.opaque && t.text);
    from = i + 1;
    if (!words.length) continue;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const f = new Set<string>();
    const texts = words.map((t) => t.text);
    for (let a = 0; a < texts.length; a++) {
      let phrase = '';
      for (let b = a; b < texts.length && b - a < space.maxWords; b++) {
        phrase = b === a ? texts[a]! : `${phrase} ${texts[b]}`;
        for (const c of space.phrases.get(phrase) ?? []) f.add(`w:${c}`);
      }
      const w = texts[a]!;
      if (FIRST.has(w)) f.add('s:first');
      if (SECOND.has(w)) f.add('s:second');
      if (NEGATION.has(w)) f.add('s:neg');
      if (/[0-9]/.test(w)) f.add('s:number');
    }
    if (IMPERATIVE.has(texts[0]!)) f.add('s:imperative');
    const raw = text.slice(start, Math.min(text.length, end + 1));
    if (/[?¿]/.test(raw) || /^[¿]/.test(text.slice(Math.max(0, start - 1), start + 1))) f.add('s:question');
    if (/["“”«»]/.test(raw)) f.add('s:quote');
    const joined = ` ${texts.join(' ')} `;
    if (BEHALF.some((b) => joined.includes(` ${b} `))) f.add('s:behalf');
    if (useRules) {
      for (const x of facts) {
        if (x.end <= start || x.start >= end) continue;
        // A frame's category apart from a pack rule's: a variant may leave the frames out.
        f.add(`${x.ruleId.startsWith('judgement.') ? 'fc' : 'c'}:${x.category}`);
        f.add(`r:${x.ruleId}`);
      }
    }
    out.push({ start, end, features: f });
  }
  return out;
}

/** The draft's features: every feature of any of its sentences. */
export function draftFeatures(sentences: readonly Sentence[]): Set<string> {
  const all = new Set<string>();
  for (const s of sentences) for (const f of s.features) all.add(f);
  return all;
}
