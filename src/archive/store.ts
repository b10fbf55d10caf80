// Writing to the archive: one file's items replace its rows in one transaction (stories, postings, document
// frequencies, facts), so a run killed half-way leaves whole files only and the next run resumes by hash.
// Every statement is parameterised.
import type { PoolClient } from 'pg';
import type { ArchiveItem } from './items';

/** Removes a file's stories and takes their features out of the document frequencies. */
export async function deleteFile(client: PoolClient, path: string): Promise<void> {
  await client.query(
    `WITH gone AS (SELECT p.key, count(*)::int AS n FROM wc_posting p JOIN wc_story s ON s.id = p.story_id WHERE s.path = $1 GROUP BY p.key)
     UPDATE wc_df d SET df = d.df - gone.n FROM gone WHERE d.key = gone.key`,
    [path],
  );
  // Rows at df 0 are kept: harmless (idf never reads below the window's own count) and cheaper than a sweep.
  await client.query('DELETE FROM wc_file WHERE path = $1', [path]);
}

/** Replaces a file's rows with its items (a changed file) or adds them (a new one). */
export async function writeFile(client: PoolClient, path: string, hash: string, items: readonly ArchiveItem[]): Promise<void> {
  await deleteFile(client, path);
  await client.query('INSERT INTO wc_file (path, hash) VALUES ($1, $2)', [path, hash]);
  for (const item of items) {
    const p = item.prepared;
    let rawNorm = 0;
    for (const w of p.weights) rawNorm += w * w;
    const prepared = {
      keys: p.keys,
      weights: p.weights,
      wire: p.wire,
      day: Number.isNaN(p.day) ? null : p.day,
      shingles: { words: { mod: p.shingles.words.mod, hashes: [...p.shingles.words.hashes] }, pairs: { mod: p.shingles.pairs.mod, hashes: [...p.shingles.pairs.hashes] } },
    };
    const row = await client.query<{ id: string }>(
      `INSERT INTO wc_story (path, item_no, guid, version, agency, headline, filed, status, text, prepared, raw_norm)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [path, item.itemNo, item.guid ?? null, item.version ?? null, item.agency ?? null, item.headline ?? null, item.filed ?? null, item.status ?? null, item.text, JSON.stringify(prepared), rawNorm],
    );
    const id = row.rows[0]!.id;
    await client.query('INSERT INTO wc_posting (key, story_id, w) SELECT k, $1, w FROM unnest($2::text[], $3::real[]) AS t(k, w)', [id, p.keys, p.weights]);
    await client.query('INSERT INTO wc_df (key, df) SELECT k, 1 FROM unnest($1::text[]) AS t(k) ON CONFLICT (key) DO UPDATE SET df = wc_df.df + 1', [p.keys]);
    if (item.facts.length > 0) {
      const f = item.facts;
      await client.query(
        `INSERT INTO wc_fact (story_id, fact_key, label, low, high, source, start_offset, end_offset, figure)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[], $7::int[], $8::int[], $9::text[])`,
        [id, f.map((x) => x.key), f.map((x) => x.label ?? null), f.map((x) => x.low), f.map((x) => x.high), f.map((x) => x.source ?? null), f.map((x) => x.claim.figure.start), f.map((x) => x.claim.figure.end), f.map((x) => x.claim.figure.text)],
      );
    }
    // A withheld or canceled version withdraws the whole item (every version of its guid).
    if (item.guid && (item.status === 'withheld' || item.status === 'canceled')) {
      await client.query('INSERT INTO wc_withdrawn (guid, status, path) VALUES ($1, $2, $3) ON CONFLICT (guid) DO UPDATE SET status = EXCLUDED.status, path = EXCLUDED.path', [item.guid, item.status, path]);
    }
  }
}

/** Deletes stories filed (else indexed) more than `days` before `now`; returns how many went. */
export async function purgeOlderThan(client: PoolClient, days: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const old = await client.query<{ path: string }>(
    `SELECT f.path FROM wc_file f WHERE NOT EXISTS (
       SELECT 1 FROM wc_story s WHERE s.path = f.path AND coalesce(s.filed, f.indexed_at) >= $1)`,
    [cutoff],
  );
  for (const { path } of old.rows) await deleteFile(client, path);
  return old.rows.length;
}
