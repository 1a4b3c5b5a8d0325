/**
 * Detectors for personal information, credentials and infrastructure details. Each one
 * validates what a pattern finds (checksums, number plans, context words), so a bare
 * run of digits is not enough. All patterns are linear-time (no nested quantifiers).
 */
import type { DetectorId } from '../schema';
import { runsOf, type Runs } from './runs';

/** A span found by a detector, in the text it was given. */
export interface Span {
  start: number;
  end: number;
}

/** Spans found in the text; `runs` is its longest runs (runs.ts) when the caller measured them. */
export type Detector = (text: string, runs?: Runs) => Span[];

function spansOf(re: RegExp, text: string, keep: (m: RegExpMatchArray) => boolean, group = 0): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(re)) {
    if (!keep(m)) continue;
    const value = m[group] ?? m[0];
    const offset = group ? m[0].indexOf(value) : 0;
    spans.push({ start: m.index! + offset, end: m.index! + offset + value.length });
  }
  return spans;
}

/** True when one of `words` occurs within `radius` characters before `index`. */
/** The `radius` characters before `index`, cut after the last sentence end: only the same sentence counts. */
function sentenceBefore(text: string, index: number, radius: number): string {
  const window = text.slice(Math.max(0, index - radius), index);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '), window.lastIndexOf('\n'), window.lastIndexOf('! '), window.lastIndexOf('? '));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

function near(text: string, index: number, words: RegExp, radius = 40): boolean {
  return words.test(sentenceBefore(text, index, radius));
}

// --- phones and SSNs --------------------------------------------------------------

// North American numbers: optional +1, area code and exchange may not start with 0/1.
const US_PHONE = /(?<![\w-])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-]?(\d{4})(?![\d-])/g;

/** Area codes and exchanges of the form N11 (311, 911…) are service codes, not personal lines. */
function isServiceCode(three: string): boolean {
  return three[1] === '1' && three[2] === '1';
}

/**
 * A business's advertised line is public, not a person's private number: a business word
 * shortly before the number, in the same sentence ("Relax at Sun Spa, call 915-…", "pedidos al …").
 */
const BUSINESS_LINE =
  /\b(?:spa|massage|salon|shop|store|order now|pre-?order|delivery|book now|appointments?|open 24|llc|inc|now hiring|reservations?|tienda|pedidos|citas)\b/i;

/** NANP toll-free area codes: lines of organizations, never a person's private number. */
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

/**
 * An organization's published line ("the non-emergency line is …", "llame a la oficina al …"):
 * a line word shortly before the number, in the same sentence, with no word after it that makes
 * the number someone's own ("call the office at …, or my cell …").
 */
const PUBLIC_LINE =
  /\b(?:hot ?line|help ?line|(?:main|phone|direct|info|tip|crisis|support) line|l[ií]nea|non-?emergency|customer service|front desk|main (?:office|number)|office|oficina|department|departamento|dispatch|reception|recepci[oó]n|call center|centro de llamadas|atenci[oó]n (?:al cliente|ciudadana|al p[uú]blico))\b/gi;
const OWN_NUMBER = /\b(?:my|mi|his|her|cell|cel|celular|personal|home|casa|private|privado|whatsapp)\b/i;

function publicLine(text: string, index: number): boolean {
  const sentence = sentenceBefore(text, index, 60);
  let last = -1;
  for (const m of sentence.matchAll(PUBLIC_LINE)) last = m.index! + m[0].length;
  return last >= 0 && !OWN_NUMBER.test(sentence.slice(last));
}

function usPhone(text: string): Span[] {
  return spansOf(US_PHONE, text, (m) => {
    const [whole, area, exchange, line] = m;
    if (isServiceCode(area!) || isServiceCode(exchange!) || TOLL_FREE.has(area!)) return false;
    if (near(text, m.index!, BUSINESS_LINE, 60) || publicLine(text, m.index!)) return false;
    if (exchange === '555' && line!.startsWith('01')) return false; // 555-0100…0199 is reserved for fiction
    // Ten bare digits need a separator or a phone word, else they are just a number.
    if (/^\d{10}$/.test(whole) && !near(text, m.index!, /\b(?:call|phone|cell|tel|text|mobile|number|llam|tel[eé]fono|celular|n[uú]mero)/i)) return false;
    return true;
  });
}

const SSN = /(?<![\d-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-])/g;
// Numbers published as examples (Woolworth wallet card, the 1962 ad), never real.
const SAMPLE_SSNS = new Set(['078051120', '219099999', '123456789']);
const SSN_WORDS = /\b(?:ssn|social security|soc\.? sec|seguro social|ss#)/i;

function ssn(text: string): Span[] {
  return spansOf(SSN, text, (m) => {
    const [, area, sep, group, serial] = m;
    if (area === '000' || area === '666' || area![0] === '9') return false;
    if (group === '00' || serial === '0000' || SAMPLE_SSNS.has(area! + group! + serial!)) return false;
    return sep !== '' || near(text, m.index!, SSN_WORDS);
  });
}

/** ITIN: like an SSN but starting with 9, with group 50–65, 70–88, 90–92 or 94–99. */
const ITIN = /(?<![\d-])9\d{2}([- ]?)(\d{2})\1\d{4}(?![\d-])/g;
function itin(text: string): Span[] {
  return spansOf(ITIN, text, (m) => {
    const g = Number(m[2]);
    return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94;
  });
}

// --- payment cards and bank numbers -------------------------------------------------

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const CARD = /(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])/g;
// UATP (airline) cards are the 15-digit numbers that start with 1.
const CARD_PREFIX = /^(?:4|5[0-9]|2[2-7]|3[47]|3[068]|6\d|35|1(?=\d{14}$))/;

function paymentCard(text: string): Span[] {
  return spansOf(CARD, text, (m) => {
    const digits = m[0].replace(/\D/g, '');
    // Digits that continue an IBAN ("DE89 3704 …") are the IBAN's, not a card's.
    if (/[A-Z]{2}\d{2}[ -]?(?:[A-Z0-9]{4}[ -]?)?$/.test(text.slice(Math.max(0, m.index! - 10), m.index!))) return false;
    return digits.length >= 13 && digits.length <= 19 && CARD_PREFIX.test(digits) && luhn(digits) && !/^(\d)\1+$/.test(digits);
  });
}

// Lengths per country (ISO 13616 registry, common countries).
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22,
  DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, LY: 25, BI: 27, DJ: 27, SO: 23, SD: 18, RU: 33, NI: 28, OM: 23, YE: 30, MN: 20, FK: 18, HN: 28, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24,
  ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31,
  SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};
const IBAN = /(?<![A-Za-z0-9])([A-Z]{2})(\d{2})((?:[ -]?[A-Z0-9]){11,30})(?![A-Za-z0-9])/g;

function ibanValid(s: string): boolean {
  const compact = s.replace(/[ -]/g, '');
  if (IBAN_LENGTHS[compact.slice(0, 2)] !== compact.length) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

function iban(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(IBAN)) {
    // The greedy tail may run into the next word; try the exact registered length.
    const len = IBAN_LENGTHS[m[1]!];
    if (!len) continue;
    let count = 0;
    let end = m.index!;
    for (; end < m.index! + m[0].length && count < len; end++) if (/[A-Z0-9]/.test(text[end]!)) count++;
    if (count === len && ibanValid(text.slice(m.index!, end))) spans.push({ start: m.index!, end });
  }
  return spans;
}

const ROUTING = /(?<![\d-])(?:\d{9}|\d{4}-\d{4}-\d)(?![\d-])/g;
const ROUTING_WORDS = /\b(?:routing|aba|rtn|bank|account|acct|cuenta)/i;
// Words that make a number something else: a phone, a case, an order, a ZIP code, an ID.
const OTHER_NUMBER_WORDS = /\b(?:number|num|phone|tel|fax|call|text|cell|zip|postal|order|invoice|ticket|case|tracking|confirmation|conf|ref|reference|claim|permit|policy|id|ssn|social|employee|badge|item|sku|part|model|serial|isbn|pedido|factura|caso|expediente|c[oó]digo|tel[eé]fono|n[uú]mero)\b[^.\n]{0,20}$/i;

/** An ABA routing number: the 3-7-1 checksum and a Federal Reserve prefix (00-12, 21-32, 61-72, 80). */
export function abaValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  const d = digits.split('').map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0 && /^(?:0[0-9]|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)/.test(digits);
}

function abaRouting(text: string): Span[] {
  return spansOf(ROUTING, text, (m) => {
    const digits = m[0].replace(/-/g, '');
    if (!abaValid(digits) || SAMPLE_SSNS.has(digits)) return false;
    if (near(text, m.index!, ROUTING_WORDS, 60)) return true;
    // Without a bank word: a routing number's own check-printing layout (0000-0000-0), or a
    // number standing alone (not inside a code, a price, a URL or an ID) that no other
    // number word claims. About 4% of random 9-digit numbers pass checksum and prefix.
    const before = text[m.index! - 1] ?? ' ';
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 2);
    if (!/[\s("':;,[]/.test(before) || /^(?:\w|[.,/:]\d|[%@$€#])/.test(after)) return false;
    return !near(text, m.index!, OTHER_NUMBER_WORDS, 40) && !/[#№]\s*$|\bno\.?\s*$|\bn[º°]\s*$/i.test(text.slice(Math.max(0, m.index! - 6), m.index!));
  });
}

const BANK_ACCOUNT = /(?<!\d)\d{8,17}(?!\d)/g;
function bankAccount(text: string): Span[] {
  return spansOf(BANK_ACCOUNT, text, (m) => near(text, m.index!, /\b(?:account|acct|checking|savings|cuenta)\b[^.\n]{0,20}$/i));
}

// --- e-mail, dates of birth, addresses, IDs ------------------------------------------

const EMAIL = /(?<![\w.+-])([A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63}))@((?:[A-Za-z0-9-]{1,63}\.){1,8}(?:[A-Za-z]{2,24}|xn--[a-z0-9]{2,20}))(?![\w-])/g;
// Role and system mailboxes are published on purpose; only individuals' addresses count.
// Department and service mailboxes too (permits@, inspecciones@), in both languages.
const ROLE_MAILBOX =
  /^(?:info|contact|contacto|hello|help|support|press|media|news|noreply|no-reply|donotreply|admin|webmaster|office|hr|jobs|careers|sales|service|services|311|publicaffairs|communications|citizen|clerk|feedback|privacy|abuse|postmaster|permits?|inspections?|licens(?:e|es|ing)|billing|records|dispatch|library|parks|recreation|events|reservations|volunteers?|tips|complaints|customerservice|helpdesk|it|payroll|benefits|planning|zoning|water|utilities|informes|informacion|ayuda|soporte|prensa|quejas|citas|permisos|inspecciones|licencias|tramites|atencion|atencionciudadana|rh|recursoshumanos|eventos|voluntarios|denuncias|biblioteca|parques)$/i;
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|test|invalid|localhost)$/i;

function email(text: string): Span[] {
  return spansOf(EMAIL, text, (m) => !ROLE_MAILBOX.test(m[1]!) && !EXAMPLE_DOMAIN.test(m[2]!));
}

const DATE = /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.? \d{1,2},? (?:19|20)\d{2}|\d{1,2} (?:de )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]* (?:de )?(?:19|20)\d{2})(?!\d)/gi;
const DOB_WORDS = /\b(?:dob|d\.o\.b|born|birth ?date|date of birth|birthday|b-day|fecha de nacimiento|naci[oó]|nacimiento|cumplea[nñ]os)\b/i;

function dateOfBirth(text: string): Span[] {
  return spansOf(DATE, text, (m) => dobNear(text, m.index!));
}

function dobNear(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  const at = before.search(DOB_WORDS);
  return at >= 0 && !/[.;\n]\s/.test(before.slice(at)) && !/;/.test(before.slice(at));
}

const STREET = /\b\d{1,6}(?: [NSEW]\.?)?(?: [A-Z][A-Za-z0-9'.-]*){1,4} (?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Ct|Court|Way|Pl|Place|Cir|Circle|Pkwy|Parkway|Trl|Trail|Ter|Terrace|Hwy|Highway|Loop|Calle|Avenida)\b\.?(?:,? (?:Apt|Unit|#|Suite)\.? ?[A-Za-z0-9-]+)?/g;
const HOME_WORDS = /\b(?:lives?|living|home|house|resides?|address|stays?|apartment|apt|vive|domicilio|casa|direcci[oó]n)\b/i;

function streetAddress(text: string): Span[] {
  return spansOf(STREET, text, (m) => near(text, m.index!, HOME_WORDS, 50));
}

const LICENCE = /\b[A-Z0-9]{1,3}[- ]?\d{5,12}\b/g;
const LICENCE_WORDS = /(?:driver'?s? ?licen[cs]e|\bDL\b|\bD\.L\.|licencia de (?:conducir|manejo)|license (?:no|number|#))[^.\n]{0,20}$/i;
function driversLicence(text: string): Span[] {
  return spansOf(LICENCE, text, (m) => near(text, m.index!, LICENCE_WORDS, 40));
}

const PASSPORT = /\b[A-Z]{0,3}\d{6,9}\b/gi;
function passport(text: string): Span[] {
  return spansOf(PASSPORT, text, (m) => {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    return near(text, m.index!, /(?:passport|pasaporte)[^.\n]{0,20}$/i, 40) || /^[^.\n]{0,25}(?:passport|pasaporte)/i.test(after);
  });
}

const EMPLOYEE_ID = /\b[A-Z]{0,3}-?\d{4,10}\b/g;
function employeeId(text: string): Span[] {
  return spansOf(EMPLOYEE_ID, text, (m) => near(text, m.index!, /(?:employee|badge|staff|personnel|empleado)\s*(?:id|no\.?|number|#|n[uú]mero)?[:#\s]*$/i, 30));
}

const MBI_ = /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/g;
const MBI = new RegExp(MBI_.source, 'gi');
function medicare(text: string): Span[] {
  return spansOf(MBI, text, () => true);
}

// Bitcoin addresses (legacy base58 and bech32); financial identifiers of a person.
const WALLET = /(?<![A-Za-z0-9])(?:[13][a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[ac-hj-np-z02-9]{11,71})(?![A-Za-z0-9])/g;
function cryptoWallet(text: string): Span[] {
  return spansOf(WALLET, text, (m) => m[0].startsWith('bc1') || (/[a-z]/.test(m[0]) && /[A-Z]/.test(m[0]) && /\d.*\d/.test(m[0].slice(1))));
}

const NIF_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const NIF = /\b([XYZ]?)-?(\d{7,8})-?([A-Z])\b/gi;
function spanishId(text: string): Span[] {
  return spansOf(NIF, text, (m) => {
    const [, p, num, l] = m;
    const prefix = p!.toUpperCase();
    if (prefix && num!.length !== 7) return false;
    const n = Number(({ X: '0', Y: '1', Z: '2' }[prefix] ?? '') + num);
    return NIF_LETTERS[n % 23] === l!.toUpperCase();
  });
}

// --- infrastructure --------------------------------------------------------------

const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\/\d{1,2})?(?![\w]|\.\d)/g;
const IPV6 = /(?<![\w:.])[0-9a-f:]{3,39}(?![\w:.])/gi;

/** A real IPv6 address: 8 groups, or fewer with one "::". */
function ipv6Valid(s: string): boolean {
  if (!s.includes(':') || /:::/.test(s)) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h ? h.split(':') : []));
  if (groups.some((g) => g.length < 1 || g.length > 4)) return false;
  return halves.length === 2 ? groups.length <= 7 && groups.length >= 1 : groups.length === 8;
}
// IPv6 written with its last 32 bits as a dotted quad ("::ffff:10.0.0.1", "64:ff9b::192.0.2.1").
const IPV6_V4 = /(?<![\w:.])([0-9a-f:]{1,30}:)((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?:\/\d{1,3})?(?![\w:]|\.\d)/gi;
const RESERVED_V4 = /^(?:0\.0\.0\.0|127\.0\.0\.1|255\.255\.255\.255)$/;

/** The IPv4 address an IPv4-mapped or -compatible IPv6 address stands for (::ffff:a.b.c.d, ::ffff:7f00:1), else null. */
function mappedV4(v6: string): string | null {
  const halves = v6.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const groups = halves.length === 2 ? [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail] : head;
  if (groups.length !== 8) return null;
  const n = groups.map((g) => parseInt(g, 16));
  const zeros = (k: number) => n.slice(0, k).every((g) => g === 0);
  // ::ffff:0:0/96 (mapped), ::ffff:0:0:0/96 (translated), ::/96 (compatible, not "::" or "::1").
  const mapped = (zeros(5) && n[5] === 0xffff) || (zeros(4) && n[4] === 0xffff && n[5] === 0) || (zeros(6) && n[6]! > 0);
  return mapped ? `${n[6]! >> 8}.${n[6]! & 255}.${n[7]! >> 8}.${n[7]! & 255}` : null;
}

function ipAddress(text: string): Span[] {
  // Embedded dotted quads first: the whole address is the finding, read as its IPv4 when mapped.
  const embedded: Span[] = [];
  const taken: Span[] = [];
  for (const m of text.matchAll(IPV6_V4)) {
    const [, head, v4] = m;
    if (!ipv6Valid(`${head}0:0`)) continue;
    taken.push({ start: m.index!, end: m.index! + m[0].length });
    const [a, b, c, d] = v4!.split('.').map(Number) as [number, number, number, number];
    const read = mappedV4(`${head}${(a * 256 + b).toString(16)}:${(c * 256 + d).toString(16)}`);
    if (!(read && RESERVED_V4.test(read))) embedded.push({ start: m.index!, end: m.index! + m[0].length });
  }
  const inside = (i: number) => taken.some((s) => i >= s.start && i < s.end);
  return [
    ...embedded,
    ...spansOf(IPV4, text, (m) => !inside(m.index!) && !RESERVED_V4.test(m[0]) && !near(text, m.index!, /\b(?:v(?:ersion)?|ver)\.? ?$/i, 10)),
    ...spansOf(IPV6, text, (m) => {
      if (!ipv6Valid(m[0]) || /^\d{1,2}:\d{2}(?::\d{2})?$/.test(m[0]) || /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/i.test(m[0])) return false;
      const v4 = mappedV4(m[0]);
      return !(v4 && RESERVED_V4.test(v4));
    }),
  ].sort((a, b) => a.start - b.start);
}

const MAC_GATE = /[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}\1|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\./;
const MAC = /(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])|(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.])/g;
function macAddress(text: string): Span[] {
  return spansOf(MAC, text, (m) => !/^(?:([0-9a-f])\1[:.-]?)+$/i.test(m[0].replace(/[:.-]/g, '')) || !/^(.)\1*$/i.test(m[0].replace(/[:.-]/g, '')));
}

// --- credentials -------------------------------------------------------------------

const PRIVATE_KEY = /-----BEGIN[ A-Z0-9]{0,20}PRIVATE KEY(?: BLOCK)?-----/g;
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,15}:\/\/([^\s:@/<>"'`]{1,64}):([^\s@/<>"'`]{1,128})@[A-Za-z0-9.-]+/gi;
const PLACEHOLDER = /^(?:x+|\*+|\.+|_+|-+|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%s|\$\w+|user(?:name)?|pass(?:word)?|password\d?|secret|changeme|example|your[_-]?\w*|my[_-]?\w*|test|dummy|null|none|true|false|redacted|\[redacted\]|\.\.\.)$/i;

function urlCredentials(text: string): Span[] {
  return spansOf(URL_CREDENTIALS, text, (m) => !PLACEHOLDER.test(m[2]!) && !/^\$|^\{/.test(m[2]!) && m[2] !== m[1]);
}

// Well-known token formats (vendors publish these prefixes so that scanners can find them).
const TOKEN_FORMATS = new RegExp(
  [
    String.raw`\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b`,
    String.raw`\bgh[pousr]_[A-Za-z0-9]{36,255}\b`,
    String.raw`\bgithub_pat_[A-Za-z0-9_]{22,255}\b`,
    String.raw`\bglpat-[A-Za-z0-9_-]{20,}`,
    String.raw`\bgl(?:ptt|rt|dt|ft|imt|agent|oas|cbt|soat)-[A-Za-z0-9_-]{20,}`,
    String.raw`\bxox[abposre](?:-[A-Za-z0-9]{1,40}){2,}`,
    String.raw`\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+`,
    String.raw`https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{20,}`,
    String.raw`\b[rs]k_(?:live|test|prod)_[A-Za-z0-9]{10,99}\b`,
    String.raw`\bsk-(?:proj-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{20,}`,
    String.raw`\bAIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])`,
    String.raw`\bsgp_local_[A-Fa-f0-9]{40}\b`,
    String.raw`\bs-s4t2(?:ud|af)-[a-f0-9]{64}\b`,
    String.raw`\bCLOJARS_[a-z0-9]{60}\b`,
    String.raw`\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b`,
    String.raw`\bABSK[A-Za-z0-9+/]{100,}`,
    String.raw`\bbedrock-api-key-[A-Za-z0-9+/=]{20,}`,
    String.raw`\bGR1348941[A-Za-z0-9_-]{20,}`,
    String.raw`https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{20,}`,
    String.raw`\bhf_[A-Za-z]{34}\b`,
    String.raw`\bapi_org_[A-Za-z]{34}\b`,
    String.raw`\bnpm_[A-Za-z0-9]{36}\b`,
    String.raw`\bpypi-AgE[A-Za-z0-9_-]{50,}`,
    String.raw`\bSG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}\b`,
    String.raw`\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.?[A-Za-z0-9_-]*`,
    // Discord bot tokens: base64 user id . timestamp . HMAC (newer ids no longer start with M/N/O).
    String.raw`\b[A-Za-z0-9_-]{24,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}\b`,
    String.raw`\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b`,
    String.raw`\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b`,
    String.raw`\bsq0(?:atp|csp)-[A-Za-z0-9_-]{22,60}\b`,
    String.raw`\bEAA[A-Za-z0-9]{30,}`,
    String.raw`\bdop_v1_[a-f0-9]{64}\b`,
    String.raw`\bhvs\.[A-Za-z0-9_-]{90,}|\bhvb\.[A-Za-z0-9_-]{130,}`,
    String.raw`\bops_eyJ[A-Za-z0-9+/=]{50,}`,
    String.raw`\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b`,
    String.raw`\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b`,
    String.raw`\bsntry[su]?_[A-Za-z0-9+/=_]{30,}`,
    String.raw`\bsgp_[a-fA-F0-9]{16}_[a-fA-F0-9]{40}\b|\bsgp_[a-fA-F0-9]{40}\b`,
    String.raw`\bsnyk_[a-z]{3}_[A-Za-z0-9]{20,}`,
    String.raw`\bdapi[a-f0-9]{32}(?:-\d)?\b`,
    String.raw`\bpplx-[A-Za-z0-9]{48}\b`,
    String.raw`\bglc_[A-Za-z0-9+/]{32,400}={0,2}`,
    String.raw`\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b`,
    String.raw`\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9=_-]{60,70}\b`,
    String.raw`\bHRKU-(?:AA)?[A-Za-z0-9_-]{58,60}\b`,
    String.raw`\bntn_[0-9]{11}[A-Za-z0-9]{35}\b|\bsecret_[A-Za-z0-9]{43}\b`,
    String.raw`\bfo1_[A-Za-z0-9_-]{43}\b|\bFlyV1 fm\d[a-z]?_[A-Za-z0-9+/=,_-]{100,}`,
    String.raw`\bico-[A-Za-z0-9]{32}\b`,
    String.raw`\bsha256~[A-Za-z0-9_-]{43}\b`,
    String.raw`\bAKCp[A-Za-z0-9]{69}\b|\bcmVmd[A-Za-z0-9]{59}\b`,
    String.raw`\b[a-f0-9]{32}-us\d{1,2}\b`,
    String.raw`(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`,
    String.raw`\bBUNDLE_[A-Z0-9_]+__COM\s*[:=]\s*"?[a-z0-9]{6,}:[a-z0-9]{6,}`,
  ].join('|'),
  'g',
);

function tokenFormats(text: string): Span[] {
  return spansOf(TOKEN_FORMATS, text, (m) => !/(?:x{6,}|X{6,}|\*{4,}|0{10,}|(?:abcd){3,})/.test(m[0]) || m[0].startsWith('AKIA'));
}

// key = value, key: "value", password is value, curl -u user:pass, Authorization: Bearer …
const SECRET_KEY = String.raw`(?:[A-Za-z0-9_.-]*(?:pass(?:word|wd|phrase)?|pwd|pw|key|secret|token|login|access[_.-]?id|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|client[_.-]?secret|auth[_.-]?key|credentials?|contrase[nñ]a|clave)[A-Za-z0-9_.-]*)`;
const ASSIGNMENT = new RegExp(
  String.raw`(?<![A-Za-z0-9])${SECRET_KEY}["']?\s*(?:===|!==|==|!=|:{1,3}=|\?=|=>|[:=]|\s+is\s+|\s+es\s+)\s*(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s"',;]{4,200}))`,
  'gi',
);
const PROSE_ASSIGNMENT = /^\S+["']?\s+(?:is|es)\s/i;
// "la contraseña nueva del Facebook de Bomberos es Bomberos!77": one to six words between the key and "is/es/:".
// Up to twelve words ("la clave para entrar al portal de proveedores es la misma de siempre: Ciudad123"), an
// adverb before the value ("is literally password123"); "contra" is Mexican Spanish for contraseña.
const PROSE_KEY = String.raw`(?<![A-Za-z0-9])(?:pass(?:word|phrase|code)s?|pwd?|contrase[nñ]as?|clave|contra)`;
const PROSE_GAP = new RegExp(
  String.raw`${PROSE_KEY}(?:[ \t]+[^\s.!?:;,=]{1,30}){0,12}?(?:[ \t]+(?:is|es)[ \t]+(?:(?:still|just|literally|now|simply|ya|todav[ií]a|ahora)[ \t]+)?|[ \t]*:[ \t]*)([^\s"',;]{4,64})`,
  'gi',
);
// A question, then its answer: "Wifi password? Welcome1", "¿Cuál es la clave del sistema? Es Nomina#55",
// "what's the door code for the gym? A: 1-9-8-4". Digits alone count only after a code or PIN.
const QUESTION_ANSWER = new RegExp(
  String.raw`(?<![A-Za-z0-9])(pass(?:word|phrase|code)s?|pwd?|contrase[nñ]as?|clave|contra|wi-?fi|log ?in|host key|(?:door|gate|alarm|lock|keypad|voicemail|access|entry|security|verification|2fa|mfa|host|wifi)[ \t]+code|pin|nip|c[oó]digo(?:[ \t]+de[ \t]+(?:la[ \t]+)?(?:alarma|puerta|acceso|entrada|verificaci[oó]n|seguridad|buz[oó]n))?)(?![A-Za-z0-9])[^?\n.!]{0,60}\?[ \t]*(?:(?:a|answer|respuesta|r)[ \t]*[:.-][ \t]*|(?:it'?s|it is|es|is)[ \t]+)?["']?([^\s"',;?¿]{4,64})`,
  'gi',
);
// A user name then its password: "user jramirez pass Tacos4ever", "usuario biblio.centro y contra Lectura2023".
const USER_PASS = /(?<![A-Za-z0-9])(?:user(?:name)?|usuario|login|user ?id)[ \t]*[:=]?[ \t]*["']?[A-Za-z0-9_.@-]{2,40}["']?[ \t]*[,;/]?[ \t]*(?:(?:and|y|with|con|&)[ \t]+)?(?:(?:the|la|el)[ \t]+)?(?:pass(?:word)?|pwd?|contrase[nñ]a|clave|contra)(?![A-Za-z0-9])[ \t]*[:=]?[ \t]*["']?([^\s"',;]{4,64})/gi;
// "log in as 'library' with 'Books4All'", "entra como biblio con Libros2025".
const LOGIN_AS = /(?<![A-Za-z0-9])(?:log(?:ged)?[ -]?in|sign(?:ed)?[ -]?in|entr[ae]n?)[ \t]+(?:as|como)[ \t]+["']?[A-Za-z0-9_.@-]{2,40}["']?[ \t]+(?:with|and|con|y)[ \t]+(?:(?:the[ \t]+|la[ \t]+)?(?:password|pass|pw|contrase[nñ]a|clave)[ \t]+)?["']?([^\s"',;]{4,64})/gi;
// An account and its password with a slash: "admin / Welcome1", "@EPStreets / StreetsRock!7".
const SLASH_PAIR = /(?<![\w@/])(?:@[A-Za-z0-9_.]{2,30}|admin|administrator|root|guest|user(?:name)?|usuario)[ \t]*\/[ \t]*([^\s/"',;]{4,64})/gi;
// Round 6 (issue #12): any user name / password pair in a sentence about logging in ("just use mine: jvaldez /
// Timecard88", "the login for the handhelds is still meter/meter"): the pair alone is too common ("N95/KN95").
const ANY_SLASH_PAIR = /(?<![\w@/.:-])([A-Za-z][A-Za-z0-9_.-]{2,30})[ \t]*\/[ \t]*([^\s/"',;]{4,64})/g;
const LOGIN_CONTEXT = /\b(?:log ?ins?|logon|sign ?in|user(?:name)?s?|usuarios?|accounts?|cuentas?|passwords?|contrase[nñ]as?|claves?|creds|credentials|use mine|usa el m[ií]o|usen el m[ií]o|acceso|entrar)\b/i;
// "user + Welcome01", "usuario + Nomina#55".
const USER_PLUS = /(?<![A-Za-z0-9])(?:user(?:name)?|usuario|login)[ \t]*\+[ \t]*["']?([^\s"',;]{4,64})/gi;
// The user a clause before its password: "el usuario pa entrar al sistema es inspector1 y la clave inspector1".
const USER_THEN_KEY = /(?<![A-Za-z0-9])(?:user(?:name)?|usuario|login)\b[^.!?\n]{0,80}?[ \t,](?:y|and|con|with)[ \t]+(?:(?:la|el|the|su|tu|my|mi)[ \t]+)?(?:pass(?:word)?|pwd?|contrase[nñ]a|clave|contra)[ \t]+(?:(?:es|is)[ \t]+)?["']?([^\s"',;]{4,64})/gi;
// The key right before a strong value ("the temp password Changeme2025"), or after a comma
// ("my banking password the same as my work one, Tigers#1990"): only values a person would not write as a word.
const KEY_THEN_VALUE = new RegExp(String.raw`${PROSE_KEY}(?:(?:[ \t]+[^\s.!?:;,=]{1,30}){0,10}?[ \t]*,)?[ \t]+([^\s"',;]{6,64})(?=[\s,.;!?]|$)`, 'gi');
/** Letters and digits in one token: what a password read in prose looks like (not a URL, not a placeholder). */
const looksLikeSecret = (v: string) => /[A-Za-z]/.test(v) && /\d/.test(v) && !PLACEHOLDER.test(v) && !/:\/\/|^\/\/|^www\.|^@/i.test(v);
/** Mixed case with a digit, or a symbol with letters and a digit ("Changeme2025", "Tigers#1990"; not "2fa", "covid19"). */
const strongSecret = (v: string) => looksLikeSecret(v) && ((/[a-z]/.test(v) && /[A-Z]/.test(v)) || /[^\w.-]/.test(v));
/** A 4-8 digit code, possibly spelled with dashes ("1-9-8-4"); not a year after "in"/"since". */
const digitCode = (v: string) => /^\d(?:[-\s]?\d){3,7}#?$/.test(v);
const EMBEDDED_SHORT_KEY = /^[A-Za-z0-9]*[A-Za-z](?<!api|auth|access|secret|private|master|wifi|ssh|app|db)(?:key|pwd?|pass|token|login)s?["']?\s/i;
// Names that only ever hold a secret (config keys, env variables); a config line's whole value is the secret.
const SECRET_NAME = String.raw`[A-Za-z0-9_.-]*(?:secret[_.-]?access[_.-]?key|secret[_.-]?key|client[_.-]?secret|api[_.-]?secret|app[_.-]?secret|consumer[_.-]?secret|access[_.-]?token|auth[_.-]?token|refresh[_.-]?token|private[_.-]?key|api[_.-]?key|master[_.-]?key|signing[_.-]?key|encryption[_.-]?key|db[_.-]?pass(?:word)?)`;
const CONFIG_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:export[ \t]+)?["']?(${SECRET_NAME})["']?[ \t]*[:=][ \t]*([^\s"'#][^\n#]{3,200})`, 'gi');
// Words that describe the value rather than being it (API docs: "client_secret: string, required").
const DOC_VALUE = /^(?:string|str|text|required|optional|int|integer|number|bool|boolean|object|array|null|none|nil|undefined|see\b|the\b|a\b|an\b|your\b|this\b|set\b|enter\b|insert\b|replace\b|todo\b|tbd\b|n\/a)/i;
const REVERSED = new RegExp(String.raw`(["'])([^"'\n]{4,200})\1\s*(?:===|!==|==|!=)\s*${SECRET_KEY}(?![A-Za-z0-9])`, 'gi');
const CLI_FLAG = /--[a-z-]*(?:key|token|secret|password)[a-z-]*[= ]["']?([^\s"']{8,})/gi;
// The user and the password may be quoted separately: --user "{id}":"{secret}".
const CURL_USER = /(?:-u|--user)\s+["']?([^\s"':]{1,64})["']?:["']?([^\s"']{1,128})["']?/g;
// One side empty: -u ":secret", or a key as the user with no password (Stripe-style -u sk_live_…:).
const CURL_ONE_SIDED = /(?:-u|--user)\s+(["']?)(?::([^\s"':]{8,128})|([^\s"':]{8,128}):)\1(?=[\s\\]|$)/g;
const AUTH_HEADER = /\bAuthorization:?\s*(?:Bearer|Basic|Token)\s+([A-Za-z0-9._~+/=-]{8,})/gi;
// A header value with another scheme ("Authorization: sha256~…"): only as a header, and only a value
// that mixes letters with digits or symbols, so prose ("authorization: required") is left alone.
const AUTH_HEADER_ANY = /\bAuthorization:\s*(?!Bearer\b|Basic\b|Token\b)([A-Za-z0-9._~+/=@-]{12,})/gi;
// A Google Cloud service-account key file pasted whole (the file's own marker).
const SERVICE_ACCOUNT_FILE = /"type"\s*:\s*"service_account"/g;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/** Whether the lower-cased text holds one of `words`: a necessary condition for a case-insensitive regex that needs one of them. */
const holds = (lower: string, words: readonly string[]) => words.some((w) => lower.includes(w));
// The key words each regex below needs, lower case (ASSIGNMENT: SECRET_KEY's; prose keys: PROSE_KEY's).
const ASSIGNMENT_KEYS = ['pass', 'pw', 'key', 'secret', 'token', 'login', 'access', 'credential', 'contrase', 'clave'];
const PROSE_KEYS = ['pass', 'pw', 'contra', 'clave'];
const USER_KEYS = ['user', 'usuario', 'login'];
const LOGIN_KEYS = ['log', 'sign', 'entr'];
const CONFIG_KEYS = ['secret', 'token', 'key', 'pass'];
const NONE: readonly RegExpMatchArray[] = [];

function credentialAssignment(text: string): Span[] {
  return credentialsIn(text, false);
}

/** credential_assignment's spans; `everywhere`: every regex over the whole text, the key words not asked first (tests). */
function credentialsIn(text: string, everywhere: boolean): Span[] {
  const spans: Span[] = [];
  // Each scan below runs only when the text holds a word every match of it holds (a long
  // draft need not be read a dozen times for shapes whose key word it never uses).
  const lower = text.toLowerCase();
  const prose = holds(lower, PROSE_KEYS);
  const all = (re: RegExp, needed: boolean) => (needed || everywhere ? text.matchAll(re) : NONE);
  for (const m of all(ASSIGNMENT, holds(lower, ASSIGNMENT_KEYS))) {
    const quoted = m[1] ?? m[2];
    // Unquoted, a sentence's closing punctuation is not part of the value ("the password is hunter2.");
    // "!" and "?" may be (Summer2024!), so they stay in the span but don't make a word look like a secret.
    const value = quoted ?? m[3]!.replace(/(?<=\w)[.,:;)]+$/, '');
    const core = quoted ?? value.replace(/(?<=\w)[.!?,:;)]+$/, '');
    if (PLACEHOLDER.test(value) || /^[$%{<]|^\w+\(|^(?:null|undefined|true|false|none)$/i.test(value)) continue;
    // In prose ("… is …") a short key word inside a longer word is another word: "the turkey is", "my compass is".
    if (quoted === undefined && PROSE_ASSIGNMENT.test(m[0]) && EMBEDDED_SHORT_KEY.test(m[0])) continue;
    // Unquoted prose ("the password is simple") needs to look like a secret: digits or symbols mixed in, or entropy.
    if (quoted === undefined && !/\d|[^\w\s]/.test(core) && entropy(core) < 3) continue;
    if (quoted === undefined && /^[a-z]+$/.test(core) && core.length < 6) continue;
    const offset = m[0].lastIndexOf(value);
    spans.push({ start: m.index! + offset, end: m.index! + offset + value.length });
  }
  for (const m of all(PROSE_GAP, prose)) {
    // Words between the key and the value ("the password for the payroll portal is Harlingen#1"): a
    // sentence goes on with ordinary words, so only a value with both letters and digits counts.
    const value = m[1]!.replace(/(?<=\w)[.,:;)]+$/, '');
    const core = value.replace(/(?<=\w)[.!?,:;)]+$/, '');
    if (PLACEHOLDER.test(core) || !/[A-Za-z]/.test(core) || !/\d/.test(core) || /:\/\/|^\/\/|^www\./i.test(core)) continue;
    const offset = m[0].lastIndexOf(value);
    spans.push({ start: m.index! + offset, end: m.index! + offset + value.length });
  }
  // Prose shapes (issue #12): a question then its answer, user + pass, "log in as", "admin / X", a strong value after the key.
  if (text.includes('?')) {
    for (const m of text.matchAll(QUESTION_ANSWER)) {
      const value = m[2]!.replace(/(?<=\w)[.!,:;)]+$/, '');
      const codeKey = /code|pin|nip|c[oó]digo|key/i.test(m[1]!);
      if (!(looksLikeSecret(value) || (codeKey && digitCode(value)))) continue;
      const offset = m[0].lastIndexOf(m[2]!);
      spans.push({ start: m.index! + offset, end: m.index! + offset + value.length });
    }
  }
  const pairs: [RegExp, boolean][] = [
    [USER_PASS, prose && holds(lower, USER_KEYS)],
    [LOGIN_AS, holds(lower, LOGIN_KEYS) && (lower.includes('as') || lower.includes('como'))],
    [SLASH_PAIR, text.includes('/')],
    [USER_PLUS, text.includes('+') && holds(lower, USER_KEYS)],
    [USER_THEN_KEY, prose && holds(lower, USER_KEYS)],
  ];
  for (const [re, needed] of pairs) {
    for (const m of all(re, needed)) {
      const value = m[1]!.replace(/(?<=\w)[.!,:;)]+$/, '');
      if (!looksLikeSecret(value)) continue;
      const offset = m[0].lastIndexOf(m[1]!);
      spans.push({ start: m.index! + offset, end: m.index! + offset + value.length });
    }
  }
  for (const m of all(ANY_SLASH_PAIR, text.includes('/'))) {
    const user = m[1]!;
    const value = m[2]!.replace(/(?<=\w)[.!,:;)]+$/, '');
    // The same word twice is a default login ("meter/meter"); otherwise the value must look like a password.
    const twin = value.toLowerCase() === user.toLowerCase() && /^[A-Za-z]/.test(value);
    // A path ("parks/rec2024") has a lower-case tail: a password read here needs mixed case or a symbol.
    if (!(strongSecret(value) || twin) || PLACEHOLDER.test(value) || text[m.index! + m[0].length] === '/') continue;
    if (!near(text, m.index! + m[0].length, LOGIN_CONTEXT, 160)) continue;
    const offset = m[0].lastIndexOf(m[2]!);
    spans.push({ start: m.index! + offset, end: m.index! + offset + value.length });
  }
  for (const m of all(KEY_THEN_VALUE, prose)) {
    const value = m[1]!.replace(/(?<=\w)[.!,:;)]+$/, '');
    if (!strongSecret(value.replace(/[.!?]+$/, ''))) continue;
    const offset = m[0].lastIndexOf(m[1]!);
    spans.push({ start: m.index! + offset, end: m.index! + offset + value.length });
  }
  for (const m of all(CURL_USER, text.includes('-u'))) {
    // "{password}" is a template's blank; "{ZqL5kVrX1n8tA2}" is a secret in braces.
    if (PLACEHOLDER.test(m[2]!) || PLACEHOLDER.test(m[1]!) || /^[$<]|^\{[A-Za-z_ -]*\}$/.test(m[2]!) || m[2]!.length < 3) continue;
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of all(CONFIG_LINE, holds(lower, CONFIG_KEYS))) {
    // Identifier-style names only ("client_secret", "AWS_SECRET_ACCESS_KEY", "clientSecret"), not prose.
    const name = m[1]!;
    if (!/[_.-]|[a-z][A-Z]|^[A-Z0-9_]+$/.test(name)) continue;
    const value = m[2]!.trimEnd().replace(/[,;]$/, '');
    if (value.length < 4 || PLACEHOLDER.test(value) || DOC_VALUE.test(value) || /^[$%{<[(]|^\w+\(|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$|[xX*]{4,}/.test(value)) continue;
    const offset = m[0].lastIndexOf(value);
    spans.push({ start: m.index! + offset, end: m.index! + offset + value.length });
  }
  for (const m of all(CURL_ONE_SIDED, text.includes('-u'))) {
    // The lone value must look like a key, not a user name: letters with digits, and mixed case or symbols or length.
    const v = m[2] ?? m[3]!;
    if (PLACEHOLDER.test(v) || /^[$<{[%(]/.test(v) || !/[A-Za-z]/.test(v) || !/\d/.test(v)) continue;
    if (!(/[a-z]/.test(v) && /[A-Z]/.test(v)) && !/[^\w]/.test(v) && v.length < 16) continue;
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  // Every reversed comparison has "==" or "!=" ("==="/"!==" hold them): a scan of a long
  // draft without one (4 ms per 100,000 characters) is skipped.
  const compares = text.includes('==') || text.includes('!=');
  for (const m of compares ? text.matchAll(REVERSED) : []) {
    if (PLACEHOLDER.test(m[2]!)) continue;
    spans.push({ start: m.index! + 1, end: m.index! + 1 + m[2]!.length });
  }
  for (const m of all(CLI_FLAG, text.includes('--'))) {
    if (PLACEHOLDER.test(m[1]!) || /^[$<{]/.test(m[1]!)) continue;
    const offset = m[0].lastIndexOf(m[1]!);
    spans.push({ start: m.index! + offset, end: m.index! + offset + m[1]!.length });
  }
  const header = lower.includes('authorization');
  for (const m of all(AUTH_HEADER, header)) {
    if (/^(?:x+|\$\w+|<.*>|\$\{.*\})$/i.test(m[1]!)) continue;
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of all(AUTH_HEADER_ANY, header)) {
    const v = m[1]!;
    if (!/[A-Za-z]/.test(v) || !/[\d~+/=@]/.test(v) || /^(?:x+|\*+)$/i.test(v)) continue;
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of all(SERVICE_ACCOUNT_FILE, text.includes('service_account'))) spans.push({ start: m.index!, end: m.index! + m[0].length });
  // The prose shapes overlap ("user: X pass: Y" is also "pass: Y"): one span per value.
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(`${s.start}:${s.end}`) && !!seen.add(`${s.start}:${s.end}`));
}

// A long random-looking string near a key word ("token", "key", "secret", "contraseña").
const CANDIDATE = /(?<![A-Za-z0-9+/_.=-])[A-Za-z0-9+/_.=~-]{20,200}(?![A-Za-z0-9+/_.=~-])/g;
const KEY_WORDS = /(?:key|token|secret|password|passwd|pwd|credential|auth|bearer|api|login|facebook|sourcegraph|contrase[nñ]a|clave)/i;
function highEntropy(text: string): Span[] {
  return spansOf(CANDIDATE, text, (m) => {
    const v = m[0];
    if (!/\d/.test(v) || !/[A-Za-z]/.test(v) || /^(?:[a-z]+[._-])+[a-z]+$/i.test(v) || /^https?/.test(v)) return false;
    if (/(?:x{5,}|X{5,}|\*{4,}|0{8,})/.test(v)) return false;
    // A long string of random upper- and lower-case letters and digits is a secret even without a key word.
    const random = v.length >= 30 && /[a-z]/.test(v) && /[A-Z]/.test(v) && entropy(v) >= 4.2 && !/[/.]/.test(v);
    return random || (entropy(v) >= 3.5 && near(text, m.index!, KEY_WORDS, 40));
  });
}

const SECURITY_CODE = /\b(?:alarm|door|gate|keypad|lock|access|entry|vault|safe|building|c[oó]digo(?: de (?:la )?(?:alarma|puerta|acceso))?)\s*(?:code|pin|combo|combination)?\s*(?:is|es|:|=|#)?\s*(\d{4,8}#?)\b/gi;
function accessCode(text: string): Span[] {
  return spansOf(SECURITY_CODE, text, (m) => /code|pin|combo|combination|c[oó]digo/i.test(m[0]), 1);
}

/**
 * A cheap test that must pass before a detector runs (each gate only asks for
 * something every match of that detector contains, so it never changes the result).
 */
function gated(gate: RegExp | ((text: string, runs: Runs) => boolean), detect: Detector): Detector {
  if (typeof gate !== 'function') return (text) => (gate.test(text) ? detect(text) : []);
  // The runs are measured by the tokenizer on the way (evaluate passes them), else here once.
  return (text, runs) => (gate(text, runs ?? runsOf(text)) ? detect(text) : []);
}

// Many gates ask about the same text: its longest runs (runs.ts) are measured once and passed in.
/** Whether the text has a run of at least `min` token characters (letters, digits, _ . ~ + / = : -). */
const hasLongRun = (r: Runs, min: number) => r.token >= min;
/** The longest run of ASCII digits (what `\d{n}` needs): a prefilter for the number detectors. */
const digitRun = (r: Runs) => r.digits;
const hasDigit = (t: string) => /\d/.test(t);

const DIGITS4 = /\d[\d\s().-]{2,}\d/;

/**
 * The plain reading of credential_assignment (every regex over the whole text, no key word asked
 * first): what its gated reading must agree with (tests/unit/engine.firstSight.test.ts).
 */
export const WHOLE_TEXT = {
  credentialAssignment: (text: string): Span[] => credentialsIn(text, true),
  credentialAssignmentRead: credentialAssignment,
};

export const DETECTORS: Record<DetectorId, Detector> = {
  us_phone: gated((_t, r) => digitRun(r) >= 3, usPhone),
  ssn: gated((_t, r) => digitRun(r) >= 3, ssn),
  itin: gated((t, r) => digitRun(r) >= 3 && /9\d{2}/.test(t), itin),
  payment_card: gated(DIGITS4, paymentCard),
  iban: gated(/[A-Z]{2}\d{2}/, iban),
  aba_routing: gated((t, r) => digitRun(r) >= 9 || (digitRun(r) >= 4 && /\d{4}-\d{4}-\d/.test(t)), abaRouting),
  bank_account: gated((_t, r) => digitRun(r) >= 8, bankAccount),
  // EMAIL's domain starts right after "@" with a label and a dot: "@name" mentions alone never
  // run its scan (a lookbehind at every letter, each reading up to 64 characters ahead).
  email: gated(/@[A-Za-z0-9-]{1,63}\./, email),
  // Every DATE form has four digits in a row or digit, separator, digit.
  date_of_birth: gated((t, r) => hasDigit(t) && (digitRun(r) >= 4 || /\d[/.-]\d/.test(t)) && DOB_WORDS.test(t), dateOfBirth),
  // STREET starts with a house number then a capitalised word: "12 Oak", "12 N. Oak".
  street_address: gated((t, r) => digitRun(r) >= 1 && /\d [A-Z]/.test(t) && HOME_WORDS.test(t), streetAddress),
  drivers_license: gated((t, r) => digitRun(r) >= 5 && /licen[cs]|\bD\.?L\b/i.test(t), driversLicence),
  passport: gated((t, r) => digitRun(r) >= 6 && /pas(?:s|a)port/i.test(t), passport),
  employee_id: gated((t, r) => digitRun(r) >= 4 && /employee|badge|staff|personnel|empleado/i.test(t), employeeId),
  medicare_id: gated((t, r) => digitRun(r) >= 1 && /\d[A-Za-z]/.test(t), medicare),
  spanish_id: gated((_t, r) => digitRun(r) >= 7, spanishId),
  crypto_wallet: gated((_t, r) => hasLongRun(r, 14), cryptoWallet),
  ip_address: gated(/\d\.\d|[0-9a-f]:[0-9a-f]|::/i, ipAddress),
  // Every MAC form holds two hex pairs each followed by the same separator, or "hhhh.hhhh.": a
  // long run alone (any URL) ran MAC's scan, a lookbehind at every position.
  mac_address: gated((t, r) => hasLongRun(r, 14) && MAC_GATE.test(t), macAddress),
  private_key: gated(/PRIVATE KEY/, (t) => spansOf(PRIVATE_KEY, t, () => true)),
  // Bounded like URL_CREDENTIALS (user ≤ 64, password ≤ 128): an unbounded [^\s]* rescanned
  // to the end of the text from every "://", quadratic ("http://" × 30,000 took 20 s).
  url_credentials: gated(/:\/\/[^\s@]{0,200}@/, urlCredentials),
  token_format: gated((t, r) => hasLongRun(r, 16) || /xox|xapp|BUNDLE_/.test(t), tokenFormats),
  // The gate must admit every key word of SECRET_KEY (access ids and logins included).
  credential_assignment: gated(/pass|pwd|pw|key|secret|token|credential|contra|clave|log ?in|sign ?in|entr[ae]|user|usuario|admin|root|guest|access|code|c[oó]digo|pin|nip|@[\w.]+\s*\/|-u\s|--user|authoriz|service_account|account|cuenta|use mine|el m[ií]o/i, credentialAssignment),
  high_entropy_secret: gated((_t, r) => hasLongRun(r, 20), highEntropy),
  access_code: gated((t, r) => digitRun(r) >= 4 && /code|pin|combo|combination|c[oó]digo/i.test(t), accessCode),
};
