// Matching one story against the archive: candidates from PostgreSQL's inverted index (wc_posting, ranked by the
// same partial dot product over rare features as StoryIndex's own candidate search), then the project's scorer
// (StoryIndex with the archive's document frequencies) ranks them, so archive matches agree with in-memory ones.
import { DEFAULT_THRESHOLD, idf, StoryIndex, type PreparedStory, type RelationKind } from '../core/match';
import type { Shingles } from '../core/match/versions';
import { type ArchiveConnection, query } from './db';

export interface ArchiveMatch {
  source: 'archive';
  /** The archive's row id of this version. */
  id: string;
  path: string;
  agency?: string;
  filed?: string;
  headline?: string;
  score: number;
  relation: RelationKind;
  guid?: string;
  /** Its guid was withheld or canceled: shown, never used for figures. */
  withdrawn?: true;
}

interface StoredPrepared {
  keys: string[];
  weights: number[];
  wire: PreparedStory['wire'];
  day: number | null;
  shingles: { words: { mod: number; hashes: number[] }; pairs: { mod: number; hashes: number[] } };
}

export interface StoryRow extends Record<string, unknown> {
  id: string;
  path: string;
  item_no: number;
  guid: string | null;
  version: string | null;
  agency: string | null;
  headline: string | null;
  filed: Date | null;
  withdrawn: boolean;
}

export const STORY_COLUMNS = `s.id, s.path, s.item_no, s.guid, s.version, s.agency, s.headline, s.filed,
  (s.guid IS NOT NULL AND EXISTS (SELECT 1 FROM wc_withdrawn w WHERE w.guid = s.guid)) AS withdrawn`;

function toPrepared(p: StoredPrepared): PreparedStory {
  const sample = (h: { mod: number; hashes: number[] }) => ({ mod: h.mod, hashes: Uint32Array.from(h.hashes) });
  const shingles: Shingles = { words: sample(p.shingles.words), pairs: sample(p.shingles.pairs) };
  return { keys: p.keys, weights: p.weights, wire: p.wire, day: p.day ?? NaN, shingles };
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
const QUERY_ID = '\u0000query';

export interface MatchArchiveOptions {
  /** The query is itself an archived story (the eval): exclude it, and do not count it twice in the frequencies. */
  selfId?: string;
  /** The file being checked, when it is also in the archive: its own row is not another report of it. */
  excludePath?: string;
  threshold?: number;
  candidates?: number;
}

/** Where one query's time went (ms), for the bench's profile. */
export interface MatchPhases {
  stats: number;
  df: number;
  candidates: number;
  rows: number;
  scoring: number;
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
  /** Decoded features by row id: a row's features never change (a changed file gets new rows, new ids). */
  private readonly preparedCache = new Map<string, PreparedStory>();
  private readonly preparedCacheSize = 4096;
  /** The last query's phases. */
  lastPhases: MatchPhases = { stats: 0, df: 0, candidates: 0, rows: 0, scoring: 0 };

  constructor(
    readonly conn: ArchiveConnection,
    /** How long archive-wide counts are trusted before they are read again. */
    private readonly refreshMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The archive's size; reloads the frequency map when the indexer's version moved since it was read. */
  private async corpusSize(): Promise<number> {
    if (this.size < 0 || this.now() - this.checkedAt > this.refreshMs) {
      const row = (await query<{ stories: string; version: string }>(this.conn, 'SELECT stories, version FROM wc_stats'))[0];
      this.checkedAt = this.now();
      const version = Number(row?.version ?? 0);
      if (version !== this.version) {
        const map = new Map<string, number>();
        for (const r of await query<{ key: string; df: number }>(this.conn, 'SELECT key, df FROM wc_df WHERE df >= 2')) map.set(r.key, r.df);
        [this.dfMap, this.version, this.size] = [map, version, Number(row?.stories ?? 0)];
        this.rareCache.clear();
      }
    }
    return this.size;
  }

  /** Document frequencies of a query's own features: the map's, else read (0 or 1) once per stats version. */
  private async queryDf(keys: readonly string[]): Promise<(key: string) => number> {
    const missing = [...new Set(keys)].filter((k) => !this.dfMap.has(k) && !this.rareCache.has(k));
    if (missing.length > 0) {
      for (const k of missing) this.rareCache.set(k, 0);
      for (const r of await query<{ key: string; df: number }>(this.conn, 'SELECT key, df FROM wc_df WHERE key = ANY($1::text[])', [missing])) this.rareCache.set(r.key, r.df);
    }
    return (key) => this.dfMap.get(key) ?? this.rareCache.get(key) ?? 1;
  }

  /**
   * The best candidates' ids, ranked in SQL as StoryIndex ranks its own (rare-feature partial dot product over the
   * raw-weight norm, ties by path and item): postings and the covering story index only, no row bodies.
   */
  private async candidateIds(keys: string[], qw: number[], selfId: string, limit: number, excludePath: string): Promise<string[]> {
    const rows = await query<{ id: string }>(
      this.conn,
      `WITH c AS (
         SELECT p.story_id, sum(p.w * q.qw) AS acc FROM unnest($1::text[], $2::float8[]) AS q(key, qw)
         JOIN wc_posting p ON p.key = q.key WHERE p.story_id <> $3 GROUP BY p.story_id)
       SELECT s.id FROM c JOIN wc_story s ON s.id = c.story_id WHERE s.path <> $5
       ORDER BY c.acc / sqrt(CASE WHEN s.raw_norm > 0 THEN s.raw_norm ELSE 1 END) DESC, s.path, s.item_no LIMIT $4`,
      [keys, qw, selfId, limit, excludePath],
    );
    return rows.map((r) => String(r.id));
  }

  /** The candidates' rows in rank order; prepared features are read (and decoded) only for ids not seen before. */
  private async rowsOf(ids: string[]): Promise<(StoryRow & { prepared: PreparedStory })[]> {
    if (ids.length === 0) return [];
    const missing = ids.filter((id) => !this.preparedCache.has(id));
    const rows = await query<StoryRow & { prepared: StoredPrepared | null }>(
      this.conn,
      `SELECT ${STORY_COLUMNS}, CASE WHEN s.id = ANY($2::bigint[]) THEN s.prepared END AS prepared
       FROM wc_story s WHERE s.id = ANY($1::bigint[])`,
      [ids, missing],
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    const out: (StoryRow & { prepared: PreparedStory })[] = [];
    for (const id of ids) {
      const r = byId.get(id);
      if (!r) continue; // deleted between the two reads (a re-index): it is simply not a candidate now
      let prepared = this.preparedCache.get(id);
      if (prepared) {
        // Least recently used goes first: re-insert on use.
        this.preparedCache.delete(id);
      } else if (r.prepared) {
        prepared = toPrepared(r.prepared);
      } else continue;
      this.preparedCache.set(id, prepared);
      out.push({ ...r, prepared });
    }
    while (this.preparedCache.size > this.preparedCacheSize) this.preparedCache.delete(this.preparedCache.keys().next().value!);
    return out;
  }

  async match(story: PreparedStory, opts: MatchArchiveOptions = {}): Promise<{ matches: ArchiveMatch[]; rows: Map<string, StoryRow> }> {
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
    const keys: string[] = [];
    const qw: number[] = [];
    story.keys.forEach((key, i) => {
      const d = dfTotal(key);
      if (d < 2 || d > maxDf) return;
      const g = idf(d, n);
      keys.push(key);
      qw.push(story.weights[i]! * g * g);
    });
    if (keys.length === 0) return { matches: [], rows: new Map() };
    const limit = opts.candidates ?? 64;
    const ranked = await this.candidateIds(keys, qw, opts.selfId ?? '-1', limit, opts.excludePath ?? '');
    const t3 = performance.now();
    const rows = await this.rowsOf(ranked);
    const t4 = performance.now();
    const byLocal = new Map<string, StoryRow>();
    const local = new StoryIndex({ corpus: { size: n, df: dfTotal }, candidates: limit });
    local.upsertPrepared(QUERY_ID, story);
    for (const r of rows) {
      const localId = `${r.path}#${r.item_no}`;
      byLocal.set(localId, r);
      local.upsertPrepared(localId, r.prepared);
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
    this.lastPhases = { stats: t1 - t0, df: t2 - t1, candidates: t3 - t2, rows: t4 - t3, scoring: performance.now() - t4 };
    return { matches, rows: new Map([...byLocal.values()].map((r) => [String(r.id), r])) };
  }
}
