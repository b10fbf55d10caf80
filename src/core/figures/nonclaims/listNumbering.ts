// List numbering in any form: "1 Feel free to scream.", "3) Taxes", and the counted items of a listicle headline.
import type { NonClaimRecogniser } from './context';

// A body sentence opening with a bare small digit and a capitalised word: wire style spells such numbers out.
const ITEM_AFTER = /^[.)]?\s+[\p{Lu}]/u;
// "10 Things to Know for Today", "These 2 States", "1 Controversial Word": title-case listicle headlines.
const LISTICLE_AFTER =
  /^\s+(?:[\p{Lu}][\p{L}’'-]*\s+){0,2}(?:Things|Ways|Reasons|States|Words?|Facts|Questions|Lessons|Signs|Times|Moments|Takeaways|Tips|Rules|Names|Steps|Charts|Photos|Quotes|Numbers|Stories)\b/u;

export const listNumbering: NonClaimRecogniser = {
  reason: 'list-number',
  definition:
    'List numbering ("1 Feel free to scream.", "3) Taxes") and the count of items a list headline promises order the text, they report nothing.',
  test({ figure, before, after, headline, first }) {
    // "the third of three debates", "the last of four hearings": a place in a series.
    if (
      figure.kind === 'count' &&
      figure.value <= 20 &&
      /\b(?:first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th))\s+of\s*$/i.test(before)
    )
      return true;
    // "part 3 of 3", "episode two of five": a place in a series.
    if (
      figure.kind === 'count' &&
      /\b(?:part|parts|episode|chapter|installment|instalment|volume)\s+(?:\S+\s+of\s+)?$/i.test(before) &&
      figure.value <= 50
    )
      return true;
    if (figure.kind !== 'count' || figure.hedge || !/^\d{1,2}$/.test(figure.text)) return false;
    // "4" alone on its line: a list item's number.
    if (before.trim() === '' && /^\s*[.)]?\s*$/.test(after)) return true;
    if (headline || first) {
      if (LISTICLE_AFTER.test(after)) return true;
      if (headline) return false;
    }
    return first && before.trim() === '' && ITEM_AFTER.test(after) && !/^\s+[\p{Lu}][\p{L}]*s\b/u.test(after);
  },
};
