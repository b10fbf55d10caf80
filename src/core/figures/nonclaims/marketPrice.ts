// Market prices and index levels: "shares closed at $41.20", "the Dow fell 200 points", "oil at $80 a barrel".
import type { NonClaimRecogniser } from './context';

const MARKET =
  /\b(?:shares?|stocks?|index|indexes|indices|Dow(?: Jones)?|Nasdaq|S\.?&\s?P\.?(?: 500)?|FTSE(?: 100)?|Nikkei|DAX|CAC|Hang Seng|futures|crude|Brent|oil|gold|silver|bitcoin|yields?|bonds?|the (?:dollar|euro|yen|pound)|exchange rate)\b[^.;]{0,90}$/i;
// "lifted the Nasdaq 1.2 percent": an index named right before its move.
const INDEX_BEFORE = /\b(?:Dow(?: Jones)?|Nasdaq|S\.?&\s?P\.?(?: 500)?|FTSE(?: 100)?|Nikkei|DAX|index)\s*$/i;
const MOVE =
  /\b(?:rose|fell|dropped|declined|climbed|gained|lost|slipped|jumped|closed|ended|opened|traded|trading|stood|hit|reached|at|to|by|from)\s+(?:(?:about|around|nearly|almost|some|as (?:high|low) as)\s+)?$/i;
// "closed up $16.70", "ended down 2 percent".
const CLOSED = /\b(?:closed|ended|finished|settled|opened|traded)\s+(?:up|down|higher|lower)\s+$/i;
// A quoted move: "rose $6.20, or 1 percent, to $758.81" — the change, its percentage and the new price.
const MOVE_VERB = String.raw`(?:rose|fell|gained|lost|jumped|slipped|dropped|climbed|added|shed|declined|advanced|slid|sank|surged|tumbled|edged (?:up|down|higher|lower))`;
const QUOTE_PARTS = [
  new RegExp(String.raw`\b${MOVE_VERB}\s+$`, 'i'),
  new RegExp(String.raw`\b${MOVE_VERB}\s+\$?[\d.,]+\s*(?:cents?)?,\s*or\s+$`, 'i'),
  new RegExp(String.raw`\b${MOVE_VERB}\s+\$?[\d.,]+\s*(?:cents?)?,\s*or\s+[\d.]+\s*(?:percent|%),\s*to\s+$`, 'i'),
];
const QUOTE_AFTER = /^\s*(?:cents?\s*)?,\s*or\s+[\d.]+\s*(?:percent|%)\s*,\s*to\s+\$?[\d.]/i;
const UNIT_PRICE =
  /^\s*(?:a|per|an)\s+(?:share|barrel|ounce|gallon|troy ounce|tonne|ton|bushel|litre|liter|pound|kilogram|kilo|metric ton)\b/i;
const POINTS = /^\s+(?:points?|cents?)\b/i;

export const marketPrice: NonClaimRecogniser = {
  reason: 'market-price',
  definition:
    'Market prices and index levels ("closed at $41.20 a share", "the Dow fell 200 points") are public quotes, not claims.',
  test({ figure, before, after }) {
    if (figure.kind === 'vague' || figure.kind === 'share') return false;
    if (UNIT_PRICE.test(after) && figure.kind === 'money') return true;
    if (figure.kind === 'money' && QUOTE_PARTS[0]!.test(before) && QUOTE_AFTER.test(after)) return true;
    if (figure.kind === 'percent' && QUOTE_PARTS[1]!.test(before) && /^\s*,\s*to\s+\$?[\d.]/.test(after)) return true;
    if (figure.kind === 'money' && QUOTE_PARTS[2]!.test(before)) return true;
    if (CLOSED.test(before) && MARKET.test(before)) return true;
    if (INDEX_BEFORE.test(before) && (figure.kind === 'percent' || POINTS.test(after))) return true;
    if (!MARKET.test(before)) return false;
    return (
      MOVE.test(before) &&
      (figure.kind === 'money' || figure.kind === 'percent' || POINTS.test(after) || /^\s*[.,;]/.test(after))
    );
  },
};
