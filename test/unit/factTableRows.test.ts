import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import { factTable, plainLabel, reportingSource } from '../../src/core/facts';
import { seed, seedNames } from './helpers';

const ids = seedNames().map((n) => n.slice(0, 3));

describe('fact table rows: both sides count the same thing (issue 18)', () => {
  const desk = new Desk();
  for (const id of ids) desk.upsert(id, seed(id).text);
  const table = (id: string) => factTable({ id, analysis: desk.get(id)!.analysis }, desk.peers(id));

  it('003: the quoted "133 Israeli hostages" keeps a row of its own and never agrees with 004 "dozens"', () => {
    const text = desk.get('003')!.text;
    const quoted = table('003').filter(
      (r) => r.cells[0]!.self && text.slice(r.cells[0]!.start, r.cells[0]!.end) === '133' && /quotation/.test(r.label),
    );
    assert.equal(quoted.length, 1, JSON.stringify(table('003').map((r) => r.label)));
    assert.deepEqual(
      quoted[0]!.cells.map((c) => c.docId),
      ['003'],
    );
    for (const r of table('003')) {
      if (r.cells[0]!.text !== '133') continue;
      assert.ok(
        !r.cells.some((c) => c.text === 'dozens'),
        `${r.label}: ${r.cells.map((c) => `${c.docId} ${c.text}`).join(', ')}`,
      );
    }
  });

  it('004: "dozens" freed is not paired with a quoted figure of 003', () => {
    const freed = table('004').find((r) => r.cells[0]!.text === 'dozens')!;
    assert.deepEqual(
      freed.cells.map((c) => `${c.docId} ${c.text}`),
      ['004 dozens', '003 dozens'],
    );
  });

  it('003 "over a million" has no source rather than the verb "drop"', () => {
    const row = table('003').find((r) => r.cells[0]!.text === 'over a million')!;
    assert.equal(row.cells[0]!.source, undefined);
  });

  it("names facts in an editor's words", () => {
    assert.equal(plainLabel('people living there (rafah)'), 'people living in Rafah');
    assert.equal(plainLabel('people killed in the 7 October attack'), 'people killed in the 7 October attack');
    assert.ok(
      !table('003').some((r) => /\(\p{Ll}+\)$/u.test(r.label)),
      table('003')
        .map((r) => r.label)
        .join(' | '),
    );
  });

  it('a source is a noun phrase that reports', () => {
    assert.equal(reportingSource('drop'), undefined);
    assert.equal(reportingSource('officials'), 'officials');
    assert.equal(reportingSource('police'), 'police');
    assert.equal(reportingSource('the Health Ministry'), 'the Health Ministry');
    assert.equal(reportingSource('Israel'), 'Israel');
  });
});

describe('figure-conflict: ignoring one pair of a merged warning (issue 18)', () => {
  it('hides only the ignored pair, and the whole warning once every pair is ignored', () => {
    const desk = new Desk();
    for (const id of ids) desk.upsert(id, seed(id).text);
    const toll = (cfg?: Parameters<Desk['check']>[1]) =>
      desk
        .check('004', cfg)
        .find((f) => f.rule === 'figure-conflict' && desk.get('004')!.text.slice(f.start, f.end) === '1,139')!;
    const all = toll();
    assert.equal(all.related.length, 3);
    const config = (keys: string[]) => ({
      ...desk.getConfig(),
      workspace: { ...desk.getConfig().workspace, ignoredConflicts: keys.map((key) => ({ key })) },
    });
    const first = all.related.find((r) => r.docId === '001')!.ignoreKey!;
    const partial = toll(config([first]));
    assert.deepEqual(partial.related.map((r) => r.docId).sort(), ['000', '003']);
    assert.equal(partial.ignoredBy, undefined);
    const hidden = toll(config(all.related.map((r) => r.ignoreKey!)));
    assert.match(hidden.ignoredBy ?? '', /ignoredConflicts\[\d\]/);
  });
});
