// One cached relation per pair of stories (StoryIndex.relation): shared frozen results, recomputed when either story
// changes, equal to what an index built afresh says; and the per-sentence / per-quote caches of the edit path.
import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import { StoryIndex } from '../../src/core/match';
import { articleQuotes } from '../../src/core/quotes';
import { seed as seedFile } from './helpers';

const seed = (id: string): string => seedFile(id).text;

const OTHER = `LIMA: A magnitude 6.8 earthquake struck southern Peru on Thursday, killing at least 14 people in the Arequipa region, Peru's civil defence institute said.
The quake hit at 4:12 a.m. near the town of Chala, the US Geological Survey said. Rescuers in Yauca dug through rubble.`;

function relations(index: StoryIndex, ids: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of ids) {
    for (const b of ids) {
      if (a === b) continue;
      // Scores differ in their last bits with the order features were interned in (see Desk.computeMatches).
      for (const linked of [true, false]) {
        const r = index.relation(a, b, { linked });
        out[`${a}>${b}:${linked}`] = r && { ...r, score: Math.round(r.score * 1e9) };
      }
    }
  }
  return out;
}

describe('relation cache', () => {
  it('returns one frozen result per pair, which callers cannot change', () => {
    const index = new StoryIndex();
    for (const id of ['000', '003', '004']) index.upsert(id, seed(id));
    const r = index.relation('004', '003')!;
    assert.ok(Object.isFrozen(r));
    assert.equal(index.relation('004', '003'), r);
    assert.throws(() => {
      (r as { kind: string }).kind = 'unrelated';
    }, TypeError);
    assert.equal(index.relation('004', '003')!.kind, r.kind);
  });

  it('follows every change to either story, and agrees with an index built afresh', () => {
    const index = new StoryIndex();
    const ids = ['000', '001', '003', '004'];
    for (const id of ids) index.upsert(id, seed(id));
    relations(index, ids);
    const rewrite = index.relation('004', '003')!;
    assert.equal(rewrite.kind, 'rewrite');
    // 004 replaced by an unrelated story: the pair is computed afresh, not read from the cache.
    index.upsert('004', OTHER);
    assert.notEqual(index.relation('004', '003')!.kind, 'rewrite');
    // Another story entering changes scores (document frequencies) but not what the pairs' texts share.
    index.upsert('peru', OTHER);
    index.upsert('004', seed('004'));
    index.remove('peru');
    const fresh = new StoryIndex();
    for (const id of ids) fresh.upsert(id, seed(id));
    assert.deepEqual(relations(index, ids), relations(fresh, ids));
    assert.deepEqual({ ...index.relation('004', '003'), score: 0 }, { ...rewrite, score: 0 });
    assert.equal(index.relation('004', 'peru'), undefined);
  });

  it('the desk: a peer edited while typing keeps its story features, and the relation follows a re-index', () => {
    const desk = new Desk();
    for (const id of ['003', '004']) desk.upsert(id, seed(id));
    const before = desk.relation('004', '003');
    desk.upsert('003', `${seed('003')} `, {}, 'lazy');
    assert.equal(desk.relation('004', '003'), before);
    desk.upsert('003', OTHER);
    assert.notEqual(desk.relation('004', '003')!.kind, 'rewrite');
  });
});

describe('edit-path caches', () => {
  it('vague-source: one sentence at two offsets in two articles is flagged at each offset', () => {
    const desk = new Desk();
    const sentence = 'Officials said the road was closed.';
    desk.upsert('a', `Floods hit the valley on Monday.\n\n${sentence}`);
    desk.upsert('b', `${sentence}\n\nFloods hit the valley on Monday. More rain is due.`);
    const at = (id: string): number[] =>
      desk
        .check(id)
        .filter((f) => f.rule === 'vague-source')
        .map((f) => f.start);
    assert.deepEqual(at('a'), [desk.get('a')!.text.indexOf('Officials')]);
    assert.deepEqual(at('b'), [0]);
  });

  it('quote words: two articles quoting the same words read the same words, each at its own offsets', () => {
    const desk = new Desk();
    const quote = '“We will rebuild every home in the valley,” the mayor said.';
    desk.upsert('a', `Floods hit the valley on Monday. ${quote}`);
    desk.upsert('b', `${quote} Floods hit the valley on Monday.`);
    const [qa] = articleQuotes(desk.get('a')!.analysis);
    const [qb] = articleQuotes(desk.get('b')!.analysis);
    assert.deepEqual(qa!.words, qb!.words);
    assert.equal(qa!.words.join(' '), 'we will rebuild every home in the valley');
    assert.equal(desk.get('a')!.text.slice(qa!.start, qa!.end), 'We will rebuild every home in the valley,');
    assert.equal(qb!.start, 1);
  });
});
