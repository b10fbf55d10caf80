// Two reports of one fact: do their intervals overlap, and if not, what kind of disagreement is it.
import { FALLING, RISING, sameSource, scopePlace, significantScope } from './normalise';
import type { ConflictClass, Fact, FactComparison } from './types';

const meet = (al: number, ah: number, bl: number, bh: number): boolean => al <= bh && bl <= ah;

/** Whether a toll counts the attacker: +1 counted, -1 stated apart ("… before killing himself"), 0 not said. */
function attackerSide(f: Fact): number {
  return f.scope.includes('including the attacker') ? 1 : f.scope.includes('not counting the attacker') ? -1 : 0;
}

/**
 * The intervals overlap, reading the attacker the way each side states him: "three killed before the gunman killed himself"
 * is four dead with the gunman, so it agrees with "four dead, including the gunman", and with a bare "four dead" or "three
 * dead" (which may or may not count him), but not with "two dead".
 */
export function overlaps(a: Fact, b: Fact): boolean {
  if (meet(a.low, a.high, b.low, b.high)) return true;
  const sa = attackerSide(a);
  const sb = attackerSide(b);
  if (sa === sb || a.predicate !== b.predicate) return false;
  // Shift the side that leaves the attacker out (or the bare side) by one toward the other.
  const d = sa !== 0 && sb !== 0 ? (sa - sb) / 2 : sa - sb;
  return meet(a.low - d, a.high - d, b.low, b.high);
}

/** The two figures agree only once the attacker is read the same way on both sides. */
export function attackerExplains(a: Fact, b: Fact): boolean {
  return !meet(a.low, a.high, b.low, b.high) && overlaps(a, b);
}

/** Milliseconds of a filing time, or undefined; a bare date and a timestamp on that day are not ordered. */
function filedOrder(a?: string, b?: string): number {
  if (!a || !b) return 0;
  const day = (s: string): string => s.slice(0, 10);
  if ((a.length <= 10 || b.length <= 10) && day(a) === day(b)) return 0;
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y) || x === y) return 0;
  return x < y ? -1 : 1;
}

/** The later report moved the figure the way the quantity can move (tolls rise, "still held" falls). */
function isUpdate(a: Fact, b: Fact): boolean {
  // A file's modification time is when the copy was saved, not filed: it orders nothing.
  const stated = (f: Fact): string | undefined =>
    f.filedSource === 'file time' || f.filedSource === 'unknown' ? undefined : f.filed;
  const order = filedOrder(stated(a), stated(b));
  if (order === 0) return false;
  const [early, late] = order < 0 ? [a, b] : [b, a];
  if (RISING.has(a.predicate)) return late.low > early.high;
  if (FALLING.has(a.predicate)) return late.high < early.low;
  return false;
}

function scopeDiffers(a: Fact, b: Fact): boolean {
  const x = significantScope(a.scope).join('|');
  const y = significantScope(b.scope).join('|');
  if (x !== y) return true;
  const pa = scopePlace(a.scope);
  const pb = scopePlace(b.scope);
  return pa !== undefined && pb !== undefined && pa !== pb;
}

export function classify(a: Fact, b: Fact): ConflictClass {
  if (scopeDiffers(a, b)) return 'scope-differs';
  if (isUpdate(a, b)) return 'update';
  if (a.source && b.source) return sameSource(a.source, b.source) ? 'same-source' : 'sources-differ';
  if (a.source || b.source) return 'one-unattributed';
  return 'both-unattributed';
}

/** What the editor has to decide, per class. */
export const DECISION: Record<ConflictClass, string> = {
  'sources-differ': 'the sources disagree: choose one and attribute it, or run both figures with their sources',
  'same-source': 'the same source is quoted with different figures: check which is its latest figure',
  'scope-differs': 'the scope differs: check both count the same thing before changing either',
  update: 'the later story carries a newer figure: use it if it is still current, with its source',
  'one-unattributed': 'only one figure has a source: attribute the other or use the sourced figure',
  'both-unattributed': 'neither figure has a source: find who gives each figure before running either',
};

export const CLASS_LABEL: Record<ConflictClass, string> = {
  'sources-differ': 'sources differ',
  'same-source': 'same source, different figure',
  'scope-differs': 'scope differs',
  update: 'update',
  'one-unattributed': 'one side unattributed',
  'both-unattributed': 'both unattributed',
};

export function describeFiled(f: Fact): string {
  return f.filed ? `filed ${f.filed} (from ${f.filedSource})` : 'filing time unknown';
}

export function describeSide(f: Fact): string {
  const scope = f.scope.length ? `; scope: ${f.scope.join(', ')}` : '';
  return `"${f.claim.figure.text}" (${f.source ? `source: ${f.source}` : 'no source'}${scope}; ${describeFiled(f)})`;
}

export function compareFacts(a: Fact, b: Fact): FactComparison {
  if (attackerExplains(a, b))
    return {
      a,
      b,
      compatible: true,
      explanation: `${describeSide(a)} and ${describeSide(b)} agree once the attacker is counted the same way on both sides.`,
    };
  if (overlaps(a, b))
    return {
      a,
      b,
      compatible: true,
      explanation: `${describeSide(a)} and ${describeSide(b)} agree within their hedges and rounding.`,
    };
  const conflict = classify(a, b);
  return {
    a,
    b,
    compatible: false,
    conflict,
    explanation: `${describeSide(a)} vs ${describeSide(b)}: ${CLASS_LABEL[conflict]} — ${DECISION[conflict]}.`,
  };
}
