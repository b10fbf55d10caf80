// Token matcher: walks a precompiled phrase trie over one sentence's words, then applies the cheap context
// checks (proper-name capitals, exception patterns, speech-verb use). No NLP parser: it runs on every edit.
import type { CompiledLexicon, Hit, Infl, PatTok, Pattern } from './load';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes straightened: the trie key. */
  lower: string;
  cap: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const UPPER_FIRST = /^\p{Lu}/u;

/** Word tokens with absolute offsets; a possessive "'s" is its own token so "Israel's" matches "Israel". */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const s = m[0];
    const start = offset + m.index;
    const poss = s.length > 2 && /['’][sS]$/.test(s) ? s.length - 2 : s.length;
    out.push({
      start,
      end: start + poss,
      text: s.slice(0, poss),
      lower: s.slice(0, poss).toLowerCase().replace(/’/g, "'"),
      cap: UPPER_FIRST.test(s),
    });
    if (poss < s.length)
      out.push({ start: start + poss, end: start + s.length, text: s.slice(poss), lower: "'s", cap: false });
  }
  return out;
}

export function wordTokens(text: string): string[] {
  return tokenize(text).map((t) => t.lower);
}

export interface TermMatch {
  hit: Hit;
  infl: Infl;
  /** Token indices of the term, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface SentenceInput {
  tokens: Token[];
  /** The text the token offsets point into (the whole document). */
  text: string;
}

// Actors and demonyms: "the Hamas massacre" is not an event's proper name the way "the Srebrenica massacre" is.
const ACTORS = new Set(
  (
    'israel israeli israelis palestinian palestinians hamas hezbollah gaza russia russian ukraine ukrainian america american us u.s ' +
    'iran iranian syria syrian iraq iraqi lebanon lebanese arab arabs jewish jews muslim muslims islamist zionist christian ' +
    'houthi houthis taliban isis saudi egyptian turkish kurdish afghan pakistani indian chinese sudanese british french german ' +
    'nazi soviet west western idf army police'
  ).split(' '),
);
const CONNECT = new Set(['and', 'of', 'al', 'el', 'de', 'la', 'du', 'the']);

// Capitalised function words start sentences and titles; they are never part of an event's name.
const FUNCTION = new Set(
  'the a an this that these those in on at of for from by with after before during since his her their its our my your it they he she we i'.split(
    ' ',
  ),
);

function isName(t: Token, i: number): boolean {
  return i > 0 && t.cap && !ACTORS.has(t.lower) && !FUNCTION.has(t.lower);
}

/** Matches pattern tokens outward from `ti` (dir -1: leftwards for "before", +1: rightwards for "after"). */
function matchSeq(pat: PatTok[], pi: number, toks: Token[], ti: number, dir: 1 | -1): boolean {
  if (pi < 0 || pi >= pat.length) return true;
  const p = pat[pi];
  const np = pi + dir;
  const tok = toks[ti];
  switch (p!.kind) {
    case 'lit':
      return !!tok && p!.words.has(tok.lower) && matchSeq(pat, np, toks, ti + dir, dir);
    case 'any':
      return !!tok && matchSeq(pat, np, toks, ti + dir, dir);
    case 'cap':
      return !!tok && tok.cap && matchSeq(pat, np, toks, ti + dir, dir);
    case 'skip':
      for (let n = 0; n <= 4; n++) {
        if (n > 0 && !toks[ti + (n - 1) * dir]) break;
        if (matchSeq(pat, np, toks, ti + n * dir, dir)) return true;
      }
      return false;
    case 'name': {
      // A run of capitalised non-actor words, possibly joined by "and"/"of"/"al-": "Sabra and Shatila".
      let k = ti;
      while (
        toks[k] &&
        (isName(toks[k]!, k) || (CONNECT.has(toks[k]!.lower) && toks[k + dir] && isName(toks[k + dir]!, k + dir)))
      ) {
        if (isName(toks[k]!, k) && matchSeq(pat, np, toks, k + dir, dir)) return true;
        k += dir;
      }
      return false;
    }
  }
}

function patternMatches(p: Pattern, toks: Token[], first: number, last: number): boolean {
  return matchSeq(p.before, p.before.length - 1, toks, first - 1, -1) && matchSeq(p.after, 0, toks, last + 1, 1);
}

/** Sentence start, or right after an opening quote, colon or dash: a capital there says nothing about names. */
function isInitial(toks: Token[], i: number, text: string): boolean {
  if (i === 0) return true;
  return /[.!?:;"“‘([—–\n]\s*$|\s[-–—]\s*$/.test(text.slice(toks[i - 1]!.end, toks[i]!.start));
}

/** Headlines in title case or capitals: capitals there do not mark proper names. */
export function isTitleCase(toks: Token[]): boolean {
  const words = toks.filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text));
  if (words.length < 2) return false;
  return words.filter((t) => t.cap).length / words.length >= 0.75;
}

const NOUN_BEFORE = new Set(
  "the a an this that these those his her its their our my your 's of any no another every such".split(' '),
);
const VERB_BEFORE = new Set(
  "to will would could can may might must should did didn't not never he she they we i you who which".split(' '),
);

/** Noun or verb reading of an ambiguous surface ("slaughter", "claims"), from the word before. */
function pickInfl(infl: Infl[], toks: Token[], first: number, last: number, text: string): Infl {
  if (infl.length === 1) return infl[0]!;
  const prev = toks[first - 1];
  const noun = infl.find((x) => x.pos === 'n');
  const verb = infl.find((x) => x.pos === 'v' && x.tag !== 'en') ?? infl.find((x) => x.pos === 'v');
  if (!noun || !verb) return infl[0]!;
  if (prev && NOUN_BEFORE.has(prev.lower)) return noun;
  if (prev && VERB_BEFORE.has(prev.lower)) return verb;
  // "Army slaughters civilians": a capitalised subject right before an -s form reads as a verb.
  if (prev && prev.cap && !isInitial(toks, first - 1, text) && verb.tag === 's') return verb;
  if (verb.tag === 's' && singularSubjectThenObject(toks, first, last)) return verb;
  return noun;
}

const OBJECT_START = new Set('the a an his her their its this these those he she they it we i you'.split(' '));
/** "Trump claims the WHO…": a name (even first in the sentence), an -s form, then an object or a clause. Not after a
 *  common noun, which may be an adjective ("the wild claims the senator made"); "Insurance claims rose" stays a noun. */
function singularSubjectThenObject(toks: Token[], first: number, last: number): boolean {
  const prev = toks[first - 1];
  const next = toks[last + 1];
  if (!prev || !next || !prev.cap || /s$/.test(prev.lower)) return false;
  return OBJECT_START.has(next.lower) || next.lower === 'that' || next.cap;
}

const SUBJECT = new Set(
  'he she they it we i you there this these those the a an his her their its our some many most no all both several one two three'.split(
    ' ',
  ),
);
const DET = new Set('the a an his her their its our this these those some'.split(' '));
const FINITE = new Set(
  "is was were are am had has have would will could can did does do should must might may 's 're isn't wasn't weren't aren't hadn't hasn't haven't wouldn't won't couldn't can't didn't doesn't don't shouldn't".split(
    ' ',
  ),
);

const CONTRACTS = new Set('he she it there that what who where here everyone nobody someone'.split(' '));

// Words that can stand right before a finite verb: pronouns, auxiliaries, relatives, adverbs.
const SUBJECT_BEFORE = new Set(
  'he she they we i you it who which that to will would could can may might must should did does do not never also still repeatedly often later then now has have had and but or officials critics'.split(
    ' ',
  ),
);
// Past participles that usually modify a noun ("a policy based on"), not a finite verb.
const PARTICIPLES = new Set(
  'based aimed designed called named known used located related involved linked backed funded armed injured wounded detained displaced infected unnamed unidentified alleged reported published posted released issued signed dated titled entitled headed owned left taken'.split(
    ' ',
  ),
);

/** True when a speech verb introduces speech or a reported clause, not an object ("claimed responsibility"). */
function introducesSpeech(toks: Token[], first: number, last: number, text: string, infl: Infl): boolean {
  const prev = toks[first - 1];
  if (prev && NOUN_BEFORE.has(prev.lower) && prev.lower !== 'that') return false;
  // A plural possessive ("victims' claims") makes the word a noun.
  if (prev && /s$/.test(prev.lower) && /^['’]/.test(text.slice(prev.end, toks[first]!.start))) return false;
  // "claim"/"claims" are nouns too: as verbs they follow a subject or an auxiliary ("the wild claim that" is a noun).
  // A bare form after a singular name is a compound noun ("Trump claim that"): a singular subject takes "claims".
  if (infl.tag === 'base' && prev && !(SUBJECT_BEFORE.has(prev.lower) || /[^s]s$/.test(prev.lower))) return false;
  if (
    infl.tag === 's' &&
    prev &&
    !(
      SUBJECT_BEFORE.has(prev.lower) ||
      prev.cap ||
      /[^s]s$/.test(prev.lower) ||
      singularSubjectThenObject(toks, first, last)
    )
  )
    return false;
  const next = toks[last + 1];
  const gapAfter = text.slice(toks[last]!.end, next ? next.start : toks[last]!.end + 3);
  if (/^\s*[:,]?\s*["“‘]/.test(gapAfter) || /^\s*:/.test(gapAfter)) return true;
  // Reported speech after the quote: '…," he claimed' / '…," claimed the minister'.
  for (let s = 0; s <= 2 && first - s > 0; s++) {
    const gap = text.slice(toks[first - s - 1]!.end, toks[first - s]!.start);
    if (/["”’]\s*$/.test(gap)) return true;
    if (s > 0 && /[^\s]/.test(gap)) break;
  }
  if (!next) return false;
  if (next.lower === 'that') return true;
  if (!(SUBJECT.has(next.lower) || next.cap || /^\d/.test(next.lower))) return false;
  // A subject of a few words, then a finite verb: "claimed Israel was near victory".
  for (let k = last + 2; k <= last + 7 && k < toks.length; k++) {
    if (/[,;:()]/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) return false;
    const w = toks[k]!.lower;
    // "and"/"or" end the clause; a relative pronoun means the words were an object ("admitted two preachers who had…").
    // ("the WHO is" names the agency: capitals are not the pronoun).
    if (w === 'and' || w === 'or' || w === 'but' || (w === 'who' && toks[k]!.text !== 'WHO') || w === 'which')
      return false;
    // "'s" after a noun is a possessive ("claimed the summer's top prize"); after a pronoun it is "is"/"has".
    if (FINITE.has(w) && (w !== "'s" || CONTRACTS.has(toks[k - 1]!.lower))) return true;
    if (k <= last + 4 && /[a-z]ed$/.test(w) && !PARTICIPLES.has(w) && !DET.has(toks[k - 1]!.lower)) return true;
  }
  return false;
}

/** Checks a candidate against capitals, requirements, exceptions and speech use. */
function accept(
  hit: Hit,
  toks: Token[],
  first: number,
  last: number,
  text: string,
  titleCase: boolean,
  infl: Infl,
): boolean {
  if (!titleCase)
    for (let k = first; k <= last; k++)
      if (hit.lowerForm[k - first] && toks[k]!.cap && !isInitial(toks, k, text)) return false;
  const ce = hit.ce;
  if (ce.require.length && !ce.require.some((p) => patternMatches(p, toks, first, last))) return false;
  if (ce.exceptions.some((p) => patternMatches(p, toks, first, last))) return false;
  if (ce.entry.speechVerb && (infl.pos !== 'v' || !introducesSpeech(toks, first, last, text, infl))) return false;
  return true;
}

/** All loaded terms in one sentence, left to right, longest match first, never overlapping. */
export function findTerms(lex: CompiledLexicon, input: SentenceInput): TermMatch[] {
  const { tokens: toks, text } = input;
  const titleCase = isTitleCase(toks);
  const out: TermMatch[] = [];
  for (let i = 0; i < toks.length;) {
    let node = lex.root.next.get(toks[i]!.lower);
    if (!node) {
      i++;
      continue;
    }
    const ends: { j: number; hits: Hit[] }[] = [];
    for (let j = i; node;) {
      if (node.hits) ends.push({ j, hits: node.hits });
      j++;
      node = j < toks.length ? node.next.get(toks[j]!.lower) : undefined;
    }
    let found: TermMatch | undefined;
    for (let e = ends.length - 1; e >= 0 && !found; e--)
      for (const hit of ends[e]!.hits) {
        const infl = pickInfl(hit.infl, toks, i, ends[e]!.j, text);
        if (accept(hit, toks, i, ends[e]!.j, text, titleCase, infl)) {
          found = { hit, infl, first: i, last: ends[e]!.j, start: toks[i]!.start, end: toks[ends[e]!.j]!.end };
          break;
        }
      }
    if (found) {
      out.push(found);
      i = found.last + 1;
    } else i++;
  }
  return out;
}
