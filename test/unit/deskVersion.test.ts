// The Desk stamps the editor's document version on every finding, so a fix is only ever applied to the text it was
// computed on; the CLI passes no version and its findings carry none.
import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';

// Invented copy: a figure in the reporter's voice with no source in reach.
const TEXT = 'Flood waters rose overnight in the valley.\n\nAt least 340 homes were flooded on Tuesday.\n';

describe('Desk: document version on findings', () => {
  it('stamps the version the text was upserted with on every finding', () => {
    const desk = new Desk();
    desk.upsert('a', TEXT, { version: 7 });
    const findings = desk.check('a');
    assert.ok(findings.length > 0, 'the invented copy has findings');
    assert.deepEqual([...new Set(findings.map((f) => f.version))], [7]);
  });

  it('restamps unchanged text upserted under a new version (undo, save)', () => {
    const desk = new Desk();
    const first = desk.upsert('a', TEXT, { version: 3 });
    const again = desk.upsert('a', TEXT, { version: 4 });
    assert.equal(again, first, 'unchanged text is not analysed again');
    assert.deepEqual([...new Set(desk.check('a').map((f) => f.version))], [4]);
  });

  it('leaves findings unstamped when the caller has no version (CLI, eval)', () => {
    const desk = new Desk();
    desk.upsert('a', TEXT);
    const findings = desk.check('a');
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => !('version' in f)));
  });

  it('a changed text takes its own version', () => {
    const desk = new Desk();
    desk.upsert('a', TEXT, { version: 1 });
    desk.upsert('a', TEXT.replace('340', '360'), { version: 2 });
    const findings = desk.check('a');
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.version === 2));
  });
});
