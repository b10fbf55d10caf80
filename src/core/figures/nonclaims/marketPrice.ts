// Market prices and index levels: "shares closed at $41.20", "the Dow fell 200 points", "oil at $80 a barrel".
import type { NonClaimRecogniser } from './context';

const MARKET =
  /\b(?:shares?|stocks?|index|indexes|indices|Dow(?: Jones)?|Nasdaq|S\.?&\s?P\.?(?: 500)?|FTSE(?: 100)?|Nikkei|DAX|CAC|Hang Seng|futures|crude|Brent|oil|gold|silver|bitcoin|yields?|bonds?|the (?:dollar|euro|yen|pound)|exchange rate)\b[^.;]{0,90}$/i;
// "lifted the Nasdaq 1.2 percent": an index named right before its move.
const INDEX_BEFORE = /\b(?:Dow(?: Jones)?|Nasdaq|S\.?&\s?P\.?(?: 500)?|FTSE(?: 100)?|Nikkei|DAX|index)\s*$/i;
const MOVE =
  /\b(?:rose|fell|dropped|declined|climbed|gained|lost|slipped|jumped|closed|ended|opened|traded|trading|stood|hit|reached|at|to|by|from)\s+(?:(?:about|around|nearly|almost|some|as (?:high|low) as)\s+)?$/i;
const UNIT_PRICE = /^\s*(?:a|per|an)\s+(?:share|barrel|ounce|gallon|troy ounce|tonne|bushel|litre|liter)\b/i;
const POINTS = /^\s+(?:points?|cents?)\b/i;

export const marketPrice: NonClaimRecogniser = {
  reason: 'market-price',
  definition:
    'Market prices and index levels ("closed at $41.20 a share", "the Dow fell 200 points") are public quotes, not claims.',
  test({ figure, before, after }) {
    if (figure.kind === 'vague' || figure.kind === 'share') return false;
    if (UNIT_PRICE.test(after) && figure.kind === 'money') return true;
    if (INDEX_BEFORE.test(before) && (figure.kind === 'percent' || POINTS.test(after))) return true;
    if (!MARKET.test(before)) return false;
    return (
      MOVE.test(before) &&
      (figure.kind === 'money' || figure.kind === 'percent' || POINTS.test(after) || /^\s*[.,;]/.test(after))
    );
  },
};
