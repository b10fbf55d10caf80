// The archive's schema, created and migrated by the tool: numbered migrations applied in order, each in its own
// transaction, recorded in wc_migration; an advisory lock keeps two indexers from migrating at once.
import { type ArchiveConnection, inTransaction } from './db';

/** Each entry is one migration; never edit a released one, add the next. */
export const MIGRATIONS: readonly string[] = [
  // 1: files, stories (one row per item), postings (the inverted index candidates come from), document frequencies,
  // facts, withdrawn guids.
  `
  CREATE TABLE wc_file (
    path text PRIMARY KEY,
    hash text NOT NULL,
    indexed_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE wc_story (
    id bigserial PRIMARY KEY,
    path text NOT NULL REFERENCES wc_file(path) ON DELETE CASCADE,
    item_no int NOT NULL,
    guid text,
    version text,
    agency text,
    headline text,
    filed timestamptz,
    status text,
    text text NOT NULL,
    prepared jsonb NOT NULL,
    raw_norm double precision NOT NULL,
    UNIQUE (path, item_no)
  );
  CREATE INDEX wc_story_guid ON wc_story (guid) WHERE guid IS NOT NULL;
  CREATE INDEX wc_story_filed ON wc_story (filed);
  CREATE TABLE wc_posting (
    key text NOT NULL,
    story_id bigint NOT NULL REFERENCES wc_story(id) ON DELETE CASCADE,
    w real NOT NULL
  );
  CREATE INDEX wc_posting_key ON wc_posting (key) INCLUDE (story_id, w);
  CREATE INDEX wc_posting_story ON wc_posting (story_id);
  CREATE TABLE wc_df (
    key text PRIMARY KEY,
    df integer NOT NULL
  );
  CREATE TABLE wc_fact (
    story_id bigint NOT NULL REFERENCES wc_story(id) ON DELETE CASCADE,
    fact_key text NOT NULL,
    label text,
    low double precision NOT NULL,
    high double precision NOT NULL,
    source text,
    start_offset int NOT NULL,
    end_offset int NOT NULL,
    figure text NOT NULL
  );
  CREATE INDEX wc_fact_story ON wc_fact (story_id);
  CREATE TABLE wc_withdrawn (
    guid text PRIMARY KEY,
    status text NOT NULL,
    path text NOT NULL
  );
  `,
  // 2: headline search for people (trigram), kept apart from matching, which ranks by the project's own scorer.
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX wc_story_headline_trgm ON wc_story USING gin (headline gin_trgm_ops);
  `,
  // 3: the archive's size and a version the writers move in each transaction: readers cache document frequencies
  // until it moves and never count(*) the stories.
  `
  CREATE TABLE wc_stats (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    stories bigint NOT NULL,
    version bigint NOT NULL
  );
  INSERT INTO wc_stats (stories, version) SELECT count(*), 1 FROM wc_story;
  `,
  // 4: postings carry their weight over the story's raw-weight norm (the candidate ranking's divisor), so the server
  // ranks candidates itself and returns the best few, not every touched story for the client to divide.
  `
  ALTER TABLE wc_posting ADD COLUMN wn double precision;
  UPDATE wc_posting p SET wn = p.w / sqrt(CASE WHEN s.raw_norm > 0 THEN s.raw_norm ELSE 1 END)
    FROM wc_story s WHERE s.id = p.story_id;
  ALTER TABLE wc_posting ALTER COLUMN wn SET NOT NULL;
  DROP INDEX IF EXISTS wc_posting_key;
  ALTER TABLE wc_posting DROP COLUMN w;
  CREATE INDEX wc_posting_key ON wc_posting (key) INCLUDE (story_id, wn);
  `,
  // 5: each story's matching features also in a compact binary form (wc_features, below) that matching reads:
  // printing the jsonb (every weight and hash a numeric) was most of the server's time per query, parsing it much of
  // the client's. Big-endian: int4 1 (format), float8 day (NaN: none), int4 n, n float8 weights, two shingle samples
  // (int4 mod, int4 count, count int4 hashes), int4 length + the wire meta's JSON, then the n keys joined by U+001F.
  `
  CREATE FUNCTION wc_hash_sample(s jsonb) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT int4send((s->>'mod')::int) || int4send(jsonb_array_length(s->'hashes')) || coalesce((
      SELECT string_agg(int4send((h::bigint - CASE WHEN h::bigint >= 2147483648 THEN 4294967296 ELSE 0 END)::int4),
        ''::bytea ORDER BY o)
      FROM jsonb_array_elements_text(s->'hashes') WITH ORDINALITY AS t(h, o)), ''::bytea)
  $f$;
  CREATE FUNCTION wc_features(p jsonb) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT int4send(1) || float8send(coalesce((p->>'day')::float8, 'NaN'::float8))
      || int4send(jsonb_array_length(p->'keys'))
      || coalesce((SELECT string_agg(float8send(w::float8), ''::bytea ORDER BY o)
                   FROM jsonb_array_elements_text(p->'weights') WITH ORDINALITY AS t(w, o)), ''::bytea)
      || wc_hash_sample(p->'shingles'->'words') || wc_hash_sample(p->'shingles'->'pairs')
      || int4send(octet_length(convert_to(coalesce(p->'wire', '{}'::jsonb)::text, 'UTF8')))
      || convert_to(coalesce(p->'wire', '{}'::jsonb)::text, 'UTF8')
      || convert_to(coalesce((SELECT string_agg(k, E'\\x1f' ORDER BY o)
                              FROM jsonb_array_elements_text(p->'keys') WITH ORDINALITY AS t(k, o)), ''), 'UTF8')
  $f$;
  ALTER TABLE wc_story ADD COLUMN features bytea;
  UPDATE wc_story SET features = wc_features(prepared);
  `,
];

/** Applies every migration not yet applied; returns the schema version now in place. */
export async function migrate(conn: ArchiveConnection): Promise<number> {
  return inTransaction(conn, async (client) => {
    // One migrator at a time: a second indexer waits here, then finds nothing left to do.
    await client.query('SELECT pg_advisory_xact_lock(2226022)');
    await client.query(
      'CREATE TABLE IF NOT EXISTS wc_migration (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done =
      (await client.query<{ v: number | null }>('SELECT max(version) AS v FROM wc_migration')).rows[0]?.v ?? 0;
    for (let v = done + 1; v <= MIGRATIONS.length; v++) {
      await client.query(MIGRATIONS[v - 1]!);
      await client.query('INSERT INTO wc_migration (version) VALUES ($1)', [v]);
    }
    return MIGRATIONS.length;
  });
}
