// Number parsing for wire copy: digit strings with grouping, number words, scales, and the intervals a wording allows.

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
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  tn: 1e12,
  trn: 1e12,
};
/** Scale abbreviations only count when glued to the digits ("3m", "$18.5bn"); "3 m" is more likely metres. */
export const SCALE_SUFFIXES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  tn: 1e12,
  trn: 1e12,
};
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

export const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** "two" … "twenty" as counts, shared by story features and casualty tolls ("zero" and "one" count nothing there). */
export const TWO_TO_TWENTY: Readonly<Record<string, number>> = Object.fromEntries([
  ...Object.entries(UNITS).filter(([, n]) => n >= 2),
  ['twenty', TENS.twenty!],
]);
export const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  dozen: 12,
};
export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100,
  thousandth: 1000,
};
/** Denominators of share words ("a third", "two-thirds", "three quarters"). */
export const FRACTIONS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};

/** Vague plurals: [words, low, high]. The value of a vague figure is its low end. "scores" counts only before "of". */
export const VAGUE: readonly [string, number, number][] = [
  ['tens of thousands', 20000, 99999],
  ['hundreds of thousands', 200000, 999999],
  ['tens of millions', 2e7, 99999999],
  ['hundreds of millions', 2e8, 999999999],
  ['dozens', 24, 99],
  ['scores', 40, 199],
  ['hundreds', 200, 999],
  ['thousands', 2000, 9999],
  ['millions', 2e6, 9999999],
  ['billions', 2e9, 9999999999],
];

/** Every word that can start or make a figure; the cheap scan is built from these so it cannot miss one. */
export const FIGURE_WORDS: readonly string[] = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(MULTIPLIERS),
  ...Object.keys(ORDINALS),
  ...Object.keys(FRACTIONS),
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'tens',
];

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

export type HedgeKind = 'atLeast' | 'moreThan' | 'around' | 'almost' | 'upTo' | 'lessThan' | 'justOver';

/** Hedge phrases, longest first so "just over" wins over "over". */
export const HEDGES: readonly [string, HedgeKind][] = (
  [
    ['at least', 'atLeast'],
    ['no fewer than', 'atLeast'],
    ['no less than', 'atLeast'],
    ['a minimum of', 'atLeast'],
    ['not less than', 'atLeast'],
    ['more than', 'moreThan'],
    ['over', 'moreThan'],
    ['upwards of', 'moreThan'],
    ['in excess of', 'moreThan'],
    ['well over', 'moreThan'],
    ['above', 'moreThan'],
    ['well above', 'moreThan'],
    ['just over', 'justOver'],
    ['just above', 'justOver'],
    ['slightly more than', 'justOver'],
    ['a little over', 'justOver'],
    ['around', 'around'],
    ['about', 'around'],
    ['some', 'around'],
    ['roughly', 'around'],
    ['approximately', 'around'],
    ['approx .', 'around'],
    ['an estimated', 'around'],
    ['circa', 'around'],
    ['nearly', 'almost'],
    ['almost', 'almost'],
    ['close to', 'almost'],
    ['just under', 'almost'],
    ['just below', 'almost'],
    ['just shy of', 'almost'],
    ['slightly less than', 'almost'],
    ['up to', 'upTo'],
    ['as many as', 'upTo'],
    ['at most', 'upTo'],
    ['no more than', 'upTo'],
    ['a maximum of', 'upTo'],
    ['not more than', 'upTo'],
    ['fewer than', 'lessThan'],
    ['less than', 'lessThan'],
    ['under', 'lessThan'],
    ['below', 'lessThan'],
  ] as [string, HedgeKind][]
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Relative slack of "around"/"about"/"some" beyond rounding; 5 % keeps 1,139 apart from "around 1,200" as the desk expects. */
export const AROUND_TOLERANCE = 0.05;
/** How far below v "almost"/"nearly" reaches, and how far above v "just over" reaches. */
export const NEAR_TOLERANCE = 0.1;

/**
 * Interval allowed by a stated value v with rounding half-unit `half`: "at least" [v, ∞); "more than" [v+step, ∞);
 * "around" ±AROUND_TOLERANCE or the rounding, whichever is wider; "almost" [0.9v, v−step]; "up to" [0, v];
 * "fewer than" [0, v−step]; no hedge ±half. step is 1 for whole counts, else v·1e-4.
 */
export function hedgedInterval(
  hedge: HedgeKind | undefined,
  v: number,
  half: number,
  wholeStep: boolean,
): [number, number] {
  const step = wholeStep && Number.isInteger(v) ? 1 : Math.abs(v) * 1e-4 || 1e-4;
  switch (hedge) {
    case 'atLeast':
      return [v, Infinity];
    case 'moreThan':
      return [v + step, Infinity];
    // The tolerance never undercuts one step: "just over 5" is [6, 6] and "nearly 5" [4, 4], never inverted.
    case 'justOver':
      return [v + step, Math.max(v * (1 + NEAR_TOLERANCE), v * (1 - NEAR_TOLERANCE), v + step)];
    case 'around':
      return [Math.min(v * (1 - AROUND_TOLERANCE), v - half), Math.max(v * (1 + AROUND_TOLERANCE), v + half)];
    case 'almost':
      return [Math.min(v * (1 - NEAR_TOLERANCE), v * (1 + NEAR_TOLERANCE), v - step), v - step];
    case 'upTo':
      return [Math.min(0, v), v];
    case 'lessThan':
      return [Math.min(0, v - step), v - step];
    default:
      return [v - half, v + half];
  }
}
