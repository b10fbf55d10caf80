// The tokenizer behind story features: words (with case facts), numbers and identifiers of one text, with the sentence
// breaks the article model found (one sentence splitter, one abbreviation list: text/sentences.ts), and the calendar
// and number words it reads. Per-token work avoids regexes and fresh-key object lookups: it runs on every word of
// every story.
import { TWO_TO_TWENTY } from '../figures/numbers';
import { MONTHS } from '../text/dates';
import { ABBREVIATIONS } from '../text/sentences';
export { MONTHS, MONTH_NAME } from '../text/dates';
/** Month words that are also ordinary words: only a month when a day number sits next to them. */
export const AMBIGUOUS_MONTH = new Set(['may', 'mar', 'march', 'jan', 'dec', 'sep']);

const NUMBER_WORDS = TWO_TO_TWENTY;

export interface Tok {
  /** 'w' word, 'n' number, 'i' identifier ("IE8", "MS08-078"), 'x' sentence break. */
  t: 'w' | 'n' | 'i' | 'x';
  s: string;
  /** `s` in lower case, computed once (words and identifiers). */
  low: string;
  /** First word of a sentence or of a title-case line: capitals there prove nothing. */
  start?: boolean;
  cap?: boolean;
  acronym?: boolean;
  value?: number;
  /** MONTHS and NUMBER_WORDS looked up once per word token (object lookups with a fresh string key were a hot spot). */
  month?: number;
  number?: number;
}

// Numbers ("1,200", "1 200", "6.1"), times (skipped), abbreviations ("U.S."), words. Sentence breaks are the model's.
const TOKEN_RE =
  /(\d{1,2}:\d{2})|(\p{Lu}[\p{L}]{0,5}-?\d+(?:[-.]?[\p{L}\d]+)*)|(\d{1,3}(?:[, ]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}(?:\.\p{L})+\.?)|(\p{L}[\p{L}\p{M}'’-]*)|([.!?]+)/gu;
const UPPER_START_RE = /^\p{Lu}/u;
const HAS_UPPER_RE = /\p{Lu}/u;

/** A word without its possessive "'s" and a final full stop ("U.S." -> "U.S"); no regex, this runs per word. */
function bareWord(w: string): string {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 115 /* s */ && (w[n - 2] === "'" || w[n - 2] === '’')) w = w.slice(0, -2);
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

/** `/^\p{Lu}/u.test(w)`, without the regex for an ASCII first letter. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START_RE.test(w);
}

/** `w === w.toUpperCase()`, without the copy when an ASCII lower-case letter already says no. */
function isUpper(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return w === w.toUpperCase();
  }
  return true;
}

/** MONTHS and NUMBER_WORDS as maps; a word named like an Object.prototype member still reads the object, as before. */
const PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
const MONTH_MAP = new Map(Object.entries(MONTHS));
const NUMBER_MAP = new Map(Object.entries(NUMBER_WORDS));
const lookUp = <T>(map: Map<string, T>, obj: Record<string, T>, key: string): T | undefined =>
  map.get(key) ?? (PROTO_KEYS.has(key) ? obj[key] : undefined);

/**
 * The tokens of a text, line by line; a title-case headline line marks all its words as sentence starts. `breaks`:
 * where the article model starts a sentence inside a paragraph (ascending offsets into `text`), each a sentence break
 * before the first token at or after it; every line end is one too.
 */
export function tokenize(text: string, breaks: readonly number[]): Tok[] {
  const toks: Tok[] = [];
  let lineStart = 0;
  let next = 0;
  for (const line of text.split('\n')) {
    const lineToks: Tok[] = [];
    let atStart = true;
    while (next < breaks.length && breaks[next]! < lineStart) next++;
    for (const m of line.matchAll(TOKEN_RE)) {
      if (next < breaks.length && breaks[next]! <= lineStart + m.index) {
        while (next < breaks.length && breaks[next]! <= lineStart + m.index) next++;
        if (lineToks.length > 0) lineToks.push({ t: 'x', s: '.', low: '.' });
        atStart = true;
      }
      if (m[1]) continue;
      if (m[2]) {
        const s = m[2].toLowerCase();
        lineToks.push({ t: 'i', s, low: s });
        atStart = false;
      } else if (m[3]) {
        lineToks.push({ t: 'n', s: m[3], low: m[3], value: Number(m[3].replace(/[, ]/g, '')) });
        atStart = false;
      } else if (m[4] || m[5]) {
        const raw = bareWord(m[4] ?? m[5]!);
        const cap = startsUpper(raw);
        const low = raw.toLowerCase();
        const acronym = raw.length >= 2 && isUpper(raw) && (cap || HAS_UPPER_RE.test(raw));
        lineToks.push({
          t: 'w',
          s: raw,
          low,
          start: atStart,
          cap,
          acronym,
          month: lookUp(MONTH_MAP, MONTHS, low),
          number: lookUp(NUMBER_MAP, NUMBER_WORDS, low),
        });
        atStart = false;
      } else if (m[6]) {
        // A stop the model did not end a sentence at still parts a run of names ("CBSDFW.COM", "Okla. (AP)"), unless
        // it is an abbreviation's or an initial's ("Maj. Doug Cain", "William J. Burns"). It starts no sentence.
        const prev = lineToks[lineToks.length - 1];
        if (prev?.t === 'x') continue;
        if (prev?.t === 'w' && (ABBREVIATIONS.has(prev.low) || (prev.s.length === 1 && prev.cap))) continue;
        lineToks.push({ t: 'x', s: m[6], low: m[6] });
      }
    }
    // A headline in title case capitalises every word: treat them all like sentence starts.
    const long = lineToks.filter((t) => t.t === 'w' && t.s.length >= 4);
    if (long.length >= 3 && long.filter((t) => t.cap).length >= 0.7 * long.length)
      for (const t of lineToks) t.start = true;
    for (const t of lineToks) toks.push(t); // no spread: a 1 MB single line would overflow the call stack
    toks.push({ t: 'x', s: '\n', low: '\n' });
    lineStart += line.length + 1;
  }
  return toks;
}
