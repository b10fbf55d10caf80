// Court and vote splits: "the 5-4 decision", "the justices ruled 7-2", "the Senate voted 52-48", "passed 234-193".
import type { NonClaimRecogniser } from './context';

const WORD = String.raw`\d{1,3}|one|two|three|four|five|six|seven|eight|nine`;
/** The figure is the left side of a split: "5-4", "5-to-4", "5 to 4". */
const LEFT = new RegExp(String.raw`^\s*(?:[-–]\s*(?:to[-–]\s*)?|\s+to\s+)(?:${WORD})\b`, 'i');
/** The figure is the right side: "…5-[4]". */
const RIGHT = new RegExp(String.raw`(?:\b(?:${WORD}))\s*(?:[-–]\s*(?:to[-–]\s*)?|\s+to\s+)$`, 'i');
const VERDICT_AFTER =
  /^\s*(?:[-–]\s*(?:to[-–]\s*)?\d{1,3}\s*|\s+to\s+\d{1,3}\s*)?(?:decision|ruling|opinion|majority|split|vote|verdict)\b/i;
const VERDICT_VERB =
  /\b(?:ruled|voted|vote|split|sided|decided|deadlocked|tied|passed|cleared|approved|rejected|defeated|failed|confirmed|upheld|struck down|overrode|sustained)\b[^.;\d]{0,40}$/i;
const BODY =
  /\b(?:court|justices|judges|bench|council|committee|board|panel|commission|senate|house|legislature|assembly|parliament|jury|lawmakers|senators|members)\b/i;

export const courtSplit: NonClaimRecogniser = {
  reason: 'court-split',
  definition:
    'A court or vote split ("5-4", "7-to-2", "the Senate voted 52-48") records how a body divided, not a quantity to source.',
  test({ figure, before, after }) {
    if (figure.kind !== 'count' || figure.value > 500 || figure.hedge) return false;
    const left = LEFT.test(after);
    const right = RIGHT.test(before);
    if (!left && !right) return false;
    // The words before the pair: for the right side, strip "52-" first.
    const lead = right ? before.replace(RIGHT, '') : before;
    if (!BODY.test(lead.slice(-100)) && !BODY.test(after.slice(0, 60))) return false;
    return VERDICT_VERB.test(lead) || VERDICT_AFTER.test(after);
  },
};
