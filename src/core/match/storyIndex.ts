// An incremental index of stories: per-document feature vectors, document frequencies and an inverted index
// (storyPostings.ts), so that adding or editing one story costs one extraction and a query touches only stories
// sharing rare features. Pairs are scored directly (pairScore.ts), then within each story's group
// (averageLinkage.ts); relations are cached per pair (relationCache.ts).
import { averageLinkage, joinLevels } from './averageLinkage';
import { PairScorer, type CorpusStats } from './pairScore';
import { prepareStory, type MatchMeta, type PreparedStory } from './prepareStory';
import { RelationCache, type ScoredRelation } from './relationCache';
import { StoryPostings, type Entry } from './storyPostings';
import { asUnmatched } from './versions';
import type { ArticleModel } from '../types';

/**
 * Group score (see GROUP) above which two stories are the same story. Calibrated on the DEV eval data (eval/matching.ts,
 * sweep there).
 */
export const DEFAULT_THRESHOLD = 0.18;

/**
 * Group scoring: each story's view of its neighbourhood is an average-linkage clustering of the story and its `size`
 * closest candidates (direct score at least `low`), and a pair's score is the level at which the two join. Reports of
 * one event form one dense group, so a weakly worded pair inside it is lifted (a rewrite of a rewrite, a short brief);
 * two events of one kind form two groups whose average cross similarity stays low even where two of their reports
 * happen to share a topic's names, so that pair is not matched. Tuned on DEV (eval/matching.ts): against direct scores
 * with one-hop links it cut the ECB+ false matches between the two events of a topic by half at the same recall.
 */
export const GROUP = { size: 24, low: 0.05 };

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
  corpus?: CorpusStats;
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

export interface StoryPair {
  a: string;
  b: string;
  score: number;
}

type GroupScore = { score: number; via?: string };

export class StoryIndex {
  readonly threshold: number;
  private readonly maxFeatures: number;
  private readonly candidates: number;
  private readonly store = new StoryPostings();
  private readonly scorer: PairScorer;
  private readonly relations = new RelationCache();
  /** Matches per story at the default threshold, valid until the next change (relation() asks for them per pair). */
  private matchCache = new Map<number, StoryMatch[]>();
  /** Views per story (see GROUP) and candidates per story: valid until the next change. */
  private viewCache = new Map<number, Map<Entry, GroupScore>>();
  private candidateCache = new Map<number, Entry[]>();

  constructor(opts: StoryIndexOptions = {}) {
    this.threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    this.maxFeatures = opts.maxFeatures ?? 200;
    this.candidates = opts.candidates ?? 64;
    this.scorer = new PairScorer(this.store, opts.corpus);
  }

  get size(): number {
    return this.store.byId.size;
  }

  has(id: string): boolean {
    return this.store.byId.has(id);
  }

  ids(): string[] {
    return [...this.store.byId.keys()];
  }

  /** Add or replace one story; only its own postings and the dfs of its features change. */
  upsert(id: string, text: string | ArticleModel, meta: MatchMeta = {}): void {
    this.upsertPrepared(id, prepareStory(text, meta, this.maxFeatures));
  }

  /**
   * Inserts a story whose features were computed elsewhere (a worker thread): the cheap half of `upsert`. A window on
   * a corpus may give each feature's corpus frequency (`corpusDf`, aligned with `p.keys`), sparing a string lookup.
   */
  upsertPrepared(id: string, p: PreparedStory, corpusDf?: ArrayLike<number>): void {
    this.remove(id);
    this.store.insert(id, p, corpusDf);
    this.invalidate();
  }

  remove(id: string): boolean {
    if (!this.store.delete(id)) return false;
    this.invalidate();
    return true;
  }

  /** Stories matching one indexed story, best first, above the threshold (directly or through a third story). */
  matches(id: string, opts: MatchOptions = {}): StoryMatch[] {
    const e = this.store.byId.get(id);
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
  private view(e: Entry): Map<Entry, GroupScore> {
    const cached = this.viewCache.get(e.slot);
    if (cached) return cached;
    const direct = (a: Entry, b: Entry): number => this.scorer.direct(a, b);
    const near = this.candidatesOf(e)
      .map((c) => [c, direct(e, c)] as const)
      .filter(([, d]) => d >= GROUP.low);
    near.sort((x, y) => y[1] - x[1] || (x[0].id < y[0].id ? -1 : 1));
    // Node 0 is the story itself.
    const nodes = [e, ...near.slice(0, GROUP.size).map(([c]) => c)];
    const n = nodes.length;
    const joined = joinLevels(
      averageLinkage(n, (i, j) => direct(nodes[i]!, nodes[j]!)),
      n,
    );
    const out = new Map<Entry, GroupScore>();
    for (let k = 1; k < n; k++) {
      const score = joined[k]!;
      const b = nodes[k]!;
      if (direct(e, b) >= this.threshold || score < this.threshold) {
        out.set(b, { score });
        continue;
      }
      // Lifted by the group: name the member, joined no later than b, that links the two most strongly.
      let via: Entry | undefined;
      let link = -1;
      for (let m = 1; m < n; m++) {
        if (m === k || joined[m]! < score) continue;
        const l = Math.min(direct(e, nodes[m]!), direct(nodes[m]!, b));
        if (l > link) [via, link] = [nodes[m], l];
      }
      out.set(b, via ? { score, via: via.id } : { score });
    }
    this.viewCache.set(e.slot, out);
    return out;
  }

  /** Direct similarity of two indexed stories, before group scoring (0 when either is missing). */
  similarity(a: string, b: string): number {
    const ea = this.store.byId.get(a);
    const eb = this.store.byId.get(b);
    return ea && eb ? this.scorer.score(ea, eb) : 0;
  }

  /** Every pair that either side matches, once (a < b) with the higher score, best first: one view per story, not all n² pairs. */
  pairs(opts: MatchOptions = {}): StoryPair[] {
    const seen = new Map<string, StoryPair>();
    for (const id of this.store.byId.keys()) {
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
    const ea = this.store.byId.get(a);
    const eb = this.store.byId.get(b);
    if (!ea || !eb) return undefined;
    const linked = opts.linked !== false;
    const key = this.relations.scoredKey(ea, eb, linked);
    let out = this.relations.getScored(key);
    if (out) return out;
    // A story outside a's closest candidates is scored directly.
    const g = (linked ? this.view(ea).get(eb) : undefined) ?? { score: this.scorer.direct(ea, eb) };
    const pair = this.relations.pairRelation(ea, eb);
    const r = g.score >= this.threshold ? pair : asUnmatched(pair);
    out = Object.freeze(g.via ? { ...r, score: g.score, via: g.via } : { ...r, score: g.score });
    this.relations.setScored(key, out);
    return out;
  }

  /** Every cached score depends on every df: one change drops them all. */
  private invalidate(): void {
    this.matchCache = new Map();
    this.viewCache = new Map();
    this.candidateCache = new Map();
    this.scorer.reset();
    this.relations.reset();
  }

  /** Stories sharing a rare feature, ranked by their partial dot product over rare features; the best few. */
  private candidatesOf(e: Entry): Entry[] {
    let out = this.candidateCache.get(e.slot);
    if (!out) {
      out = this.store.candidatesOf(e, this.candidates, this.scorer.corpusSize(), this.scorer.idfOf);
      this.candidateCache.set(e.slot, out);
    }
    return out;
  }
}
