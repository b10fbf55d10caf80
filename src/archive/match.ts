// Matching one story against the archive: candidates from PostgreSQL's inverted index (wc_posting, ranked by the
// same partial dot product over rare features as StoryIndex's own candidate search), then the project's scorer
// (StoryIndex with the archive's document frequencies) ranks them, so archive matches agree with in-memory ones.
import { DEFAULT_THRESHOLD, idf, StoryIndex, type PreparedStory } from '../core/match';
import { type ArchiveConnection, query } from './db';
import { type ArchiveMatch, PreparedRows, type StoryRow } from './rows';

export type { ArchiveMatch, StoryRow } from './rows';
export { STORY_COLUMNS } from './rows';

const round = (n: number): number => Math.round(n * 1000) / 1000;
const QUERY_ID = '\u0000query';

export interface MatchArchiveOptions {
  /** The query is itself an archived story (the eval): exclude it, and do not count it twice in the frequencies. */
  selfId?: string;
  /** The file being checked, when it is also in the archive: its own row is not another report of it. */
  excludePath?: string;
  threshold?: number;
  candidates?: number;
  /** Postings a query's candidate search may read, rarest features first (see DEFAULT_POSTING_BUDGET). */
  postingBudget?: number;
}

/**
 * Postings one query reads at most. Without a budget a query at 100,000 stories read ~150,000 (every feature in
 * 2..5 % of the archive); eval/archive.ts shows the matches at this budget against in-memory matching.
 */
export const DEFAULT_POSTING_BUDGET = 4000;

/** Where one query's time went (ms), for the bench's profile. */
export interface MatchPhases {
  stats: number;
  df: number;
  candidates: number;
  rows: number;
  scoring: number;
  /** Candidate rows whose features were read and decoded (not kept from an earlier query). */
  decodedRows: number;
}

/** Archive-wide figures a query needs, cached between queries (the editor asks many in a row). */
export class ArchiveMatcher {
  private size = -1;
  private version = -1;
  private checkedAt = 0;
  /**
   * Every feature in at least two stories, with its document frequency, as of `version`: read whole when the
   * indexer's stats version moves, so a query never asks the server for its candidates' frequencies (a feature a
   * candidate holds and this map lacks is in that story only). Queries' own features not in it are asked for.
   */
  private dfMap = new Map<string, number>();
  /** Query features with frequency 0 or 1, as read at `version`. */
  private readonly rareCache = new Map<string, number>();
  private readonly rows = new PreparedRows(4096);
  /** The last query's phases. */
  lastPhases: MatchPhases = { stats: 0, df: 0, candidates: 0, rows: 0, scoring: 0, decodedRows: 0 };

  constructor(
    readonly conn: ArchiveConnection,
    /** How long archive-wide counts are trusted before they are read again. */
    private readonly refreshMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The archive's size; reloads the frequency map when the indexer's version moved since it was read. */
  private async corpusSize(): Promise<number> {
    if (this.size < 0 || this.now() - this.checkedAt > this.refreshMs) {
      const row = (
        await query<{ stories: string; version: string }>(this.conn, 'SELECT stories, version FROM wc_stats')
      )[0];
      this.checkedAt = this.now();
      const version = Number(row?.version ?? 0);
      if (version !== this.version) {
        const map = new Map<string, number>();
        for (const r of await query<{ key: string; df: number }>(this.conn, 'SELECT key, df FROM wc_df WHERE df >= 2'))
          map.set(r.key, r.df);
        [this.dfMap, this.version, this.size] = [map, version, Number(row?.stories ?? 0)];
        this.rareCache.clear();
      }
    }
    return this.size;
  }

  private readonly rowDfs = new WeakMap<PreparedStory, { version: number; dfs: Int32Array }>();

  /** A row's feature frequencies as of the current stats version (a feature the map lacks is in this row only). */
  private dfsOf(p: PreparedStory): Int32Array {
    const cached = this.rowDfs.get(p);
    if (cached && cached.version === this.version) return cached.dfs;
    const dfs = new Int32Array(p.keys.length);
    for (let i = 0; i < dfs.length; i++) dfs[i] = this.dfMap.get(p.keys[i]!) ?? 1;
    this.rowDfs.set(p, { version: this.version, dfs });
    return dfs;
  }

  /** Document frequencies of a query's own features: the map's, else read (0 or 1) once per stats version. */
  private async queryDf(keys: readonly string[]): Promise<(key: string) => number> {
    const missing = [...new Set(keys)].filter((k) => !this.dfMap.has(k) && !this.rareCache.has(k));
    if (missing.length > 0) {
      for (const k of missing) this.rareCache.set(k, 0);
      for (const r of await query<{ key: string; df: number }>(
        this.conn,
        'SELECT key, df FROM wc_df WHERE key = ANY($1::text[])',
        [missing],
      ))
        this.rareCache.set(r.key, r.df);
    }
    return (key) => this.dfMap.get(key) ?? this.rareCache.get(key) ?? 1;
  }

  /**
   * Candidates ranked as StoryIndex ranks its own (rare-feature partial dot product over the raw-weight norm, which
   * each posting's weight is already divided by: migration 4), best first: the server sums the postings per story
   * (an index-only scan) and returns the best `limit` and any tied with the last; `match` breaks ties by path.
   */
  private async candidateIds(
    keys: string[],
    qw: number[],
    selfId: string,
    limit: number,
    excludePath: string,
  ): Promise<{ id: string; score: number }[]> {
    const ranked = await query<{ id: string; score: number }>(
      this.conn,
      `SELECT p.story_id AS id, sum(p.wn * q.qw) AS score FROM unnest($1::text[], $2::float8[]) AS q(key, qw)
       JOIN wc_posting p ON p.key = q.key
       WHERE p.story_id <> $3 AND p.story_id NOT IN (SELECT s.id FROM wc_story s WHERE s.path = $4)
       GROUP BY p.story_id ORDER BY score DESC FETCH FIRST $5 ROWS WITH TIES`,
      [keys, qw, selfId, excludePath, limit],
    );
    return ranked.map((r) => ({ id: String(r.id), score: r.score }));
  }

  async match(
    story: PreparedStory,
    opts: MatchArchiveOptions = {},
  ): Promise<{ matches: ArchiveMatch[]; rows: Map<string, StoryRow> }> {
    const t0 = performance.now();
    const inArchive = opts.selfId !== undefined;
    const n = (await this.corpusSize()) + (inArchive ? 0 : 1);
    const t1 = performance.now();
    const queryKeys = new Set(story.keys);
    // A feature the map lacks is in at most one story: a candidate holding it is that one.
    const df = await this.queryDf(story.keys);
    const dfTotal = (key: string): number => df(key) + (!inArchive && queryKeys.has(key) ? 1 : 0);
    const t2 = performance.now();
    // StoryIndex.candidatesOf: features in 2..5 % of the stories, weighted w x idf².
    const maxDf = Math.max(16, Math.ceil(n * 0.05));
    const rare: { key: string; df: number; qw: number }[] = [];
    story.keys.forEach((key, i) => {
      const d = dfTotal(key);
      if (d < 2 || d > maxDf) return;
      const g = idf(d, n);
      rare.push({ key, df: d, qw: Math.fround(story.weights[i]!) * g * g });
    });
    // The rarest features first, up to a budget of postings: the work per query stays flat as the archive grows
    // (the 2..5 % band holds 10x the postings at 10x the stories). Rare features carry the most weight (idf²).
    rare.sort((x, y) => x.df - y.df);
    const budget = opts.postingBudget ?? DEFAULT_POSTING_BUDGET;
    let postings = 0;
    let kept = 0;
    while (kept < rare.length && (kept === 0 || postings + rare[kept]!.df <= budget)) postings += rare[kept++]!.df;
    const sent = rare.slice(0, kept);
    if (sent.length === 0) return { matches: [], rows: new Map() };
    const limit = opts.candidates ?? 64;
    const ranked = await this.candidateIds(
      sent.map((x) => x.key),
      sent.map((x) => x.qw),
      opts.selfId ?? '-1',
      limit,
      opts.excludePath ?? '',
    );
    const t3 = performance.now();
    const scoreOf = new Map(ranked.map((x) => [x.id, x.score]));
    const rows = (
      await this.rows.read(
        this.conn,
        ranked.map((x) => x.id),
      )
    )
      .sort(
        (x, y) =>
          scoreOf.get(String(y.id))! - scoreOf.get(String(x.id))! ||
          (x.path < y.path ? -1 : x.path > y.path ? 1 : x.item_no - y.item_no),
      )
      .slice(0, limit);
    const t4 = performance.now();
    const byLocal = new Map<string, StoryRow>();
    // The window's frequencies, given with each story (the index keeps the highest): the query's own (counting the
    // query), and each row's from the archive map, looked up once per row and stats version, not once per query.
    const local = new StoryIndex({
      corpus: { size: n, df: (key) => (queryKeys.has(key) ? dfTotal(key) : (this.dfMap.get(key) ?? 1)) },
      candidates: limit,
    });
    local.upsertPrepared(QUERY_ID, story, Int32Array.from(story.keys, dfTotal));
    for (const r of rows) {
      const localId = `${r.path}#${r.item_no}`;
      byLocal.set(localId, r);
      local.upsertPrepared(localId, r.prepared, this.dfsOf(r.prepared));
    }
    const matches: ArchiveMatch[] = [];
    for (const m of local.matches(QUERY_ID, { threshold: opts.threshold ?? DEFAULT_THRESHOLD })) {
      const r = byLocal.get(m.id)!;
      const rel = local.relation(QUERY_ID, m.id);
      matches.push({
        source: 'archive',
        id: String(r.id),
        path: r.path,
        ...(r.agency ? { agency: r.agency } : {}),
        ...(r.filed ? { filed: r.filed.toISOString() } : {}),
        ...(r.headline ? { headline: r.headline } : {}),
        score: round(m.score),
        relation: rel?.kind ?? 'same-story',
        ...(r.guid ? { guid: r.guid } : {}),
        ...(r.withdrawn ? { withdrawn: true as const } : {}),
      });
    }
    this.lastPhases = {
      stats: t1 - t0,
      df: t2 - t1,
      candidates: t3 - t2,
      rows: t4 - t3,
      scoring: performance.now() - t4,
      decodedRows: this.rows.lastDecoded,
    };
    return { matches, rows: new Map([...byLocal.values()].map((r) => [String(r.id), r])) };
  }
}
