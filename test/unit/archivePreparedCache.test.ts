// The editor's cache of open stories' prepared forms, keyed by text: a story asked again unchanged (or changed back)
// is not analysed again, a changed one is, and the least recently used goes when the cache is full.
import * as assert from 'node:assert/strict';
import { PreparedByText } from '../../src/archive/preparedCache';
import { prepareStory } from '../../src/core/match';

const FIRE =
  'Fire destroys Harlow mill. A fire destroyed the Kestrel textile mill in Harlow on Monday, chief Dana Orme said.';
const VOTE =
  'Council backs new bridge. The Penrith council voted 9 to 2 on Wednesday for a new footbridge, mayor Lia Brandt said.';

describe('archive: prepared open stories kept by text', function () {
  it('analyses a text once, again after an edit, not when the edit is undone', function () {
    const cache = new PreparedByText();
    const first = cache.get(FIRE);
    assert.deepEqual(first.keys, prepareStory(FIRE).keys);
    assert.equal(cache.get(FIRE), first);
    const edited = cache.get(FIRE.replace('Monday', 'Tuesday'));
    assert.notDeepEqual(edited.keys, first.keys);
    assert.equal(cache.get(FIRE), first);
    assert.equal(cache.prepared, 2);
  });

  it('drops the least recently used beyond its size', function () {
    const cache = new PreparedByText(1);
    const fire = cache.get(FIRE);
    cache.get(VOTE);
    assert.notEqual(cache.get(FIRE), fire);
    assert.equal(cache.prepared, 3);
  });
});
