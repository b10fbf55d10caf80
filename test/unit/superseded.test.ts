import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import { seed, seedNames } from './helpers';

// An invented AFP story in two versions: UPDATE 2 raises the toll and adds a paragraph.
const body = (
  toll: string,
  extra = '',
): string => `VALLMORA, March 3, 2025 (AFP) - An earthquake of magnitude 6.4 struck Vallmora province on Tuesday, killing ${toll} people and damaging the old town of Sestri, the regional civil protection agency said.

The quake struck at dawn at a depth of 10 km under the hills north of Sestri, the national seismology institute said, and was felt as far as the coast.

Rescuers searched collapsed houses in Sestri and the villages of Corvo and Lanza through the night, agency spokeswoman Maria Albeni said. Schools in Vallmora and Sestri will stay closed on Wednesday.
${extra}`;
const v1 = `UPDATE 1-Quake kills 12 in Vallmora province\n\n${body('12')}`;
const v2 = `UPDATE 2-Quake kills 15 in Vallmora province\n\n${body('15', '\nThe army sent field kitchens to Corvo, where most houses were damaged, the regional governor said.\n')}`;
const fixed = `CORRECTED-Quake kills 14 in Vallmora province\n\n${body('14')}`;
const at = (t: string): { filed: string; filedSource: 'metadata' } => ({ filed: t, filedSource: 'metadata' });

describe('figure-conflict, class superseded: a later version of the story changed the figure', () => {
  it('UPDATE 1 still says 12 after UPDATE 2 says 15: one warning naming the later version', () => {
    const desk = new Desk();
    desk.upsert('v1.txt', v1, { item: at('2025-03-03T08:00:00Z') });
    desk.upsert('v2.txt', v2, { item: at('2025-03-03T10:02:00Z') });
    // One finding per figure: the headline's 12 and the body's 12.
    const found = desk.check('v1.txt').filter((f) => f.rule === 'figure-conflict');
    assert.deepEqual(
      found.map((f) => v1.slice(f.start, f.end)),
      ['12', '12'],
    );
    const f = found[1]!;
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /^Superseded figure — .*your copy says 12; AFP UPDATE 2, 3 Mar 10:02 GMT, says 15/);
    assert.equal(f.related[0]!.conflict, 'superseded');
    assert.equal(v2.slice(f.related[0]!.start, f.related[0]!.end), '15');
    assert.match(f.docs, /#superseded$/);
    // The later version is not superseded by the older one.
    assert.ok(desk.check('v2.txt').every((g) => !/Superseded/.test(g.message)));
  });

  it('a correction makes it an error', () => {
    const desk = new Desk();
    desk.upsert('v1.txt', v1, { item: at('2025-03-03T08:00:00Z') });
    desk.upsert('fix.txt', fixed, { item: at('2025-03-03T09:00:00Z') });
    const f = desk.check('v1.txt').find((g) => g.rule === 'figure-conflict');
    assert.ok(f, 'a finding');
    assert.equal(f.severity, 'error');
    assert.match(f.message, /your copy says 12; .* says 14/);
    assert.match(f.message, /AFP CORRECTED/);
  });

  it('another agency with the later, higher figure is still an ordinary conflict', () => {
    const desk = new Desk();
    desk.upsert('v1.txt', v1, { item: at('2025-03-03T08:00:00Z') });
    desk.upsert('reuters.txt', v2.replace('(AFP)', '(Reuters)'), { item: at('2025-03-03T10:02:00Z') });
    const f = desk.check('v1.txt').find((g) => g.rule === 'figure-conflict');
    assert.ok(f, 'a finding');
    assert.doesNotMatch(f.message, /Superseded/);
  });

  it('no superseded finding on the five seeds', () => {
    const desk = new Desk();
    for (const name of seedNames()) desk.upsert(name, seed(name.slice(0, 3)).text);
    for (const name of seedNames()) for (const f of desk.check(name)) assert.doesNotMatch(f.message, /Superseded/);
  });
});
