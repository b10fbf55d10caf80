import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Desk } from '../../src/core/desk';
import { mdText, reviewReport } from '../../src/core/reviewReport';
import { factRows } from '../../src/extension/panel/factRows';
import { FIXTURES_DIR, seed, seedNames } from './helpers';

function seedDesk(): Desk {
  const desk = new Desk();
  for (const name of seedNames()) desk.upsert(name, seed(name.slice(0, 3)).text);
  return desk;
}

describe('review report', () => {
  it('is empty for an article the desk does not hold', () => {
    assert.equal(reviewReport(new Desk(), 'nope.txt'), '');
  });

  it('lists figures with their sources, loaded terms, conflicts and matching reports', () => {
    const desk = seedDesk();
    const id = seedNames().find((n) => n.startsWith('003'))!;
    const md = reviewReport(desk, id, {
      facts: (a, b) => factRows(a, desk.get(a)!.analysis, b, desk.get(b)!.analysis),
    });
    for (const heading of [
      '# Review report:',
      '## Figures and their sources',
      '## Loaded terms',
      '## Conflicts with other reports',
      '## Matching reports',
    ]) {
      assert.ok(md.includes(heading), `missing ${heading}`);
    }
    // A sourced figure with its source, and an unsourced one flagged.
    assert.match(md, /33 207.*Gaza’s health ministry/);
    assert.match(md, /\| 133 hostages \|.*no source found.*⚠ needs a source/);
    // The conflict on hostages still held, with its class in words.
    assert.match(md, /hostages still held \| 133 \|.*\| 129 \|.*neither side has a source/);
    // Every other seed is listed as a matching report, with the relation.
    for (const other of seedNames().filter((n) => n !== id)) assert.ok(md.includes(mdText(other)), `missing ${other}`);
    assert.match(md, /rewrite, \d+ % shared/);
    // Stable without `now`.
    assert.equal(
      md,
      reviewReport(desk, id, { facts: (a, b) => factRows(a, desk.get(a)!.analysis, b, desk.get(b)!.analysis) }),
    );
  });

  it('stamps the time only when asked', () => {
    const desk = seedDesk();
    const id = seedNames()[0]!;
    assert.ok(!reviewReport(desk, id).includes('Generated'));
    assert.ok(
      reviewReport(desk, id, { now: new Date('2024-04-09T10:00:00Z') }).includes('**Generated:** 9 Apr 2024 10:00 GMT'),
    );
  });

  it('escapes article text: no HTML, Markdown links or bidi overrides survive', () => {
    const desk = new Desk();
    desk.upsert('hostile.txt', readFileSync(join(FIXTURES_DIR, 'hostile.txt'), 'utf8'));
    const md = reviewReport(desk, 'hostile.txt');
    assert.ok(!/<script|<img|<b /i.test(md), 'raw HTML from the article reached the report');
    assert.ok(!md.includes('\u202E'), 'a bidi override reached the report');
    assert.ok(md.includes('\\[U+202E\\]'), 'the override is shown as a visible code point');
    assert.ok(md.includes('&lt;script&gt;'));
    assert.ok(!md.includes('](javascript:'));
  });

  it('mdText escapes table pipes and newlines', () => {
    assert.equal(mdText('a | b\nc'), 'a \\| b c');
  });
});
