// The vocabulary of figures in wire copy: scale words and suffixes, number words, ordinals, share words, vague
// plurals, and every word that can start a figure. Digit strings are read by scanNumber.ts; hedges are hedges.ts.

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
