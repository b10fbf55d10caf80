// The archive's scoring window: frequencies handed over with each story (StoryIndex.upsertPrepared's corpusDf) give
// the same scores and matches as the corpus callback they stand for, and the highest frequency given counts.
import * as assert from 'node:assert/strict';
import { prepareStory, StoryIndex, type PreparedStory } from '../../src/core/match';

// Invented stories: two reports of one fire, one of another fire, an unrelated vote.
const TEXTS = [
  'Fire destroys Harlow mill. A fire destroyed the Kestrel textile mill in Harlow on Monday, fire chief Dana Orme said. Forty firefighters fought the blaze for six hours.',
  'Harlow mill burns. Forty firefighters battled a six-hour blaze that destroyed the Kestrel textile mill in Harlow on Monday, said fire chief Dana Orme.',
  'Warehouse fire in Penrith. A fire gutted a furniture warehouse in Penrith on Tuesday, fire officer Sam Vale said. Nobody was hurt.',
  'Council backs new bridge. The Penrith council voted 9 to 2 on Wednesday for a new footbridge over the Eden, mayor Lia Brandt said.',
];

/** An archive-sized corpus the window stands for: invented frequencies, higher for common words. */
function corpusDf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return key.startsWith('w:') ? 200 + (h % 3000) : 1 + (h % 40);
}

describe('archive scoring window: frequencies given with the stories', function () {
  const stories: PreparedStory[] = TEXTS.map((t) => prepareStory(t));
  const corpus = { size: 100_000, df: corpusDf };
  const ids = stories.map((_, i) => `s${i}`);

  it('scores and matches exactly as the corpus callback does', function () {
    const byCallback = new StoryIndex({ corpus });
    const given = new StoryIndex({ corpus: { size: corpus.size, df: () => assert.fail('no callback when given') } });
    stories.forEach((p, i) => {
      byCallback.upsertPrepared(ids[i]!, p);
      given.upsertPrepared(ids[i]!, p, Int32Array.from(p.keys, corpusDf));
    });
    for (const a of ids) {
      for (const b of ids) assert.equal(given.similarity(a, b), byCallback.similarity(a, b), `${a} ${b}`);
      assert.deepEqual(given.matches(a, { threshold: 0 }), byCallback.matches(a, { threshold: 0 }));
    }
    assert.ok(given.similarity('s0', 's1') > given.similarity('s0', 's3'), 'the two reports of one fire are closest');
  });

  it('keeps the highest frequency any story gave for a feature', function () {
    const low = new StoryIndex({ corpus });
    const high = new StoryIndex({ corpus });
    const shared = stories[0]!.keys.filter((k) => stories[1]!.keys.includes(k));
    assert.ok(shared.length > 0);
    const raised = (p: PreparedStory): Int32Array =>
      Int32Array.from(p.keys, (k) => (shared.includes(k) ? 5_000 : corpusDf(k)));
    const plain = (p: PreparedStory): Int32Array => Int32Array.from(p.keys, corpusDf);
    // Told the shared features are common by the second story given, or by the first: the same either way.
    low.upsertPrepared('a', stories[0]!, plain(stories[0]!));
    low.upsertPrepared('b', stories[1]!, raised(stories[1]!));
    high.upsertPrepared('b', stories[1]!, raised(stories[1]!));
    high.upsertPrepared('a', stories[0]!, plain(stories[0]!));
    assert.equal(low.similarity('a', 'b'), high.similarity('a', 'b'));
    const unraised = new StoryIndex({ corpus });
    unraised.upsertPrepared('a', stories[0]!, plain(stories[0]!));
    unraised.upsertPrepared('b', stories[1]!, plain(stories[1]!));
    assert.notEqual(unraised.similarity('a', 'b'), high.similarity('a', 'b'));
  });
});
