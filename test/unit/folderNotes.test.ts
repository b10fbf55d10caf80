// Issue 18, "the folder is the desk": a figure that disagrees with a matched desk-folder story that is not open gets an
// information note (never a warning), merged into the open reports' warning when there is one.
import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyze';
import { Desk } from '../../src/core/desk';
import { figureConflictRule } from '../../src/core/rules/figureConflict';
import type { Finding } from '../../src/core/types';
import { offsetOf, seed, seedNames } from './helpers';

const ids = seedNames().map((n) => n.slice(0, 3));
const analyzer = new Analyzer();

/** A desk with `open` open and every other seed in the folder, analysed in the background as the editor does. */
function folderDesk(open: string[], analysed = true): Desk {
  const desk = new Desk(undefined, [figureConflictRule]);
  for (const id of ids) desk.indexStory(id, seed(id).text);
  for (const id of ids) if (analysed) desk.setFolderAnalysis(id, analyzer.analyze(seed(id).text));
  for (const id of open) desk.upsert(id, seed(id).text);
  return desk;
}

function conflictsOn(desk: Desk, id: string, needle: string): Finding[] {
  const at = offsetOf(desk.get(id)!.text, needle);
  return desk.check(id).filter((f) => f.rule === 'figure-conflict' && f.start < at + needle.length && f.end > at);
}

describe('conflicts with unopened folder articles are notes (issue 18)', () => {
  it('001 open alone: "129 remaining" gets one information note naming 003 and 004, with filing times', () => {
    const found = conflictsOn(folderDesk(['001']), '001', '129 remaining');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    const f = found[0]!;
    assert.equal(f.severity, 'information');
    assert.deepEqual(f.related.map((r) => r.docId).sort(), ['003', '004']);
    for (const r of f.related) {
      assert.match(r.message, /in the folder, not open/);
      assert.match(r.message, /filed [89] Apr|filing time unknown/);
      assert.equal(seed(r.docId).text.slice(r.start, r.end), r.text);
    }
    assert.match(
      f.message,
      /^Conflicting figure — .*129 here vs 133 in .*\(in the folder, not open, (filed [89] Apr|filing time unknown)/,
    );
  });

  it('no background analysis: no finding at all (matching alone compares nothing)', () => {
    assert.equal(conflictsOn(folderDesk(['001'], false), '001', '129 remaining').length, 0);
  });

  it('opening 003 makes it an ordinary open report (warning); 004 stays related as a folder report', () => {
    const desk = folderDesk(['001', '003']);
    const found = conflictsOn(desk, '001', '129 remaining');
    assert.equal(found.length, 1, 'one diagnostic per figure per rule');
    const f = found[0]!;
    assert.equal(f.severity, 'warning');
    const open = f.related.find((r) => r.docId === '003')!;
    const folder = f.related.find((r) => r.docId === '004')!;
    assert.ok(open && folder, JSON.stringify(f.related));
    assert.doesNotMatch(open.message, /not open/);
    assert.match(folder.message, /in the folder, not open/);
    assert.equal(f.related[0]!.docId, '003', 'open reports lead');
  });

  it('closing 003 again turns the warning back into a note', () => {
    const desk = folderDesk(['001', '003']);
    desk.remove('003');
    const [f] = conflictsOn(desk, '001', '129 remaining');
    assert.equal(f?.severity, 'information');
    assert.deepEqual(f.related.map((r) => r.docId).sort(), ['003', '004']);
  });

  it('a forgotten folder analysis, or a folder story removed from the index, compares nothing', () => {
    const desk = folderDesk(['001']);
    desk.setFolderAnalysis('003', undefined);
    desk.removeStory('004');
    assert.equal(conflictsOn(desk, '001', '129 remaining').length, 0);
  });

  it('a configured "hint" level caps the note; "error" never raises it', () => {
    const desk = folderDesk(['001']);
    const config = desk.getConfig();
    const hint = desk
      .check('001', { ...config, rules: { 'figure-conflict': { severity: 'hint' } } })
      .filter((f) => f.rule === 'figure-conflict');
    assert.ok(hint.length > 0 && hint.every((f) => f.severity === 'hint'));
    const error = desk
      .check('001', { ...config, rules: { 'figure-conflict': { severity: 'error' } } })
      .filter((f) => f.rule === 'figure-conflict');
    assert.ok(
      error.length > 0 && error.every((f) => f.severity === 'information'),
      JSON.stringify(error.map((f) => f.severity)),
    );
  });
});
