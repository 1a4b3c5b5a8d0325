/**
 * Character maps for normalization. Written for this project from the Unicode
 * confusables idea (letters that look like Latin letters); NFKD already handles
 * fullwidth, mathematical and accented forms, so only true look-alikes are listed.
 */

const pairs = (s: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const pair of s.split(' ')) {
    const [from, to] = [...pair];
    if (from && to) out[from] = to;
  }
  return out;
};

/** Look-alike letters from other scripts → Latin (lower case). */
export const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  ...pairs('аa вb сc еe ѐe ёe һh іi їi јj кk мm нh оo рp ԛq ѕs тt уy хx ԝw ѡw ӏl ьb ъb зe гr пn иu лn дd'),
  ...pairs('АA ВB СC ЕE НH ІI ЈJ КK МM ОO РP ЅS ТT УY ХX'),
  // Greek
  ...pairs('αa βb γy δd εe ηn ιi κk νv οo ρp τt υu χx ωw ϲc ϳj'),
  // Latin extensions and symbols used as letters
  ...pairs('ʃf ƒf ſs ɑa ɡg ɦh ɩi ɪi ʏy ʙb ʀr ʟl ɴn ᴏo ᴜu ᴄc ᴅd ᴇe ᴋk ᴍm ᴘp ᴛt ᴠv ᴡw ᴢz ƈc ɗd ƙk ƥp ƭt ʋv ɓb ɠg ðd øo łl đd ħh ŧt'),
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  '\u00ad': '', // soft hyphen
};

/** Leetspeak inside words: "5h1t", "b!tch", "a$$", "@ss". */
export const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '+': 't',
  '€': 'e',
};
