// An incremental index of stories: per-document feature vectors, document frequencies and an inverted index,
// so that adding or editing one story costs one extraction and a query touches only stories sharing rare features.
import { itemVersionOf } from './itemVersion';
import type { ArticleModel, StoryMeta } from '../types';
import { SPECIFIC_KINDS, extractFeatures, storyFeatures, type WireMeta } from './features';
import { dotSplit, idf, norm2Split, type Vec } from './similarity';
import { asUnmatched, relation, type Relation, type Shingles, shingles } from './versions';

/**
 * Group score (see GROUP) above which two stories are the same story. Calibrated on the DEV eval data (eval/matching.ts,
 * sweep there).
 */
export const DEFAULT_THRESHOLD = 0.18;

/**
 * How a pair is scored (tuned on DEV, see eval/matching.ts):
 * - `specWeight`: the score is specWeight x cosine over the specific features (names, name pairs, figures, day
 *   dates, dateline) + (1 - specWeight) x cosine over content words and years. Two reports of one event share
 *   its names and numbers; two events of one kind share mostly their vocabulary.
 * - `streetFactor`: second verifier. Two stories that each give a police-blotter address ("the 5300 block of South
 *   Fairfield") on different streets report two incidents; on DEV GVA such pairs above the threshold were 23 of 36
 *   false matches that give addresses, against 10 of 241 true ones.
 * - `anchorRel`, `anchorFactor`: verifier. When the rarest shared specific feature is common (its idf below
 *   anchorRel x the idf of a feature only the two stories hold), the pair shares no name, figure or date
 *   particular to one event, and its score is multiplied by anchorFactor.
 */
export const SCORE = { specWeight: 0.8, anchorRel: 0.7, anchorFactor: 0.7, streetFactor: 0.5 };

/** Both stories place the event on a street and share none: two incidents of one kind, not one story. */
function streetsDisagree(a: WireMeta, b: WireMeta): boolean {
  if (!a.streets || !b.streets) return false;
  return !a.streets.some((s) => b.streets!.includes(s));
}

/** What the parser knows about a story; `filed` (ISO date) lets stories filed weeks apart count as different. */
export type MatchMeta = Partial<Pick<StoryMeta, 'agency' | 'update' | 'corrected' | 'dateline' | 'filed' | 'wire'>>;

export interface StoryIndexOptions {
  threshold?: number;
  /** Features kept per story (bounded memory). */
  maxFeatures?: number;
  /** Stories scored exactly per query, out of those sharing rare features. */
  candidates?: number;
  /**
   * Document frequencies and size of a larger corpus this index is a window on (the archive's candidates for one
   * story): idf is taken from it, so scores agree with an index holding the whole corpus.
   */
  corpus?: { size: number; df(key: string): number };
}

export interface MatchOptions {
  threshold?: number;
  limit?: number;
}

export interface StoryMatch {
  id: string;
  score: number;
  /** Set when only the group around the two carries the match (a rewrite of a rewrite): the story linking them best. */
  via?: string;
}

/**
 * Group scoring: each story's view of its neighbourhood is an average-linkage clustering of the story and its `size`
 * closest candidates (direct score at least `low`), and a pair's score is the level at which the two join. Reports of
 * one event form one dense group, so a weakly worded pair inside it is lifted (a rewrite of a rewrite, a short brief);
 * two events of one kind form two groups whose average cross similarity stays low even where two of their reports
 * happen to share a topic's names, so that pair is not matched. Tuned on DEV (eval/matching.ts): against direct scores
 * with one-hop links it cut the ECB+ false matches between the two events of a topic by half at the same recall.
 */
export const GROUP = { size: 24, low: 0.05 };

/** Direct scores kept per index revision before the cache starts over (about 10 MB). */
const DIRECT_CACHE_MAX = 200_000;

/** A pair's relation with its score, shared by every caller (frozen: one caller cannot change what another reads). */
export type ScoredRelation = Readonly<Relation & { score: number; via?: string }>;

export interface StoryPair {
  a: string;
  b: string;
  score: number;
}

interface Entry {
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

/** Days apart within which filing dates say nothing; beyond, a same-kind event elsewhere becomes likelier. */
export const SAME_NEWS_DAYS = 3;
/** Decay (days) and floor of the filing-gap factor: follow-ups months later still match when the wording is close. */
const GAP_DECAY_DAYS = 7;
const GAP_FLOOR = 0.25;

/** Score multiplier for two stories filed `gapDays` apart (NaN: a date is unknown, no effect). */
export function timeFactor(gapDays: number): number {
  if (!(gapDays > SAME_NEWS_DAYS)) return 1;
  return GAP_FLOOR + (1 - GAP_FLOOR) * Math.exp(-(gapDays - SAME_NEWS_DAYS) / GAP_DECAY_DAYS);
}

/** A story's matching entry computed without the index (so a worker thread can do it): features, wire meta, shingles. */
export interface PreparedStory {
  /** Feature keys in extraction order and their raw weights. */
  keys: string[];
  weights: number[];
  wire: WireMeta;
  /** Filing day (days since 1970), NaN when unknown. */
  day: number;
  shingles: Shingles;
}

/** Everything `StoryIndex.upsert` computes before it touches the index. */
export function prepareStory(text: string | ArticleModel, meta: MatchMeta = {}, maxFeatures = 200): PreparedStory {
  // An article's model, when the caller has it, is not parsed again.
  const f = typeof text === 'string' ? extractFeatures(text, maxFeatures) : storyFeatures(text, maxFeatures);
  const keys: string[] = [];
  const weights: number[] = [];
  for (const [key, w] of f.weights) {
    keys.push(key);
    weights.push(w);
  }
  const wire: WireMeta = {
    agency: meta.agency ?? f.meta.agency,
    update: meta.update ?? f.meta.update,
    corrected: meta.corrected ?? f.meta.corrected,
    dateline: meta.dateline?.toLowerCase() ?? f.meta.dateline,
  };
  // The filing date: the caller's, else a full date the copy states under its headline. The latter only orders a
  // derivation (versions.ts): as a time factor it cost ECB+ 1.8 F1 points on DEV (follow-ups, page dates).
  const filed = meta.filed?.slice(0, 10) || f.meta.dated;
  if (filed) wire.dated = filed;
  if (f.meta.cites) wire.cites = f.meta.cites.filter((c) => c !== wire.agency);
  if (f.meta.streets) wire.streets = f.meta.streets;
  Object.assign(wire, itemVersionOf(meta));
  const day = meta.filed ? Math.floor(Date.parse(meta.filed.slice(0, 10)) / 86_400_000) : NaN;
  return { keys, weights, wire, day, shingles: shingles(f.stems) };
}

export class StoryIndex {
  readonly threshold: number;
  private readonly maxFeatures: number;
  private readonly candidates: number;
  private readonly corpus?: StoryIndexOptions['corpus'];
  private readonly byId = new Map<string, Entry>();
  private readonly slots: (Entry | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly fidOf = new Map<string, number>();
  private readonly keyOf: string[] = [];
  private readonly df: number[] = [];
  private readonly freeFids: number[] = [];
  private readonly postings: Posting[] = [];
  /** 1 when a feature id is of a specific kind (name, figure, date, dateline), else 0. */
  private readonly spec: number[] = [];
  /** Norms depend on every df, so they are cached only until the next change. */
  private normCache = new Map<number, [number, number]>();
  /** Matches per story at the default threshold, valid until the next change (relation() asks for them per pair). */
  private matchCache = new Map<number, StoryMatch[]>();
  /** Views per story (see GROUP), direct scores per pair of slots, candidates per story: valid until the next change. */
  private viewCache = new Map<number, Map<Entry, { score: number; via?: string }>>();
  private directCache = new Map<number, number>();
  private candidateCache = new Map<number, Entry[]>();
  /** Relations by ordered pair of slots (and linked or not), score included: valid until the next change. */
  private relationCache = new Map<number, ScoredRelation>();
  /**
   * Relations by ordered pair of entries, before the score's say (asUnmatched): the shingle containment they cost
   * depends on the two stories alone, so it outlives other stories' changes. A story re-indexed is a new entry, so a
   * pair is computed afresh when either side changes, and a removed story's pairs go with it.
   */
  private readonly pairRelations = new WeakMap<Entry, WeakMap<Entry, Readonly<Relation>>>();
  /** Scratch for candidate search: partial dot products by slot, and which query last touched each slot. */
  private acc = new Float64Array(0);
  private stamp = new Uint32Array(0);
  private queryNo = 0;

  constructor(opts: StoryIndexOptions = {}) {
    this.threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    this.maxFeatures = opts.maxFeatures ?? 200;
    this.candidates = opts.candidates ?? 64;
    this.corpus = opts.corpus;
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** Add or replace one story; only its own postings and the dfs of its features change. */
  upsert(id: string, text: string | ArticleModel, meta: MatchMeta = {}): void {
    this.upsertPrepared(id, prepareStory(text, meta, this.maxFeatures));
  }

  /** Inserts a story whose features were computed elsewhere (a worker thread): the cheap half of `upsert`. */
  upsertPrepared(id: string, p: PreparedStory): void {
    this.remove(id);
    const pairs: [number, number][] = [];
    for (let i = 0; i < p.keys.length; i++) pairs.push([this.intern(p.keys[i]!), p.weights[i]!]);
    pairs.sort((x, y) => x[0] - y[0]);
    const slot = this.freeSlots.pop() ?? this.slots.length;
    const vec: Vec = { fids: Int32Array.from(pairs, (q) => q[0]), w: Float32Array.from(pairs, (q) => q[1]) };
    let raw = 0;
    for (const q of pairs) raw += q[1] * q[1];
    const entry: Entry = { id, slot, vec, meta: p.wire, shingles: p.shingles, day: p.day, rawNorm: raw };
    this.slots[slot] = entry;
    this.byId.set(id, entry);
    for (let i = 0; i < vec.fids.length; i++) {
      const posting = this.postings[vec.fids[i]!];
      posting!.slots.push(slot);
      posting!.w.push(vec.w[i]!);
      this.df[vec.fids[i]!]!++;
    }
    this.invalidate();
  }

  remove(id: string): boolean {
    const e = this.byId.get(id);
    if (!e) return false;
    for (const fid of e.vec.fids) {
      const p = this.postings[fid];
      const at = p!.slots.indexOf(e.slot);
      // Swap-delete: posting order does not matter.
      p!.slots[at] = p!.slots[p!.slots.length - 1]!;
      p!.w[at] = p!.w[p!.w.length - 1]!;
      p!.slots.pop();
      p!.w.pop();
      if (--this.df[fid]! === 0) this.release(fid);
    }
    this.byId.delete(id);
    this.slots[e.slot] = undefined;
    this.freeSlots.push(e.slot);
    this.invalidate();
    return true;
  }

  /** Stories matching one indexed story, best first, above the threshold (directly or through a third story). */
  matches(id: string, opts: MatchOptions = {}): StoryMatch[] {
    const e = this.byId.get(id);
    if (!e) return [];
    const threshold = opts.threshold ?? this.threshold;
    const cacheable = threshold === this.threshold;
    let all = cacheable ? this.matchCache.get(e.slot) : undefined;
    if (!all) {
      all = this.computeMatches(e, threshold);
      if (cacheable) this.matchCache.set(e.slot, all);
    }
    return opts.limit !== undefined ? all.slice(0, opts.limit) : all;
  }

  private computeMatches(e: Entry, threshold: number): StoryMatch[] {
    const out: StoryMatch[] = [];
    for (const [c, g] of this.view(e)) {
      if (g.score >= threshold)
        out.push(g.via ? { id: c.id, score: g.score, via: g.via } : { id: c.id, score: g.score });
    }
    out.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
    return out;
  }

  /**
   * One story's view (see GROUP): for each of its closest candidates, the average-linkage level at which the two join,
   * and, where only the group carries a pair over the threshold, the member that links the two most strongly.
   * Cached until the next change.
   */
  private view(e: Entry): Map<Entry, { score: number; via?: string }> {
    const cached = this.viewCache.get(e.slot);
    if (cached) return cached;
    const near = this.candidatesOf(e)
      .map((c) => [c, this.direct(e, c)] as const)
      .filter(([, d]) => d >= GROUP.low);
    near.sort((x, y) => y[1] - x[1] || (x[0].id < y[0].id ? -1 : 1));
    const nodes = [e, ...near.slice(0, GROUP.size).map(([c]) => c)];
    const n = nodes.length;
    // Summed direct scores between clusters (row-major n x n), cluster sizes and members; node 0 is the story itself.
    const sum = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) sum[i * n + j] = sum[j * n + i] = this.direct(nodes[i]!, nodes[j]!);
    }
    const size = new Array<number>(n).fill(1);
    const members: number[][] = nodes.map((_, i) => [i]);
    const alive = new Array<boolean>(n).fill(true);
    const joined = new Float64Array(n);
    let home = 0;
    for (;;) {
      let best = 0;
      let bi = -1;
      let bj = -1;
      for (let i = 0; i < n; i++) {
        if (!alive[i]) continue;
        for (let j = i + 1; j < n; j++) {
          if (!alive[j]) continue;
          const v = sum[i * n + j]! / (size[i]! * size[j]!);
          if (v > best) [best, bi, bj] = [v, i, j];
        }
      }
      if (bi < 0) break;
      if (bi === home || bj === home) for (const m of members[bi === home ? bj : bi]!) joined[m] = best;
      for (let k = 0; k < n; k++) sum[bi * n + k] = sum[k * n + bi] = sum[bi * n + k]! + sum[bj * n + k]!;
      sum[bi * n + bi] = 0;
      alive[bj] = false;
      size[bi]! += size[bj]!;
      members[bi] = members[bi]!.concat(members[bj]!);
      if (bj === home) home = bi;
    }
    const out = new Map<Entry, { score: number; via?: string }>();
    for (let k = 1; k < n; k++) {
      const score = joined[k]!;
      const b = nodes[k]!;
      if (this.direct(e, b) >= this.threshold || score < this.threshold) {
        out.set(b, { score });
        continue;
      }
      // Lifted by the group: name the member, joined no later than b, that links the two most strongly.
      let via: Entry | undefined;
      let link = -1;
      for (let m = 1; m < n; m++) {
        if (m === k || joined[m]! < score) continue;
        const l = Math.min(this.direct(e, nodes[m]!), this.direct(nodes[m]!, b));
        if (l > link) [via, link] = [nodes[m], l];
      }
      out.set(b, via ? { score, via: via.id } : { score });
    }
    this.viewCache.set(e.slot, out);
    return out;
  }

  /** The direct score of a pair, cached until the next change (group scores ask for the same pairs repeatedly). */
  private direct(a: Entry, b: Entry): number {
    const key = a.slot < b.slot ? a.slot * 0x200000 + b.slot : b.slot * 0x200000 + a.slot;
    let s = this.directCache.get(key);
    if (s === undefined) {
      // Bounded: views over a whole desk folder would otherwise keep hundreds of pairs per story until the next change.
      if (this.directCache.size >= DIRECT_CACHE_MAX) this.directCache = new Map();
      this.directCache.set(key, (s = this.score(a, b)));
    }
    return s;
  }

  /** Direct similarity of two indexed stories, before group scoring (0 when either is missing). */
  similarity(a: string, b: string): number {
    const ea = this.byId.get(a);
    const eb = this.byId.get(b);
    return ea && eb ? this.score(ea, eb) : 0;
  }

  /** Every pair that either side matches, once (a < b) with the higher score, best first: one view per story, not all n² pairs. */
  pairs(opts: MatchOptions = {}): StoryPair[] {
    const seen = new Map<string, StoryPair>();
    for (const id of this.byId.keys()) {
      for (const m of this.matches(id, { threshold: opts.threshold })) {
        const [a, b] = id < m.id ? [id, m.id] : [m.id, id];
        const key = `${a}\u0000${b}`;
        // Each side scores the pair in its own view (its closest candidates): they can differ at the margin.
        if (!((seen.get(key)?.score ?? -1) >= m.score)) seen.set(key, { a, b, score: m.score });
      }
    }
    const out = [...seen.values()].sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : 1));
    return opts.limit !== undefined ? out.slice(0, opts.limit) : out;
  }

  /**
   * Version / rewrite / same-story relation of two indexed stories, scored in a's view (see GROUP).
   * `linked: false` scores the pair directly, without a's view (versions and rewrites never depend on the score), for
   * callers that relate many pairs at once.
   */
  relation(a: string, b: string, opts: { linked?: boolean } = {}): ScoredRelation | undefined {
    const ea = this.byId.get(a);
    const eb = this.byId.get(b);
    if (!ea || !eb) return undefined;
    const linked = opts.linked !== false;
    const key = (ea.slot * 0x200000 + eb.slot) * 2 + (linked ? 1 : 0);
    let out = this.relationCache.get(key);
    if (out) return out;
    // A story outside a's closest candidates is scored directly.
    const g = (linked ? this.view(ea).get(eb) : undefined) ?? { score: this.direct(ea, eb) };
    const r = g.score >= this.threshold ? this.pairRelation(ea, eb) : asUnmatched(this.pairRelation(ea, eb));
    out = Object.freeze(g.via ? { ...r, score: g.score, via: g.via } : { ...r, score: g.score });
    if (this.relationCache.size >= DIRECT_CACHE_MAX) this.relationCache = new Map();
    this.relationCache.set(key, out);
    return out;
  }

  /** The pair's relation as if matched; computed once per pair of entries (see pairRelations). */
  private pairRelation(a: Entry, b: Entry): Readonly<Relation> {
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

  /** Every cached score depends on every df: one change drops them all. */
  private invalidate(): void {
    this.normCache = new Map();
    this.matchCache = new Map();
    this.viewCache = new Map();
    this.directCache = new Map();
    this.candidateCache = new Map();
    this.relationCache = new Map();
    this.idfCache = [];
  }

  /** idf by feature id until the next change: an archive window asks its corpus (a string lookup) per feature per score. */
  private idfCache: number[] = [];

  private readonly idfOf = (fid: number): number => {
    const cached = this.idfCache[fid];
    if (cached !== undefined) return cached;
    const g = this.corpus
      ? idf(Math.max(this.df[fid]!, this.corpus.df(this.keyOf[fid]!)), this.corpus.size)
      : idf(this.df[fid]!, this.byId.size);
    this.idfCache[fid] = g;
    return g;
  };

  private corpusSize(): number {
    return this.corpus ? Math.max(this.corpus.size, this.byId.size) : this.byId.size;
  }

  private normOf(e: Entry): [number, number] {
    let n = this.normCache.get(e.slot);
    if (n === undefined) this.normCache.set(e.slot, (n = norm2Split(e.vec, this.idfOf, this.spec)));
    return n;
  }

  private score(a: Entry, b: Entry): number {
    if (a === b) return 1;
    const d = dotSplit(a.vec, b.vec, this.idfOf, this.spec);
    const [sa, wa] = this.normOf(a);
    const [sb, wb] = this.normOf(b);
    const cosSpec = d.spec > 0 ? d.spec / Math.sqrt(sa * sb) : 0;
    const cosWord = d.word > 0 ? d.word / Math.sqrt(wa * wb) : 0;
    // A story with no names or figures at all (or no content words) is scored on the part it has.
    const k = sa > 0 && sb > 0 ? (wa > 0 && wb > 0 ? SCORE.specWeight : 1) : 0;
    let s = k * cosSpec + (1 - k) * cosWord;
    if (d.maxSpecIdf < SCORE.anchorRel * idf(2, this.corpusSize())) s *= SCORE.anchorFactor;
    if (streetsDisagree(a.meta, b.meta)) s *= SCORE.streetFactor;
    return Math.min(1, s) * timeFactor(Math.abs(a.day - b.day));
  }

  /** Stories sharing a rare feature, ranked by their partial dot product over rare features; the best few. */
  private candidatesOf(e: Entry): Entry[] {
    const cached = this.candidateCache.get(e.slot);
    if (cached) return cached;
    const n = this.corpusSize();
    // Common features add little to a match and would touch every story: leave them to exact scoring.
    const maxDf = Math.max(16, Math.ceil(n * 0.05));
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
      const fid = e.vec.fids[i];
      if (this.df[fid!]! > maxDf || this.df[fid!]! < 2) continue;
      const g = this.idfOf(fid!);
      const q = e.vec.w[i]! * g * g;
      const p = this.postings[fid!];
      for (let k = 0; k < p!.slots.length; k++) {
        const s = p!.slots[k];
        if (s === e.slot) continue;
        if (stamp[s!] !== mark) {
          stamp[s!] = mark;
          acc[s!] = 0;
          touched.push(s!);
        }
        acc[s!]! += q * p!.w[k]!;
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
    if (touched.length > this.candidates) cut = Float64Array.from(vals).sort()[touched.length - this.candidates]!;
    const ranked: [Entry, number][] = [];
    for (let i = 0; i < touched.length; i++) if (vals[i]! >= cut) ranked.push([this.slots[touched[i]!]!, vals[i]!]);
    ranked.sort((x, y) => y[1] - x[1] || (x[0].id < y[0].id ? -1 : 1));
    const out = ranked.slice(0, this.candidates).map((r) => r[0]);
    this.candidateCache.set(e.slot, out);
    return out;
  }

  private intern(key: string): number {
    let fid = this.fidOf.get(key);
    if (fid === undefined) {
      fid = this.freeFids.pop() ?? this.keyOf.length;
      this.fidOf.set(key, fid);
      this.keyOf[fid] = key;
      this.df[fid] = 0;
      this.postings[fid] = { slots: [], w: [] };
      this.spec[fid] = SPECIFIC_KINDS.has(key[0]!) ? 1 : 0;
    }
    return fid;
  }

  /** A feature no story holds any more: forget it so that churn does not grow memory. */
  private release(fid: number): void {
    this.fidOf.delete(this.keyOf[fid]!);
    this.keyOf[fid] = '';
    this.freeFids.push(fid);
  }
}
