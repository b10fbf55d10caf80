import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import type { Finding } from '../../src/core/types';
import { seed, seedNames } from './helpers';

function check(text: string): Finding[] {
  const desk = new Desk();
  desk.upsert('doc', text);
  return desk.check('doc');
}
const vague = (text: string): string[] =>
  check(text)
    .filter((f) => f.rule === 'vague-source')
    .map((f) => text.slice(f.start, f.end));

describe('vague-source', () => {
  const flagged: [string, string][] = [
    ['The ferry carried 80 passengers, according to sources.', 'according to sources'],
    ['Officials said the bridge would reopen in May.', 'Officials said'],
    ['Experts say the dam is unsafe.', 'Experts say'],
    ['The plan, critics say, is unworkable.', 'critics say'],
    ['Some say the vote was rigged.', 'Some say'],
    ['Media reports said the convoy was hit near the border.', 'Media reports said'],
    ['The council will reopen the pool, said officials.', 'said officials'],
    ['The mayor reportedly resigned on Friday.', 'reportedly'],
    ['A source said the talks had stalled.', 'A source said'],
    ['The strike will end on Monday, according to unnamed officials.', 'according to unnamed officials'],
    ['Many believe the harbour will close, and analysts have warned of delays.', 'Many believe'],
  ];
  for (const [text, phrase] of flagged) {
    it(`names "${phrase}" as vague`, () => {
      assert.ok(vague(text).includes(phrase), `got ${JSON.stringify(vague(text))}`);
    });
  }

  const described = [
    'Two Norwegian security sources said the talks had stalled.',
    'A senior official who spoke on condition of anonymity said the talks had stalled.',
    'A source familiar with the talks said they had stalled.',
    'Sources close to the club said the coach would stay.',
    'Port officials said the bridge would reopen in May.',
    'Officials in Lisbon said the bridge would reopen in May.',
    'The bridge will reopen in May, according to the transport ministry.',
    'The bridge will reopen in May, according to port officials.',
    'People familiar with the matter said the bid was dropped.',
    'The officials said the bridge would reopen in May.',
    'Some 400 people attended the meeting, the mayor said.',
    '"Sources said it would fail, and experts say so too," the minister told reporters.',
  ];
  for (const text of described) {
    it(`leaves a named or described source alone: ${text}`, () => {
      assert.deepEqual(vague(text), []);
    });
  }

  it('is information by default, with its own docs page and an ignore key', () => {
    const f = check('Officials said the bridge would reopen in May.').find((x) => x.rule === 'vague-source')!;
    assert.equal(f.severity, 'information');
    assert.equal(f.docs, 'docs/rules/vague-source.md#what-it-flags');
    assert.match(f.ignoreKey ?? '', /^vague:officials said\|/);
    assert.match(f.message, /names no one/);
  });

  it('never stands in for unattributed-figure: a vaguely sourced figure keeps its own finding', () => {
    const text = 'The ferry carried 80 passengers, according to sources.';
    const rules = check(text).map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
    assert.ok(rules.includes('vague-source:according to sources'), rules.join(', '));
    assert.ok(rules.includes('unattributed-figure:80'), rules.join(', '));
  });

  it('"Officials said nothing, but the camp now holds 6,320 tents." is a figure with no source, not a vague source', () => {
    const text = 'Officials said nothing, but the camp now holds 6,320 tents.';
    const found = check(text);
    assert.deepEqual(
      found.filter((f) => f.rule === 'vague-source'),
      [],
    );
    const figure = found.find((f) => f.rule === 'unattributed-figure' && text.slice(f.start, f.end) === '6,320');
    assert.ok(figure, 'no unattributed-figure on 6,320');
    assert.equal(figure.severity, 'warning');
  });

  it('offsets stay in UTF-16 code units after an emoji', () => {
    const text = '🙂🙂 The pool will close, officials said.';
    assert.deepEqual(vague(text), ['officials said']);
  });
});

describe('vague-source on the seeds (../shared/seeds/README.md must-nots)', () => {
  const desk = new Desk();
  for (const name of seedNames()) desk.upsert(name, seed(name.slice(0, 3)).text);
  const mustNot: [string, string][] = [
    ['003', 'Two Egyptian security sources'],
    ['004', 'Two Egyptian security sources'],
    ['000', 'according to the Health Ministry'],
    ['000', 'a World Bank report said'],
    ['001', 'according to health officials there'],
    ['001', 'per Israel'],
    ['003', 'according to Israeli tallies'],
    ['003', 'health ministry said'],
    ['003', 'Israel’s army says'],
    ['004', 'Israel’s army says'],
    ['004', 'according to an Al Jazeera tally'],
    ['004', 'according to Palestinian officials'],
    ['003', 'negotiators have spoken of'],
    ['004', 'negotiators have spoken of'],
  ];
  for (const [prefix, needle] of mustNot) {
    it(`no vague-source on ${prefix} "${needle}"`, () => {
      const name = seedNames().find((n) => n.startsWith(prefix))!;
      const text = desk.get(name)!.text;
      const at = text.toLowerCase().indexOf(needle.toLowerCase());
      if (at < 0) return assert.fail(`"${needle}" not in ${prefix}`);
      const hits = desk
        .check(name)
        .filter((f) => f.rule === 'vague-source' && f.start < at + needle.length && f.end > at);
      assert.deepEqual(
        hits.map((f) => f.message),
        [],
      );
    });
  }

  it('no vague-source is ever a warning on the seeds', () => {
    for (const name of seedNames()) {
      const hits = desk.check(name).filter((f) => f.rule === 'vague-source');
      assert.ok(
        hits.every((f) => f.severity === 'information'),
        name,
      );
    }
  });
});
