// Issue 17 (one way in): a desk-folder story that is not open is usable wherever a match is. Once the background has
// analysed it (as the hover and the folder notes compare it), the panel lists its facts too.
import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyze';
import { Desk } from '../../src/core/desk';
import { buildPanelModel } from '../../src/extension/panel/model';
import { seed, seedNames } from './helpers';

const ids = seedNames().map((n) => n.slice(0, 3));
const analyzer = new Analyzer();

/** 001 open; every other seed only in the desk folder, analysed in the background when `analysed`. */
function folderDesk(analysed: boolean): Desk {
  const desk = new Desk();
  for (const id of ids) desk.indexStory(id, seed(id).text);
  if (analysed) for (const id of ids) desk.setFolderAnalysis(id, analyzer.analyze(seed(id).text));
  desk.upsert('001', seed('001').text);
  return desk;
}

describe('desk-folder matches in the panel', () => {
  it('lists a folder story analysed in the background with its facts, a disagreeing figure as a conflict', () => {
    const model = buildPanelModel(folderDesk(true), { activeId: '001' });
    const folder = model.reports.filter((r) => r.agency === 'in the folder, not open');
    assert.ok(folder.length > 0, JSON.stringify(model.reports.map((r) => [r.id, r.agency])));
    for (const r of folder) {
      assert.ok(r.facts.length > 0, `${r.id} has no facts`);
      assert.match(r.relationReason, /in a desk folder, not open/);
      assert.doesNotMatch(r.relationReason, /open it to compare/);
    }
    // The seeds' remaining-hostages figure differs between 001 and the later reports (129 vs 133).
    assert.ok(
      folder.some((r) => r.factConflicts > 0),
      JSON.stringify(folder.map((r) => [r.id, r.factConflicts])),
    );
  });

  it('without a background analysis the folder story is listed with no facts and asks to be opened', () => {
    const model = buildPanelModel(folderDesk(false), { activeId: '001' });
    const folder = model.reports.filter((r) => r.agency === 'in the folder, not open');
    assert.ok(folder.length > 0);
    for (const r of folder) {
      assert.deepEqual(r.facts, []);
      assert.match(r.relationReason, /open it to compare its figures/);
    }
  });
});
