// Unpunctuated dumps that once made the checks quadratic (a 600 KB line took five minutes) or overflowed the stack: each
// shape must come back with sane findings. No timing assertions — mocha's timeout stops a runaway, and `npm run bench` reports the cost.
import * as assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import type { Finding } from '../../src/core/types';
import { ADVERSARIAL_SHAPES as SHAPES } from './adversarialShapes';

function checkOne(text: string): Finding[] {
  const desk = new Desk();
  desk.upsert('a', text);
  return desk.check('a');
}

function assertWellFormed(findings: Finding[], text: string): void {
  for (const f of findings)
    assert.ok(
      f.start >= 0 && f.start < f.end && f.end <= text.length,
      `${f.rule} range ${f.start}–${f.end} inside the text`,
    );
}

describe('adversarial input: huge single sentences stay linear and keep their findings', function () {
  this.timeout(600_000); // a hang guard for busy machines; linear cost is measured in npm run bench

  it('comma-separated numbers: parsed as figures, flagged, no crash', () => {
    const text = SHAPES['comma-separated numbers before a relative clause'];
    const findings = checkOne(text);
    assertWellFormed(findings, text);
    assert.ok(findings.length > 0);
  });

  it('thousands of attributed figures: every one is sourced by the sentence\'s "Police said"', () => {
    const text = SHAPES['thousands of speech verbs in one sentence'];
    const findings = checkOne(text);
    assertWellFormed(findings, text);
    assert.equal(findings.filter((f) => f.rule === 'unattributed-figure' && f.severity === 'warning').length, 0);
  });

  it("thousands of quotes: figures inside them are the speaker's, never the reporter's warning", () => {
    for (const name of [
      'thousands of quotes in one sentence',
      'thousands of quoted sentences in one paragraph',
    ] as const) {
      const text = SHAPES[name];
      const findings = checkOne(text);
      assertWellFormed(findings, text);
      assert.equal(
        findings.filter((f) => f.rule === 'unattributed-figure' && f.severity === 'warning').length,
        0,
        name,
      );
    }
  });

  it('thousands of loaded terms: each outside a quote is found (more findings than the call stack can spread)', () => {
    const text = SHAPES['thousands of loaded terms in one paragraph'];
    const loaded = checkOne(text).filter((f) => f.rule === 'loaded-term');
    assertWellFormed(loaded, text);
    // "brutal regime" in the reporter's voice, 10,000 times; the quoted "brutal massacre" is a hint at most.
    assert.ok(loaded.filter((f) => f.severity === 'warning').length >= 10_000);
  });
});
