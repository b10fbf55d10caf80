// Lookups in ordered, non-overlapping spans (a paragraph's quotes): binary searches, as one line can hold thousands.
import type { Span } from '../types';

/** The index of the first span that ends after `at`, or `spans.length`. */
function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) lies wholly inside one span. */
export function withinSpan(spans: readonly Span[], start: number, end: number): boolean {
  const q = spans[firstEndingAfter(spans, Math.max(start, end - 1))];
  return q !== undefined && q.start <= start && q.end >= end;
}

/** Whether [start, end) shares at least one character with a span. */
export function overlapsSpan(spans: readonly Span[], start: number, end: number): boolean {
  const q = spans[firstEndingAfter(spans, start)];
  return q !== undefined && q.start < end;
}
