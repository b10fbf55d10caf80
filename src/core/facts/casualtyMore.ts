// More ways news copy states who died: "the shooting death of a 14-year-old boy", "charged in the murder of his wife",
// "claimed the life of 47-year-old Jane Roe", "John Roe, 24, was pronounced dead".
// Matched on the A–Z-lowercased sentence (same offsets as the original, which is read for capital letters).
import { ADV, LIST, PASSIVE_PRED } from './casualtyGrammar';

/** A toll phrase found in a sentence, in sentence offsets; `count` marks a bare number word instead of noun phrases. */
export interface CasualtyFound {
  start: number;
  end: number;
  list: string;
  pred: string;
  nounEnd: number;
  count?: boolean;
  replaces?: boolean;
  /** One named or singled-out victim: the toll only in the headline or lead, like "a man was killed". */
  single?: boolean;
  /** A death told by pronoun or name ("he died"): the toll only when it is the article's only death. */
  lone?: boolean;
}

/** "the (shooting) death(s) of", "fatal shooting of", "murder of", "claimed the life of" + the victims. */
const DEATH_OF = new RegExp(
  String.raw`\b((?:shooting|stabbing|gunshot)\s+deaths?|deaths?|(?:fatal|deadly)\s+(?:shootings?|stabbings?)|murders?|killings?|slayings?|(?:claimed|took|taken|claiming|taking|claims|takes)\s+the\s+li(?:fe|ves))\s+of\s+(${LIST})`,
  'gu',
);
/** "John Roe, 24, (of Millbrook,) was shot and killed | died", "Ann Roe, 32, and Tim Roe, 3, died": named victims with ages. */
const NAME_AGE = String.raw`[\p{L}’'-]+(?:\s+(?:[\p{L}]\.|["“][\p{L}’'-]+["”]|[\p{L}’'-]+)){1,3},\s*(?:age\s+)?\d{1,3}\s*,`;
const NAMED = new RegExp(
  String.raw`(?:^|[^\p{L}’'-])(${NAME_AGE}(?:\s+${NAME_AGE})*(?:\s+and\s+${NAME_AGE})?)(?:\s+of\s+[\p{L} ]{2,30}?,)?\s+(?:(?:were|was|has\s+been|have\s+been|had\s+been|is|are)\s+${ADV}(${PASSIVE_PRED})|((?:has\s+|have\s+|had\s+|later\s+|both\s+)?(?:died|passed\s+away|succumbed)))\b`,
  'gu',
);
const DEATH_OF_WORD = /(?:deaths?|shootings?|stabbings?|murders?|killings?|slayings?|li(?:fe|ves))\s+of\s/;

export const MORE_PATTERNS: readonly RegExp[] = [DEATH_OF, NAMED];

/** Cheap necessary conditions: a sentence with none of these words matches none of the patterns. */
export function morePreTest(lower: string): boolean {
  return lower.includes(' of ') || lower.includes(', ');
}

/**
 * How many named people a "Name, age," list holds, each name capitalised in the original, and where the first name starts;
 * undefined when a name is not one.
 */
function namedPeople(original: string, start: number, end: number): { n: number; start: number } | undefined {
  const segments = original
    .slice(start, end)
    .split(/,\s*(?:age\s+)?\d{1,3}\s*,/)
    .slice(0, -1);
  let first = start;
  for (let i = 0; i < segments.length; i++) {
    const words = segments[i]!.trim()
      .replace(/^and\s+/, '')
      .split(/\s+/);
    // The first name is the run of capitalised words before its age ("Police said Dana Quill, 24": Dana Quill).
    let from = 0;
    if (i === 0) for (from = words.length; from > 0 && /^["“]?[\p{Lu}]/u.test(words[from - 1]!);) from--;
    const name = words.slice(from);
    if (name.length < 2 || !name.every((w) => /^["“]?[\p{Lu}]/u.test(w) || /^(?:jr|sr)\.?$/i.test(w))) return undefined;
    if (i === 0) first = start + segments[0]!.indexOf(name[0]!);
  }
  return { n: segments.length, start: first };
}

export function moreCasualtyReadings(lower: string, original: string): CasualtyFound[] {
  const out: CasualtyFound[] = [];
  if (lower.includes(' of ')) {
    if (DEATH_OF_WORD.test(lower))
      for (const m of lower.matchAll(DEATH_OF)) {
        const at = m.index + m[0].length - m[2]!.length;
        out.push({
          start: at,
          end: at + m[2]!.length,
          list: m[2]!,
          pred: 'killed',
          nounEnd: at + m[2]!.length,
          replaces: true,
        });
      }
  }
  if (/,\s*(?:age\s+)?\d{1,3}\s*,/.test(lower))
    for (const m of lower.matchAll(NAMED)) {
      const at = m.index + m[0].indexOf(m[1]!);
      // "Three of his children, Ann Roe, 35, …" or "…, along with": the names are part of a count given elsewhere.
      if (
        /,\s*$/.test(lower.slice(Math.max(0, at - 3), at)) ||
        /^[^.;]{0,40}\balong\s+with\b/.test(lower.slice(m.index + m[0].length))
      )
        continue;
      const named = namedPeople(original, at, at + m[1]!.length);
      if (!named) continue;
      const fatal = /\b(?:fatally|mortally)\s/.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length));
      const end = at + m[1]!.length - 1;
      out.push({
        start: named.start,
        end,
        list: String(named.n),
        pred: fatal ? 'killed' : (m[2] ?? m[3]!),
        nounEnd: end,
        count: true,
        single: named.n === 1,
      });
    }
  return out;
}
