import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import { seed, seedNames } from './helpers';

// An invented AFP story: UPDATE 2 keeps the arrests figure but drops (or swaps) the source UPDATE 1 gave it.
const story = (slug: string, arrests: string): string => `${slug}-Quake kills 12 in Vallmora province

VALLMORA, March 3, 2025 (AFP) - An earthquake of magnitude 6.4 struck Vallmora province on Tuesday, killing 12 people and damaging the old town of Sestri, the regional civil protection agency said.

Police arrested 40 people ${arrests}

Rescuers searched collapsed houses in Sestri and the villages of Corvo and Lanza through the night, agency spokeswoman Maria Albeni said. Schools in Vallmora and Sestri will stay closed on Wednesday.
`;
const v1 = story('UPDATE 1', 'for looting in Sestri overnight, according to the interior ministry.');
const dropped = story('UPDATE 2', 'for looting in Sestri overnight.');
const swapped = story('UPDATE 2', 'for looting in Sestri overnight, according to the Sestri fire brigade.');
const at = (t: string): { item: { filed: string; filedSource: 'metadata' } } => ({
  item: { filed: t, filedSource: 'metadata' },
});

describe('dropped source along a version chain', () => {
  it('the unattributed-figure warning gains the older version and a restore fix; no second diagnostic', () => {
    const desk = new Desk();
    desk.upsert('v1.txt', v1, at('2025-03-03T08:00:00Z'));
    desk.upsert('v2.txt', dropped, at('2025-03-03T10:02:00Z'));
    const onFigure = desk.check('v2.txt').filter((f) => dropped.slice(f.start, f.end) === '40');
    assert.deepEqual(
      onFigure.map((f) => f.rule),
      ['unattributed-figure'],
    );
    const f = onFigure[0]!;
    assert.equal(f.related.length, 1);
    assert.equal(f.related[0]!.docId, 'v1.txt');
    assert.equal(v1.slice(f.related[0]!.start, f.related[0]!.end), 'the interior ministry');
    const fix = f.fixes![0]!;
    assert.equal(fix.title, 'Restore "according to the interior ministry" (from v1)');
    const fixed = dropped.slice(0, fix.start) + fix.text + dropped.slice(fix.end);
    assert.ok(
      fixed.includes('Police arrested 40 people for looting in Sestri overnight, according to the interior ministry.'),
    );
    // The older version is not told to restore anything.
    assert.ok(desk.check('v1.txt').every((g) => !(g.fixes ?? []).some((x) => x.title.startsWith('Restore'))));
  });

  it('a source swapped for another: source-changed (information), and no restore fix', () => {
    const desk = new Desk();
    desk.upsert('v1.txt', v1, at('2025-03-03T08:00:00Z'));
    desk.upsert('v2.txt', swapped, at('2025-03-03T10:02:00Z'));
    const found = desk.check('v2.txt');
    const changed = found.filter((f) => f.rule === 'source-changed');
    assert.equal(changed.length, 1);
    assert.equal(swapped.slice(changed[0]!.start, changed[0]!.end), '40');
    assert.equal(changed[0]!.severity, 'information');
    assert.match(
      changed[0]!.message,
      /credited to the Sestri fire brigade here; v1 gave 40 according to the interior ministry/,
    );
    assert.ok(found.every((f) => !(f.fixes ?? []).some((x) => x.title.startsWith('Restore'))));
  });

  it('never between independent agencies', () => {
    const desk = new Desk();
    desk.upsert('afp.txt', v1, at('2025-03-03T08:00:00Z'));
    // Reuters' own reporting of the event: the same facts in its own words.
    const other = `Deadly tremor hits Vallmora

VALLMORA, March 3, 2025 (Reuters) - A powerful tremor shook the mountain region of Vallmora before dawn on Tuesday, leaving a dozen residents dead and bringing down medieval facades, hospital staff and witnesses told Reuters.

Police arrested 40 people for looting in Sestri overnight.

"We heard a roar and then the walls came down," said Pia Ferro, 63, who spent the night in her car with her grandchildren. Army trucks brought tents and blankets to a football pitch on the edge of town.
`;
    desk.upsert('reuters.txt', other, at('2025-03-03T10:02:00Z'));
    const kinds = desk.check('reuters.txt').map((f) => [f.rule, (f.fixes ?? []).map((x) => x.title)]);
    assert.ok(
      kinds.every(
        ([rule, titles]) => rule !== 'source-changed' && !(titles as string[]).some((t) => t.startsWith('Restore')),
      ),
      JSON.stringify(kinds),
    );
  });

  it('the five seeds: no restore-source fix and no source-changed', () => {
    const desk = new Desk();
    for (const name of seedNames()) desk.upsert(name, seed(name.slice(0, 3)).text);
    const changed: string[] = [];
    for (const name of seedNames()) {
      const text = seed(name.slice(0, 3)).text;
      for (const f of desk.check(name)) {
        if (f.rule === 'source-changed')
          changed.push(`${name.slice(0, 3)}: ${text.slice(f.start, f.end)} from ${f.related[0]!.docId.slice(0, 3)}`);
        assert.ok(!(f.fixes ?? []).some((x) => x.title.startsWith('Restore')), `${name}: ${f.message}`);
      }
    }
    // 003's "Some 33 207" (Gaza's health ministry) and 004's "More than 33,000" (Palestinian officials) are not one figure.
    assert.deepEqual(changed, []);
  });
});
