import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { Desk } from '../../src/core/desk';
import { filedLine } from '../../src/core/facts';
import { itemStoryMeta, readWire } from '../../src/core/formats';
import type { Finding } from '../../src/core/types';
import { splitPlain, toNewsML } from './formatsWrap';
import { seed, seedNames } from './helpers';

const story = splitPlain(seed('000').text);
const status = (desk: Desk, id: string, config = desk.getConfig()): Finding[] =>
  desk.check(id, config).filter((f) => f.rule === 'wire-status');

function put(desk: Desk, id: string, xml: string): void {
  const r = readWire(xml);
  assert.deepEqual(r.problems, []);
  desk.upsert(id, r.items[0]!.text, { item: itemStoryMeta(r.items[0]!) });
}

describe('wire-status rule', () => {
  it('a canceled version puts an error on every open copy of its guid, linked to the withdrawal, and on itself', () => {
    const desk = new Desk();
    put(desk, 'v1.xml', toNewsML(story, 'urn:story:1', { body: 'xhtml', version: 1 }));
    put(
      desk,
      'v2.xml',
      toNewsML({ ...story, paragraphs: ['This story has been withdrawn.'] }, 'urn:story:1', {
        body: 'xhtml',
        version: 2,
        status: 'canceled',
      }),
    );
    put(desk, 'other.xml', toNewsML(story, 'urn:story:2', { body: 'xhtml', version: 1 }));
    const [onCopy] = status(desk, 'v1.xml');
    assert.equal(onCopy?.severity, 'error');
    assert.equal(
      onCopy?.message,
      'Reuters withdrew (canceled) this story at 8 Apr 09:12 GMT (version 2): do not publish this copy.',
    );
    assert.equal(onCopy?.related[0]?.docId, 'v2.xml');
    assert.equal(onCopy?.start, 0, 'at the top of the story');
    assert.match(
      status(desk, 'v2.xml')[0]!.message,
      /^Reuters withdrew \(canceled\) this story at 8 Apr 09:12 GMT: do not publish\.$/,
    );
    // A different guid with the same text is a separate item: only the text matcher can tie it (see the rewrite test).
    assert.ok(status(desk, 'other.xml').every((f) => f.related[0]?.docId !== 'v1.xml'));
  });

  it('a plain copy (no guid) that matches a withdrawn item as a version or rewrite gets the error too', () => {
    const desk = new Desk();
    put(desk, 'kill.xml', toNewsML(story, 'urn:story:1', { body: 'xhtml', version: 2, status: 'withheld' }));
    desk.upsert('desk-copy.txt', seed('000').text);
    const [f] = status(desk, 'desk-copy.txt');
    assert.equal(f?.severity, 'error');
    assert.match(
      f.message,
      /^This is a (?:version|rewrite) of a story Reuters withheld at 8 Apr 09:12 GMT: do not publish\.$/,
    );
  });

  it('a later correction supersedes earlier copies, not itself', () => {
    const desk = new Desk();
    put(desk, 'v1.xml', toNewsML(story, 'urn:story:1', { body: 'nitf', version: 1 }));
    const corrected = toNewsML(story, 'urn:story:1', { body: 'nitf', version: 3 }).replace(
      '<pubStatus',
      '<signal qcode="sig:correction"/>\n    <pubStatus',
    );
    put(desk, 'v3.xml', corrected);
    assert.match(
      status(desk, 'v1.xml')[0]!.message,
      /corrected this story at .* \(version 3\): this copy is superseded/,
    );
    assert.deepEqual(status(desk, 'v3.xml'), []);
  });

  it('an embargo warns until its time ("now" passed in), and an editor\'s note is shown as information', () => {
    const desk = new Desk();
    put(
      desk,
      'e.xml',
      toNewsML(story, 'urn:story:e', {
        body: 'xhtml',
        embargoed: '2024-04-08T12:00:00Z',
        edNote: 'Embargoed: not before 12:00 GMT',
      }),
    );
    const before = status(desk, 'e.xml', { ...defaultConfig(), now: Date.parse('2024-04-08T11:59:00Z') });
    assert.deepEqual(
      before.map((f) => [f.severity, f.message]),
      [
        ['warning', 'Embargoed until 8 Apr 12:00 GMT: do not publish before then.'],
        ['information', "Editor's note from Reuters: Embargoed: not before 12:00 GMT"],
      ],
    );
    const after = status(desk, 'e.xml', { ...defaultConfig(), now: Date.parse('2024-04-08T12:00:01Z') });
    assert.deepEqual(
      after.map((f) => f.severity),
      ['information'],
    );
    assert.equal(
      status(desk, 'e.xml', defaultConfig()).filter((f) => f.severity === 'warning').length,
      1,
      'no "now": still embargoed',
    );
  });

  it('plain articles have no wire status: the seeds get none', () => {
    const desk = new Desk();
    for (const n of seedNames()) desk.upsert(n, seed(n.slice(0, 3)).text);
    for (const n of seedNames()) assert.deepEqual(status(desk, n), []);
  });

  it('filing lines come from the item\'s metadata and say its version: "filed 8 Apr 09:12 GMT · Reuters · version 3"', () => {
    assert.equal(filedLine('2024-04-08T09:12:00Z', 'Reuters', '3'), 'filed 8 Apr 09:12 GMT · Reuters · version 3');
    assert.equal(
      filedLine('2024-04-08T09:12:00Z', 'Reuters'),
      'filed 8 Apr 09:12 GMT · Reuters',
      'no version: as before',
    );
    const desk = new Desk();
    put(desk, '000.xml', toNewsML(story, 'urn:story:1', { body: 'xhtml', version: 3 }));
    desk.upsert('003.txt', seed('003').text);
    const conflicts = desk
      .check('003.txt')
      .filter((f) => f.rule === 'figure-conflict' && f.related.some((r) => r.docId === '000.xml'));
    assert.ok(conflicts.length > 0, 'seed 003 conflicts with seed 000 in NewsML-G2');
    for (const f of conflicts)
      for (const r of f.related.filter((x) => x.docId === '000.xml'))
        assert.match(r.message, /filed 8 Apr 09:12 GMT · Reuters · version 3/);
    const here = desk.check('000.xml').filter((f) => f.rule === 'figure-conflict');
    assert.ok(
      here.length > 0 && here.every((f) => /Here: .*filed 8 Apr 09:12 GMT · Reuters · version 3/.test(f.message)),
      here.map((f) => f.message).join('\n'),
    );
  });
});
