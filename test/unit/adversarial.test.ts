// Unpunctuated dumps that once made the checks quadratic (a 600 KB line took five minutes): each shape must come back
// with sane findings. No timing assertions — mocha's timeout stops a runaway, and `npm run bench` reports the cost.
import * as assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import type { Finding } from '../../src/core/types';

/** Shapes of about half a megabyte, each a single sentence or paragraph with thousands of figures, cues or quotes. */
const SHAPES: Record<string, string> = {
  'comma-separated numbers before a relative clause': `The toll rose. ${'1,'.repeat(150_000)} states who said it.`,
  'thousands of speech verbs in one sentence': `Police said ${'the group killed 5 people, he said, and '.repeat(12_000)}he said.`,
  'thousands of quotes in one sentence': `Police said ${'"5 people" and '.repeat(32_000)}he said.`,
  'thousands of quoted sentences in one paragraph': '"5 people died," he said. '.repeat(20_000),
  'thousands of loaded terms in one paragraph': 'The "brutal massacre" and the brutal regime killed 5. '.repeat(10_000),
};

function checkOne(text: string): Finding[] {
  const desk = new Desk();
  desk.upsert('a', text);
  return desk.check('a');
}

function assertWellFormed(findings: Finding[], text: string): void {
  for (const f of findings) assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `${f.rule} range ${f.start}–${f.end} inside the text`);
}

describe('adversarial input: huge single sentences stay linear and keep their findings', function () {
  this.timeout(60_000);

  it('comma-separated numbers: parsed as figures, flagged, no crash', () => {
    const text = SHAPES['comma-separated numbers before a relative clause']!;
    const findings = checkOne(text);
    assertWellFormed(findings, text);
    assert.ok(findings.length > 0);
  });

  it('thousands of attributed figures: every one is sourced by the sentence\'s "Police said"', () => {
    const text = SHAPES['thousands of speech verbs in one sentence']!;
    const findings = checkOne(text);
    assertWellFormed(findings, text);
    assert.equal(findings.filter((f) => f.rule === 'unattributed-figure' && f.severity === 'warning').length, 0);
  });

  it('thousands of quotes: figures inside them are the speaker\'s, never the reporter\'s warning', () => {
    for (const name of ['thousands of quotes in one sentence', 'thousands of quoted sentences in one paragraph']) {
      const text = SHAPES[name]!;
      const findings = checkOne(text);
      assertWellFormed(findings, text);
      assert.equal(findings.filter((f) => f.rule === 'unattributed-figure' && f.severity === 'warning').length, 0, name);
    }
  });

  it('thousands of loaded terms: each outside a quote is found (more findings than the call stack can spread)', () => {
    const text = SHAPES['thousands of loaded terms in one paragraph']!;
    const loaded = checkOne(text).filter((f) => f.rule === 'loaded-term');
    assertWellFormed(loaded, text);
    // "brutal regime" in the reporter's voice, 10,000 times; the quoted "brutal massacre" is a hint at most.
    assert.ok(loaded.filter((f) => f.severity === 'warning').length >= 10_000);
  });
});
