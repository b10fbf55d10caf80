// Average linkage (the group scoring behind StoryIndex matches) on small invented score tables.
import assert from 'node:assert/strict';
import { averageLinkage, clustersAt, joinLevels } from '../../src/core/match';

/** A symmetric score table as the function averageLinkage asks (i < j). */
function table(rows: number[][]): (i: number, j: number) => number {
  return (i, j) => rows[i]![j]!;
}

// Two events: stories 0, 1, 2 report one (close wording), 3 and 4 another; 2 and 3 happen to share a name.
const TWO_EVENTS = [
  [0, 0.6, 0.5, 0.1, 0.0],
  [0.6, 0, 0.4, 0.0, 0.0],
  [0.5, 0.4, 0, 0.3, 0.0],
  [0.1, 0.0, 0.3, 0, 0.7],
  [0.0, 0.0, 0.0, 0.7, 0],
];

describe('average linkage', () => {
  it('merges the closest clusters first, at the average score between their members', () => {
    const merges = averageLinkage(5, table(TWO_EVENTS));
    assert.deepEqual(
      merges.map((m) => [m.into, m.from, Math.round(m.level * 1e6) / 1e6]),
      [
        [3, 4, 0.7],
        [0, 1, 0.6],
        [0, 2, 0.45], // (0.5 + 0.4) / 2
        [0, 3, 0.066667], // (0.1 + 0 + 0 + 0 + 0.3 + 0) / 6
      ],
    );
  });

  it('keeps two events apart where one cross pair is as close as a weak pair inside an event', () => {
    const merges = averageLinkage(5, table(TWO_EVENTS));
    assert.deepEqual(clustersAt(merges, 5, 0.18), [
      [0, 1, 2],
      [3, 4],
    ]);
    assert.deepEqual(clustersAt(merges, 5, 0.65), [[0], [1], [2], [3, 4]]);
    assert.deepEqual(clustersAt(merges, 5, 0.01), [[0, 1, 2, 3, 4]]);
  });

  it('gives each node the level at which it joins the home node', () => {
    const merges = averageLinkage(5, table(TWO_EVENTS));
    const fromZero = [...joinLevels(merges, 5, 0)].map((v) => Math.round(v * 1e6) / 1e6);
    assert.deepEqual(fromZero, [0, 0.6, 0.45, 0.066667, 0.066667]);
    // Seen from story 4, whose cluster is absorbed into 3's: 3 joins first, the other event last.
    const fromFour = [...joinLevels(merges, 5, 4)].map((v) => Math.round(v * 1e6) / 1e6);
    assert.deepEqual(fromFour, [0.066667, 0.066667, 0.066667, 0.7, 0]);
  });

  it('lifts a weak pair inside a dense group above its direct score', () => {
    // 1 and 2 barely share wording (a rewrite of a rewrite), but both are close to 0 and to 3.
    const rows = [
      [0, 0.5, 0.5, 0.5],
      [0.5, 0, 0.1, 0.5],
      [0.5, 0.1, 0, 0.5],
      [0.5, 0.5, 0.5, 0],
    ];
    const joined = joinLevels(averageLinkage(4, table(rows)), 4, 1);
    assert.ok(joined[2]! > 0.1, `2 joins 1 at ${joined[2]}`);
    assert.equal(Math.round(joined[2]! * 1e6) / 1e6, 0.366667); // (0.1 + 0.5 + 0.5) / 3
  });

  it('never merges stories with nothing in common, and handles one or no node', () => {
    const none = averageLinkage(3, () => 0);
    assert.deepEqual(none, []);
    assert.deepEqual(clustersAt(none, 3, 0), [[0], [1], [2]]);
    assert.deepEqual([...joinLevels(none, 3)], [0, 0, 0]);
    assert.deepEqual(
      averageLinkage(1, () => 1),
      [],
    );
    assert.deepEqual(
      averageLinkage(0, () => 1),
      [],
    );
  });

  it('asks each pair once', () => {
    const asked: string[] = [];
    averageLinkage(4, (i, j) => {
      asked.push(`${i}-${j}`);
      return 0.2;
    });
    assert.deepEqual(asked, ['0-1', '0-2', '0-3', '1-2', '1-3', '2-3']);
  });
});
