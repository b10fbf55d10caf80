// Personal biography that is not news: "has three children", "ran three Boston Marathons". Money stays a claim.
import type { NonClaimRecogniser } from './context';

const FAMILY =
  /^\s+(?:(?:grown|young|adult|small|adopted)\s+)?(?:children|kids|sons|daughters|grandchildren|great-grandchildren|siblings|brothers|sisters|stepchildren)\b/i;
const OWNER = /\b(?:has|had|have|having|with|raised|raising|father of|mother of|parents of|their|his|her)\s*$/i;
const PURSUITS =
  /^\s+(?:[\p{Lu}][\p{L}]*\s+)?(?:marathons|triathlons|languages|degrees|instruments|novels|books|memoirs|plays|albums|Grammys|Oscars|Emmys|Tonys|dogs|cats|horses)\b/iu;
const PERSONAL_VERB =
  /\b(?:ran|runs|run|has run|speaks|spoke|earned|holds|held|wrote|writes|written|authored|published|recorded|won|owns|owned|plays|played|finished|completed)\s*$/i;

// "Age: 27", "ages 18 to 29": a person's age or an age band.
const AGE_BEFORE = /\b(?:age|aged|ages)\s*:?\s*$|\b(?:younger|older) than\s*$|\bages\s+\d+\s*(?:to|-|–|and)\s*$/i;

// "18- to 24-year-old veterans", "25-to-34-year-olds": an age band.
const AGE_BAND_AFTER = /^-?\s*(?:to|-|–|and)\s*\d{1,3}[-\s]years?[-\s]olds?\b/i;
// "Jane Roe, 24." / "John Doe, 57, a teacher": a person's age in apposition to the name.
const NAME_BEFORE = /(?:^|[^\p{L}])[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3},\s*$/u;
const APPOSITION_END =
  /^\s*(?:[.;)]|,\s+(?:a|an|the|his|her|of|from|who|said|says|told)\b|,\s+[\p{Ll}]+\s+(?:of|at|in|for)\b|$)/u;

export const biography: NonClaimRecogniser = {
  reason: 'biography',
  definition:
    'Personal biography that is not news ("three children", "ran three marathons") describes a person; a reported sum such as "made $4 million last year" stays a claim.',
  test({ figure, before, after }) {
    if (figure.kind === 'count' && figure.value <= 120 && AGE_BEFORE.test(before)) return true;
    if (figure.kind === 'count' && !figure.hedge && figure.value <= 110 && /^\d{1,3}$/.test(figure.text)) {
      if (AGE_BAND_AFTER.test(after)) return true;
      if (NAME_BEFORE.test(before) && APPOSITION_END.test(after)) return true;
    }
    if (figure.kind !== 'count' || figure.value > 30) return false;
    return (FAMILY.test(after) && OWNER.test(before)) || (PURSUITS.test(after) && PERSONAL_VERB.test(before));
  },
};
