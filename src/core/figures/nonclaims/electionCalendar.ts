// Election calendars: how many states vote, contests are held or seats are up on a date.
import type { NonClaimRecogniser } from './context';

const UNIT = String.raw`(?:(?:more|other|remaining|crucial|key|big|early|[\p{Lu}][\p{L}-]*)\s+){0,2}(?:states|contests|primaries|caucuses|races|elections|territories|(?:Senate |House |governor['’]s )?seats)`;
const DAY = String.raw`(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|next week|this week|in (?:January|February|March|April|May|June|July|August|September|October|November|December))`;
// "five states vote on Tuesday", "The two states hold primaries on March 1", "24 Senate seats up in November".
const SCHEDULE = new RegExp(
  String.raw`^\s+${UNIT}\s+(?:(?:will|also)\s+)?(?:vote|votes|voted|voting|hold|holds|held|holding|go to the polls|going to the polls|head to the polls|heading to the polls|are up\b|up\b|(?:are |were )?(?:on the ballot|up for (?:election|re-?election)))`,
  'u',
);
const DATED = new RegExp(String.raw`^\s+${UNIT}\s+${DAY}\b`, 'u');

// "595 delegates at stake in 11 states", "primaries in five states on Tuesday".
const WHERE_BEFORE =
  /\b(?:at stake|up for grabs|on the line|vote|votes|voting|contests?|primaries|caucuses|elections)\s+in\s*$/i;
const WHERE_AFTER = /^\s+(?:other\s+|more\s+)?(?:states|contests|territories)\b/;

export const electionCalendar: NonClaimRecogniser = {
  reason: 'election-calendar',
  definition:
    'Election calendars — how many states or contests vote on a date, how many seats are up — are schedule, not claims.',
  test({ figure, before, after }) {
    if (figure.kind !== 'count' || figure.value > 60) return false;
    return SCHEDULE.test(after) || DATED.test(after) || (WHERE_BEFORE.test(before) && WHERE_AFTER.test(after));
  },
};
