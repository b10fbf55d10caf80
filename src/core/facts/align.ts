// Aligning two reports' facts: pairs with the same key (what is counted, what happened, in which frame), never by value.
import { compareFacts } from './compare';
import type { Fact, FactComparison } from './types';

export function groupByKey(facts: readonly Fact[]): Map<string, Fact[]> {
  const m = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = m.get(f.key);
    if (list) list.push(f);
    else m.set(f.key, [f]);
  }
  return m;
}

/** Every pair of same-key facts across a and b, compared; repeats of one value in b are compared once. */
export function alignFacts(a: readonly Fact[], b: readonly Fact[]): FactComparison[] {
  const byKey = groupByKey(b);
  const out: FactComparison[] = [];
  for (const x of a) {
    const seen = new Set<string>();
    for (const y of byKey.get(x.key) ?? []) {
      const id = `${y.low}|${y.high}|${y.source ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(compareFacts(x, y));
    }
  }
  return out;
}
