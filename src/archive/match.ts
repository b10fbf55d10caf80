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

/** Archive-wide figures a query needs, cached between queries (the editor asks many in a row). */
export class ArchiveMatcher {
  private size = -1;
  private sizeAt = 0;
  private readonly dfCache = new Map<string, number>();
  /** Decoded features by row id: a row's features never change (a changed file gets new rows, new ids). */
  private readonly preparedCache = new Map<string, PreparedStory>();
  private readonly preparedCacheSize = 4096;

  constructor(
    readonly conn: ArchiveConnection,
    /** How long archive-wide counts are trusted before they are read again. */
    private readonly refreshMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  private async corpusSize(): Promise<number> {
    if (this.size < 0 || this.now() - this.sizeAt > this.refreshMs) {
      this.size = Number((await query<{ n: string }>(this.conn, 'SELECT count(*) AS n FROM wc_story'))[0]!.n);
      this.sizeAt = this.now();
      this.dfCache.clear();
    }
    return this.size;
  }

  private async dfOf(keys: readonly string[]): Promise<Map<string, number>> {
    const missing = [...new Set(keys)].filter((k) => !this.dfCache.has(k));
    if (missing.length > 0) {
      for (const k of missing) this.dfCache.set(k, 0);
      for (const r of await query<{ key: string; df: number }>(this.conn, 'SELECT key, df FROM wc_df WHERE key = ANY($1::text[])', [missing])) this.dfCache.set(r.key, r.df);
    }
    return this.dfCache;
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
    const inArchive = opts.selfId !== undefined;
    const n = (await this.corpusSize()) + (inArchive ? 0 : 1);
    const queryKeys = new Set(story.keys);
    const df = await this.dfOf(story.keys);
    const dfTotal = (key: string): number => (df.get(key) ?? 0) + (!inArchive && queryKeys.has(key) ? 1 : 0);
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
    const rows = await this.rowsOf(ranked);
    const byLocal = new Map<string, StoryRow>();
    await this.dfOf(rows.flatMap((r) => r.prepared.keys));
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
    return { matches, rows: new Map([...byLocal.values()].map((r) => [String(r.id), r])) };
  }
}
