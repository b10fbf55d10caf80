// What a non-claim recogniser sees: the figure, a bounded window of its sentence either side, and its neighbours.
import type { NonClaimReason } from '../../types';
import type { FigureMatch } from '../extract';

export interface NonClaimContext {
  figure: FigureMatch;
  /** Up to WINDOW characters of the sentence before the figure (never the whole sentence: a 1 MB line stays linear). */
  before: string;
  /** Up to WINDOW characters of the sentence after the figure. */
  after: string;
  /** The figure's paragraph is the headline. */
  headline: boolean;
  /** Up to WINDOW characters of the paragraph before the figure's sentence, for what the text has already named. */
  preceding: string;
  /** The figure opens its sentence. */
  first: boolean;
}

export interface NonClaimRecogniser {
  reason: NonClaimReason;
  /** One sentence from the desk guideline: what makes such a number not a claim. */
  definition: string;
  test(ctx: NonClaimContext): boolean;
}

export const WINDOW = 160;

/** Builds the context of a figure at sentence-relative [start, end). */
export function contextOf(
  sentence: string,
  start: number,
  end: number,
  figure: FigureMatch,
  headline: boolean,
  preceding = '',
): NonClaimContext {
  return {
    preceding: preceding.slice(-WINDOW),
    figure,
    before: sentence.slice(Math.max(0, start - WINDOW), start),
    after: sentence.slice(end, end + WINDOW),
    headline: headline || titleCase(sentence),
    first: /^[\s"“'‘([-]*$/.test(sentence.slice(0, start).slice(-8)) && start < 8,
  };
}

/** A title-case line ("Trump Supporter Screams 1 Controversial Word At Rally") is a headline even unmarked. */
function titleCase(sentence: string): boolean {
  if (sentence.length > 200) return false;
  const words = sentence.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
  if (words.length < 4) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital / words.length >= 0.75;
}

/** A small count written as a word or as one or two digits ("two", "3"). */
export function isSmallCount(f: FigureMatch, max = 12): boolean {
  return f.kind === 'count' && !f.hedge && Number.isInteger(f.value) && f.value >= 1 && f.value <= max && !f.currency;
}
