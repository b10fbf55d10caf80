import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Desk } from '../../src/core/desk';
import { buildPanelModel } from '../../src/extension/panel/model';

// Three versions of one (invented) Reuters story and an unrelated one: the panel model groups the versions, marks the
// older ones superseded by the newest, and leaves the unrelated story out.
const body = (update: string, toll: string, extra: string): string => `${update}Quake kills ${toll} in Vallmora province

VALLMORA, March 3 (Reuters) - An earthquake of magnitude 6.4 struck Vallmora province on Tuesday, killing ${toll} people and damaging the old town of Sestri, the regional civil protection agency said.

Rescuers searched collapsed houses in Sestri and the villages of Corvo and Lanza through the night, agency spokeswoman Maria Albeni said. ${extra}

The quake struck at 03:12 local time at a depth of 10 km, the national seismology institute said. Schools in Vallmora and Sestri will stay closed on Wednesday.

Reporting by Ana Ruiz; Editing by Tom Hale
`;

describe('panel model: versions of one story', () => {
  it('marks older UPDATE versions of the same agency story as superseded by the newest', () => {
    const desk = new Desk();
    desk.upsert('v1', body('', '12', 'Power was cut in Sestri.'));
    desk.upsert('v2', body('UPDATE 1-', '19', 'Power was cut in Sestri and Corvo.'));
    desk.upsert('v3', body('UPDATE 2-', '23', 'Power was cut in Sestri, Corvo and Lanza, the grid operator said.'));
    desk.upsert(
      'other',
      'Derby ends goalless\n\nMILAN, March 3 (Reuters) - Inter and AC Milan drew 0-0 in the Milan derby on Sunday, leaving both clubs behind leaders Napoli.\n',
    );
    const model = buildPanelModel(desk, { activeId: 'v3', findings: desk.check('v3') });
    const ids = model.reports.map((r) => r.id).sort();
    assert.deepEqual(ids, ['v1', 'v2']);
    for (const r of model.reports) {
      assert.equal(r.relation, 'version', `${r.id}: ${r.relationReason}`);
      assert.equal(r.supersededBy, 'v3', r.id);
    }
    assert.equal(model.reports.find((r) => r.id === 'v2')!.update, 1);
  });

  it('says when a report is matched only through a third article (a rewrite of a rewrite)', () => {
    const desk = new Desk();
    for (const name of ['first', 'second', 'third'])
      desk.upsert(name, readFileSync(join(__dirname, '../../../test/fixtures/articles', `linked-${name}.txt`), 'utf8'));
    const model = buildPanelModel(desk, { activeId: 'first', findings: desk.check('first') });
    const third = model.reports.find((r) => r.id === 'third');
    assert.ok(third, 'the linked report is listed');
    assert.match(third.relationReason, /matched through second, which both report closely/);
    assert.doesNotMatch(model.reports.find((r) => r.id === 'second')!.relationReason, /matched through/);
  });
});
