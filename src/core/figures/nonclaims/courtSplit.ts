// Court and vote splits: "the 5-4 decision", "a 7-to-2 ruling".
import type { NonClaimRecogniser } from './context';

const SPLIT_AFTER = /^\s*(?:[-–]\s*(?:to[-–]\s*)?|\s+to\s+)(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\b\s+(?:decision|ruling|opinion|majority|split|vote)\b/i;
const SPLIT_BEFORE = /(?:\b\d{1,2}|\b(?:one|two|three|four|five|six|seven|eight|nine))\s*(?:[-–]\s*(?:to[-–]\s*)?|\s+to\s+)$/i;
const VERDICT_AFTER = /^\s*(?:decision|ruling|opinion|majority|split|vote|verdict)\b/i;
const COURT = /\b(?:court|justices|judges|bench|council|committee|board|panel|commission|senate|house|legislature|assembly|parliament|jury)\b/i;

export const courtSplit: NonClaimRecogniser = {
  reason: 'court-split',
  definition: 'A court split ("5-4", "7-to-2") records how judges divided, not a quantity to source.',
  test({ figure, before, after }) {
    if (figure.kind !== 'count' && figure.kind !== 'range') return false;
    if (figure.value > 15 && figure.kind === 'count') return false;
    const courtNear = COURT.test(before.slice(-80)) || COURT.test(after.slice(0, 60));
    if (!courtNear) return false;
    if (figure.kind === 'range') return VERDICT_AFTER.test(after);
    // "The justices ruled 7-2": a split after the court's verdict verb.
    if (/\b(?:ruled|voted|split|sided|decided|deadlocked|tied)\s*$/i.test(before) && /^\s*(?:[-–]\s*(?:to[-–]\s*)?|\s+to\s+)\d{1,2}\b/.test(after)) return true;
    return SPLIT_AFTER.test(after) || (SPLIT_BEFORE.test(before) && VERDICT_AFTER.test(after));
  },
};
