// The quotations of one article as quote-mismatch and whatChanged compare them: a quote that runs on across
// paragraphs (no closing mark, the next paragraph opening with a mark) is one quote; each has its words and speaker.
import { attributeAt, paragraphCues } from '../attribution/index';
import type { DocumentAnalysis } from '../analyze';
import { LruCache } from '../cache';
import type { Span } from '../types';
import { contentWords, quoteWords } from './identity';

export interface ArticleQuote {
  /** Inner offsets (no marks) of each part; one part unless the quote runs on across paragraphs. */
  parts: Span[];
  /** Start of the first part and end of the last (inner offsets). */
  start: number;
  end: number;
  text: string;
  words: string[];
  content: string[];
  /** Content words as a set: the cheap first test before any quadratic one. */
  contentSet: Set<string>;
  /** Who says it, as written ("Ismail Haniyeh"), when a named (not vague, not pronoun-only) cue gives it. */
  speaker?: string;
}

const byAnalysis = new WeakMap<DocumentAnalysis, ArticleQuote[]>();
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;
// Speakers per paragraph key (its text and the quote state entering it): cue finding is the costly part, and an edit
// changes one paragraph. Bounded: cleared when it grows past the limit.
const speakersByParagraph = new Map<string, (string | undefined)[]>();
const SPEAKER_CACHE_LIMIT = 20_000;

// Words per quote text, shared by every article that quotes it (read-only): an edit changes one quote at most, and
// re-reading every quote's words was most of the quotes' cost on a long article. Bounded.
const wordsByText = new LruCache<string, Pick<ArticleQuote, 'words' | 'content' | 'contentSet'>>(20_000);
function wordsOf(text: string): Pick<ArticleQuote, 'words' | 'content' | 'contentSet'> {
  let w = wordsByText.get(text);
  if (!w) {
    const words = quoteWords(text);
    const content = contentWords(words);
    wordsByText.set(text, (w = { words, content, contentSet: new Set(content) }));
  }
  return w;
}

/** Quotes of an article, memoised per analysis object (the rule runs for every peer on every keystroke). */
export function articleQuotes(analysis: DocumentAnalysis): ArticleQuote[] {
  const hit = byAnalysis.get(analysis);
  if (hit) return hit;
  const text = analysis.model.text;
  const out: ArticleQuote[] = [];
  let running: ArticleQuote | undefined;
  for (const p of analysis.model.paragraphs) {
    let cues: ReturnType<typeof paragraphCues> | undefined;
    let speakers = speakersByParagraph.get(p.key);
    if (!speakers) {
      if (speakersByParagraph.size > SPEAKER_CACHE_LIMIT) speakersByParagraph.clear();
      speakers = p.quotes.map((q) => {
        cues ??= paragraphCues(p);
        const si = Math.max(
          0,
          p.sentences.findIndex((s) => s.end > q.start),
        );
        const a = attributeAt(cues, si, q.start);
        return a && a.kind !== 'vague' && !PRONOUN.test(a.source.trim()) ? a.source : undefined;
      });
      speakersByParagraph.set(p.key, speakers);
    }
    p.quotes.forEach((q, qi) => {
      const inner = { start: q.innerStart, end: q.innerEnd };
      // The next paragraph of a quote left open reopens it with a mark at its start: one quote.
      const continues = running && qi === 0 && text.slice(p.start, q.start).trim() === '';
      let quote: ArticleQuote;
      if (continues && running) {
        quote = running;
        quote.parts.push(inner);
        quote.end = inner.end;
        quote.text += ` ${text.slice(inner.start, inner.end)}`;
      } else {
        quote = {
          parts: [inner],
          start: inner.start,
          end: inner.end,
          text: text.slice(inner.start, inner.end),
          words: [],
          content: [],
          contentSet: new Set(),
        };
        out.push(quote);
      }
      quote.speaker ??= speakers[qi];
      running = q.runsOn ? quote : undefined;
    });
    if (p.quotes.length === 0) running = undefined;
  }
  for (const q of out) Object.assign(q, wordsOf(q.text));
  byAnalysis.set(analysis, out);
  return out;
}
