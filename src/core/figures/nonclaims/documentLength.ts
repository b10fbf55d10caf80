// Document and text lengths: "a 5-word missile", "a 300-page report", "his 40-minute speech" (the last is a duration).
import type { NonClaimRecogniser } from './context';

const LENGTH =
  /^[-\s](?:word|page|line|paragraph|sentence|chapter|volume|character|letter|syllable|slide|tweet)s?\b(?![\s-]+(?:of|in)\b)/i;
const LONG = /^\s+(?:words?|pages?|lines?|paragraphs?|characters?)\s+(?:long|in length)\b/i;

export const documentLength: NonClaimRecogniser = {
  reason: 'document-length',
  definition:
    'The length of a document or a text ("a 300-page report", "a 5-word message") describes the document, not news.',
  test({ figure, after }) {
    if (figure.kind !== 'count') return false;
    return (LENGTH.test(after) && /^[-]/.test(after)) || LONG.test(after);
  },
};
