// The direct score of two indexed stories: idf-weighted cosines over specific features and content words, then the
// verifiers (anchor, streets) and the filing-gap factor; with the idf, norm and score caches valid until a change.
import type { WireMeta } from './features';
import { dotSplit, idf, norm2Split } from './similarity';
import type { Entry, StoryPostings } from './storyPostings';

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

/** Days apart within which filing dates say nothing; beyond, a same-kind event elsewhere becomes likelier. */
export const SAME_NEWS_DAYS = 3;
/** Decay (days) and floor of the filing-gap factor: follow-ups months later still match when the wording is close. */
const GAP_DECAY_DAYS = 7;
const GAP_FLOOR = 0.25;

/** Direct scores kept per index revision before the cache starts over (about 10 MB). */
export const DIRECT_CACHE_MAX = 200_000;

/** Score multiplier for two stories filed `gapDays` apart (NaN: a date is unknown, no effect). */
export function timeFactor(gapDays: number): number {
  if (!(gapDays > SAME_NEWS_DAYS)) return 1;
  return GAP_FLOOR + (1 - GAP_FLOOR) * Math.exp(-(gapDays - SAME_NEWS_DAYS) / GAP_DECAY_DAYS);
}

/** Both stories place the event on a street and share none: two incidents of one kind, not one story. */
function streetsDisagree(a: WireMeta, b: WireMeta): boolean {
  if (!a.streets || !b.streets) return false;
  const bStreets = b.streets;
  return !a.streets.some((s) => bStreets.includes(s));
}

/** Document frequencies and size of a larger corpus the index is a window on (see StoryIndexOptions.corpus). */
export interface CorpusStats {
  size: number;
  df(key: string): number;
}

/** Scores pairs of one index's entries; every cache depends on every df, so `reset` after each change. */
export class PairScorer {
  private idfCache: number[] = [];
  /** Norms depend on every df, so they are cached only until the next change. */
  private normCache = new Map<number, [number, number]>();
  private directCache = new Map<number, number>();

  constructor(
    private readonly postings: StoryPostings,
    private readonly corpus?: CorpusStats,
  ) {}

  reset(): void {
    this.normCache = new Map();
    this.directCache = new Map();
    this.idfCache = [];
  }

  /** idf by feature id until the next change: an archive window asks its corpus (a string lookup) per feature per score. */
  readonly idfOf = (fid: number): number => {
    const cached = this.idfCache[fid];
    if (cached !== undefined) return cached;
    const g = this.corpus
      ? idf(
          Math.max(this.postings.df(fid), this.postings.corpusDf(fid) ?? this.corpus.df(this.postings.key(fid))),
          this.corpus.size,
        )
      : idf(this.postings.df(fid), this.postings.byId.size);
    this.idfCache[fid] = g;
    return g;
  };

  corpusSize(): number {
    const size = this.postings.byId.size;
    return this.corpus ? Math.max(this.corpus.size, size) : size;
  }

  /** The direct score of a pair, cached until the next change (group scores ask for the same pairs repeatedly). */
  direct(a: Entry, b: Entry): number {
    const key = a.slot < b.slot ? a.slot * 0x200000 + b.slot : b.slot * 0x200000 + a.slot;
    let s = this.directCache.get(key);
    if (s === undefined) {
      // Bounded: views over a whole desk folder would otherwise keep hundreds of pairs per story until the next change.
      if (this.directCache.size >= DIRECT_CACHE_MAX) this.directCache = new Map();
      this.directCache.set(key, (s = this.score(a, b)));
    }
    return s;
  }

  /** The direct score, uncached. */
  score(a: Entry, b: Entry): number {
    if (a === b) return 1;
    const spec = this.postings.spec;
    const d = dotSplit(a.vec, b.vec, this.idfOf, spec);
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

  private normOf(e: Entry): [number, number] {
    let n = this.normCache.get(e.slot);
    if (n === undefined) this.normCache.set(e.slot, (n = norm2Split(e.vec, this.idfOf, this.postings.spec)));
    return n;
  }
}
