// The shipped lexicon comes compiled from the build (patterns, trie paths); team entries are compiled at load. Both
// must give the same compiled lexicon, for every style profile.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { compileShipped } from '../../src/core/lexicon/compile';
import { compileLexicon, defaultEntries } from '../../src/core/lexicon/load';
import { PROFILES } from '../../src/core/schema/lexiconEntry';

describe('prebuilt lexicon', () => {
  it('compiles to the same lexicon as compiling every entry at load, in every profile', () => {
    const { entries } = defaultEntries();
    // A copy of the entries is not the shipped objects, so compileLexicon compiles it as it compiles team entries.
    const copy = structuredClone(entries);
    for (const profile of PROFILES) {
      const prebuilt = compileLexicon(entries, profile);
      assert.ok(prebuilt.entries.length > 500, profile);
      assert.deepEqual(prebuilt, compileLexicon(copy, profile), profile);
    }
  });

  it('ships what the build compiles from the data files now (not a stale file)', () => {
    const fresh = compileShipped(join(__dirname, '../../../src/core/lexicon/data'));
    const shipped = require('../../src/core/lexicon/generated/lexicon.json') as unknown;
    assert.deepEqual(JSON.parse(JSON.stringify(fresh)), shipped);
  });
});
