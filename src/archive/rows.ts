// The archive's story rows as matching reads them: the columns shown with a match, and the prepared features decoded
// once per row id and kept (a row never changes: a changed file gets new rows, new ids).
import type { PreparedStory, RelationKind } from '../core/match';
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

/**
 * A row's features as read: the stored JSON as text, for rows the client does not keep (`cached`: an id array).
 * The client parses all but the shingles, which a relation alone reads (the few matched rows, not the 64 candidates).
 */
export const FEATURE_COLUMNS = (cached: string): string =>
  `CASE WHEN s.id = ANY(${cached}) THEN NULL ELSE s.prepared::text END AS prepared`;

interface StoredPrepared {
  keys: string[];
  weights: number[];
  wire: PreparedStory['wire'];
  day: number | null;
}

type StoredSample = { mod: number; hashes: number[] };

/** Shingles decoded from their JSON on first use. */
function lazyShingles(json: string): Shingles {
  let decoded: Shingles | undefined;
  const get = (): Shingles => {
    if (!decoded) {
      const s = JSON.parse(json) as { words: StoredSample; pairs: StoredSample };
      const sample = (h: StoredSample) => ({ mod: h.mod, hashes: Uint32Array.from(h.hashes) });
      decoded = { words: sample(s.words), pairs: sample(s.pairs) };
    }
    return decoded;
  };
  return {
    get words() {
      return get().words;
    },
    get pairs() {
      return get().pairs;
    },
  };
}

/** PostgreSQL prints a jsonb object's keys shortest first: "shingles" (8 letters) is the stored object's last. */
const SHINGLES_AT = ', "shingles": ';

/** A row's stored features from their JSON text, the shingles left as text until a relation reads them. */
export function toPrepared(json: string): PreparedStory {
  const at = json.lastIndexOf(SHINGLES_AT);
  const split = at > 0 && json.endsWith('}');
  const p = JSON.parse(split ? json.slice(0, at) + '}' : json) as StoredPrepared & { shingles?: unknown };
  const shingles = split ? json.slice(at + SHINGLES_AT.length, -1) : JSON.stringify(p.shingles);
  return { keys: p.keys, weights: p.weights, wire: p.wire, day: p.day ?? NaN, shingles: lazyShingles(shingles) };
}

export type PreparedRow = StoryRow & { prepared: PreparedStory };

/** A kept row's features, with its features' archive frequencies as of one stats version (filled by the matcher). */
export interface KeptRow {
  prepared: PreparedStory;
  dfs?: Int32Array;
  dfsVersion?: number;
}

/** Rows by id with their decoded features; the features of the last `size` rows used are kept (least recent goes). */
export class PreparedRows {
  private readonly cache = new Map<string, KeptRow>();
  /** Rows the last read decoded (not kept from before). */
  lastDecoded = 0;

  constructor(private readonly size = 4096) {}

  /** Ids whose features are kept: a read need not send them again. */
  keptIds(): string[] {
    return [...this.cache.keys()];
  }

  /**
   * A row as a read returned it: its features decoded when the read carried them, else the kept ones (used again:
   * least recently used goes first); undefined when neither (dropped from the cache while the read was under way).
   */
  take(id: string, json: string | null): KeptRow | undefined {
    let kept = this.cache.get(id);
    if (kept) this.cache.delete(id);
    else if (json !== null) {
      kept = { prepared: toPrepared(json) };
      this.lastDecoded++;
    } else return undefined;
    this.cache.set(id, kept);
    return kept;
  }

  /** Drops the least recently used beyond the cache's size. */
  trim(): void {
    while (this.cache.size > this.size) this.cache.delete(this.cache.keys().next().value!);
  }

  /** The rows of `ids` (in that order, missing ones left out), features read for every one (a fallback path). */
  async read(conn: ArchiveConnection, ids: readonly string[]): Promise<(PreparedRow & { kept: KeptRow })[]> {
    this.lastDecoded = 0;
    if (ids.length === 0) return [];
    const rows = await query<StoryRow & { prepared: string | null }>(
      conn,
      `SELECT ${STORY_COLUMNS}, ${FEATURE_COLUMNS("'{}'::bigint[]")} FROM wc_story s WHERE s.id = ANY($1::bigint[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    const out: (PreparedRow & { kept: KeptRow })[] = [];
    for (const id of ids) {
      const r = byId.get(id);
      if (!r) continue; // deleted between the two reads (a re-index): it is simply not a candidate now
      const kept = this.take(id, r.prepared);
      if (kept) out.push({ ...r, prepared: kept.prepared, kept });
    }
    this.trim();
    return out;
  }
}
