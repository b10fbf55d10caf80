import assert from 'node:assert/strict';
import type { ArchiveMatch } from '../../src/archive/match';
import { Desk } from '../../src/core/desk';
import { withArchive } from '../../src/extension/panel/archiveReports';
import { buildPanelModel } from '../../src/extension/panel/model';

// An invented story open twice, and what a desk archive found for it: the panel keeps the open reports as they are
// and lists the archive's matches apart, best first, with agency, filing time, headline and score.
const story = (toll: string): string => `Flood cuts road to Tarvena

TARVENA, May 9 (AFP) - Floodwater cut the only road to the mountain town of Tarvena on Friday, stranding ${toll} hikers near the Orsa pass, the regional fire service said.

Helicopters from Belmonte airbase lifted supplies to the Orsa refuge, fire service spokesman Luca Ferrante said.
`;

const archived: ArchiveMatch[] = [
  {
    source: 'archive',
    id: '41',
    path: '/desk/afp/2026-05-09/flood-tarvena-1.xml',
    agency: 'AFP',
    filed: '2026-05-09T08:15:00.000Z',
    headline: 'Flood cuts road to Tarvena',
    score: 0.71,
    relation: 'version',
    guid: 'urn:afp:1',
  },
  {
    source: 'archive',
    id: '57',
    path: '/desk/reuters/tarvena.txt',
    agency: 'Reuters',
    headline: 'Hikers stranded as flood cuts Tarvena road',
    score: 0.93,
    relation: 'same-story',
    withdrawn: true,
  },
];

describe('panel model: matches from the desk archive', () => {
  it('lists archive matches apart from the open reports, best first, marked as from the archive', () => {
    const desk = new Desk();
    desk.upsert('file:///open/a.txt', story('40'));
    desk.upsert('file:///open/b.txt', story('45'));
    const local = buildPanelModel(desk, { activeId: 'file:///open/a.txt', findings: desk.check('file:///open/a.txt') });
    const model = withArchive(local, archived);
    assert.deepEqual(model.reports, local.reports, 'the open reports are untouched');
    assert.deepEqual(
      model.reports.map((r) => r.id),
      ['file:///open/b.txt'],
    );
    assert.deepEqual(
      model.archive!.map((r) => [r.id, r.agency, r.filed, r.headline, r.score, r.relation, r.withdrawn]),
      [
        ['archive:57', 'Reuters', undefined, 'Hikers stranded as flood cuts Tarvena road', 0.93, 'same-story', true],
        ['archive:41', 'AFP', '2026-05-09T08:15:00.000Z', 'Flood cuts road to Tarvena', 0.71, 'version', false],
      ],
    );
    assert.equal(model.archive![1]!.name, 'flood-tarvena-1.xml');
    assert.equal(model.archive![1]!.uri, 'file:///desk/afp/2026-05-09/flood-tarvena-1.xml');
  });

  it('shows archive matches when no open article matches, and none without an active article or matches', () => {
    const desk = new Desk();
    desk.upsert('file:///open/a.txt', story('40'));
    const alone = withArchive(buildPanelModel(desk, { activeId: 'file:///open/a.txt' }), archived);
    assert.equal(alone.state, 'no-matches');
    assert.equal(alone.archive?.length, 2);
    assert.equal(withArchive(buildPanelModel(desk, {}), archived).archive, undefined);
    assert.equal(withArchive(buildPanelModel(desk, { activeId: 'file:///open/a.txt' }), []).archive, undefined);
  });
});
