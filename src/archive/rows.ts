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
 * A row's features as read, for rows the client does not keep (`cached`: an id array): the compact binary form
 * (migration 5, `fromFeatures`), or the stored JSON's text where a row lacks it.
 */
export const FEATURE_COLUMNS = (cached: string): string =>
  `CASE WHEN s.id = ANY(${cached}) THEN NULL ELSE s.features END AS features,
   CASE WHEN s.id = ANY(${cached}) OR s.features IS NOT NULL THEN NULL ELSE s.prepared::text END AS prepared`;

const KEY_SEPARATOR = '\u001f';

/** A row's features from their binary form (see migration 5 in schema.ts); undefined if it is not that form. */
export function fromFeatures(buf: Uint8Array): PreparedStory | undefined {
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let at = 0;
  const int = (): number => {
    const x = v.getInt32(at);
    at += 4;
    return x;
  };
  if (buf.byteLength < 16 || int() !== 1) return undefined;
  const day = v.getFloat64(at);
  at += 8;
  const n = int();
  const weights = new Array<number>(n);
  for (let i = 0; i < n; i++, at += 8) weights[i] = v.getFloat64(at);
  const sample = (): { mod: number; hashes: Uint32Array } => {
    const mod = int();
    const hashes = new Uint32Array(int());
    for (let i = 0; i < hashes.length; i++, at += 4) hashes[i] = v.getUint32(at);
    return { mod, hashes };
  };
  const words = sample();
  const pairs = sample();
  const wireLength = int();
  const text = new TextDecoder();
  const wire = JSON.parse(text.decode(buf.subarray(at, at + wireLength))) as PreparedStory['wire'];
  at += wireLength;
  const keys = n === 0 ? [] : text.decode(buf.subarray(at)).split(KEY_SEPARATOR);
  if (keys.length !== n) return undefined;
  return { keys, weights, wire, day, shingles: { words, pairs } };
}

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
  take(id: string, features: Uint8Array | null, json: string | null): KeptRow | undefined {
    let kept = this.cache.get(id);
    if (kept) this.cache.delete(id);
    else if (features !== null || json !== null) {
      const prepared = (features && fromFeatures(features)) ?? (json !== null ? toPrepared(json) : undefined);
      if (!prepared) return undefined;
      kept = { prepared };
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
    const rows = await query<StoryRow & { features: Uint8Array | null; prepared: string | null }>(
      conn,
      `SELECT ${STORY_COLUMNS}, ${FEATURE_COLUMNS("'{}'::bigint[]")} FROM wc_story s WHERE s.id = ANY($1::bigint[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    const out: (PreparedRow & { kept: KeptRow })[] = [];
    for (const id of ids) {
      const r = byId.get(id);
      if (!r) continue; // deleted between the two reads (a re-index): it is simply not a candidate now
      const kept = this.take(id, r.features, r.prepared);
      if (kept) out.push({ ...r, prepared: kept.prepared, kept });
    }
    this.trim();
    return out;
  }
}
