// Hedge phrases ("at least", "nearly", "up to") and the interval each allows around a stated value.

export type HedgeKind = 'atLeast' | 'moreThan' | 'around' | 'almost' | 'upTo' | 'lessThan' | 'justOver';

/** Hedge phrases, longest first so "just over" wins over "over". */
export const HEDGES: readonly [string, HedgeKind][] = (
  [
    ['at least', 'atLeast'],
    ['no fewer than', 'atLeast'],
    ['no less than', 'atLeast'],
    ['a minimum of', 'atLeast'],
    ['not less than', 'atLeast'],
    ['more than', 'moreThan'],
    ['over', 'moreThan'],
    ['upwards of', 'moreThan'],
    ['in excess of', 'moreThan'],
    ['well over', 'moreThan'],
    ['above', 'moreThan'],
    ['well above', 'moreThan'],
    ['just over', 'justOver'],
    ['just above', 'justOver'],
    ['slightly more than', 'justOver'],
    ['a little over', 'justOver'],
    ['around', 'around'],
    ['about', 'around'],
    ['some', 'around'],
    ['roughly', 'around'],
    ['approximately', 'around'],
    ['approx .', 'around'],
    ['an estimated', 'around'],
    ['circa', 'around'],
    ['nearly', 'almost'],
    ['almost', 'almost'],
    ['close to', 'almost'],
    ['just under', 'almost'],
    ['just below', 'almost'],
    ['just shy of', 'almost'],
    ['slightly less than', 'almost'],
    ['up to', 'upTo'],
    ['as many as', 'upTo'],
    ['at most', 'upTo'],
    ['no more than', 'upTo'],
    ['a maximum of', 'upTo'],
    ['not more than', 'upTo'],
    ['fewer than', 'lessThan'],
    ['less than', 'lessThan'],
    ['under', 'lessThan'],
    ['below', 'lessThan'],
  ] as [string, HedgeKind][]
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Relative slack of "around"/"about"/"some" beyond rounding; 5 % keeps 1,139 apart from "around 1,200" as the desk expects. */
export const AROUND_TOLERANCE = 0.05;
/** How far below v "almost"/"nearly" reaches, and how far above v "just over" reaches. */
export const NEAR_TOLERANCE = 0.1;

/**
 * Interval allowed by a stated value v with rounding half-unit `half`: "at least" [v, ∞); "more than" [v+step, ∞);
 * "around" ±AROUND_TOLERANCE or the rounding, whichever is wider; "almost" [0.9v, v−step]; "up to" [0, v];
 * "fewer than" [0, v−step]; no hedge ±half. step is 1 for whole counts, else v·1e-4.
 */
export function hedgedInterval(
  hedge: HedgeKind | undefined,
  v: number,
  half: number,
  wholeStep: boolean,
): [number, number] {
  const step = wholeStep && Number.isInteger(v) ? 1 : Math.abs(v) * 1e-4 || 1e-4;
  switch (hedge) {
    case 'atLeast':
      return [v, Infinity];
    case 'moreThan':
      return [v + step, Infinity];
    // The tolerance never undercuts one step: "just over 5" is [6, 6] and "nearly 5" [4, 4], never inverted.
    case 'justOver':
      return [v + step, Math.max(v * (1 + NEAR_TOLERANCE), v * (1 - NEAR_TOLERANCE), v + step)];
    case 'around':
      return [Math.min(v * (1 - AROUND_TOLERANCE), v - half), Math.max(v * (1 + AROUND_TOLERANCE), v + half)];
    case 'almost':
      return [Math.min(v * (1 - NEAR_TOLERANCE), v * (1 + NEAR_TOLERANCE), v - step), v - step];
    case 'upTo':
      return [Math.min(0, v), v];
    case 'lessThan':
      return [Math.min(0, v - step), v - step];
    default:
      return [v - half, v + half];
  }
}
