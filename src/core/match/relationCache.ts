// Relations of indexed pairs, cached at two lifetimes: scored relations until the index changes, and the shingle
// comparison behind them for as long as both stories' entries live.
import { DIRECT_CACHE_MAX } from './pairScore';
import type { Entry } from './storyPostings';
import { relation, type Relation } from './versions';

/** A pair's relation with its score, shared by every caller (frozen: one caller cannot change what another reads). */
export type ScoredRelation = Readonly<Relation & { score: number; via?: string }>;

export class RelationCache {
  /** Relations by ordered pair of slots (and linked or not), score included: valid until the next change. */
  private scored = new Map<number, ScoredRelation>();
  /**
   * Relations by ordered pair of entries, before the score's say (asUnmatched): the shingle containment they cost
   * depends on the two stories alone, so it outlives other stories' changes. A story re-indexed is a new entry, so a
   * pair is computed afresh when either side changes, and a removed story's pairs go with it.
   */
  private readonly pairRelations = new WeakMap<Entry, WeakMap<Entry, Readonly<Relation>>>();

  /** Drops the scored relations (they depend on every df); pair relations stay. */
  reset(): void {
    this.scored = new Map();
  }

  scoredKey(a: Entry, b: Entry, linked: boolean): number {
    return (a.slot * 0x200000 + b.slot) * 2 + (linked ? 1 : 0);
  }

  getScored(key: number): ScoredRelation | undefined {
    return this.scored.get(key);
  }

  setScored(key: number, r: ScoredRelation): void {
    if (this.scored.size >= DIRECT_CACHE_MAX) this.scored = new Map();
    this.scored.set(key, r);
  }

  /** The pair's relation as if matched; computed once per pair of entries (see pairRelations). */
  pairRelation(a: Entry, b: Entry): Readonly<Relation> {
    let row = this.pairRelations.get(a);
    if (!row) this.pairRelations.set(a, (row = new WeakMap()));
    let r = row.get(b);
    if (!r)
      row.set(
        b,
        (r = Object.freeze(
          relation({ meta: a.meta, shingles: a.shingles }, { meta: b.meta, shingles: b.shingles }, true),
        )),
      );
    return r;
  }
}
