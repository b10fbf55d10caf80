// The guideline's discourse continuation: the sentence right before or after names the source of the same data (the
// same kind of figure about the same things), across a paragraph break too; names shared by the two sentences do not
// make the data the same, and only a source named in the adjacent sentence itself carries.
import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyze';
import { describeSource } from '../../src/core/describe';
import { flaggedFigures } from './helpers';

const flagged = flaggedFigures;

describe('sources carried from the adjacent sentence for the same data', () => {
  it('carries forward across a paragraph break when the same things are counted (wire register)', () => {
    const text =
      'About 64 percent of the loans issued to small farms were repaid on time, according to the agriculture ministry.\n\n' +
      'Among loans issued to large farms, 81 percent were repaid on time.';
    assert.deepEqual(flagged(text), []);
    const c = new Analyzer().analyze(text).claims.find((x) => x.figure.text === '81 percent');
    assert.match(describeSource(c?.attribution), /the agriculture ministry in the sentence before/);
  });

  it('carries backward from the sentence after that names the source of the same data', () => {
    const text =
      'The company cut 1,200 jobs at its northern plants last year.\n\n' +
      'It cut another 800 jobs at its southern plants, the company said in a filing.';
    assert.deepEqual(flagged(text), []);
  });

  it('carries money to money about the same payments, but not a different sum in the next paragraph', () => {
    assert.deepEqual(
      flagged(
        'The charity paid $2.1 million to consultants to lobby lawmakers, according to tax filings. ' +
          'It also paid $900,000 to a second firm to lobby lawmakers.',
      ),
      [],
    );
    assert.deepEqual(
      flagged(
        'The charity paid $2.1 million to consultants, according to tax filings.\n\n' +
          'The mayor later approved a $40 million stadium bond.',
      ),
      ['$40 million'],
    );
  });

  it('does not treat names shared by two sentences as the same data', () => {
    assert.deepEqual(
      flagged(
        'Militants in Darfur killed 48 villagers on Monday, the United Nations said.\n\n' +
          'Militants in Darfur also seized 300 cattle.',
      ),
      ['300'],
    );
  });

  it('needs more than the same counted noun: "killed 1,139 people" does not source "seized 253 people"', () => {
    assert.deepEqual(
      flagged(
        'The raid killed 1,139 people, according to an official tally.\n\nThe gunmen seized 253 people at that time.',
      ),
      ['253'],
    );
  });

  it('never carries from a "per X" or a parenthetical source, nor from a source that was itself carried', () => {
    assert.deepEqual(
      flagged(
        'About 40 percent of the votes cast were counted by noon, per state officials. ' +
          'Another 30 percent of the votes cast were counted by night.',
      ),
      ['About 40 percent', '30 percent'],
    );
    const text =
      'Turnout among young voters rose to 41 percent in the capital, the election office said.\n\n' +
      'Turnout among young voters rose to 38 percent in the north.\n\n' +
      'Turnout among young voters rose to 35 percent in the south.';
    assert.deepEqual(flagged(text), ['35 percent']);
  });

  it("gives respondents' answers next to a sentence naming a poll to that poll, but not an election result", () => {
    const text =
      'One in five say the economy will get worse.\n\n' +
      'That is according to a Gallup survey of 1,000 adults conducted last week, which found 48 percent approve of the plan.';
    assert.deepEqual(flagged(text), []);
    const c = new Analyzer().analyze(text).claims.find((x) => x.figure.text === 'One in five');
    assert.match(describeSource(c?.attribution), /the poll named in the sentence after/);
    assert.deepEqual(
      flagged(
        'The mayor won 14 percent of the vote in the spring primary.\n\n' +
          'A Gallup survey found 48 percent of adults approve of the plan.',
      ),
      ['14 percent'],
    );
  });

  it('does not carry into or out of the headline', () => {
    assert.deepEqual(
      flagged('Factory Output Falls 4 Percent\n\nFactory output fell 4 percent in March, the statistics office said.'),
      ['4 Percent'],
    );
  });
});
