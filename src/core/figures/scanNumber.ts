// Reading digit strings in wire copy: Arabic-Indic digits, thousands groups (one consistent separator), decimal marks,
// and the rounding a stated figure implies.
import { SCALE_WORDS } from './numbers';

/** Replaces Arabic-Indic digits and the Arabic decimal/thousands marks with ASCII ones; one code unit each, so offsets hold. */
export function asciiDigits(s: string): string {
  if (!/[\u0660-\u066C\u06F0-\u06F9]/.test(s)) return s;
  return s.replace(/[\u0660-\u066C\u06F0-\u06F9]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    if (code > 0x0669 && code < 0x06f0) return c; // U+066A (Arabic percent) stays as is
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

export interface ScannedNumber {
  /** Index after the last character of the number. */
  end: number;
  value: number;
  /** Integer digits without separators, for the rounding rule. */
  intDigits: string;
  /** Count of digits after the decimal mark. */
  decimals: number;
  grouped: boolean;
}

const GROUP_SEPS = ',. \u00A0\u202F\u2009';
const PERCENT_WORDS = new Set(['percent', 'per', 'pct', 'percentage']);

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function digitRun(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s[j])) j++;
  return j;
}

/** Lower-case letters of the word after index i (skipping spaces), capped so a huge text costs nothing. */
function wordAfter(s: string, i: number): string {
  let j = i;
  while (j < s.length && j < i + 3 && (s[j] === ' ' || s[j] === '\u00A0')) j++;
  const m = /^[A-Za-z]{1,12}/.exec(s.slice(j, j + 12));
  return m ? m[0].toLowerCase() : '';
}

/**
 * Reads a number at s[i] (a digit). Groups of exactly three digits after 1–3 leading digits, with one consistent
 * separator; a plain space groups only when spaceGroups. A lone ".ddd" is a European thousands group only before a
 * counted word ("1.200 people"), otherwise an English decimal. Linear, no regex backtracking.
 */
export function scanNumber(s: string, i: number, spaceGroups: boolean): ScannedNumber {
  let j = digitRun(s, i);
  let intDigits = s.slice(i, j);
  let sep: string | undefined;
  if (j - i <= 3) {
    for (;;) {
      const c = s[j];
      if (c === undefined || !GROUP_SEPS.includes(c) || (sep !== undefined && c !== sep)) break;
      if (c === ' ' && !spaceGroups) break;
      const k = digitRun(s, j + 1);
      if (k - (j + 1) !== 3) break;
      if (
        c === '.' &&
        sep === undefined &&
        !(s[k] === '.' && digitRun(s, k + 1) - (k + 1) === 3) &&
        !(s[k] === ',' && isDigit(s[k + 1]))
      ) {
        const w = wordAfter(s, k);
        if (!w || Object.hasOwn(SCALE_WORDS, w) || PERCENT_WORDS.has(w) || intDigits === '0') break;
      }
      sep = c;
      intDigits += s.slice(j + 1, k);
      j = k;
    }
  }
  let decimals = '';
  const decMark = sep === '.' ? ',' : '.';
  if (s[j] === decMark && isDigit(s[j + 1])) {
    const k = digitRun(s, j + 1);
    decimals = s.slice(j + 1, k);
    j = k;
  } else if (sep === undefined && s[j] === ',' && isDigit(s[j + 1])) {
    // European decimal comma only before a scale word: "1,5 million".
    const k = digitRun(s, j + 1);
    if (k - (j + 1) <= 2 && Object.hasOwn(SCALE_WORDS, wordAfter(s, k))) {
      decimals = s.slice(j + 1, k);
      j = k;
    }
  }
  const value = Number(intDigits + (decimals ? '.' + decimals : ''));
  return { end: j, value, intDigits, decimals: decimals.length, grouped: sep !== undefined };
}

/**
 * Rounding rule: a figure is approximate to half a unit of its last significant digit ("1,200" → ±50,
 * "1.5 million" → ±50,000, "3m" → ±500,000); an integer with no trailing zeros ("33,207") is exact.
 */
export function roundingHalfUnit(intDigits: string, decimals: number, scale: number): number {
  if (decimals > 0) return 0.5 * 10 ** -decimals * scale;
  let first = 0;
  while (first < intDigits.length - 1 && intDigits[first] === '0') first++;
  let zeros = 0;
  for (let i = intDigits.length - 1; i > first && intDigits[i] === '0'; i--) zeros++;
  if (zeros === 0 && scale === 1) return 0;
  return 0.5 * 10 ** zeros * scale;
}
