/**
 * The longest run of token characters ([0-9:A-Za-z_.~+/=-], what secrets and IDs are made
 * of) and of ASCII digits in a text: cheap prefilters for the detectors. normalize() measures
 * them while it reads the draft anyway and hands them over (evaluate → detectors), so the
 * detectors don't read it once more.
 */
export interface Runs {
  text: string;
  token: number;
  digits: number;
}

/** Per ASCII character: 1 a token character, 2 a digit (3 both). */
export const RUN_KIND = new Uint8Array(128);
for (const c of '0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.~+/=-') RUN_KIND[c.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++) RUN_KIND[c] = 3;

/** Measured here when the tokenizer did not (a detector called on its own). */
export function runsOf(text: string): Runs {
  let run = 0;
  let token = 0;
  let digit = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? RUN_KIND[c]! : 0;
    if (kind & 1) {
      if (++run > token) token = run;
    } else run = 0;
    if (kind & 2) {
      if (++digit > digits) digits = digit;
    } else digit = 0;
  }
  return { text, token, digits };
}
