// An archive row's stored features read back: the JSON text as PostgreSQL prints a jsonb object (keys shortest first,
// ", " and ": " between), parsed without its shingles, which decode on first use; any other layout is parsed whole.
import * as assert from 'node:assert/strict';
import { toPrepared } from '../../src/archive/rows';
import { prepareStory, type PreparedStory } from '../../src/core/match';

const TEXT =
  'Fire destroys Harlow mill. A fire destroyed the Kestrel textile mill in Harlow on Monday, fire chief Dana Orme said. Forty firefighters fought the blaze for six hours.';

/** What the indexer stores (`prepared` jsonb): the shingles' hashes as plain arrays. */
function stored(p: PreparedStory): Record<string, unknown> {
  const sample = (h: { mod: number; hashes: Uint32Array }) => ({ mod: h.mod, hashes: [...h.hashes] });
  return {
    keys: p.keys,
    weights: p.weights,
    wire: p.wire,
    day: Number.isNaN(p.day) ? null : p.day,
    shingles: { words: sample(p.shingles.words), pairs: sample(p.shingles.pairs) },
  };
}

/** A jsonb object printed as PostgreSQL prints it: keys by length, then bytes; ", " and ": " separators. */
function asJsonb(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(asJsonb).join(', ')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}: ${asJsonb((value as Record<string, unknown>)[k])}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

function assertSame(a: PreparedStory, b: PreparedStory): void {
  assert.deepEqual(a.keys, b.keys);
  assert.deepEqual(a.weights, b.weights);
  // As stored: JSON leaves out what is undefined.
  assert.deepEqual(a.wire, JSON.parse(JSON.stringify(b.wire)));
  assert.ok(Object.is(a.day, b.day) || a.day === b.day);
  assert.deepEqual([...a.shingles.words.hashes], [...b.shingles.words.hashes]);
  assert.deepEqual([...a.shingles.pairs.hashes], [...b.shingles.pairs.hashes]);
  assert.equal(a.shingles.words.mod, b.shingles.words.mod);
  assert.equal(a.shingles.pairs.mod, b.shingles.pairs.mod);
}

describe('archive rows: stored features read back', function () {
  const original = prepareStory(TEXT, { filed: '2026-04-09' });

  it('reads jsonb text with the shingles last, decoding them on first use', function () {
    const json = asJsonb(stored(original));
    assert.ok(json.endsWith('}}}') && json.lastIndexOf(', "shingles": ') > 0);
    assertSame(toPrepared(json), original);
  });

  it('reads any other layout whole', function () {
    assertSame(toPrepared(JSON.stringify(stored(original))), original);
  });
});
