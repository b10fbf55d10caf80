import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import type { Finding } from '../../src/core/types';
import { fixture, offsetOf, parseMarked, seed, seedNames } from './helpers';

function findingsFor(text: string): Finding[] {
  const desk = new Desk();
  desk.upsert('doc', text);
  return desk.check('doc').filter((f) => f.rule === 'unattributed-figure');
}

/** The finding covering `needle` (n-th occurrence) in a seed. */
function at(findings: Finding[], text: string, needle: string, nth = 0): Finding | undefined {
  const start = offsetOf(text, needle, nth);
  return findings.find((f) => f.start < start + needle.length && f.end > start);
}

const seedFindings = new Map<string, { text: string; findings: Finding[] }>();
function seedCase(prefix: string): { text: string; findings: Finding[] } {
  if (!seedFindings.has(prefix)) {
    const desk = new Desk();
    for (const name of seedNames()) desk.upsert(name, seed(name.slice(0, 3)).text);
    for (const name of seedNames())
      seedFindings.set(name.slice(0, 3), {
        text: desk.get(name)!.text,
        findings: desk.check(name).filter((f) => f.rule === 'unattributed-figure'),
      });
  }
  return seedFindings.get(prefix)!;
}

describe('unattributed-figure on the seeds (../shared/seeds/README.md)', () => {
  const must: [string, string][] = [
    ['000', 'around 1,200'],
    ['000', 'more than 250'],
    ['000', '129 of whom'],
    ['001', 'over 250'],
    ['001', '129 remaining'],
    ['001', '34 presumed'],
    ['002', 'thousands of Palestinians'],
    ['003', '253 people'],
    ['003', '133 hostages remain'],
    ['004', '253 people'],
    ['004', '133 captives'],
  ];
  for (const [s, needle] of must) {
    it(`warns on ${s} "${needle}"`, () => {
      const { text, findings } = seedCase(s);
      const f = at(findings, text, needle);
      assert.ok(f, `no finding on "${needle}"`);
      assert.equal(f.severity, 'warning');
      assert.match(f.message, /no source/);
    });
  }

  const should: [string, string][] = [
    ['000', 'almost 1.5 million'],
    ['000', 'seven Revolutionary'],
    ['003', '2.3 million'],
    ['004', '2.3 million'],
    ['004', 'more than a million'],
  ];
  for (const [s, needle] of should) {
    it(`flags ${s} "${needle}" (warning or note)`, () => {
      const { text, findings } = seedCase(s);
      assert.ok(at(findings, text, needle), `no finding on "${needle}"`);
    });
  }

  const mustNot: [string, string, number?][] = [
    ['000', 'at least 33,207'],
    ['000', '$18.5 billion'],
    ['001', '1,170'],
    ['001', 'at least 33,207'],
    ['003', '1 200'],
    ['003', '33 207'],
    ['003', 'over 600'],
    ['004', 'more than 600'],
    ['004', '1,139'],
    ['004', 'More than 33,000'],
    ['003', 'around 40'],
    ['004', 'about 40'],
    ['000', 'April 7, 2024'],
    ['000', 'Oct. 7'],
    ['003', 'October 7'],
    ['002', 'Mon Apr 08 2024'],
    ['000', '2024-04-08'],
    ['000', '48 hours'],
    ['000', 'six months'],
    ['000', 'within two days'],
    ['003', '17-year-old'],
    ['000', '38-year-old'],
    ['000', 'seventh month'],
    ['000', 'mother of four'],
    ['003', 'Two Egyptian'],
    ['004', 'Two Egyptian'],
    ['003', '133 Israeli hostages'],
    ['001', '7-month'],
    ['001', '6 months'],
    ['001', 'within 2 days'],
    ['003', 'three stages'],
  ];
  for (const [s, needle, nth] of mustNot) {
    it(`does not flag ${s} "${needle}"`, () => {
      const { text, findings } = seedCase(s);
      assert.equal(at(findings, text, needle, nth ?? 0), undefined);
    });
  }

  it('gives "freed dozens of hostages" at most a note (003, 004)', () => {
    for (const s of ['003', '004']) {
      const { text, findings } = seedCase(s);
      const f = at(findings, text, 'dozens of hostages');
      assert.ok(!f || f.severity === 'information', `${s}: ${f?.severity}`);
    }
  });

  it('names what the figure counts, taking "129 of whom" from its antecedent', () => {
    const { text, findings } = seedCase('000');
    assert.match(at(findings, text, '129 of whom')!.message, /"129" \(hostages\)/);
    assert.match(at(findings, text, 'more than 250')!.message, /"more than 250" \(hostages\)/);
  });
});

describe('unattributed-figure on marked fixtures', () => {
  for (const name of ['attribution-basics.txt', 'attribution-clauses.txt']) {
    it(`finds exactly the marked figures in ${name}`, () => {
      const { text, expected } = parseMarked(fixture(name));
      const got = findingsFor(text).map((f) => ({
        text: text.slice(f.start, f.end),
        severity: f.severity,
        start: f.start,
      }));
      assert.deepEqual(
        got.map((g) => `${g.severity}:${g.text}@${g.start}`),
        expected.map((e) => `${e.severity}:${e.text}@${e.start}`),
      );
    });
  }

  it('treats estimated-at and presumed as no source, but names reportedly as a vague source', () => {
    const f = findingsFor(
      'Damage is estimated at $45 million. The dam is reportedly holding back 6 million cubic metres of water.',
    );
    assert.equal(f.length, 2);
    assert.match(f[1]!.message, /sourced only as "reportedly"/);
  });

  it('accepts a headline source after a colon', () => {
    const f = findingsFor('Gaza toll passes 33,000: ministry\n\nBody text here.\n');
    assert.deepEqual(f, []);
  });

  it('accepts a kind of source before a headline colon, never a place label', () => {
    assert.deepEqual(findingsFor('Poll: 3 battleground Senate races are tight\n\nBody text here.\n'), []);
    const text = 'Gaza: 40 killed in overnight strikes\n\nBody text here.\n';
    assert.deepEqual(
      findingsFor(text).map((f) => [text.slice(f.start, f.end), f.severity]),
      [['40', 'warning']],
    );
  });

  it('carries a source to the next sentence only with a pronoun cue', () => {
    const carried = findingsFor('The ministry said 40 people died. It added that 160 were wounded.');
    assert.deepEqual(carried, []);
    const notCarried = findingsFor('The ministry said 40 people died. Another 160 were wounded.');
    assert.equal(notCarried.length, 1);
    assert.equal(notCarried[0]!.severity, 'warning');
  });

  it('offers an "according to" insertion before the final full stop', () => {
    const text = 'Floods killed 41 people in the valley.';
    const f = findingsFor(text)[0]!;
    assert.equal(f.fixes![0]!.start, text.length - 1);
    assert.equal(f.fixes![0]!.snippet, ', according to ${1:source}');
  });

  it('handles odd Unicode: NBSP and thin-space grouping, Arabic-Indic digits', () => {
    for (const t of [
      'Floods killed 33\u00A0207 people.',
      'Floods killed 33\u2009207 people.',
      'Floods killed ٣٣٢٠٧ people.',
    ]) {
      const f = findingsFor(t);
      assert.equal(f.length, 1, t);
      assert.equal(t.slice(f[0]!.start, f[0]!.end).length > 0, true);
    }
  });
});

describe('Desk while typing', () => {
  it('keeps an article matched while small edits drift, and re-indexes once they pass 2 %', () => {
    const desk = new Desk();
    for (const name of seedNames()) desk.upsert(name, seed(name.slice(0, 3)).text);
    const id = seedNames()[0]!;
    const before = desk.matches(id).map((m) => m.id);
    let text = desk.get(id)!.text;
    for (let k = 0; k < 5; k++) {
      text = text.replace('poured cold water', k % 2 ? 'poured cold water' : 'poured  cold water');
      desk.upsert(id, text, {}, 'lazy');
    }
    assert.deepEqual(
      desk.matches(id).map((m) => m.id),
      before,
      'same story, same matches',
    );
    // Findings always follow the current text, whatever the story index holds.
    const edited = text.replace('129 of whom', '133 of whom');
    desk.upsert(id, edited, {}, 'lazy');
    assert.ok(
      desk.check(id).some((f) => edited.slice(f.start, f.end) === '133'),
      'the edited figure is checked at once',
    );
    // A large rewrite is indexed at once even while typing: an unrelated text no longer matches the story.
    desk.upsert(
      id,
      'Derby ends goalless\n\nInter and AC Milan drew 0-0 on Sunday in a derby short of chances.\n',
      {},
      'lazy',
    );
    assert.deepEqual(desk.matches(id), []);
  });
});
