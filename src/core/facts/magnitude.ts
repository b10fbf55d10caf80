// Earthquake magnitudes: "a 5.9-magnitude quake", "magnitude of at least 5.9", "6.1 on the Richter scale" are the
// quake's size, a fact agencies often report differently (a national seismological centre against the USGS).
import type { FigureClaim } from '../types';

const WORD_BEFORE = /\bmagnitude(?:\s+of)?[\s-]*$/i;
const HEDGED_BEFORE = /\b(at least|more than|over|above|up to|less than|under)\s+(?:a\s+)?magnitude(?:\s+of)?[\s-]*$/i;
const WORD_AFTER = /^(?:[\s-]*magnitude\b|\s+on the Richter scale\b|\s*(?:-|\s)?(?:earthquake|quake|temblor)\b)/i;
const LOWER_BOUND = new Set(['at least', 'more than', 'over', 'above']);

export interface Magnitude {
  low: number;
  high: number;
}

/** The figure's interval read as a magnitude, or undefined when the figure is not one. */
export function magnitudeOf(c: FigureClaim): Magnitude | undefined {
  const f = c.figure;
  if (f.kind !== 'count' || !(f.value >= 1 && f.value < 10)) return undefined;
  const s = c.sentence;
  const before = s.text.slice(Math.max(0, f.start - s.start - 32), f.start - s.start);
  const after = s.text.slice(f.end - s.start, f.end - s.start + 24);
  const decimal = /\d[.,]\d$/.test(f.text);
  // A bare decimal before "earthquake" is a magnitude ("5.9 Earthquake Jolts Iran"); "3 earthquakes" is a count.
  const quakeAfter = /^\s*-?\s*(?:earthquake|quake|temblor)\b/i.test(after);
  if (!WORD_BEFORE.test(before) && !(WORD_AFTER.test(after) && (decimal || !quakeAfter))) return undefined;
  const hedge = HEDGED_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (!hedge) return { low: f.low, high: f.high };
  return LOWER_BOUND.has(hedge) ? { low: f.value, high: Infinity } : { low: -Infinity, high: f.value };
}
