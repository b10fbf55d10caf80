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

export const biography: NonClaimRecogniser = {
  reason: 'biography',
  definition:
    'Personal biography that is not news ("three children", "ran three marathons") describes a person; a reported sum such as "made $4 million last year" stays a claim.',
  test({ figure, before, after }) {
    if (figure.kind === 'count' && figure.value <= 120 && AGE_BEFORE.test(before)) return true;
    if (figure.kind !== 'count' || figure.value > 30) return false;
    return (FAMILY.test(after) && OWNER.test(before)) || (PURSUITS.test(after) && PERSONAL_VERB.test(before));
  },
};
