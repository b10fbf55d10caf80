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

interface StoredPrepared {
  keys: string[];
  weights: number[];
  wire: PreparedStory['wire'];
  day: number | null;
  shingles: { words: { mod: number; hashes: number[] }; pairs: { mod: number; hashes: number[] } };
}

function toPrepared(p: StoredPrepared): PreparedStory {
  const sample = (h: { mod: number; hashes: number[] }) => ({ mod: h.mod, hashes: Uint32Array.from(h.hashes) });
  const shingles: Shingles = { words: sample(p.shingles.words), pairs: sample(p.shingles.pairs) };
  return { keys: p.keys, weights: p.weights, wire: p.wire, day: p.day ?? NaN, shingles };
}

export type PreparedRow = StoryRow & { prepared: PreparedStory };

/** Rows by id with their decoded features; the features of the last `size` rows used are kept (least recent goes). */
export class PreparedRows {
  private readonly cache = new Map<string, PreparedStory>();
  /** Rows the last read decoded (not kept from before). */
  lastDecoded = 0;

  constructor(private readonly size = 4096) {}

  /** The rows of `ids` (in that order, missing ones left out); features are read and decoded only for ids not kept. */
  async read(conn: ArchiveConnection, ids: readonly string[]): Promise<PreparedRow[]> {
    if (ids.length === 0) return [];
    const missing = ids.filter((id) => !this.cache.has(id));
    this.lastDecoded = missing.length;
    const rows = await query<StoryRow & { prepared: StoredPrepared | null }>(
      conn,
      `SELECT ${STORY_COLUMNS}, CASE WHEN s.id = ANY($2::bigint[]) THEN s.prepared END AS prepared
       FROM wc_story s WHERE s.id = ANY($1::bigint[])`,
      [ids, missing],
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    const out: PreparedRow[] = [];
    for (const id of ids) {
      const r = byId.get(id);
      if (!r) continue; // deleted between the two reads (a re-index): it is simply not a candidate now
      let prepared = this.cache.get(id);
      if (prepared) {
        // Least recently used goes first: re-insert on use.
        this.cache.delete(id);
      } else if (r.prepared) {
        prepared = toPrepared(r.prepared);
      } else continue;
      this.cache.set(id, prepared);
      out.push({ ...r, prepared });
    }
    while (this.cache.size > this.size) this.cache.delete(this.cache.keys().next().value!);
    return out;
  }
}
