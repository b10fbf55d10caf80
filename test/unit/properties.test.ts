// Property-based tests (fast-check) over generated wire copy: the engine never throws, every offset is in range, the
// output is deterministic, line/character positions are right for LF, CRLF and lone-CR files alike, and a desk gives
// the same findings whatever order its articles were opened in. The seed is fixed so CI is reproducible;
// WIRECHECK_FC_SEED=<n> explores others, WIRECHECK_FC_SCALE=<k> multiplies the run counts.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Desk } from '../../src/core/desk';
import { LineIndex } from '../../src/core/lines';
import type { Finding } from '../../src/core/types';
import { articleLinesArb, figureArb, LINE_ENDINGS } from './articleArbitrary';

const SEED = Number(process.env.WIRECHECK_FC_SEED ?? 20240408);
const SCALE = Number(process.env.WIRECHECK_FC_SCALE ?? 1);
const SINGLE_RUNS = Math.round(700 * SCALE);
const DESK_RUNS = Math.round(100 * SCALE);
let articles = 0;

/** Reference line/character: lines end at "\n", "\r\n" or a lone "\r", as in the editor. */
function naivePosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

function check(
  docs: readonly (readonly [string, string])[],
  order: readonly number[] = docs.map((_, i) => i),
): Map<string, Finding[]> {
  const desk = new Desk();
  // Opened one by one as the editor does: each article checked as it opens, and the articles `dependents` names
  // re-checked; what was last published must be what a fresh check of the whole desk gives.
  const published = new Map<string, Finding[]>();
  for (const i of order) {
    const [id, text] = docs[i]!;
    const before = desk.dependents(id);
    desk.upsert(id, text);
    for (const other of new Set([id, ...before, ...desk.dependents(id)])) published.set(other, desk.check(other));
    articles++;
  }
  for (const [id] of docs)
    assert.deepEqual(published.get(id), desk.check(id), `${id}: the findings published while opening are stale`);
  return published;
}

/** What an editor sees of a finding: positions as line/character, the text, and everything said about it. */
function visible(f: Finding, text: string, lines: LineIndex): unknown {
  return {
    rule: f.rule,
    severity: f.severity,
    from: lines.position(f.start),
    to: lines.position(f.end),
    text: text.slice(f.start, f.end),
    message: f.message,
    related: f.related.map((r) => [r.docId, r.text]),
  };
}

function assertInRange(findings: readonly Finding[], text: string, texts: ReadonlyMap<string, string>): void {
  for (const f of findings) {
    assert.ok(
      Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start <= f.end && f.end <= text.length,
      `${f.rule} ${f.start}-${f.end} in ${text.length}`,
    );
    for (const r of f.related) {
      const other = texts.get(r.docId);
      assert.ok(
        other !== undefined && r.start >= 0 && r.start <= r.end && r.end <= other.length,
        `related ${r.docId} ${r.start}-${r.end}`,
      );
      assert.equal(other.slice(r.start, r.end), r.text);
    }
    for (const fix of f.fixes ?? [])
      assert.ok(fix.start >= 0 && fix.start <= fix.end && fix.end <= text.length, `fix ${fix.start}-${fix.end}`);
  }
}

describe('properties over generated articles (fast-check)', function () {
  this.timeout(240_000);
  let started = 0;
  before(() => void (started = Date.now()));
  after(() => {
    // Size and time for the record (no assertion on time: npm run bench owns speed).
    console.log(
      `      fast-check: ${articles} generated articles opened and checked in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED})`,
    );
  });

  it('one article in LF, CRLF and lone-CR forms: no throw, offsets in range, same findings at the same line/character', () => {
    fc.assert(
      fc.property(articleLinesArb, (lines) => {
        const byEnding = Object.entries(LINE_ENDINGS).map(([name, eol]) => {
          const text = lines.join(eol);
          const findings = check([['a', text]]).get('a')!;
          assertInRange(findings, text, new Map([['a', text]]));
          const index = new LineIndex(text);
          for (const f of findings)
            for (const o of [f.start, f.end])
              assert.deepEqual(index.position(o), naivePosition(text, o), `${name} offset ${o}`);
          return { name, shown: findings.map((f) => visible(f, text, index)) };
        });
        for (const other of byEnding.slice(1)) assert.deepEqual(other.shown, byEnding[0]!.shown, `${other.name} vs LF`);
      }),
      { seed: SEED, numRuns: SINGLE_RUNS },
    );
  });

  it('a desk of versions of one story: deterministic, and the same findings whatever order the articles are opened in', () => {
    // Versions of one story (one figure changed, a paragraph dropped, their own line endings) and a few other
    // generated stories: from one vocabulary, so many pairs sit near the match threshold.
    const versionsArb = fc.tuple(
      articleLinesArb,
      fc.array(fc.tuple(figureArb, fc.nat(5), fc.constantFrom(...Object.values(LINE_ENDINGS))), {
        minLength: 1,
        maxLength: 3,
      }),
    );
    const deskArb = fc
      .tuple(versionsArb, fc.array(articleLinesArb, { minLength: 1, maxLength: 3 }))
      .chain(([[lines, variants], others]) => {
        const docs = [
          ['v0.txt', lines.join('\n')] as const,
          ...variants.map(([fig, drop, eol], i) => {
            const changed = lines
              .filter((_, k) => k !== 3 + drop)
              .map((l, k) => (k === 3 ? l.replace(/\d[\d,]*/, fig) : l));
            return [`v${i + 1}.txt`, changed.join(eol)] as const;
          }),
          ...others.map((o, i) => [`other${i}.txt`, o.join('\n')] as const),
        ];
        return fc.tuple(
          fc.constant(docs),
          fc.shuffledSubarray(
            docs.map((_, i) => i),
            { minLength: docs.length, maxLength: docs.length },
          ),
        );
      });
    fc.assert(
      fc.property(deskArb, ([docs, order]) => {
        const texts = new Map(docs);
        const first = check(docs);
        const again = check(docs);
        const shuffled = check(docs, order);
        for (const [id, text] of docs) {
          assertInRange(first.get(id)!, text, texts);
          assert.deepEqual(again.get(id), first.get(id), `${id}: deterministic`);
          assert.deepEqual(shuffled.get(id), first.get(id), `${id}: opened in order ${order.join(',')}`);
        }
      }),
      { seed: SEED, numRuns: DESK_RUNS },
    );
  });
});
