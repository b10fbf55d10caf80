// Scale paths must not change results: stories and articles prepared off-thread (dist/worker.js) and inserted
// into the desk match and check exactly as the ordinary Desk.indexStory / Desk.upsert calls. Correctness only.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../src/core/analyze';
import { Desk } from '../../src/core/desk';
import { buildArticleModel } from '../../src/core/text/model';
import {
  indexPrepared,
  prepareArticle,
  prepareDeskStory,
  prepareDeskStoryBytes,
  upsertPrepared,
} from '../../src/core/worker/prepared';
import { PrepareWorker } from '../../src/extension/worker/client';
import { handle } from '../../src/extension/worker/handler';

const seedsDir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'));

/** Seeds, and variants of them with figures nudged (conflicts) or a paragraph dropped. */
const texts = [
  ...seeds,
  ...seeds.map((s, i) => s.replace(/\b\d{2,3}\b/g, (m) => String(Number(m) + 1 + (i % 3))) + `\n\nDesk note ${i}.\n`),
  ...seeds.map((s) => s.split('\n\n').slice(0, -1).join('\n\n')),
];

const findingsOf = (desk: Desk, id: string) =>
  desk
    .check(id)
    .map((f) => [f.rule, f.start, f.end, f.severity, f.message, f.related.map((r) => [r.docId, r.start, r.end])]);

describe('scale: off-thread preparation gives identical results', () => {
  it('desk-folder stories prepared (and cloned, as by postMessage) match exactly as indexStory', () => {
    const plain = new Desk();
    const prepared = new Desk();
    texts.forEach((t, i) => {
      plain.indexStory(`s${i}`, t, buildArticleModel(t).meta);
      indexPrepared(prepared, `s${i}`, structuredClone(prepareDeskStory(t)));
    });
    plain.upsert('open', seeds[0]!);
    prepared.upsert('open', seeds[0]!);
    assert.deepEqual(prepared.matches('open'), plain.matches('open'));
    assert.ok(plain.matches('open').length > 0, 'the open seed matches some desk stories');
    for (let i = 0; i < texts.length; i++)
      assert.deepEqual(prepared.relation('open', `s${i}`), plain.relation('open', `s${i}`));
    assert.equal(prepared.backgroundCount(), plain.backgroundCount());
  });

  it('articles prepared off-thread check exactly as upsert, and later edits reuse their paragraphs', () => {
    const plain = new Desk();
    const prepared = new Desk();
    const analyzer = new Analyzer();
    texts.forEach((t, i) => {
      plain.upsert(`a${i}`, t);
      upsertPrepared(prepared, `a${i}`, structuredClone(prepareArticle(analyzer, t)));
    });
    for (let i = 0; i < texts.length; i++) {
      assert.deepEqual(prepared.matches(`a${i}`), plain.matches(`a${i}`));
      assert.deepEqual(findingsOf(prepared, `a${i}`), findingsOf(plain, `a${i}`));
    }
    assert.ok(
      texts.some((_, i) => plain.check(`a${i}`).some((f) => f.rule === 'figure-conflict')),
      'the variants conflict',
    );
    // A one-character edit of a prepared article: only the touched paragraph is analysed again, same findings.
    const edited = texts[0]!.replace('.', '. ');
    const misses = prepared.stats().cacheMisses;
    prepared.upsert('a0', edited);
    plain.upsert('a0', edited);
    assert.ok(prepared.stats().cacheMisses - misses <= 2, 'the seeded paragraph cache is used');
    assert.deepEqual(findingsOf(prepared, 'a0'), findingsOf(plain, 'a0'));
  });

  it('the worker handler decodes bytes and reports skipped files', () => {
    const bytes = new TextEncoder().encode(seeds[1]);
    const res = handle(
      {
        seq: 1,
        kind: 'stories',
        maxBytes: 1 << 20,
        jobs: [
          { id: 'x', bytes },
          { id: 'bin', bytes: new Uint8Array([65, 0, 66]) },
          { id: 'big', bytes },
        ],
      },
      new Analyzer(),
    );
    assert.equal(res.kind, 'stories');
    if (res.kind !== 'stories') return;
    assert.equal(res.results[0]!.ok, true);
    assert.match(res.results[1]!.ok ? '' : res.results[1]!.skipped, /binary/);
    const small = prepareDeskStoryBytes('big', bytes, 10);
    assert.match(small.ok ? '' : small.skipped, /too large/);
  });

  it('without a worker script the client prepares in-thread, with the same results', async () => {
    const client = new PrepareWorker(undefined);
    assert.equal(client.threaded, false);
    const [r] = await client.articles(
      [{ id: 'a', bytes: new TextEncoder().encode(seeds[2]), markdown: false }],
      1 << 20,
    );
    assert.ok(r && r.ok);
    const desk = new Desk();
    const plain = new Desk();
    upsertPrepared(desk, 'a', r.value);
    plain.upsert('a', seeds[2]!);
    assert.deepEqual(findingsOf(desk, 'a'), findingsOf(plain, 'a'));
    client.dispose();
  });

  it('the bundled worker thread (dist/worker.js), when built, answers like the in-thread path', async function () {
    const script = join(__dirname, '..', '..', '..', 'dist', 'worker.js');
    const client = new PrepareWorker(script, 1000);
    if (!client.threaded) this.skip();
    const jobs = texts.slice(0, 4).map((t, i) => ({ id: `s${i}`, bytes: new TextEncoder().encode(t) }));
    const viaWorker = await client.stories(jobs, 1 << 20);
    const inThread = await new PrepareWorker(undefined).stories(jobs, 1 << 20);
    assert.deepEqual(viaWorker, inThread);
    client.dispose();
  });
});
