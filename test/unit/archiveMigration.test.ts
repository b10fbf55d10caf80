// Migrations 4 and 5 on an archive written under schema 3: postings get their weight over the story's raw-weight norm
// and stories their binary features, bit for bit what the writer now stores, and matching reads them. Against a real PostgreSQL (scripts/archive.mjs).
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, query, type ArchiveConnection } from '../../src/archive/db';
import { indexPaths } from '../../src/archive/indexer';
import { readItems } from '../../src/archive/items';
import { ArchiveMatcher } from '../../src/archive/match';
import { migrate } from '../../src/archive/schema';
import { Analyzer } from '../../src/core/analyze';
import { writeDeskStories } from './archiveStories';
import { startServer, stopServer, type TestServer } from './archiveServer';

/**
 * Turns the archive back into schema 3's: postings with the raw weight `w` as real (from the stored features), no
 * binary features (migration 5); forgets migrations 4 and 5.
 */
const DOWNGRADE = `
  ALTER TABLE wc_posting ADD COLUMN w real;
  UPDATE wc_posting p SET w = (
    SELECT (s.prepared->'weights'->>(o.n::int - 1))::real
    FROM wc_story s, jsonb_array_elements_text(s.prepared->'keys') WITH ORDINALITY AS o(k, n)
    WHERE s.id = p.story_id AND o.k = p.key);
  DROP INDEX wc_posting_key;
  ALTER TABLE wc_posting DROP COLUMN wn;
  CREATE INDEX wc_posting_key ON wc_posting (key) INCLUDE (story_id, w);
  ALTER TABLE wc_story DROP COLUMN features;
  DROP FUNCTION wc_features(jsonb);
  DROP FUNCTION wc_hash_sample(jsonb);
  DELETE FROM wc_migration WHERE version >= 4;`;

describe('archive migrations 4 and 5 (real PostgreSQL)', function () {
  this.timeout(300_000);
  let server: TestServer | undefined;
  let conn: ArchiveConnection | undefined;
  let dir: string | undefined;

  after(async function () {
    await conn?.pool.end();
    await stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('normalises schema 3 postings exactly as the writer does, and matches are unchanged', async function () {
    server = await startServer();
    conn = connect(server.url);
    dir = mkdtempSync(join(tmpdir(), 'wirecheck-archive-migration-'));
    writeDeskStories(dir);
    await indexPaths(conn, [dir]);
    const read = readItems(new Analyzer(), join(dir, 'flood-v2.xml'), 1 << 20);
    assert.ok('items' in read);
    const open = read.items[0]!.prepared;
    const before = (await new ArchiveMatcher(conn).match(open)).matches;
    assert.ok(before.length >= 2, 'the flood versions match each other');
    await query(conn, 'CREATE TABLE written AS SELECT key, story_id, wn FROM wc_posting');
    await query(conn, 'CREATE TABLE written_features AS SELECT id, features FROM wc_story');
    await query(conn, DOWNGRADE);
    assert.equal(await migrate(conn), 5);
    // Migration 5 in place gives the bytes the writer stores.
    const featuresDiffer = await query<{ n: string }>(
      conn,
      `SELECT count(*) AS n FROM written_features a FULL JOIN wc_story b USING (id)
       WHERE a.features IS DISTINCT FROM b.features OR b.features IS NULL`,
    );
    assert.equal(Number(featuresDiffer[0]!.n), 0);
    const differing = await query<{ n: string }>(
      conn,
      `SELECT count(*) AS n FROM written a FULL JOIN wc_posting b USING (key, story_id)
       WHERE a.wn IS DISTINCT FROM b.wn`,
    );
    assert.equal(Number(differing[0]!.n), 0);
    const columns = await query<{ c: string }>(
      conn,
      "SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'wc_posting' ORDER BY 1",
    );
    assert.deepEqual(
      columns.map((r) => r.c),
      ['key', 'story_id', 'wn'],
    );
    assert.deepEqual((await new ArchiveMatcher(conn).match(open)).matches, before);
  });
});
