// Writing to the archive: one file's items replace its rows in one transaction (stories, postings, document
// frequencies, facts), so a run killed half-way leaves whole files only and the next run resumes by hash.
// Every statement is parameterised.
import type { PoolClient } from 'pg';
import type { ArchiveItem } from './items';

/** Removes a file's stories and takes their features out of the document frequencies. */
export async function deleteFile(client: PoolClient, path: string): Promise<void> {
  await bumpStats(client, -(await deleteFiles(client, [path])));
}

/** Removes many files' stories (those not stored cost one index probe each); returns how many stories went. */
async function deleteFiles(client: PoolClient, paths: readonly string[]): Promise<number> {
  const gone = Number(
    (await client.query<{ n: string }>('SELECT count(*) AS n FROM wc_story WHERE path = ANY($1::text[])', [paths]))
      .rows[0]!.n,
  );
  if (gone === 0) {
    await client.query('DELETE FROM wc_file WHERE path = ANY($1::text[])', [paths]);
    return 0;
  }
  await client.query(
    `WITH gone AS (SELECT p.key, count(*)::int AS n FROM wc_posting p JOIN wc_story s ON s.id = p.story_id WHERE s.path = ANY($1::text[]) GROUP BY p.key)
     UPDATE wc_df d SET df = d.df - gone.n FROM gone WHERE d.key = gone.key`,
    [paths],
  );
  // Rows at df 0 are kept: harmless (idf never reads below the window's own count) and cheaper than a sweep.
  await client.query('DELETE FROM wc_file WHERE path = ANY($1::text[])', [paths]);
  return gone;
}

/**
 * Records the archive's size and a new stats version in the one-row wc_stats (migration 3), in the writer's
 * transaction: readers keep their document frequencies until the version moves, and never count(*) the stories.
 */
async function bumpStats(client: PoolClient, storiesAdded: number): Promise<void> {
  await client.query('UPDATE wc_stats SET stories = stories + $1, version = version + 1', [storiesAdded]);
}

/** Replaces a file's rows with its items (a changed file) or adds them (a new one). */
export async function writeFile(
  client: PoolClient,
  path: string,
  hash: string,
  items: readonly ArchiveItem[],
): Promise<void> {
  await writeFiles(client, [{ path, hash, items }]);
}

export interface FileToWrite {
  path: string;
  hash: string;
  items: readonly ArchiveItem[];
}

/** The stored form of an item's matching features (jsonb: keys, weights, wire meta, day, shingle samples). */
function storedPrepared(p: ArchiveItem['prepared']): string {
  return JSON.stringify({
    keys: p.keys,
    weights: p.weights,
    wire: p.wire,
    day: Number.isNaN(p.day) ? null : p.day,
    shingles: {
      words: { mod: p.shingles.words.mod, hashes: [...p.shingles.words.hashes] },
      pairs: { mod: p.shingles.pairs.mod, hashes: [...p.shingles.pairs.hashes] },
    },
  });
}

/**
 * Replaces many files' rows at once: a fixed handful of statements per batch (array parameters, unnest) instead of
 * five per story — round trips were most of the writing time. Document frequencies are summed in the client and
 * upserted once per batch, keys sorted so two indexers lock rows in the same order.
 */
export async function writeFiles(client: PoolClient, files: readonly FileToWrite[]): Promise<void> {
  if (files.length === 0) return;
  const paths = files.map((f) => f.path);
  const gone = await deleteFiles(client, paths);
  await client.query('INSERT INTO wc_file (path, hash) SELECT * FROM unnest($1::text[], $2::text[])', [
    paths,
    files.map((f) => f.hash),
  ]);
  const items = files.flatMap((f) => f.items.map((item) => ({ path: f.path, item })));
  if (items.length === 0) return bumpStats(client, -gone);
  const col = <T>(fn: (x: { path: string; item: ArchiveItem }) => T): T[] => items.map(fn);
  const rawNorm = (p: ArchiveItem['prepared']): number => p.weights.reduce((n, w) => n + w * w, 0);
  const inserted = await client.query<{ id: string; path: string; item_no: number }>(
    `INSERT INTO wc_story (path, item_no, guid, version, agency, headline, filed, status, text, prepared, raw_norm, features)
     SELECT *, wc_features(u.prepared) FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::timestamptz[], $8::text[], $9::text[], $10::jsonb[], $11::float8[])
       AS u(path, item_no, guid, version, agency, headline, filed, status, text, prepared, raw_norm)
     RETURNING id, path, item_no`,
    [
      col((x) => x.path),
      col((x) => x.item.itemNo),
      col((x) => x.item.guid ?? null),
      col((x) => x.item.version ?? null),
      col((x) => x.item.agency ?? null),
      col((x) => x.item.headline ?? null),
      col((x) => x.item.filed ?? null),
      col((x) => x.item.status ?? null),
      col((x) => x.item.text),
      col((x) => storedPrepared(x.item.prepared)),
      col((x) => rawNorm(x.item.prepared)),
    ],
  );
  const idOf = new Map(inserted.rows.map((r) => [`${r.path}\u0000${r.item_no}`, r.id]));
  const postId: string[] = [];
  const postKey: string[] = [];
  const postW: number[] = [];
  const df = new Map<string, number>();
  const fact = {
    id: [] as string[],
    key: [] as string[],
    label: [] as (string | null)[],
    low: [] as number[],
    high: [] as number[],
    source: [] as (string | null)[],
    start: [] as number[],
    end: [] as number[],
    figure: [] as string[],
  };
  const withdrawn = new Map<string, { status: string; path: string }>();
  for (const { path, item } of items) {
    const id = idOf.get(`${path}\u0000${item.itemNo}`)!;
    const p = item.prepared;
    // As StoryIndex ranks candidates: float32 weights over the norm of the raw weights (migration 4).
    const norm = Math.sqrt(rawNorm(p) || 1);
    for (let i = 0; i < p.keys.length; i++) {
      postId.push(id);
      postKey.push(p.keys[i]!);
      postW.push(Math.fround(p.weights[i]!) / norm);
      df.set(p.keys[i]!, (df.get(p.keys[i]!) ?? 0) + 1);
    }
    for (const f of item.facts) {
      fact.id.push(id);
      fact.key.push(f.key);
      fact.label.push(f.label ?? null);
      fact.low.push(f.low);
      fact.high.push(f.high);
      fact.source.push(f.source ?? null);
      fact.start.push(f.claim.figure.start);
      fact.end.push(f.claim.figure.end);
      fact.figure.push(f.claim.figure.text);
    }
    // A withheld or canceled version withdraws the whole item (every version of its guid); the last one read wins.
    if (item.guid && (item.status === 'withheld' || item.status === 'canceled'))
      withdrawn.set(item.guid, { status: item.status, path });
  }
  if (postId.length > 0)
    await client.query(
      'INSERT INTO wc_posting (story_id, key, wn) SELECT * FROM unnest($1::bigint[], $2::text[], $3::float8[])',
      [postId, postKey, postW],
    );
  const dfKeys = [...df.keys()].sort();
  if (dfKeys.length > 0) {
    await client.query(
      'INSERT INTO wc_df (key, df) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (key) DO UPDATE SET df = wc_df.df + EXCLUDED.df',
      [dfKeys, dfKeys.map((k) => df.get(k)!)],
    );
  }
  if (fact.id.length > 0) {
    await client.query(
      `INSERT INTO wc_fact (story_id, fact_key, label, low, high, source, start_offset, end_offset, figure)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[], $7::int[], $8::int[], $9::text[])`,
      [fact.id, fact.key, fact.label, fact.low, fact.high, fact.source, fact.start, fact.end, fact.figure],
    );
  }
  if (withdrawn.size > 0) {
    const g = [...withdrawn.keys()].sort();
    await client.query(
      `INSERT INTO wc_withdrawn (guid, status, path) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (guid) DO UPDATE SET status = EXCLUDED.status, path = EXCLUDED.path`,
      [g, g.map((k) => withdrawn.get(k)!.status), g.map((k) => withdrawn.get(k)!.path)],
    );
  }
  await bumpStats(client, items.length - gone);
}

/** Deletes stories filed (else indexed) more than `days` before `now`; returns how many went. */
export async function purgeOlderThan(client: PoolClient, days: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const old = await client.query<{ path: string }>(
    `SELECT f.path FROM wc_file f WHERE NOT EXISTS (
       SELECT 1 FROM wc_story s WHERE s.path = f.path AND coalesce(s.filed, f.indexed_at) >= $1)`,
    [cutoff],
  );
  if (old.rows.length > 0)
    await bumpStats(
      client,
      -(await deleteFiles(
        client,
        old.rows.map((r) => r.path),
      )),
    );
  return old.rows.length;
}

/** Indexes a first load builds once at the end (a sorted build) instead of maintaining per row. */
const DEFERRABLE_INDEXES: readonly (readonly [string, string])[] = [
  ['wc_posting_key', 'CREATE INDEX IF NOT EXISTS wc_posting_key ON wc_posting (key) INCLUDE (story_id, wn)'],
  ['wc_posting_story', 'CREATE INDEX IF NOT EXISTS wc_posting_story ON wc_posting (story_id)'],
  ['wc_fact_story', 'CREATE INDEX IF NOT EXISTS wc_fact_story ON wc_fact (story_id)'],
  [
    'wc_story_headline_trgm',
    'CREATE INDEX IF NOT EXISTS wc_story_headline_trgm ON wc_story USING gin (headline gin_trgm_ops)',
  ],
];

/** Drops the deferrable indexes (a fresh archive's first load only: matching is slow until they are back). */
export async function dropDeferredIndexes(client: PoolClient): Promise<void> {
  for (const [name] of DEFERRABLE_INDEXES) await client.query(`DROP INDEX IF EXISTS ${name}`);
}

/** Builds any deferrable index that is missing: after a first load, and at the start of every run (a killed load). */
export async function restoreIndexes(client: PoolClient): Promise<void> {
  const present = new Set(
    (
      await client.query<{ name: string }>(
        'SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()',
      )
    ).rows.map((r) => r.name),
  );
  const missing = DEFERRABLE_INDEXES.filter(([name]) => !present.has(name));
  // A sorted build of the postings index in memory rather than in temp files (this transaction only).
  if (missing.length > 0) await client.query("SET LOCAL maintenance_work_mem = '256MB'");
  for (const [, sql] of missing) await client.query(sql);
  if (missing.length > 0) await client.query('ANALYZE wc_posting');
}
