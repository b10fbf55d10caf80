// The figure parser: which numbers a sentence states, the interval each wording allows, and which are not claims.
import { extractFiguresFrom, type FigureMatch } from './extract';
import { FIGURE_WORDS } from './numbers';

export type { FigureMatch } from './extract';
export { AROUND_TOLERANCE } from './hedges';
export { roundingHalfUnit, scanNumber } from './scanNumber';

// Built from the same word lists the extractor starts from, so a figure it finds can never be missed here.
const CANDIDATE = new RegExp(
  `[0-9\\u0660-\\u0669\\u06F0-\\u06F9]|(?<![A-Za-z])(?:${FIGURE_WORDS.join('|')})(?![A-Za-z])`,
  'i',
);

/** Cheap scan (regex only, no NLP): could this text contain a figure? Must be very fast; false negatives are bugs. */
export function hasFigureCandidate(text: string): boolean {
  return CANDIDATE.test(text);
}

/** All numbers stated in `sentence` (one sentence of body text). Offsets in results are `offset + index in sentence` (UTF-16). */
export function extractFigures(sentence: string, offset: number): FigureMatch[] {
  if (!hasFigureCandidate(sentence)) return [];
  return extractFiguresFrom(sentence, offset);
}
