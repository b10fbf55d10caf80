// Sources in reach the way desks read them: carried only while later sentences continue the source's data, never from
// "per X" or a parenthesis; a poll's own description closes its run of results; actors' goals are theirs, actions not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../src/core/analyze';
import { describeNonClaim, describeSource } from '../../src/core/describe';
import type { FigureClaim } from '../../src/core/types';
import { FIXTURES_DIR, flaggedFigures } from './helpers';

const flagged = flaggedFigures;

function claim(text: string, figure: string): FigureClaim {
  const found = new Analyzer().analyze(text).claims.find((c) => c.figure.text === figure);
  assert.ok(found, `no claim "${figure}"`);
  return found;
}

describe('sources carried across sentences', () => {
  it('carries a poll to respondents and "of those", and says where it was found', () => {
    const text =
      'A Marist poll released on Monday found that 52 percent of adults back the plan. Respondents under 30 were the most supportive. ' +
      'Of those, 61 percent said they would vote in November.';
    assert.deepEqual(flagged(text), []);
    const c = claim(text, '61 percent');
    assert.equal(c.attribution?.kind, 'carried');
    assert.match(describeSource(c.attribution), /carried from the poll named two sentences up/);
  });

  it('stops at a paragraph break unless the new paragraph opens with a reference', () => {
    assert.deepEqual(
      flagged('A Gallup survey found 45 percent approve of the deal.\n\nAnother 160 people were wounded in the north.'),
      ['160'],
    );
    assert.deepEqual(
      flagged('The census counted 1,200 residents, the statistics office said.\n\nOf those, 300 were under 18.'),
      [],
    );
  });

  it('stops at a sentence that does not continue the data', () => {
    assert.deepEqual(flagged('The ministry said 40 people died. Another 160 were wounded.'), ['160']);
  });

  it('never carries from a "per X" or a parenthetical source', () => {
    assert.deepEqual(flagged('Some 1,170 people died, per Israel. Of those, 300 were soldiers.'), ['300']);
    assert.deepEqual(
      flagged('Turnout reached 61 percent (according to the election office). Of those, 12 percent voted by mail.'),
      ['12 percent'],
    );
  });

  it('carries arithmetic on a sourced figure into the next sentence only', () => {
    const text =
      'The campaign raised $30 million in July, its finance director said. That is about $1 million a day. Another 400 donors joined in August.';
    assert.deepEqual(flagged(text), ['400']);
  });

  it('gives list items after a sourced colon to the source', () => {
    assert.deepEqual(
      flagged('The agency said the storm destroyed:\n\n- 1,200 homes\n\n- 40 schools\n\nRepairs begin next week.'),
      [],
    );
  });

  it('lets a poll’s description of its method close the run of results before it (wire exit-poll style)', () => {
    const text =
      '6:10 p.m.\n\nAbout four in 10 Republican primary voters say the economy matters most.\n\nA third picked immigration as the top issue.\n\n' +
      'The survey was conducted for AP and the networks by Edison Research with voters leaving 35 randomly selected precincts.\n\n5:55 p.m.\n\nThe campaign bought 300 buses.';
    assert.deepEqual(flagged(text), ['300']);
    assert.match(describeSource(claim(text, 'About four in 10').attribution), /the poll described two sentences down/);
  });

  it("counts an actor's own stated goal as its source, never its action", () => {
    assert.deepEqual(flagged('The RNC set a goal of $64 million for the quarter.'), []);
    assert.deepEqual(flagged('Israel killed 100 militants in the raid.'), ['100']);
  });

  it('does not take the quick fix\'s placeholder "according to source" as a source (issue 18)', () => {
    assert.deepEqual(flagged('Floods killed 41 people in the valley, according to source.'), ['41']);
  });

  it('needs the source to report the figure: "Officials said nothing, but …" stays flagged (issue 18)', () => {
    assert.deepEqual(flagged('Officials said nothing, but the camp now holds 6,320 tents.'), ['6,320']);
    assert.deepEqual(flagged('Officials said the camp now holds 6,320 tents.'), []);
  });

  it('carries into the next sentence of the paragraph a figure that gives the same data (same kind, same thing counted)', () => {
    assert.deepEqual(
      flagged(
        'Flooding destroyed 1,200 homes, the civil defence agency said. Another 300 homes were damaged in the hills.',
      ),
      [],
    );
    // A different thing counted is the reporter's again.
    assert.deepEqual(
      flagged('Flooding destroyed 1,200 homes, the civil defence agency said. Another 300 were wounded in the hills.'),
      ['300'],
    );
  });

  it('takes a source that opens the next sentence for the sentence before ("That\'s according to …")', () => {
    assert.deepEqual(
      flagged('Rents in the capital rose 14 percent last year. That is according to the national housing agency.'),
      [],
    );
  });

  it('reads estimates put by a named source and a trailing "told reporters" as sources', () => {
    assert.deepEqual(flagged('Police put the crowd at about 3,000.'), []);
    assert.deepEqual(flagged('The campaign raised $45 million in March, its spokesman told reporters.'), []);
    assert.deepEqual(flagged('The campaign raised $45 million in March and told donors nothing.'), ['$45 million']);
  });

  it('takes a source named in the next sentence for the same data before it, and a poll named next for the shares before it', () => {
    assert.deepEqual(
      flagged(
        'The mayor leads by nearly 300 votes. She has 4,100 votes to his 3,800, according to a county tally of votes.',
      ),
      [],
    );
    assert.deepEqual(flagged('The mayor leads by nearly 300 votes. The county said 40 roads are shut.'), [
      'nearly 300',
    ]);
    assert.deepEqual(
      flagged(
        'Against the senator, the governor earned 51 percent to 35 percent.\n\nThe Harlow poll also found wide doubts about both.',
      ),
      [],
    );
  });

  it('gives the paragraph after a colon-closed source ("Fox News reports:") to that source, and only that paragraph', () => {
    const text = 'The station reports:\n\nAt least four files had their labels changed.\n\nOfficials fired 12 clerks.';
    assert.deepEqual(flagged(text), ['12']);
  });

  it("reads respondents' answers as the poll's once a poll is named, and a Q&A answer as the interviewee's", () => {
    assert.deepEqual(
      flagged('A Gallup survey was released on Monday.\n\nIn the city, 42 percent say they are liberal.'),
      [],
    );
    assert.deepEqual(flagged('In the city, 42 percent say they are liberal.'), ['42 percent']);
    const qa =
      'Q: What about the budget?\n\nA: Some 54 percent of it went to defence.\n\nQ: And now?\n\nThe state cut 300 jobs.';
    assert.deepEqual(flagged(qa), ['300']);
  });

  it('reads a document a source released as its source ("released its list of 25 delegates")', () => {
    assert.deepEqual(flagged('The state party released its list of 25 recommended delegates on Saturday.'), []);
    assert.deepEqual(flagged('He is worth less than the $12.5 billion estimated by Fortune.'), []);
  });

  it('gives the same result after an edit elsewhere (cached paragraphs, carried sources resolved again)', () => {
    const analyzer = new Analyzer();
    const before = 'A Pew poll found 52 percent back the plan.\n\nOf those, 61 percent are women.\n\nThe end.';
    const after = before.replace('The end.', 'The end, again.');
    analyzer.analyze(before);
    const again = analyzer.analyze(after).claims.find((c) => c.figure.text === '61 percent')!;
    assert.equal(again.attribution?.kind, 'carried');
    const cut = analyzer
      .analyze(after.replace('A Pew poll found 52 percent back the plan.', 'Rain fell.'))
      .claims.find((c) => c.figure.text === '61 percent')!;
    assert.equal(cut.attribution, undefined);
  });
});

describe('the desk fixture used for the hover screenshots (test/fixtures/articles/figures-poll-desk.txt)', () => {
  it("flags only the reporter's own count and names each source and non-claim reason", () => {
    const text = readFileSync(join(FIXTURES_DIR, 'figures-poll-desk.txt'), 'utf8');
    assert.deepEqual(flagged(text), ['300']);
    const { claims } = new Analyzer().analyze(text);
    const by = (figure: string): FigureClaim => claims.find((c) => c.figure.text === figure)!;
    assert.equal(
      describeSource(by('61 percent').attribution),
      'A Marlowe Institute poll — carried from the poll named two sentences up',
    );
    assert.equal(describeNonClaim(by('12')), 'institutional constant');
    assert.equal(describeNonClaim(by('4')), 'court split');
  });
});
