// The two word-run measures behind quote identity (quotes/identity.ts) fill one reusable row instead of a fresh array
// per row: checked against the textbook two-row tables on invented word lists, including a long list after a short
// one (the row grows) and a short one after a long one (stale cells must not leak in).
import assert from 'node:assert/strict';
import { inOrderShared, longestSharedRun } from '../../src/core/quotes/identity';

function tableRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) if (a[i - 1] === b[j - 1]) best = Math.max(best, (row[j] = prev[j - 1]! + 1));
    prev = row;
  }
  return best;
}

function tableInOrder(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]!;
}

/** A fixed pseudo-random word list over a small vocabulary (so runs and repeats occur). */
function words(seed: number, length: number, vocabulary: number): string[] {
  let x = seed;
  return Array.from({ length }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return `w${x % vocabulary}`;
  });
}

describe('quote word runs (one reusable row)', () => {
  it('known cases: a shared eight-word run, words in order, nothing shared, an empty side', () => {
    const a = 'the minister said the talks would resume next week in the capital'.split(' ');
    const b = 'officials said the talks would resume next week in geneva'.split(' ');
    assert.equal(longestSharedRun(a, b), 8);
    assert.equal(inOrderShared(a, b), 8);
    assert.equal(longestSharedRun(['a', 'b'], ['c', 'd']), 0);
    assert.equal(inOrderShared(['a', 'b', 'c'], ['c', 'b', 'a']), 1);
    assert.equal(longestSharedRun([], ['a']), 0);
    assert.equal(inOrderShared(['a'], []), 0);
  });

  it('equal the two-row tables on 1,500 word-list pairs of mixed lengths', () => {
    for (let k = 0; k < 1500; k++) {
      const long = k % 7 === 0;
      const a = words(k + 1, long ? 150 + (k % 50) : k % 30, 2 + (k % 5));
      const b = words(k * 31 + 7, long ? 90 + (k % 40) : (k * 3) % 25, 2 + (k % 5));
      assert.equal(longestSharedRun(a, b), tableRun(a, b), `run, pair ${k}`);
      assert.equal(inOrderShared(a, b), tableInOrder(a, b), `in order, pair ${k}`);
    }
  });
});
