// Counts of items the text itself names: "the two states", "Ifill and Woodruff, two PBS journalists", "three areas: …".
import { isSmallCount, type NonClaimRecogniser } from './context';

// "the two camps", "these two states", "The two taped a show": a definite small count points back to names just given.
const DEFINITE =
  /(?:^|[^\p{L}])(?:the|these|those|both|all|its|their|his|her)\s+(?:(?:previous|other|remaining|same|final)\s+)?$|(?:^|[^\p{L}])(?:the|these|those|both|all|its|their|his|her)$/iu;
const NOT_REFERENCE =
  /^\s+(?:of\b|percent|%|in\b|out\b|to\b|or\b|and\b|more\b|times\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b)/i;
// "Gwen Ifill and Judy Woodruff, two PBS journalists": an apposition counting the names just given.
const NAMES_BEFORE =
  /[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*\s+(?:and|&)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*,\s*$/u;
// "It covers three main areas: …", "two investigations … the first …": the items follow.
const LIST_AFTER = /^\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+\s*(?::|\s[—–]\s)\s*\S/u;
// "Here are five key trends to watch": a listicle announcing its items.
const HERE_ARE = /\b(?:[Hh]ere are|[Tt]hese are)\s*$/;
// "the three proposals below", "the four steps listed here": the items follow in the text.
const ITEMS_FOLLOW =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s\s+(?:below|that follow|which follow|listed (?:below|here)|outlined below)\b/u;
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)*`;
const SERIES = new RegExp(`(?:${NAME},\\s+)+${NAME},?\\s+and\\s+${NAME}`, 'u');
// "the two previous winners in Iowa, former governor Mike Huckabee and …": the names follow in apposition.
const NAMES_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,3}[\p{L}-]+(?:\s+in\s+[\p{Lu}][\p{L}]+)?,\s+(?:[\p{Ll}.-]+\s+){0,4}[\p{Lu}]/u;
const FIRST_AFTER =
  /\b(?:the|a) first\b[^.;]{0,80}\b(?:the|a) second\b|^[^.;]{0,60};?\s*(?:the first|one)\b[^.;]{0,80}\b(?:the other|the second)\b/i;

// "two Republican members of Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo": the noun phrase, then the
// names it counts in apposition (after a comma, colon or dash), joined by "and".
const PERSON = String.raw`(?:(?:Sens?|Reps?|Gov|Govs|Dr|Mr|Mrs|Ms|Gen)\.\s+|(?:former|Sen|Senator|Rep|Gov|Governor|President|Judge)\s+)?[\p{Lu}][\p{L}'’.!-]*(?:\s+[\p{Lu}][\p{L}'’.!-]*){0,3}`;
const APPOSED_NAMES = new RegExp(
  String.raw`^\s+(?:[\p{L}'’-]+\s+){0,7}?[\p{L}'’-]+\s*(?:,|:|\s[-—–]\s|\s?--\s?)\s*(?:(?:[\p{Ll}.-]+\s+){0,3}${PERSON}(?:\s+of\s+[\p{Lu}][\p{L}]+)?,\s+){0,8}(?:[\p{Ll}.-]+\s+){0,3}${PERSON}(?:\s+of\s+[\p{Lu}][\p{L}]+)?,?\s+(?:and|&)\s+(?:[\p{Ll}.-]+\s+){0,3}${PERSON}`,
  'u',
);
// Two-word capitalised names ("Ted Cruz", "Chris Christie") already in the text before a definite count.
const FULL_NAME = /\b[\p{Lu}][\p{Ll}’'-]+\s+[\p{Lu}][\p{Ll}’'-]+\b/gu;

function namesIn(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(FULL_NAME)) n++;
  return n;
}

export const namedItems: NonClaimRecogniser = {
  reason: 'named-items',
  definition:
    'A count of items the text itself names or lists ("the two states", "two investigations … the first") counts what the reader can see, not a claim.',
  test({ figure, before, after, preceding }) {
    if (!isSmallCount(figure, 10)) return false;
    // "Juanita Roe and Kathleen Doe, two of the women who …": the names just given, whatever follows.
    if (NAMES_BEFORE.test(before) && /^\s+of\s+(?:the|those|these|his|her|their)\b/i.test(after)) return true;
    if (NOT_REFERENCE.test(after)) return false;
    if (DEFINITE.test(before)) {
      if (ITEMS_FOLLOW.test(after)) return true;
      // "the two men", "the two nominees": a definite pair is the text's own back-reference. From three up, only when the
      // items are named: "declined to name the four candidates" is still news.
      const context = preceding + before;
      return (
        figure.value === 2 ||
        NAMES_AFTER.test(after) ||
        APPOSED_NAMES.test(after.slice(0, 220)) ||
        SERIES.test(context) ||
        (figure.value <= 5 && namesIn(context) >= figure.value && / and /.test(context))
      );
    }
    if (NAMES_BEFORE.test(before) || APPOSED_NAMES.test(after.slice(0, 220))) return true;
    return HERE_ARE.test(before) || LIST_AFTER.test(after) || FIRST_AFTER.test(after);
  },
};
