// Counts of speakers: the people the report itself interviewed or quoted ("the two dozen chairs that the paper
// interviewed", "20 voters interviewed by The Associated Press"). They describe the sourcing, not a fact to source.
import type { NonClaimRecogniser } from './context';

const REPORTER_VERB = String.raw`(?:interviewed|contacted|consulted|quoted|reached|spoke (?:to|with)|talked (?:to|with))`;
// "… chairs that POLITICO interviewed", "… voters who spoke to Reuters", "… officials interviewed by the AP".
const AFTER = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:that|whom|who)\s+(?:[\p{Lu}][\p{L}.&]*\s+|(?:the|this|a)\s+(?:newspaper|paper|agency|reporter|reporters|network|magazine|station|site)\s+|we\s+|I\s+){0,3}${REPORTER_VERB}|(?:interviewed|contacted|consulted|quoted) (?:by|for)\b|who (?:spoke|talked) (?:to|with)\b)`,
  'u',
);

export const interviewees: NonClaimRecogniser = {
  reason: 'speaker-count',
  definition:
    'A count of the speakers themselves — the people the report interviewed, contacted or quoted ("the 20 chairs the paper interviewed") — describes its sourcing, not a claim.',
  test({ figure, after }) {
    return (figure.kind === 'count' || figure.kind === 'vague') && !figure.currency && AFTER.test(after.slice(0, 120));
  },
};
