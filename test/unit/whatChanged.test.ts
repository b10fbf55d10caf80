import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyze';
import { whatChanged, type WhatChanged } from '../../src/core/versions';
import { seed } from './helpers';

const analyzer = new Analyzer();

/** Replaces the one occurrence of `from` (after `after`, when given) and says where the edit sits on both sides. */
function edit(text: string, from: string, to: string, after = ''): { text: string; at: number } {
  const base = after ? text.indexOf(after) : 0;
  assert.ok(base >= 0, `anchor "${after}" not in the seed`);
  const at = text.indexOf(from, base);
  assert.ok(at >= 0, `"${from}" not in the seed`);
  return { text: text.slice(0, at) + to + text.slice(at + from.length), at };
}

function diff(oldText: string, newText: string): WhatChanged {
  return whatChanged(
    { path: 'old.txt', analysis: analyzer.analyze(oldText) },
    { path: 'new.txt', analysis: analyzer.analyze(newText) },
  );
}

/** Everything the diff reports, as counts per section: "nothing else" is every other count at zero. */
function counts(w: WhatChanged): Record<string, number> {
  return {
    headline: w.headline ? 1 : 0,
    dateline: w.dateline ? 1 : 0,
    figures: w.figures.length,
    sources: w.sources.length,
    quotes: w.quotes.length,
    added: w.paragraphs.added.length,
    removed: w.paragraphs.removed.length,
    moved: w.paragraphs.moved.length,
  };
}
const none = { headline: 0, dateline: 0, figures: 0, sources: 0, quotes: 0, added: 0, removed: 0, moved: 0 };

describe('whatChanged: edited copies of a seed', () => {
  const s003 = seed('003').text;
  const s004 = seed('004').text;

  it('a seed against itself: nothing changed', () => {
    for (const text of [s003, s004]) assert.deepEqual(counts(diff(text, text)), none);
  });

  it('a figure changed: the held hostages 133 → 129, both sides at the right offsets, nothing else', () => {
    const e = edit(s003, '133 hostages remain', '129 hostages remain');
    const w = diff(s003, e.text);
    assert.deepEqual(counts(w), { ...none, figures: 1 });
    const f = w.figures[0]!;
    assert.equal(s003.slice(f.old!.start, f.old!.end), '133');
    assert.equal(e.text.slice(f.new!.start, f.new!.end), '129');
    assert.equal(f.old!.start, e.at);
    assert.deepEqual([f.old!.value, f.new!.value], [133, 129]);
    // "Still held" is a stock: it moves either way within one chain.
    assert.equal(f.change, 'update');
    assert.match(f.fact, /^hostage\|held/);
  });

  it('a source removed: "according to Israeli tallies" dropped from the 1 200 toll', () => {
    const e = edit(s003, ', according to Israeli tallies.', '.');
    const w = diff(s003, e.text);
    assert.deepEqual(counts(w), { ...none, figures: 1, sources: 1 });
    const f = w.figures[0]!;
    assert.equal(f.change, 'source-dropped');
    assert.equal(s003.slice(f.old!.start, f.old!.end), '1 200');
    assert.equal(e.text.slice(f.new!.start, f.new!.end), '1 200');
    assert.deepEqual(f.old!.source && s003.slice(f.old!.source.start, f.old!.source.end), 'Israeli tallies');
    // The rewrite now reads as the paragraph's closing source ("…, Gaza's health ministry said"): still a dropped source.
    assert.notEqual(f.new!.source?.text, 'Israeli tallies');
    assert.deepEqual(
      w.sources.map((s) => [s.change, s.source]),
      [['removed', 'Israeli tallies']],
    );
  });

  it('a quote reworded: "no progress yet" → "no progress so far", both spans exact', () => {
    const e = edit(s003, 'There is no progress yet.', 'There is no progress so far.');
    const w = diff(s003, e.text);
    assert.deepEqual(counts(w), { ...none, quotes: 1 });
    const q = w.quotes[0]!;
    assert.equal(q.change, 'reworded');
    assert.equal(s003.slice(q.old!.start, q.old!.end), 'There is no progress yet.');
    assert.equal(e.text.slice(q.new!.start, q.new!.end), 'There is no progress so far.');
    assert.equal(q.old!.start, e.at);
  });

  it('a quote given to another speaker: Gallant → an army spokesman', () => {
    const e = edit(s003, 'Defence Minister Yoav Gallant said', 'army spokesman Daniel Hagari said');
    const w = diff(s003, e.text);
    assert.deepEqual(counts(w), { ...none, quotes: 1 });
    const q = w.quotes[0]!;
    assert.equal(q.change, 're-attributed');
    assert.equal(q.old!.speaker, 'Defence Minister Yoav Gallant');
    assert.equal(q.new!.speaker, 'army spokesman Daniel Hagari');
    assert.equal(s003.slice(q.old!.start, q.old!.end), 'their coming mission in the Rafah area');
    assert.equal(e.text.slice(q.new!.start, q.new!.end), 'their coming mission in the Rafah area');
  });

  it('a correction: a (Corrects …) line and a changed toll read as corrected, not as an update', () => {
    const e = edit(
      edit(s004, '-----\n', '-----\n(Corrects toll of the October 7 attack in 12th paragraph)\n').text,
      'which killed 1,139 people',
      'which killed 1,163 people',
    );
    const w = diff(s004, e.text);
    assert.equal(w.context.correction, true);
    assert.deepEqual(counts(w), { ...none, figures: 1 });
    const f = w.figures[0]!;
    assert.equal(f.change, 'corrected');
    assert.equal(s004.slice(f.old!.start, f.old!.end), '1,139');
    assert.equal(e.text.slice(f.new!.start, f.new!.end), '1,163');
  });

  it('direction depends on the fact: a lower death toll in one chain needs a look, a higher one is an update', () => {
    const lower = diff(s004, edit(s004, 'which killed 1,139 people', 'which killed 1,100 people').text);
    assert.deepEqual(
      lower.figures.map((f) => f.change),
      ['needs-look'],
    );
    const higher = diff(s004, edit(s004, 'which killed 1,139 people', 'which killed 1,163 people').text);
    assert.deepEqual(
      higher.figures.map((f) => f.change),
      ['update'],
    );
  });

  it('across agencies a moved figure is never an update: it needs a look', () => {
    const afp = s004.replace(/Al Jazeera/g, 'AFP');
    const w = diff(s004, edit(afp, 'which killed 1,139 people', 'which killed 1,163 people').text);
    assert.equal(w.context.sameChain, false);
    assert.deepEqual(
      w.figures.filter((f) => f.old && f.new && f.old.value !== f.new.value).map((f) => f.change),
      ['needs-look'],
    );
  });

  it('paragraphs added, removed and moved', () => {
    const paras = s004.split('\n');
    const i = paras.findIndex((p) => p.startsWith('Israel’s Ynet'));
    const moved = [...paras];
    const [p] = moved.splice(i, 1);
    moved.splice(i + 6, 0, p!);
    const added = [
      ...moved.slice(0, 4),
      'Negotiators from Qatar arrived in Cairo on Tuesday evening, an airport official said.',
      ...moved.slice(4),
    ];
    const removedAt = added.findIndex((x) => x.startsWith('Much of the international'));
    const removed = added.filter((_, k) => k !== removedAt);
    const w = diff(s004, removed.join('\n'));
    assert.deepEqual(
      w.paragraphs.added.map((x) => x.text.slice(0, 30)),
      ['Negotiators from Qatar arrived'],
    );
    assert.deepEqual(
      w.paragraphs.removed.map((x) => s004.slice(x.start, x.end).slice(0, 25)),
      ['Much of the international'],
    );
    assert.deepEqual(
      w.paragraphs.moved.map((m) => s004.slice(m.old.start, m.old.end).slice(0, 13)),
      ['Israel’s Ynet'],
    );
    assert.deepEqual(w.figures, []);
  });

  it('joined quotes and punctuation are not changes (003 → 004 style join)', () => {
    const joined = edit(
      s003,
      '“There is no change in the position of the occupation and therefore, there is nothing new in the Cairo talks,” the Hamas official said. “There is no progress yet.”',
      '“There is no change in the position of the occupation and, therefore, there is nothing new in the Cairo talks. … There is no progress yet,” the Hamas official said.',
    );
    const w = diff(s003, joined.text);
    assert.deepEqual(w.quotes, []);
  });
});
