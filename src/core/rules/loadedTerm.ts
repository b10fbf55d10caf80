// Rule "loaded-term": flags loaded terminology in the reporter's voice and offers neutral wording already fitted
// to the sentence (case, inflection, a/an). Inside direct quotations it only notes the term as the speaker's words.
import type { ArticleModel, Finding, Paragraph, Sentence, Severity } from '../types';
import { severityRank } from '../types';
import { inflectPhrase, loadLexicon } from '../lexicon/load';
import { findTerms, isTitleCase, tokenize, type TermMatch, type Token } from '../lexicon/match';
import type { Profile, TeamLexicon } from '../lexicon/schema';
import { loadedTermOptionsSchema } from '../schema/ruleOptions';
import { stamp } from './engine';
import type { FindingInit, Rule } from './rule';
import { LruCache } from '../cache';
import { withinSpan } from '../text/spans';
import { isScareQuote } from '../lexicon/scareQuotes';

export type QuotedSetting = 'off' | 'hint' | 'information' | 'warning';

export interface LoadedTermOptions {
  profile: Profile;
  /** Severity for loaded terms inside direct quotations; "off" hides them. */
  quoted: QuotedSetting;
  team?: TeamLexicon;
}

export const DEFAULT_LOADED_TERM_OPTIONS: LoadedTermOptions = { profile: 'inhouse', quoted: 'information' };

/** Team-lexicon problems for the host to show (the rule itself keeps running on the defaults). */
export function loadedTermErrors(options: Partial<LoadedTermOptions> = {}): string[] {
  if (!options.team) return [];
  return loadLexicon({ profile: options.profile, team: options.team }).errors;
}

/** The rule on a bare model (eval and tests), stamped as the Desk would. */
export function findLoadedTerms(model: ArticleModel, options: Partial<LoadedTermOptions> = {}): Finding[] {
  return loadedTerms(model, options).map((f) => stamp(loadedTermRule, f));
}

function loadedTerms(model: ArticleModel, options: Partial<LoadedTermOptions>): FindingInit[] {
  const opts = { ...DEFAULT_LOADED_TERM_OPTIONS, ...options };
  const { lexicon } = loadLexicon({ profile: opts.profile, team: opts.team });
  const source = model.masked && model.masked.length === model.text.length ? model.masked : model.text;
  let cache = paragraphCache.get(lexicon);
  if (!cache) paragraphCache.set(lexicon, (cache = new LruCache(20_000)));
  const out: FindingInit[] = [];
  for (const para of model.paragraphs) {
    // A paragraph's terms depend only on its own text, quotes and the options: an edit re-scans one paragraph.
    const key = `${opts.quoted}\u0000${para.key}`;
    const hit = cache.get(key);
    if (hit) {
      const delta = para.start - hit.origin;
      for (const f of hit.findings) out.push(delta === 0 ? f : shifted(f, delta));
      continue;
    }
    const found: FindingInit[] = [];
    for (const s of para.sentences) {
      const tokens = tokenize(source.slice(s.start, s.end), s.start);
      if (!tokens.length) continue;
      const titleCase = isTitleCase(tokens);
      for (const m of findTerms(lexicon, { tokens, text: model.text })) {
        const f = toFinding(
          model.text,
          tokens,
          m,
          quotedAt(model.text, para, s, m),
          opts,
          titleCase,
          reportedAt(model.text, tokens, m),
        );
        if (f) found.push(f);
      }
    }
    cache.set(key, { origin: para.start, findings: found });
    for (const f of found) out.push(f); // no spread: a paragraph can hold more findings than the call stack has room for
  }
  return out;
}

/** A cached paragraph's finding where the paragraph now starts: its fixes move with it (they edit by offset). */
function shifted(f: FindingInit, delta: number): FindingInit {
  const moved: FindingInit = { ...f, start: f.start + delta, end: f.end + delta };
  if (f.fixes) moved.fixes = f.fixes.map((x) => ({ ...x, start: x.start + delta, end: x.end + delta }));
  return moved;
}

/** Per compiled lexicon (profile + team terms): each paragraph's findings, with the offset they were found at. */
const paragraphCache = new WeakMap<object, LruCache<string, { origin: number; findings: FindingInit[] }>>();

export const loadedTermRule: Rule<LoadedTermOptions> = {
  id: 'loaded-term',
  name: 'Loaded term',
  description:
    "Loaded terminology in the reporter's voice (labels, emotive descriptions of deaths, slanted speech verbs, euphemisms), with neutral alternatives.",
  settingDescription: "Loaded terminology in the reporter's voice.",
  docs: 'docs/rules/loaded-term.md',
  docsQuestion: 'Why is this loaded?',
  tally: 'loaded',
  // '"onslaught" is loaded (why): consider …' → '"onslaught" (why): consider …'
  restate: (message) => message.replace(/^("[^"]*") is loaded /, '$1 '),
  defaultSeverity: 'warning',
  scope: 'document',
  options: {
    schema: loadedTermOptionsSchema,
    read: (config) => ({ profile: config.profile, quoted: config.quotedTerms, team: config.workspace.lexicon }),
  },
  check(ctx, report) {
    for (const f of loadedTerms(ctx.analysis.model, ctx.options)) report(f);
  },
};

/** In a direct quotation (the speaker's words), unless the quote is a scare quote (the reporter's framing). */
function quotedAt(text: string, para: Paragraph, s: Sentence, m: TermMatch): boolean {
  const q = para.quotes.find((x) => x.start <= m.start && m.end <= x.end);
  if (q) return !isScareQuote(text, q, s);
  return withinSpan(s.quotes, m.start, m.end);
}

// Verbs that put the clause after them in someone else's mouth: "he said the plan was cruel" is his judgement.
const SAYING = new Set(
  'said says say saying told tells telling added adds argued argues argue wrote writes tweeted stated states warned warns insisted insists contended contends believes believe believed noted notes acknowledged suggested suggests asserted asserts maintained maintains complained complains alleged alleges according claimed claims claiming declared declares announced announces tweeting arguing insisting'.split(
    ' ',
  ),
);

/** In a clause reported after a verb of saying in the same sentence (indirect speech), not in the reporter's own claim. */
function reportedAt(text: string, toks: Token[], m: TermMatch): boolean {
  for (let k = m.first - 1; k >= 0; k--) {
    // A semicolon or a dash closes the reported clause.
    if (/[;—–]/.test(text.slice(toks[k]!.end, toks[k + 1]!.start))) return false;
    // "According to X, …" opens the sentence with its source.
    if (SAYING.has(toks[k]!.lower) && (k > 0 || toks[k]!.lower === 'according')) return true;
  }
  return attributedAfter(text, toks, m);
}

// A trailing attribution closes a paraphrase with its source: "the plan is a hoax, the senator said".
const SAID_AFTER = new Set(
  'said says told tells added adds wrote writes tweeted argued argues warned warns insisted insists contended contends noted notes'.split(
    ' ',
  ),
);
// Words that make the comma open a new clause of the reporter's ("…, which critics said was unfair").
const CLAUSE_OPENER = new Set(
  'which who whom whose that and but or as while when whereas because after before although though if what where since'.split(
    ' ',
  ),
);

/** Before ", the senator said" / ", said the senator" (subject of at most six words) in the same sentence. */
function attributedAfter(text: string, toks: Token[], m: TermMatch): boolean {
  let comma = -1;
  for (let k = m.last + 1; k < toks.length; k++) {
    const gap = text.slice(toks[k - 1]!.end, toks[k]!.start);
    if (/[;—–]/.test(gap)) return false;
    if (gap.includes(',')) comma = CLAUSE_OPENER.has(toks[k]!.lower) ? -1 : k;
    if (comma >= 0 && SAID_AFTER.has(toks[k]!.lower) && k - comma <= 6) return true;
  }
  return false;
}

function toFinding(
  text: string,
  toks: Token[],
  m: TermMatch,
  quoted: boolean,
  opts: LoadedTermOptions,
  titleCase: boolean,
  reported = false,
): FindingInit | undefined {
  const { ce } = m.hit;
  const e = ce.entry;
  let severity: Severity = ce.severity;
  if (quoted) {
    if (opts.quoted === 'off') return undefined;
    // Quoted speech is the speaker's: information at most, and never more than the entry's own severity.
    const cap: Severity = severityRank(opts.quoted) < severityRank('information') ? 'information' : opts.quoted;
    if (severityRank(cap) > severityRank(severity)) severity = cap;
  } else if (reported && severityRank(severity) < severityRank('information')) severity = 'information';
  const term = text.slice(m.start, m.end);
  const prev = toks[m.first - 1];
  const pos = m.infl.pos;
  const raw = pos === 'v' ? ce.alts.v : ce.alts.n;
  const advice = raw.filter((a) => a.startsWith('(')).map((a) => a.slice(1, -1));
  const adapted = raw
    .filter((a) => !a.startsWith('('))
    .map((a) => matchCase(inflectPhrase(a, pos, m.infl.tag), term, m.hit.lowerForm[0]!, titleCase));
  const gap = prev ? text.slice(prev.end, m.start) : '';
  const adjacent = !!prev && /^[ \u00a0]$/.test(gap);
  let start = m.start;
  let words: string[];
  if (
    adjacent &&
    prev.lower === 'the' &&
    toks[m.first]!.lower !== 'the' &&
    adapted.some(isProper) &&
    !modifiesNext(toks[m.last + 1])
  ) {
    // "the Zionist regime" → "Israel" / "the Israeli government": the article joins the range (not in "the Kiev government").
    start = prev.start;
    words = adapted.map((s) =>
      isProper(s) ? s : /^the /i.test(s) ? sameCase('the', prev.text) + s.slice(3) : `${prev.text} ${s}`,
    );
  } else {
    // "military onslaught" → "military operation", not "military military operation".
    words = adapted.map((s) => {
      const sp = s.indexOf(' ');
      return prev && sp > 0 && s.slice(0, sp).toLowerCase() === prev.lower ? s.slice(sp + 1) : s;
    });
  }
  words = [...new Set(words)];
  let suggestions = words;
  const art = adjacent ? prev.lower : '';
  if ((art === 'a' || art === 'an') && words.some((s) => article(s) !== art)) {
    // The article must change with the word: take it into the range.
    start = prev!.start;
    suggestions = words.map((s) => `${sameCase(article(s), prev!.text)} ${s}`);
  }
  const list = words.map((w) => `"${w}"`);
  const consider = list.length
    ? `consider ${joinOr(list)}${advice.length ? `, or ${advice[0]}` : ''}`
    : `${advice[0] ?? 'reword it'}`;
  const why = lowerFirst(e.why.replace(/\.$/, ''));
  const message = quoted
    ? `"${term}" is in quoted speech (the speaker's words, not the reporter's); in the reporter's voice it would be loaded (${why}). Keep it attributed; outside the quote ${consider}. (${e.guidance})`
    : reported
      ? `"${term}" is in reported speech (the speaker's judgement, paraphrased); in the reporter's own voice it would be loaded (${why}). Keep it attributed, or ${consider}. (${e.guidance})`
      : `"${term}" is loaded (${why}): ${consider}. (${e.guidance})`;
  // The finding covers the entry's form; a change of article ("an onslaught" → "a military operation") is a fix.
  const fixes =
    !quoted && start !== m.start
      ? suggestions.map((s) => ({
          start,
          end: m.end,
          text: s,
          title: `Replace "${text.slice(start, m.end)}" with "${s}"`,
        }))
      : undefined;
  return {
    severity,
    start: m.start,
    end: m.end,
    ...(fixes ? { fixes } : {}),
    message,
    // A quotation is never rewritten: no replacement is offered inside one.
    suggestions: quoted ? [] : words,
    anchor: e.category,
    ignore: { kind: 'term', entry: e.id, term: term.toLowerCase() },
  };
}

const FUNCTION_NEXT = new Set(
  "'s on in at of and or but has have had is was were are will would to for from with by as after before since said says".split(
    ' ',
  ),
);
/** A lower-case content word after the term means the term is a modifier and "the" belongs to that word. */
function modifiesNext(next: Token | undefined): boolean {
  return !!next && !next.cap && !FUNCTION_NEXT.has(next.lower) && /^\p{Ll}/u.test(next.text);
}

const isProper = (s: string): boolean => /^\p{Lu}/u.test(s) && !/^the /i.test(s);

function joinOr(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** Carries the matched term's case onto the alternative: "Onslaught" → "Offensive", "ONSLAUGHT" → "OFFENSIVE". */
function matchCase(alt: string, term: string, formLower: boolean, titleCase: boolean): string {
  const letters = term.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return alt.toUpperCase();
  if (!formLower || !/^\p{Lu}/u.test(term)) return alt;
  if (titleCase) return alt.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return alt[0]!.toUpperCase() + alt.slice(1);
}

function sameCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  return /^\p{Lu}/u.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** "a" or "an" by the sound of the next word (spelling heuristics for the common exceptions). */
export function article(phrase: string): 'a' | 'an' {
  const w = phrase.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^(uni(?!n)|use|usu|uti|ure|eu|ewe|one\b|once|u\.)/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}
