import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import { laterVersion } from '../../src/core/match/itemVersion';
import { buildPanelModel } from '../../src/extension/panel/model';

// An invented agency story filed as two versions of one item: the later one adds a paragraph, so on text alone the
// shorter (older) copy looks derived from the longer one. The item's guid and @version must win.
const first = `Quake kills 12 in Vallmora province

VALLMORA, March 3 (Reuters) - An earthquake of magnitude 6.4 struck Vallmora province on Tuesday, killing 12 people and damaging the old town of Sestri, the regional civil protection agency said.

The quake struck at 03:12 local time at a depth of 10 km, the national seismology institute said.
`;
const second = `${first}
Rescuers searched collapsed houses in Sestri and the villages of Corvo and Lanza through the night, agency spokeswoman Maria Albeni said. Schools in Vallmora and Sestri will stay closed on Wednesday, and the army sent field kitchens to Corvo.
`;
const item = (guid: string, version: string | undefined, filed: string) => ({
  item: { agency: 'Reuters', filed, filedSource: 'metadata' as const, wire: { guid, version } },
});

describe('versions of one agency item: guid and @version order them', () => {
  it('laterVersion: @version first, then versionCreated; other guids are not versions of one item', () => {
    assert.equal(
      laterVersion(
        { update: 0, corrected: false, guid: 'g', itemVersion: 3, versionCreated: '2024-04-08T09:00:00Z' },
        { update: 0, corrected: false, guid: 'g', itemVersion: 2, versionCreated: '2024-04-08T10:00:00Z' },
      ),
      'a',
    );
    assert.equal(
      laterVersion(
        { update: 0, corrected: false, guid: 'g', versionCreated: '2024-04-08T09:00:00Z' },
        { update: 0, corrected: false, guid: 'g', versionCreated: '2024-04-08T10:00:00Z' },
      ),
      'b',
    );
    assert.equal(
      laterVersion(
        { update: 0, corrected: false, guid: 'g', itemVersion: 1 },
        { update: 0, corrected: false, guid: 'g', itemVersion: 1 },
      ),
      'same',
    );
    assert.equal(
      laterVersion(
        { update: 0, corrected: false, guid: 'g', itemVersion: 1 },
        { update: 0, corrected: false, guid: 'h', itemVersion: 2 },
      ),
      undefined,
    );
  });

  it('the higher @version is the later version, even filed earlier and against the text heuristic', () => {
    const desk = new Desk();
    // Version 2 carries an earlier versionCreated (a clock skew at the agency): @version still decides.
    desk.upsert('v1.xml', first, item('urn:reuters:quake', '1', '2024-03-03T08:00:00Z'));
    desk.upsert('v2.xml', second, item('urn:reuters:quake', '2', '2024-03-03T07:00:00Z'));
    const r = desk.relation('v1.xml', 'v2.xml')!;
    assert.equal(r.kind, 'version');
    assert.equal(r.derived, 'b', r.reason);
    assert.equal(r.ordered, 'item-version');
    assert.match(r.reason, /item urn:reuters:quake, version 2 after 1/);
    // The same texts with no item metadata: the heuristic calls the shorter copy the derived one.
    const plain = new Desk();
    plain.upsert('a', first);
    plain.upsert('b', second);
    assert.equal(plain.relation('a', 'b')!.derived, 'a');
    assert.equal(plain.relation('a', 'b')!.ordered, undefined);
  });

  it('versionCreated orders copies of one guid without @version; different guids fall back to the text', () => {
    const desk = new Desk();
    desk.upsert('late', first, item('urn:x', undefined, '2024-03-03T09:30:00Z'));
    desk.upsert('early', second, item('urn:x', undefined, '2024-03-03T09:00:00Z'));
    const r = desk.relation('early', 'late')!;
    assert.equal(r.kind, 'version');
    assert.equal(r.derived, 'b');
    const other = new Desk();
    other.upsert('p', first, item('urn:p', '1', '2024-03-03T09:30:00Z'));
    other.upsert('q', second, item('urn:q', '9', '2024-03-03T09:00:00Z'));
    assert.equal(other.relation('p', 'q')!.ordered, undefined);
  });

  it('panel: the older version is superseded by the later one, from either side', () => {
    const desk = new Desk();
    desk.upsert('v1.xml', first, item('urn:reuters:quake', '1', '2024-03-03T08:00:00Z'));
    desk.upsert('v2.xml', second, item('urn:reuters:quake', '2', '2024-03-03T07:00:00Z'));
    const fromNew = buildPanelModel(desk, { activeId: 'v2.xml', findings: desk.check('v2.xml') });
    const older = fromNew.reports.find((x) => x.id === 'v1.xml')!;
    assert.equal(older.relation, 'version');
    assert.equal(older.supersededBy, 'v2.xml');
    const fromOld = buildPanelModel(desk, { activeId: 'v1.xml', findings: desk.check('v1.xml') });
    const newer = fromOld.reports.find((x) => x.id === 'v2.xml')!;
    assert.equal(newer.relation, 'version');
    assert.equal(newer.supersededBy, undefined);
    assert.match(newer.badge ?? '', /^version of v1/);
  });
});
