// Issue 18, the folder as the desk: a report in the folder that is not open offers no "Use …" fix (the editor offers to
// open it instead), and a folder copy of an open article is that article: it never takes the open one's place in the
// matches, nor shows beside it once the open one is edited.
import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyze';
import { Desk } from '../../src/core/desk';
import { figureConflictRule } from '../../src/core/rules/figureConflict';
import type { Finding } from '../../src/core/types';
import { offsetOf, seed, seedNames } from './helpers';

const ids = seedNames().map((n) => n.slice(0, 3));
const analyzer = new Analyzer();
/** Sorts before "000" (a space before a digit), so on an equal score it ranks first. */
const COPY = '0 copy';

function folderDesk(open: string[], copyOf?: string): Desk {
  const desk = new Desk(undefined, [figureConflictRule]);
  const folder: [string, string][] = ids.map((id) => [id, seed(id).text]);
  if (copyOf) folder.push([COPY, seed(copyOf).text]);
  for (const [id, text] of folder) desk.indexStory(id, text);
  for (const [id, text] of folder) desk.setFolderAnalysis(id, analyzer.analyze(text));
  for (const id of open) desk.upsert(id, seed(id).text);
  return desk;
}

function conflictOn(desk: Desk, id: string, needle: string): Finding | undefined {
  const at = offsetOf(desk.get(id)!.text, needle);
  return desk.check(id).find((f) => f.rule === 'figure-conflict' && f.start < at + needle.length && f.end > at);
}

describe('the folder is the desk: fixes and copies (issue 18)', () => {
  it('001 open alone: the note on "129 remaining" offers no fix and no suggestion from the unopened reports', () => {
    const f = conflictOn(folderDesk(['001']), '001', '129 remaining')!;
    assert.equal(f.severity, 'information');
    assert.ok(f.related.length >= 1);
    assert.deepEqual(f.fixes ?? [], []);
    assert.deepEqual(f.suggestions, []);
  });

  it('001 and 003 open: the fixes name 003 only, never the folder report 004', () => {
    const f = conflictOn(folderDesk(['001', '003']), '001', '129 remaining')!;
    assert.ok(
      f.related.some((r) => r.docId === '004'),
      JSON.stringify(f.related.map((r) => r.docId)),
    );
    const titles = (f.fixes ?? []).map((x) => x.title);
    assert.ok(titles.length > 0);
    const report003 = f.related.find((r) => r.docId === '003')!.report!;
    const report004 = f.related.find((r) => r.docId === '004')!.report!;
    assert.ok(
      titles.every((t) => t.includes(report003)),
      titles.join(' | '),
    );
    if (report004 !== report003) assert.ok(!titles.some((t) => t.includes(report004)), titles.join(' | '));
  });

  it("a folder copy of the open 000 that ranks first does not take its place among 003's matches", () => {
    const desk = folderDesk(['003', '000'], '000');
    const matched = desk.matches('003').map((m) => m.id);
    assert.ok(matched.includes('000'), matched.join(', '));
    assert.ok(!matched.includes(COPY), matched.join(', '));
  });

  it('000 edited: its folder copy (the text it holds on disk) is still 000, not a second report on "133 hostages"', () => {
    const desk = folderDesk(['003', '000'], '000');
    desk.upsert('000', `${seed('000').text}\n\nDesk note: checked against the wires.\n`);
    assert.ok(!desk.matches('003').some((m) => m.id === COPY));
    const f = conflictOn(desk, '003', '133 hostages')!;
    const docs = f.related.map((r) => r.docId);
    assert.equal(docs.filter((d) => d === '000').length, 1, docs.join(', '));
    assert.ok(!docs.includes(COPY), docs.join(', '));
    assert.equal(f.severity, 'warning', 'the open 000 decides the level');
  });
});
