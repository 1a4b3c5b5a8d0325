import type { DetectorId } from '../schema';

/** A span found by a detector, in the text it was given. */
export interface Span {
  start: number;
  end: number;
}

export type Detector = (text: string) => Span[];

// North American numbers: optional +1, area code and exchange may not start with 0/1.
const US_PHONE = /(?<![\d-])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-](\d{4})(?![\d-])/g;

/** Area codes and exchanges of the form N11 (311, 911…) are service codes, not personal lines. */
function isServiceCode(three: string): boolean {
  return three[1] === '1' && three[2] === '1';
}

function usPhone(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(US_PHONE)) {
    const [, area, exchange] = m;
    if (isServiceCode(area!) || isServiceCode(exchange!)) continue;
    // 555-0100…0199 is reserved for fiction.
    if (exchange === '555' && m[3]!.startsWith('01')) continue;
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return spans;
}

const SSN = /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])/g;
// Numbers published as examples (Woolworth wallet card, the 1962 ad), never real.
const SAMPLE_SSNS = new Set(['078-05-1120', '219-09-9999']);

function ssn(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SSN)) {
    const [whole, area, group, serial] = m;
    if (area === '000' || area === '666' || area![0] === '9') continue;
    if (group === '00' || serial === '0000' || SAMPLE_SSNS.has(whole)) continue;
    spans.push({ start: m.index!, end: m.index! + whole.length });
  }
  return spans;
}

export const DETECTORS: Record<DetectorId, Detector> = { us_phone: usPhone, ssn };
