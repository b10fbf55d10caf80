// The index's storage: one entry per story, interned feature ids with their document frequencies, an inverted index
// (postings) and the candidate search over it, so that a query touches only stories sharing rare features.
import { SPECIFIC_KINDS, type WireMeta } from './features';
import type { PreparedStory } from './prepareStory';
import type { Vec } from './similarity';
import type { Shingles } from './versions';

export interface Entry {
  id: string;
  slot: number;
  vec: Vec;
  meta: WireMeta;
  shingles: Shingles;
  /** Filing day (days since 1970) given by the caller, NaN when unknown. */
  day: number;
  /** Norm² of the raw weights: fixed at insert, so ranking candidates never waits on idf-weighted norms. */
  rawNorm: number;
}

interface Posting {
  slots: number[];
  w: number[];
}

export class StoryPostings {
  readonly byId = new Map<string, Entry>();
  readonly slots: (Entry | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly fidOf = new Map<string, number>();
  private readonly keyOf: string[] = [];
  private readonly dfOf: number[] = [];
  private readonly freeFids: number[] = [];
  private readonly postings: Posting[] = [];
  /** Corpus frequencies stories gave with their features (see StoryIndex.upsertPrepared), by feature id. */
  private readonly corpusDfOf: (number | undefined)[] = [];
  /** 1 when a feature id is of a specific kind (name, figure, date, dateline), else 0. */
  readonly spec: number[] = [];
  /** Scratch for candidate search: partial dot products by slot, and which query last touched each slot. */
  private acc = new Float64Array(0);
  private stamp = new Uint32Array(0);
  private queryNo = 0;

  /** Stories holding a feature. */
  df(fid: number): number {
    return this.dfOf[fid]!;
  }

  key(fid: number): string {
    return this.keyOf[fid]!;
  }

  /** The highest corpus frequency a story gave for this feature, if any did. */
  corpusDf(fid: number): number | undefined {
    return this.corpusDfOf[fid];
  }

  /**
   * Adds a story (its id must not be held): only its own postings and the dfs of its features change. A window on a
   * corpus may give each feature's corpus frequency (`corpusDf`, aligned with `p.keys`; the highest given counts).
   */
  insert(id: string, p: PreparedStory, corpusDf?: ArrayLike<number>): Entry {
    // Sorted by feature id with one native sort of fid x n + position (no tuple per feature): an archive query
    // builds a 65-story window per query, and the tuples and typed-array mapping were most of its cost.
    const n = p.keys.length;
    const order = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const fid = this.intern(p.keys[i]!);
      if (corpusDf && !(this.corpusDfOf[fid]! >= corpusDf[i]!)) this.corpusDfOf[fid] = corpusDf[i]!;
      order[i] = fid * n + i;
    }
    order.sort();
    const slot = this.freeSlots.pop() ?? this.slots.length;
    const vec: Vec = { fids: new Int32Array(n), w: new Float32Array(n) };
    let raw = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k]! % n;
      const w = p.weights[i]!;
      vec.fids[k] = (order[k]! - i) / n;
      vec.w[k] = w;
      raw += w * w;
    }
    const entry: Entry = { id, slot, vec, meta: p.wire, shingles: p.shingles, day: p.day, rawNorm: raw };
    this.slots[slot] = entry;
    this.byId.set(id, entry);
    for (let i = 0; i < vec.fids.length; i++) {
      const posting = this.postings[vec.fids[i]!]!;
      posting.slots.push(slot);
      posting.w.push(vec.w[i]!);
      this.dfOf[vec.fids[i]!]!++;
    }
    return entry;
  }

  delete(id: string): boolean {
    const e = this.byId.get(id);
    if (!e) return false;
    for (const fid of e.vec.fids) {
      const p = this.postings[fid]!;
      const at = p.slots.indexOf(e.slot);
      // Swap-delete: posting order does not matter.
      p.slots[at] = p.slots[p.slots.length - 1]!;
      p.w[at] = p.w[p.w.length - 1]!;
      p.slots.pop();
      p.w.pop();
      if (--this.dfOf[fid]! === 0) this.release(fid);
    }
    this.byId.delete(id);
    this.slots[e.slot] = undefined;
    this.freeSlots.push(e.slot);
    return true;
  }

  /**
   * Stories sharing a rare feature with `e`, ranked by their partial dot product over rare features; the best `count`.
   * `corpusSize` sets which features count as common.
   */
  candidatesOf(e: Entry, count: number, corpusSize: number, idfOf: (fid: number) => number): Entry[] {
    // Common features add little to a match and would touch every story: leave them to exact scoring.
    const maxDf = Math.max(16, Math.ceil(corpusSize * 0.05));
    // Dense accumulators by slot, reused across queries: a Map per query cost most of a query at 5,000 stories.
    if (this.acc.length < this.slots.length) {
      this.acc = new Float64Array(this.slots.length * 2);
      this.stamp = new Uint32Array(this.slots.length * 2);
    }
    const acc = this.acc;
    const stamp = this.stamp;
    const mark = ++this.queryNo;
    const touched: number[] = [];
    for (let i = 0; i < e.vec.fids.length; i++) {
      const fid = e.vec.fids[i]!;
      if (this.dfOf[fid]! > maxDf || this.dfOf[fid]! < 2) continue;
      const g = idfOf(fid);
      const q = e.vec.w[i]! * g * g;
      const p = this.postings[fid]!;
      for (let k = 0; k < p.slots.length; k++) {
        const s = p.slots[k]!;
        if (s === e.slot) continue;
        if (stamp[s] !== mark) {
          stamp[s] = mark;
          acc[s] = 0;
          touched.push(s);
        }
        acc[s]! += q * p.w[k]!;
      }
    }
    // Ranked by the raw-weight norm, not the idf-weighted one: after an edit every idf norm is stale, and
    // recomputing thousands of them made the first query after an edit cost ~15 ms at 5,000 stories. Only the
    // candidates kept are scored exactly.
    const vals = new Float64Array(touched.length);
    for (let i = 0; i < touched.length; i++)
      vals[i] = acc[touched[i]!]! / Math.sqrt(this.slots[touched[i]!]!.rawNorm || 1);
    // The k-th best value by a native numeric sort, then only the few at or above it sorted with the id tie-break:
    // sorting thousands of touched stories with a comparator cost most of a query at 5,000 stories.
    let cut = -Infinity;
    if (touched.length > count) cut = Float64Array.from(vals).sort()[touched.length - count]!;
    const ranked: [Entry, number][] = [];
    for (let i = 0; i < touched.length; i++) if (vals[i]! >= cut) ranked.push([this.slots[touched[i]!]!, vals[i]!]);
    ranked.sort((x, y) => y[1] - x[1] || (x[0].id < y[0].id ? -1 : 1));
    return ranked.slice(0, count).map((r) => r[0]);
  }

  private intern(key: string): number {
    let fid = this.fidOf.get(key);
    if (fid === undefined) {
      fid = this.freeFids.pop() ?? this.keyOf.length;
      this.fidOf.set(key, fid);
      this.keyOf[fid] = key;
      this.dfOf[fid] = 0;
      this.postings[fid] = { slots: [], w: [] };
      this.spec[fid] = SPECIFIC_KINDS.has(key[0]!) ? 1 : 0;
    }
    return fid;
  }

  /** A feature no story holds any more: forget it so that churn does not grow memory. */
  private release(fid: number): void {
    this.fidOf.delete(this.keyOf[fid]!);
    this.keyOf[fid] = '';
    this.corpusDfOf[fid] = undefined;
    this.freeFids.push(fid);
  }
}
