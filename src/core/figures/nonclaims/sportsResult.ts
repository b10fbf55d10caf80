// Sports results, scores, standings and match statistics: "beat United 3-1", "64 points from 29 games".
import type { NonClaimRecogniser } from './context';

const SCORE_VERB =
  /\b(?:beat|beats|beaten|defeated|defeats|won|win|wins|lost|lose|loses|drew|draw|led|leads|trailed|trails|edged|thrashed|routed|crushed|held)\b[^.;\d]{0,40}$/i;
const SCORE_AFTER = /^\s*[-–]\s*\d{1,3}\b/;
const SCORE_BEFORE = /\b\d{1,3}\s*[-–]\s*$/;
const RESULT_NOUN =
  /^\s*(?:[-–]\s*\d{1,3}\s+)?(?:win|victory|defeat|loss|draw|lead|triumph|thrashing|home win|away win)\b/i;
const STAT =
  /^\s+(?:(?:league|regular-season|career|home|away)\s+)?(?:points?|goals?|assists?|rebounds?|runs?|wickets?|touchdowns?|yards?|games?|matches|appearances|caps|tries|sets?|innings|laps|medals?|titles?|wins?|losses|saves)\b/i;
const SPORT =
  /\b(?:season|league|match|matches|game|games|scored|scoring|striker|goalkeeper|playoffs?|championship|tournament|cup|title|club|coach|team|squad|standings|table|fixture|stadium|innings|quarterback|midfielder)\b/i;

export const sportsResult: NonClaimRecogniser = {
  reason: 'sports-result',
  definition:
    'Sports results, scores, standings and match statistics ("beat United 3-1", "64 points from 29 games") are public record, not claims.',
  test({ figure, before, after }) {
    if (figure.kind !== 'count' && figure.kind !== 'range') return false;
    if (figure.value > 500) return false;
    const score = SCORE_AFTER.test(after) || SCORE_BEFORE.test(before);
    if (
      score &&
      (SCORE_VERB.test(before.replace(/\d{1,3}\s*[-–]\s*$/, '')) ||
        RESULT_NOUN.test(after) ||
        SPORT.test(before + after))
    )
      return true;
    return STAT.test(after) && SPORT.test(before.slice(-120) + after.slice(0, 120));
  },
};
