// Sentence boundaries without NLP: a full stop, question or exclamation mark, optional closing quotes/brackets,
// white space, then a capital, digit or opening quote — unless the word before is an abbreviation or an initial.
import type { Span } from '../types';

/** The one abbreviation list: words whose full stop ends no sentence (titles, months, "Inc.", "St."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms messrs dr gen gens lt col sgt capt cmdr maj gov govs sen sens rep reps rev st det cpl pvt atty prof pres supt insp adm brig jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'no nos vs inc corp co ltd jr sr mt ft approx est dept univ ave blvd u.s u.n u.k e.u a.m p.m e.g i.e d.c u.s.a op cit al fig'
  ).split(' '),
);

const BOUNDARY = /([.!?]+|…)([”"’')\]»]*)(\s*)(?=[\p{Lu}\p{N}“"‘'(«])/gu;
// Scraped copy loses the space between sentences ("according to police.Officers were called"): with no space, a stop
// ends a sentence only between a lower-case word and a capitalised one.
const JOINED = /^\p{Lu}\p{Ll}/u;
const LOWER_BEFORE = /\p{Ll}/u;

/** Sentence spans of `text`, shifted by `base`, trimmed of surrounding white space. */
export function splitSentences(text: string, base: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const stopAt = m.index;
    if (m[3] === '' && !joinedStop(text, stopAt, m)) continue;
    if (!isRealStop(text, stopAt, m[1]!)) continue;
    const end = stopAt + m[1]!.length + m[2]!.length;
    pushTrimmed(text, start, end, base, spans);
    start = end + m[3]!.length;
  }
  pushTrimmed(text, start, text.length, base, spans);
  return spans;
}

function joinedStop(text: string, at: number, m: RegExpExecArray): boolean {
  const after = at + m[0].length;
  return LOWER_BEFORE.test(text[at - 1] ?? '') && JOINED.test(text.slice(after, after + 2));
}

function isRealStop(text: string, at: number, stop: string): boolean {
  if (stop !== '.') return !(stop.startsWith('...') || stop === '…') || text[at - 1] !== ' ';
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  const bare = word.replace(/^\.+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  // A single capital before the stop is an initial ("William J. Burns").
  if (/^\p{Lu}$/u.test(word)) return false;
  // Dotted acronyms (U.S., U.N.) end sentences rarely enough mid-paragraph to keep together.
  return !/^(?:\p{L}\.)+\p{L}$/u.test(word);
}

function pushTrimmed(text: string, start: number, end: number, base: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start: base + start, end: base + end });
}
