// The archive against a real PostgreSQL started by the test run (scripts/archive.mjs): index, re-index, resume
// after a killed run, match (agreeing with the in-memory scorer), history, a withdrawn story, retention, and the
// database going down mid-run.
import * as assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Analyzer } from '../../src/core/analyze';
import { StoryIndex, type PreparedStory } from '../../src/core/match';
import { ArchiveError, connect, inTransaction, query, redactUrl, type ArchiveConnection } from '../../src/archive/db';
import { MIGRATIONS } from '../../src/archive/schema';
import { deleteFile } from '../../src/archive/store';
import { indexPaths } from '../../src/archive/indexer';
import { readItems } from '../../src/archive/items';
import { ArchiveMatcher } from '../../src/archive/match';
import { ROOT } from './helpers';
import { BUDGET, GUID, newsItem, writeDeskStories } from './archiveStories';
import { killServer, startServer, stopServer, type TestServer } from './archiveServer';

const CLI = join(ROOT, 'dist', 'cli.js');
const exec = promisify(execFile);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { timeout: 120_000, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout: string; stderr: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout, stderr: err.stderr };
  }
}

const count = async (conn: ArchiveConnection, sql: string, params: unknown[] = []): Promise<number> =>
  Number((await query<{ n: string }>(conn, sql, params))[0]!.n);

/** wc_stats (what matchers read instead of count(*)) says the archive's true size, and its version moved. */
async function assertStatsInStep(conn: ArchiveConnection): Promise<void> {
  const [stats] = await query<{ stories: string; version: string }>(conn, 'SELECT stories, version FROM wc_stats');
  assert.equal(Number(stats!.stories), await count(conn, 'SELECT count(*) AS n FROM wc_story'));
  assert.ok(Number(stats!.version) > 1);
}

describe('archive (real PostgreSQL)', function () {
  this.timeout(300_000);
  let server: TestServer | undefined;
  let conn: ArchiveConnection;
  let dir: string;

  before(async function () {
    server = await startServer();
    conn = connect(server.url);
    dir = mkdtempSync(join(tmpdir(), 'wirecheck-archive-test-'));
    writeDeskStories(dir);
  });

  after(async function () {
    await conn?.pool.end().catch(() => undefined);
    await stopServer(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('indexes every format through the CLI, with a progress line and the URL as given (no password in it)', async function () {
    const r = await cli(['archive', 'index', '--archive', server!.url, dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /4\/4 files, 4 stories/);
    assert.match(r.stderr, /4 file\(s\) indexed \(4 stories\), 0 unchanged/);
    assert.equal(await count(conn, 'SELECT count(*) AS n FROM wc_story'), 4);
    const rows = await query<{ path: string; guid: string | null; agency: string | null; version: string | null }>(
      conn,
      'SELECT path, guid, agency, version FROM wc_story ORDER BY path',
    );
    assert.deepEqual(
      rows.map((r) => [r.path.slice(dir.length + 1), r.guid, r.agency, r.version]),
      [
        ['budget.txt', null, 'AP', null],
        ['flood-v1.xml', GUID, 'Reuters', '1'],
        ['flood-v2.xml', GUID, 'Reuters', '2'],
        ['quake.xml', 'quake-77', 'AFP', null],
      ],
    );
    // Facts with key, interval and offsets: the v2 toll.
    const facts = await query<{ figure: string; low: number; high: number; fact_key: string }>(
      conn,
      "SELECT f.figure, f.low, f.high, f.fact_key FROM wc_fact f JOIN wc_story s ON s.id = f.story_id WHERE s.path LIKE '%flood-v2.xml' AND f.figure = '133'",
    );
    assert.ok(facts.length >= 1);
    assert.equal(facts[0]!.low, 133);
    assert.equal(await count(conn, 'SELECT max(version) AS n FROM wc_migration'), MIGRATIONS.length);
    await assertStatsInStep(conn);
  });

  it('re-indexing costs a hash check; a changed file replaces its row', async function () {
    const again = await indexPaths(conn, [dir]);
    assert.equal(again.indexed, 0);
    assert.equal(again.unchanged, 4);
    // A matcher kept open across the change (as the editor keeps one) reloads its frequencies once the stats version moves.
    const kept = new ArchiveMatcher(conn, 0);
    const budgetOf = (): PreparedStory => {
      const read = readItems(new Analyzer(), join(dir, 'budget.txt'), 1 << 20);
      assert.ok('items' in read);
      return read.items[0]!.prepared;
    };
    await kept.match(budgetOf());
    writeFileSync(join(dir, 'budget.txt'), BUDGET.replace('4.2 billion', '4.5 billion'));
    const changed = await indexPaths(conn, [dir]);
    assert.equal(changed.indexed, 1);
    const now = budgetOf();
    const fresh = (await new ArchiveMatcher(conn).match(now)).matches;
    assert.ok(
      fresh.some((m) => m.path.endsWith('budget.txt')),
      'the changed budget story is its own best match',
    );
    assert.deepEqual((await kept.match(now)).matches, fresh);
    assert.equal(await count(conn, "SELECT count(*) AS n FROM wc_story WHERE path LIKE '%budget.txt'"), 1);
    assert.match(
      (await query<{ text: string }>(conn, "SELECT text FROM wc_story WHERE path LIKE '%budget.txt'"))[0]!.text,
      /4\.5 billion/,
    );
    // Document frequencies follow: each key's df equals its postings.
    assert.equal(
      await count(
        conn,
        'SELECT count(*) AS n FROM wc_df d WHERE d.df <> (SELECT count(*) FROM wc_posting p WHERE p.key = d.key)',
      ),
      0,
    );
    await assertStatsInStep(conn);
  });

  it('an index run killed half-way resumes without duplicates', async function () {
    const many = mkdtempSync(join(tmpdir(), 'wirecheck-archive-many-'));
    try {
      for (let i = 0; i < 60; i++)
        writeFileSync(
          join(many, `brief-${String(i).padStart(3, '0')}.txt`),
          BUDGET.replace('14-hour', `${i + 2}-hour`).replace('Oskar Lind', `Oskar Lind${i}`),
        );
      // A real kill: SIGKILL once the first batch is committed.
      const child = spawn(process.execPath, [CLI, 'archive', 'index', '--batch', '5', '--archive', server!.url, many], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      await new Promise<void>((resolve) => {
        child.stderr.on('data', (b: Buffer) => {
          if (/\d+\/60 files/.test(b.toString())) child.kill('SIGKILL');
        });
        child.on('exit', () => resolve());
      });
      const before = await count(conn, 'SELECT count(*) AS n FROM wc_file WHERE path LIKE $1', [`${many}%`]);
      assert.ok(before >= 5 && before < 60, `killed run committed ${before} files`);
      const resumed = await indexPaths(conn, [many], { batchFiles: 7 });
      assert.equal(resumed.unchanged, before);
      assert.equal(resumed.indexed, 60 - before);
      assert.equal(await count(conn, 'SELECT count(*) AS n FROM wc_story WHERE path LIKE $1', [`${many}%`]), 60);
      assert.equal(
        await count(
          conn,
          'SELECT count(*) AS n FROM (SELECT path FROM wc_story GROUP BY path, item_no HAVING count(*) > 1) d',
        ),
        0,
      );
      await assertStatsInStep(conn);
    } finally {
      const paths = (
        await query<{ path: string }>(conn, 'SELECT path FROM wc_file WHERE path LIKE $1', [`${many}%`])
      ).map((r) => r.path);
      await inTransaction(conn, async (c) => {
        for (const p of paths) await deleteFile(c, p);
      });
      rmSync(many, { recursive: true, force: true });
    }
  });

  it('matches agree with the in-memory scorer over the same stories', async function () {
    const open = join(dir, '..', `open-${process.pid}.xml`);
    writeFileSync(open, newsItem({ guid: GUID, version: 3, filed: '2026-04-09T11:30:00Z', killed: 120 }));
    try {
      const analyzer = new Analyzer();
      const item = readItems(analyzer, open, 1 << 20);
      assert.ok('items' in item);
      const got = await new ArchiveMatcher(conn).match(item.items[0]!.prepared);
      // The same stories in memory: every archived one and the open one.
      const memory = new StoryIndex();
      for (const r of await query<{ path: string }>(conn, 'SELECT path FROM wc_story')) {
        const read = readItems(analyzer, r.path, 1 << 20);
        if ('items' in read) memory.upsertPrepared(r.path, read.items[0]!.prepared);
      }
      memory.upsertPrepared(open, item.items[0]!.prepared);
      const expected = memory.matches(open).map((m) => [m.id, Math.round(m.score * 1000) / 1000]);
      assert.deepEqual(
        got.matches.map((m) => [m.path, m.score]),
        expected,
      );
      assert.deepEqual(got.matches.map((m) => m.path.slice(dir.length + 1)).sort(), ['flood-v1.xml', 'flood-v2.xml']);
      assert.ok(
        got.matches.every(
          (m) => m.relation === 'version' && m.source === 'archive' && m.agency === 'Reuters' && m.headline && m.filed,
        ),
      );

      // Through the CLI: archive matches in `matches`, and the figure's one diagnostic names the archive's latest.
      const r = await cli(['check', open, '--archive', server!.url, '--format', 'json']);
      assert.equal(r.code, 0, r.stderr);
      const doc = (
        JSON.parse(r.stdout) as {
          documents: {
            matches: { source?: string; path: string }[];
            findings: { text: string; related: { message: string }[] }[];
          }[];
        }
      ).documents[0]!;
      assert.equal(doc.matches.filter((m) => m.source === 'archive').length, 2);
      const notes = doc.findings.flatMap((f) =>
        f.related.filter((x) => /archive's latest/.test(x.message)).map((x) => [f.text, x.message]),
      );
      assert.deepEqual(notes, [['120', "the archive's latest, Reuters 9 Apr 10:02, says 133"]]);

      const h = await cli(['history', open, '--archive', server!.url, '--format', 'json']);
      assert.equal(h.code, 0, h.stderr);
      const story = (
        JSON.parse(h.stdout) as {
          stories: {
            versions: unknown[];
            figures: { label?: string; values: { figure?: string; filed?: string }[] }[];
          }[];
        }
      ).stories[0]!;
      assert.equal(story.versions.length, 2);
      const killed = story.figures.find((f) => f.label === 'people killed');
      assert.deepEqual(
        killed?.values.map((v) => [v.figure, v.filed]),
        [
          ['120', '2026-04-09T09:12:00.000Z'],
          ['133', '2026-04-09T10:02:00.000Z'],
        ],
      );
    } finally {
      rmSync(open, { force: true });
    }
  });

  it('a canceled version withdraws the whole guid: matches and history say so, its figures are never used', async function () {
    writeFileSync(
      join(dir, 'flood-v4.xml'),
      newsItem({ guid: GUID, version: 4, filed: '2026-04-09T12:00:00Z', killed: 90, status: 'canceled' }),
    );
    await indexPaths(conn, [dir]);
    const open = join(dir, '..', `open-w-${process.pid}.xml`);
    writeFileSync(open, newsItem({ guid: GUID, version: 5, filed: '2026-04-09T13:00:00Z', killed: 120 }));
    try {
      const r = await cli(['check', open, '--archive', server!.url, '--format', 'json']);
      assert.equal(r.code, 0, r.stderr);
      const doc = (
        JSON.parse(r.stdout) as {
          documents: {
            matches: { source?: string; withdrawn?: boolean }[];
            findings: { related: { message: string }[] }[];
          }[];
        }
      ).documents[0]!;
      const archived = doc.matches.filter((m) => m.source === 'archive');
      assert.ok(archived.length >= 2 && archived.every((m) => m.withdrawn === true));
      assert.equal(doc.findings.flatMap((f) => f.related).filter((x) => /archive/.test(x.message)).length, 0);
      const h = await cli(['history', open, '--archive', server!.url, '--format', 'json']);
      const story = (
        JSON.parse(h.stdout) as {
          stories: {
            withdrawn?: boolean;
            versions: { version?: string; withdrawn: boolean }[];
            figures: { values: { figure?: string }[] }[];
          }[];
        }
      ).stories[0]!;
      assert.equal(story.withdrawn, true);
      assert.deepEqual(
        story.versions.map((v) => [v.version, v.withdrawn]),
        [
          ['1', true],
          ['2', true],
          ['4', true],
        ],
      );
      // No figure of a withdrawn item is used, the canceled version's 90 least of all.
      assert.deepEqual(
        story.figures.flatMap((f) => f.values.filter((v) => v.figure !== undefined)),
        [],
      );
    } finally {
      rmSync(open, { force: true });
    }
  });

  it('retention purges items filed before the cut-off', async function () {
    const r = await cli(['archive', 'purge', '--retention-days', '30', '--archive', server!.url]);
    assert.equal(r.code, 0, r.stderr);
    // The quake (1 Mar 2026) and the floods (9 Apr 2026) are older than 30 days; the budget brief has no filing time
    // and counts from when it was indexed.
    assert.deepEqual(
      (await query<{ path: string }>(conn, 'SELECT path FROM wc_story')).map((x) => x.path.slice(dir.length + 1)),
      ['budget.txt'],
    );
    await assertStatsInStep(conn);
  });

  it('the database going down mid-run: a clear message, exit code 3, no password or stack trace', async function () {
    await killServer(server!);
    await assert.rejects(
      new ArchiveMatcher(conn).match(readItemsOrFail(join(dir, 'budget.txt'))),
      (e: unknown) => e instanceof ArchiveError && e.kind === 'unreachable',
    );
    const r = await cli(['check', join(dir, 'budget.txt'), '--archive', server!.url]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /^wirecheck: cannot reach the archive at postgres:\/\/postgres@127\.0\.0\.1:\d+\/wirecheck/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const withPassword = await cli(['archive', 'index', '--archive', 'postgres://u:secret@127.0.0.1:1/x', dir]);
    assert.equal(withPassword.code, 2);
    assert.doesNotMatch(withPassword.stderr, /secret/);
    assert.equal(redactUrl('postgres://u:secret@h:5432/db?sslmode=require'), 'postgres://u:***@h:5432/db');
  });
});

function readItemsOrFail(path: string) {
  const r = readItems(new Analyzer(), path, 1 << 20);
  if (!('items' in r)) throw new Error('unreadable');
  return r.items[0]!.prepared;
}
