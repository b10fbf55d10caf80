// One quote identity for the rule quote-mismatch and whatChanged's quote aligner (quotes/identity.ts): the rule's test,
// and its short-quote option, which only the aligner uses. Invented quotes and edited copies of seed 003.
import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyze';
import { Desk } from '../../src/core/desk';
import { compareQuotes, sameQuote } from '../../src/core/quotes';
import { whatChanged, type WhatChanged } from '../../src/core/versions';
import { seed } from './helpers';

const analyzer = new Analyzer();
const diff = (oldText: string, newText: string): WhatChanged =>
  whatChanged(
    { path: 'old.txt', analysis: analyzer.analyze(oldText) },
    { path: 'new.txt', analysis: analyzer.analyze(newText) },
  );

function replaced(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `"${from}" occurs once`);
  return text.replace(from, to);
}

describe('one quote identity: the rule and the aligner', () => {
  it('short quotes: the rule never pairs them, the short-quote option does', () => {
    const [a, b] = ['There is no progress yet', 'There is no progress so far'];
    assert.equal(sameQuote(a, b), false);
    assert.equal(sameQuote(a, b, { short: true }), true);
    // Kept whole inside a longer quote: a trim, however short.
    const [cut, whole] = [
      'a politically driven vendetta',
      'From the beginning, the government has pursued a politically driven vendetta',
    ];
    assert.equal(sameQuote(cut, whole), false);
    assert.equal(sameQuote(cut, whole, { short: true }), true);
  });

  it('the short-quote option still needs a shared content word and similar short quotes', () => {
    // Only function words in common.
    assert.equal(sameQuote('Who are you!', 'Tell me who you are.', { short: true }), false);
    // A short quote against a long one that does not keep it whole: the rule's test decides.
    assert.equal(
      sameQuote(
        'started running for office',
        'I know other people have differing views, but I have the same view that I have had since running for office',
        { short: true },
      ),
      false,
    );
    // Long quotes are untouched by the option.
    const long = [
      'The talks have collapsed and the envoys are going home',
      'We are hopeful about the harvest this year',
    ];
    assert.equal(sameQuote(long[0]!, long[1]!, { short: true }), sameQuote(long[0]!, long[1]!));
  });

  it('whatChanged lists a quote as reworded only where the rule reads a rewording', () => {
    const s003 = seed('003').text;
    const from =
      'There is no change in the position of the occupation and therefore, there is nothing new in the Cairo talks';
    const reworded = replaced(s003, from, from.replace('nothing new', 'no news'));
    const w = diff(s003, reworded);
    assert.deepEqual(
      w.quotes.map((q) => q.change),
      ['reworded'],
    );
    assert.equal(compareQuotes(w.quotes[0]!.old!.text, w.quotes[0]!.new!.text).difference, 'reworded');
    // The rule flags the same pair in the same chain.
    const desk = new Desk();
    desk.upsert('a', s003);
    desk.upsert('b', reworded);
    assert.equal(desk.check('b').filter((f) => f.rule === 'quote-mismatch').length, 1);
  });

  it('a quote that quotes more of the statement is a trim: not listed, and no finding', () => {
    const s003 = seed('003').text;
    const longer = replaced(
      s003,
      '“There is no progress yet.”',
      '“There is no progress yet, and none is expected this week.”',
    );
    assert.deepEqual(diff(s003, longer).quotes, []);
    const desk = new Desk();
    desk.upsert('a', s003);
    desk.upsert('b', longer);
    assert.deepEqual(
      desk.check('b').filter((f) => f.rule === 'quote-mismatch'),
      [],
    );
    // The other way it is a cut, with the kept part shown.
    const back = diff(longer, s003).quotes;
    assert.deepEqual(
      back.map((q) => q.change),
      ['cut'],
    );
    assert.equal(back[0]!.new!.text, 'There is no progress yet.');
  });
});
