// Durations in the shapes the token pass misses: "three previous years", "fewer than five full days", "two terms".
import type { NonClaimRecogniser } from './context';

const UNITS = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|centuries|century|terms?|sessions?|semesters?|seasons?|summers?|winters?|springs?|autumns?)`;
const ADJ = String.raw`(?:full|whole|straight|consecutive|previous|past|next|last|more|additional|extra|long|short|calendar|business|working|school|fiscal|successive|intervening|subsequent|remaining|first|final)`;
const SHAPE = new RegExp(
  String.raw`^\s*(?:-\s*)?(?:${ADJ}[\s-]+){1,2}${UNITS}\b|^[-\s]${UNITS}[-\s](?:long|old)\b|^\s+(?:${UNITS})\s+(?:long|later|earlier|ago|before|after|back|running|in a row)\b`,
  'i',
);
// "served two terms", "a four-year term".
// "over the next five-plus months".
const PLUS = new RegExp(String.raw`^-?plus\s+${UNITS}\b`, 'i');
const TERMS = /^(?:\s+|-)terms?\b/i;

export const duration: NonClaimRecogniser = {
  reason: 'duration',
  definition:
    'A duration ("three previous years", "as long as 20 years", "fewer than five full days") measures time, not a reported quantity.',
  test({ figure, after }) {
    if (figure.kind === 'money' || figure.kind === 'percent' || figure.kind === 'share') return false;
    return SHAPE.test(after) || PLUS.test(after) || (TERMS.test(after) && figure.value <= 12);
  },
};
