// Matching one story against the archive: candidates from PostgreSQL's inverted index (wc_posting, ranked by the
// same partial dot product over rare features as StoryIndex's own candidate search), then the project's scorer
// (StoryIndex with the archive's document frequencies) ranks them, so archive matches agree with in-memory ones.
import { DEFAULT_THRESHOLD, idf, StoryIndex, type PreparedStory } from '../core/match';
import { type ArchiveConnection, query } from './db';
import { MATCH_SQL } from './matchSql';
import { type ArchiveMatch, type KeptRow, type PreparedRow, PreparedRows, type StoryRow } from './rows';

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
  /** The one statement: frequencies asked, candidates, rows (server time, round trip, the driver's decoding). */
  sql: number;
  frequencies: number;
  /** Rows taken from the result or the cache, features decoded, sorted. */
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
  lastPhases: MatchPhases = { stats: 0, sql: 0, frequencies: 0, rows: 0, scoring: 0, decodedRows: 0 };

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

  /** A kept row's feature frequencies as of the current stats version (a feature the map lacks is in that row only). */
  private dfsOf(kept: KeptRow): Int32Array {
    if (kept.dfs && kept.dfsVersion === this.version) return kept.dfs;
    const p = kept.prepared;
    const dfs = new Int32Array(p.keys.length);
    for (let i = 0; i < dfs.length; i++) dfs[i] = this.dfMap.get(p.keys[i]!) ?? 1;
    [kept.dfs, kept.dfsVersion] = [dfs, this.version];
    return dfs;
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
    // Frequencies the client holds: the map's (2 or more stories), or 0 / 1 as read for an earlier query.
    const held = (key: string): number | undefined => this.dfMap.get(key) ?? this.rareCache.get(key);
    const asked = [...queryKeys].filter((k) => held(k) === undefined);
    // StoryIndex.candidatesOf: features in 2..5 % of the stories, weighted w x idf². A feature whose frequency is
    // unknown is in 0 or 1 archived stories: with the query counted, rare (2) only if in one; the server checks.
    const maxDf = Math.max(16, Math.ceil(n * 0.05));
    const sent = { keys: [] as string[], qw: [] as number[], dft: [] as number[], unknown: [] as boolean[] };
    story.keys.forEach((key, i) => {
      const h = held(key);
      if (h === undefined && inArchive) return;
      const d = (h ?? 1) + (inArchive ? 0 : 1);
      if (d < 2 || d > maxDf) return;
      const g = idf(d, n);
      sent.keys.push(key);
      sent.qw.push(Math.fround(story.weights[i]!) * g * g);
      sent.dft.push(d);
      sent.unknown.push(h === undefined);
    });
    const limit = opts.candidates ?? 64;
    this.rows.lastDecoded = 0;
    type Result = StoryRow & {
      key: string | null;
      df: number | null;
      score: number | null;
      features: Uint8Array | null;
      prepared: string | null;
    };
    // One round trip (see MATCH_SQL); an empty candidate list still asks the query's unknown frequencies.
    const result = await query<Result>(
      this.conn,
      MATCH_SQL,
      [
        sent.keys,
        sent.qw,
        sent.dft,
        sent.unknown,
        asked,
        opts.postingBudget ?? DEFAULT_POSTING_BUDGET,
        opts.selfId ?? '-1',
        opts.excludePath ?? '',
        limit,
        // One literal, not an array the driver escapes element by element (4,096 ids: ~2 ms a query).
        `{${this.rows.keptIds().join(',')}}`,
      ],
      'wc_match',
    );
    const t2 = performance.now();
    for (const k of asked) this.rareCache.set(k, 0);
    const candidates: Result[] = [];
    for (const r of result) {
      if (r.key !== null) this.rareCache.set(r.key, r.df!);
      else candidates.push(r);
    }
    const df = (key: string): number => held(key) ?? 1;
    const dfTotal = (key: string): number => df(key) + (!inArchive && queryKeys.has(key) ? 1 : 0);
    const t3 = performance.now();
    const rows: (Result & { kept: KeptRow })[] = [];
    const dropped: string[] = [];
    for (const r of candidates) {
      const kept = this.rows.take(String(r.id), r.features, r.prepared);
      if (kept) rows.push({ ...r, kept });
      else dropped.push(String(r.id));
    }
    // Features kept when the statement was sent but dropped since (another query in between): read them again.
    if (dropped.length > 0) {
      const again = await this.rows.read(this.conn, dropped);
      const scoreOf = new Map(candidates.map((r) => [String(r.id), r.score]));
      for (const r of again)
        rows.push({ ...r, key: null, df: null, features: null, prepared: null, score: scoreOf.get(String(r.id))! });
    }
    this.rows.trim();
    rows
      .sort((x, y) => y.score! - x.score! || (x.path < y.path ? -1 : x.path > y.path ? 1 : x.item_no - y.item_no))
      .splice(limit);
    const t4 = performance.now();
    const byLocal = new Map<string, PreparedRow>();
    // The window's frequencies, given with each story (the index keeps the highest): the query's own (counting the
    // query), and each row's from the archive map, looked up once per row and stats version, not once per query.
    const local = new StoryIndex({
      corpus: { size: n, df: (key) => (queryKeys.has(key) ? dfTotal(key) : (this.dfMap.get(key) ?? 1)) },
      candidates: limit,
    });
    local.upsertPrepared(QUERY_ID, story, Int32Array.from(story.keys, dfTotal));
    for (const r of rows) {
      const localId = `${r.path}#${r.item_no}`;
      const row: PreparedRow = {
        id: String(r.id),
        path: r.path,
        item_no: r.item_no,
        guid: r.guid,
        version: r.version,
        agency: r.agency,
        headline: r.headline,
        filed: r.filed,
        withdrawn: r.withdrawn,
        prepared: r.kept.prepared,
      };
      byLocal.set(localId, row);
      local.upsertPrepared(localId, r.kept.prepared, this.dfsOf(r.kept));
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
      sql: t2 - t1,
      frequencies: t3 - t2,
      rows: t4 - t3,
      scoring: performance.now() - t4,
      decodedRows: this.rows.lastDecoded,
    };
    return { matches, rows: new Map([...byLocal.values()].map((r) => [String(r.id), r])) };
  }
}
