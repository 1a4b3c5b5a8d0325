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

/** Words that name a person or a group: the classes that name one, plus an @mention. */
const PERSON_CLASSES = new Set(['person_ref', 'person_role', 'person_more', 'person_any', 'title', 'given_name', 'accused_role', 'harassment_person_noun', 'pi_who', 'conf_person', 'people_group', 'grupo', 'group_noun', 'person_pron', 'defam_business']);
/** Advice and report frames: a notice telling people what to do about a bad thing. */
const ADVICE = [
  'report it', 'report to', 'report any', 'report them', 'please report', 'never share', 'do not share', 'dont share', 'never give', 'do not give', 'dont give', 'never post',
  'remember to', 'reminder', 'if you see', 'if you notice', 'call 911', 'call 311', 'be careful', 'stay safe', 'watch out for', 'beware', 'scam', 'phishing', 'we will never ask',
  'no comparta', 'no compartas', 'nunca comparta', 'nunca compartas', 'no de', 'no den', 'reporte', 'reportelo', 'reportela', 'reporten', 'denuncie', 'denuncien', 'recuerde', 'recuerden',
  'si ve', 'si usted ve', 'llame al', 'llamen al', 'tenga cuidado', 'cuidado con', 'estafa', 'nunca le pediremos',
];
/** News and report markers: the author tells what others did, as reported. */
const NEWS = [
  'arrested', 'was arrested', 'were arrested', 'sentenced', 'convicted', 'charged with', 'was charged', 'indicted', 'according to police', 'police said', 'police say', 'reportedly',
  'allegedly', 'alleged', 'officials said', 'press release', 'news', 'trial', 'court', 'pleaded', 'plead guilty', 'jury',
  'segun la policia', 'segun las autoridades', 'fue arrestado', 'fue arrestada', 'fue detenido', 'fue detenida', 'detenido', 'detenida', 'arrestado', 'arrestada', 'sentenciado',
  'sentenciada', 'condenado', 'condenada', 'acusado de', 'acusada de', 'presuntamente', 'supuestamente', 'informo', 'noticias', 'juicio', 'tribunal', 'corte',
];
/** Calls to act together or what someone ought to do. */
const EXHORT = ['lets', 'let s', 'let us', 'should', 'shouldnt', 'ought to', 'need to', 'needs to', 'gotta', 'someone should', 'somebody should', 'vamos a', 'hay que', 'deberiamos', 'deberian', 'deberia', 'alguien deberia', 'tenemos que', 'tienen que'];
const WINDOW = 4;
/** Bumped when the features change: the trainer's feature cache is keyed by it. */
export const FEATURES_VERSION = 2;

/** A word's crude stem (en and es endings): the unigram and bigram features' unit. */
export function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s|ando|iendo|ado|ada|ados|adas|ido|ida|ar|er|ir|a|o|e)$/, '') || w;
}

const phraseIn = (joined: string, list: readonly string[]) => list.some((b) => joined.includes(` ${b} `));

/**
 * The sentences of a draft and their features. `tokens` are tokenize(text)'s (sentence
 * boundaries included); `facts` the engine's findings (evaluate with merge: false), each
 * counted in every sentence its span touches.
 *
 * Besides which classes a sentence holds (`w:`), the features read who does the act and how
 * it is framed, in word order within a few words:
 * - `fp>C`: a first-person word (I, we, yo, nosotros, me, nos…) shortly before a word of class C;
 * - `who>C`: a named person, an @mention or a role noun shortly before class C;
 * - `2p~C`: a second-person word shortly before or after class C ("you … idiot");
 * - `neg>C`: a negation (not, never, nunca…) shortly before class C;
 * - `o:A>B`: class A shortly before class B (e.g. a drug, then a selling word);
 * - `s:advice`, `s:news`, `s:exhort`: advice/report frames, news markers, "let's"/"should";
 * - `u:`, `b:`: stemmed words and ordered pairs of adjacent stemmed words.
 */
export function sentenceFeatures(text: string, tokens: readonly Token[], space: FeatureSpace, facts: readonly SpanFact[], useRules = true): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]!.boundary) continue;
    const all = tokens.slice(from, i).filter((t) => t.text);
    from = i + 1;
    // An @mention is an opaque token: it names a person but is no word of a class.
    const mention = all.map((t) => t.opaque && text[t.start] === '@');
    const words = all.filter((t, k) => !t.opaque || mention[k]);
    const isMention = all.filter((t, k) => !t.opaque || mention[k]).map((t) => t.opaque);
    if (!words.length) continue;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const f = new Set<string>();
    const texts = words.map((t, k) => (isMention[k] ? '@' : t.text));
    // Classes by the position of their phrase's first and last word.
    const at: { c: string; a: number; b: number }[] = [];
    for (let a = 0; a < texts.length; a++) {
      let phrase = '';
      for (let b = a; b < texts.length && b - a < space.maxWords; b++) {
        phrase = b === a ? texts[a]! : `${phrase} ${texts[b]}`;
        for (const c of space.phrases.get(phrase) ?? []) {
          f.add(`w:${c}`);
          at.push({ c, a, b });
        }
      }
      const w = texts[a]!;
      if (FIRST.has(w)) f.add('s:first');
      if (SECOND.has(w)) f.add('s:second');
      if (NEGATION.has(w)) f.add('s:neg');
      if (/[0-9]/.test(w)) f.add('s:number');
    }
    const first: number[] = [];
    const second: number[] = [];
    const neg: number[] = [];
    const who: number[] = [];
    texts.forEach((w, k) => {
      if (FIRST.has(w) || w === 'nos' || w === 'me') first.push(k);
      if (SECOND.has(w)) second.push(k);
      if (NEGATION.has(w)) neg.push(k);
      if (isMention[k]) who.push(k);
    });
    for (const x of at) if (PERSON_CLASSES.has(x.c)) who.push(x.a);
    const before = (list: number[], x: { a: number }) => list.some((k) => k < x.a && x.a - k <= WINDOW);
    for (const x of at) {
      if (before(first, x)) f.add(`fp>${x.c}`);
      if (!PERSON_CLASSES.has(x.c) && before(who, x)) f.add(`who>${x.c}`);
      if (second.some((k) => Math.abs(k - x.a) <= WINDOW && k !== x.a)) f.add(`2p~${x.c}`);
      if (before(neg, x)) f.add(`neg>${x.c}`);
    }
    for (const x of at) for (const y of at) if (x.c !== y.c && y.a > x.b && y.a - x.b <= WINDOW) f.add(`o:${x.c}>${y.c}`);
    for (let k = 0; k < texts.length; k++) {
      const w = texts[k]!;
      if (isMention[k]) continue;
      if (w.length > 2) f.add(`u:${stem(w)}`);
      const n = texts[k + 1];
      if (n !== undefined && !isMention[k + 1]) f.add(`b:${stem(w)}_${stem(n)}`);
    }
    if (IMPERATIVE.has(texts[0]!)) f.add('s:imperative');
    const raw = text.slice(start, Math.min(text.length, end + 1));
    if (/[?¿]/.test(raw) || /^[¿]/.test(text.slice(Math.max(0, start - 1), start + 1))) f.add('s:question');
    if (/["“”«»]/.test(raw)) f.add('s:quote');
    const joined = ` ${texts.join(' ')} `;
    if (phraseIn(joined, BEHALF)) f.add('s:behalf');
    if (phraseIn(joined, ADVICE)) f.add('s:advice');
    if (phraseIn(joined, NEWS)) f.add('s:news');
    if (phraseIn(joined, EXHORT)) f.add('s:exhort');
    if (who.length) f.add('s:who');
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
