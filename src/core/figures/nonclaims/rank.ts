// Ranks and positions: "the top three", "No. 2", "number one": places in an order, not quantities.
import type { NonClaimRecogniser } from './context';

const RANK_BEFORE = /\b(?:top|bottom|No\.|number|ranked|ranks|rank|placed|finished)\s*$/i;
// School grades and levels: "in grades three through eight".
const GRADE_BEFORE = /\bgrades?\s*$|\bgrades?\s+\S+\s+(?:through|to|and)\s*$/i;

export const rank: NonClaimRecogniser = {
  reason: 'rank',
  definition:
    'A rank, a place in an order or a grade level ("break into the top three", "No. 2", "grades three through eight") is a position, not a reported quantity.',
  test({ figure, before }) {
    // "the top 1 percent", "the bottom 20 percent": a group named by its place in the distribution.
    if (
      figure.kind === 'percent' &&
      !figure.hedge &&
      /\b(?:the|their|its)\s+(?:top|bottom|richest|poorest|wealthiest)\s*$/i.test(before)
    )
      return true;
    return (
      figure.kind === 'count' &&
      figure.value <= 100 &&
      !figure.hedge &&
      (RANK_BEFORE.test(before) || GRADE_BEFORE.test(before))
    );
  },
};
