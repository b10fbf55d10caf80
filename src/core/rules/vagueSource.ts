// vague-source: an attribution that names no one ("according to sources", "officials said", "experts say").
// A described anonymous source ("two Egyptian security sources", "a source familiar with the talks") is not vague.
// This rule only names the wording; whether a figure has a source stays unattributed-figure's question.
import type { ArticleModel, Finding, Sentence, Span } from '../types';
import { outsideQuotes } from '../attribution/phrases';
import { LruCache } from '../cache';
import { hashText } from '../text/hash';
import words from './data/vague-source.json';
import { stamp } from './engine';
import type { FindingInit, Rule } from './rule';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// Longest first, so "some people" wins over "some".
const alt = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const VAGUE = `(?:(?:${alt(words.vague)})\\s+){0,2}`;
const NOUN = `(?:${alt(words.nouns)})`;
const VERB = `(?:${alt(words.verbs)})`;
const PRONOUN_VERB = `(?:${alt(words.pronounVerbs)})`;
const BETWEEN = `(?:(?:${alt(words.between)})\\s+)?`;
// A clause starts here: the sentence's start, a punctuation mark, or a conjunction.
const BOUNDARY = `(?<=^\\s*|[,;:(\\[—–"“”]\\s*|\\s[-–—]\\s+|\\b(?:and|but|while|as|though|although|because|that|whereas|yet|so)\\s+)`;
// "Officials said nothing": no one reported anything, so there is no source to call vague.
const NOT_REPORTING = `(?!\\s+(?:nothing|little|no more|nothing more)\\b)`;
const DESCRIBED = `(?!\\s+(?:${alt(words.describers)})\\b)(?!['’])`;

const PATTERNS: readonly RegExp[] = [
  // "officials said", "Some experts say", "a source told": a bare noun as the subject of a reporting verb.
  new RegExp(`${BOUNDARY}\\b${VAGUE}${NOUN}\\s+${BETWEEN}${VERB}\\b${NOT_REPORTING}`, 'giu'),
  // "some say", "many believe": a pronoun-like subject with nothing behind it.
  new RegExp(`${BOUNDARY}\\b(?:${alt(words.pronouns)})\\s+${BETWEEN}${PRONOUN_VERB}\\b${NOT_REPORTING}`, 'giu'),
  // ", said officials.": the inverted form, closed by punctuation (anything after it may describe them).
  new RegExp(`\\b(?:said|says|added|told|reported)\\s+${VAGUE}${NOUN}(?=\\s*(?:[.,;:!?)"”]|$))`, 'giu'),
  // "according to sources", "citing officials".
  new RegExp(`\\b(?:according\\s+to|citing|quoting)\\s+${VAGUE}${NOUN}\\b${DESCRIBED}`, 'giu'),
  // "reportedly", "it is understood", "is said to".
  new RegExp(`\\b(?:${alt(words.phrases)})\\b`, 'giu'),
];

function message(phrase: string): string {
  if (!/\b(?:according|citing|quoting|said|says|say|told|reported)\b/i.test(phrase) && !/\s/.test(phrase.trim())) {
    return `"${phrase}" names no one: say who reports it.`;
  }
  return `"${phrase}" names no one: say which organisation, or describe the source ("two Egyptian security sources").`;
}

// Matches per sentence as the patterns read it (offsets within it): a keystroke changes one sentence, and running every
// pattern over every sentence again was most of an edit's check on a 4,000-word article. Bounded.
const spansByText = new LruCache<string, readonly Span[]>(20_000);

function spansIn(text: string): readonly Span[] {
  const hit = spansByText.get(text);
  if (hit) return hit;
  const spans: Span[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!spans.some((s) => s.start < end && start < s.end)) spans.push({ start, end });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  spansByText.set(text, spans);
  return spans;
}

function sentenceFindings(sentence: Sentence, masked: string): FindingInit[] {
  // Quotations blanked: words inside a quote are the speaker's, and the model's masked regions stay blank too.
  const outside = outsideQuotes(sentence);
  const blank = masked.slice(sentence.start, sentence.end);
  const text =
    blank === sentence.text
      ? outside
      : outside
          .split('')
          .map((ch, i) => (blank.charCodeAt(i) === 32 ? ' ' : ch))
          .join('');
  const found = spansIn(text);
  if (found.length === 0) return [];
  const hash = hashText(sentence.text);
  return found
    .map((s) => ({ start: sentence.start + s.start, end: sentence.start + s.end }))
    .map(({ start, end }) => {
      const phrase = sentence.text.slice(start - sentence.start, end - sentence.start).replace(/\s+/g, ' ');
      return {
        start,
        end,
        message: message(phrase),
        anchor: 'what-it-flags',
        ignore: { kind: 'vague' as const, phrase: phrase.toLowerCase(), sentence: hash },
      };
    });
}

/** The rule on a bare model (tests and eval), stamped as the Desk would. */
export function findVagueSources(model: ArticleModel): Finding[] {
  return vagueSources(model).map((f) => stamp(vagueSourceRule, f));
}

function vagueSources(model: ArticleModel): FindingInit[] {
  const masked = model.masked && model.masked.length === model.text.length ? model.masked : model.text;
  const out: FindingInit[] = [];
  for (const paragraph of model.paragraphs) {
    for (const sentence of paragraph.sentences) for (const f of sentenceFindings(sentence, masked)) out.push(f);
  }
  return out;
}

export const vagueSourceRule: Rule = {
  id: 'vague-source',
  name: 'Vague source',
  description:
    'Attributions that name no one: "according to sources", "officials said" with no organisation, "experts say".',
  docs: 'docs/rules/vague-source.md',
  defaultSeverity: 'information',
  scope: 'document',
  check(ctx, report) {
    for (const f of vagueSources(ctx.analysis.model)) report(f);
  },
};
