// quote-mismatch: no finding on the seeds (their quote differences are trims and joins); edited copies of a seed find
// the edit on both sides at the quote's offsets and nothing else. Quote identity on invented quotes.
import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import { compareQuotes, quoteWords, sameQuote } from '../../src/core/quotes';
import { seed, seedNames } from './helpers';

const ofRule = (desk: Desk, id: string) => desk.check(id).filter((f) => f.rule === 'quote-mismatch');

describe('quote identity', () => {
  it('one quote when 8 consecutive words or 60 % of content words in order are shared', () => {
    assert.equal(
      sameQuote(
        'We will not accept any deal that leaves the hostages behind in Gaza',
        'Israel will not accept any deal that leaves the hostages behind',
      ),
      true,
    );
    assert.equal(
      sameQuote(
        'The talks have collapsed and the envoys are going home',
        'Talks collapsed; envoys go home, the minister said',
      ),
      true,
    );
    assert.equal(sameQuote('The talks have collapsed', 'We are hopeful about the harvest this year'), false);
  });

  it('punctuation, case, ellipsis, brackets, spelling, trims and joins are the same wording', () => {
    assert.equal(
      compareQuotes('We will defend our centre ... whatever the cost', 'we will defend our center, whatever the cost.')
        .difference,
      'identical',
    );
    assert.equal(
      compareQuotes(
        'They [the militia] organised the attack from the hills above the town',
        'They organized the attack from the hills above the town',
      ).difference,
      'identical',
    );
    assert.equal(
      compareQuotes(
        'the attack from the hills above the town',
        'They organised the attack, which came from the hills above the town, last night',
      ).difference,
      'trim',
    );
    const a = ['the ceasefire must hold for the sake of the children', 'aid must reach the north before winter'];
    const joined = 'The ceasefire must hold for the sake of the children, and aid must reach the north before winter';
    assert.equal(compareQuotes(joined, a[0]!, undefined, a.map(quoteWords)).difference, 'trim');
  });

  it('a changed word is a rewording', () => {
    const c = compareQuotes(
      'The ceasefire must hold for the sake of the children of this city',
      'The truce must hold for the sake of the children of this city',
    );
    assert.equal(c.difference, 'reworded');
    assert.deepEqual(c.onlyA, ['ceasefire']);
    assert.deepEqual(c.onlyB, ['truce']);
  });
});

describe('quote-mismatch rule', () => {
  it('finds nothing on the five seeds (their differences are trims and joins)', () => {
    const desk = new Desk();
    for (const name of seedNames()) desk.upsert(name.slice(0, 3), seed(name.slice(0, 3)).text);
    for (const id of desk.ids()) assert.deepEqual(ofRule(desk, id), [], id);
  });

  it('a quote reworded in a copy of a seed: a warning on both sides at the quote, nothing else', () => {
    const text = seed('004').text;
    const before = 'we have to wait for the next 48 hours to see if a deal is reached';
    const after = 'we must wait two more days to see whether an agreement is reached';
    assert.ok(text.includes(before));
    const desk = new Desk();
    desk.upsert('old', text);
    desk.upsert('new', text.replace(before, after));
    const mine = ofRule(desk, 'old');
    const theirs = ofRule(desk, 'new');
    assert.equal(mine.length, 1);
    assert.equal(theirs.length, 1);
    // Same chain (a copy): a warning, the quote's inner span on each side, the other side as related information.
    assert.equal(mine[0]!.severity, 'warning');
    const q = '“It seems like something is moving inside Israel';
    assert.equal(mine[0]!.start, text.indexOf(q) + 1);
    assert.equal(theirs[0]!.start, text.indexOf(q) + 1);
    assert.equal(mine[0]!.related[0]!.docId, 'new');
    assert.equal(mine[0]!.related[0]!.start, theirs[0]!.start);
    assert.match(mine[0]!.message, /worded differently/);
  });

  it('a quote given to another speaker in a copy of a seed: a warning on both sides, nothing else', () => {
    const text = seed('004').text;
    const edited = text.replace(
      'National Security Council spokesman John Kirby told reporters',
      'Secretary of State Antony Blinken told reporters',
    );
    assert.notEqual(edited, text);
    const desk = new Desk();
    desk.upsert('old', text);
    desk.upsert('new', edited);
    const mine = ofRule(desk, 'old');
    const theirs = ofRule(desk, 'new');
    assert.equal(mine.length, 1);
    assert.equal(theirs.length, 1);
    const q = '“Where we are now';
    assert.equal(mine[0]!.start, text.indexOf(q) + 1);
    assert.equal(theirs[0]!.start, edited.indexOf(q) + 1);
    assert.equal(mine[0]!.severity, 'warning');
    assert.match(mine[0]!.message, /Blinken/);
    assert.match(theirs[0]!.message, /Kirby/);
  });

  it('a quote that runs on across paragraphs is one quote', () => {
    const a =
      'Headline\n\n“We will rebuild every school in the valley,” the governor said. “And we will start this spring.\n\n“No family will wait another winter for a classroom,” she added.';
    const b =
      'Headline\n\nThe governor said: “We will rebuild every school in the valley and we will start this spring. No family will wait another winter for a classroom.”';
    const desk = new Desk();
    desk.upsert('a', a);
    desk.upsert('b', b);
    assert.deepEqual(ofRule(desk, 'a'), []);
    assert.deepEqual(ofRule(desk, 'b'), []);
  });
  it('a possessive role ("Her spokesman") is not another speaker than the name another report gives', () => {
    const quote = 'The mayor has faith that what was meant to divide the town will in the end bring it together.';
    const a = `Fire hits town hall\n\nThe blaze broke out overnight.\n\n"${quote}" Her spokesman said on Monday.`;
    const b = `Fire hits town hall\n\nThe blaze broke out overnight.\n\n"${quote}" spokesman Ian Doyle said.`;
    const desk = new Desk();
    desk.upsert('a', a);
    desk.upsert('b', b);
    assert.deepEqual(ofRule(desk, 'a'), []);
    assert.deepEqual(ofRule(desk, 'b'), []);
  });

  it('a straight-quoted statement split over two lines is one quote, and the narrative after it is not quoted', () => {
    const a =
      'Singer enters clinic\n"The singer has checked herself into a clinic.\nWe ask you to respect her privacy," her agent Ann Marsh tells the magazine.\n';
    const b =
      'Singer enters clinic\n"The singer has checked herself into a clinic.\nWe ask you to respect her privacy," her agent Ann Marsh tells reporters.\n';
    const desk = new Desk();
    desk.upsert('a', a);
    desk.upsert('b', b);
    assert.deepEqual(ofRule(desk, 'a'), []);
    assert.deepEqual(ofRule(desk, 'b'), []);
  });
});
