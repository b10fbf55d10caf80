// Numbers that are not claims: each recogniser on invented positive and negative sentences (wire register included),
// and the reason carried through the analyser to the hover wording.
import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyze';
import { describeNonClaim } from '../../src/core/describe';
import { extractFigures } from '../../src/core/figures/index';
import { RECOGNISERS } from '../../src/core/figures/nonclaims';
import { contextOf } from '../../src/core/figures/nonclaims/context';

type Example = [sentence: string, figure: string];

/** The recogniser's verdict on the first figure whose text is `figure`. */
function verdict(reason: string, [sentence, figure]: Example, headline = false): boolean {
  const r = RECOGNISERS.find((x) => x.reason === reason)!;
  const f = extractFigures(sentence, 0).find((x) => x.text === figure);
  assert.ok(
    f,
    `no figure "${figure}" in "${sentence}": ${extractFigures(sentence, 0)
      .map((x) => x.text)
      .join(', ')}`,
  );
  return r.test(contextOf(sentence, f.start, f.end, f, headline, ''));
}

const CASES: Record<string, { yes: Example[]; no: Example[] }> = {
  'institutional-constant': {
    yes: [
      ['She gave $2,700 to the campaign - the maximum an individual can give.', '$2,700'],
      ['A candidate has to win at least five states to qualify for the ballot.', 'at least five'],
      ['It takes 1,237 delegates to win the Republican nomination.', '1,237'],
      ['The coalition needs 61 seats in Israel’s 120-seat Knesset.', '120'],
      ['Candidates compete for 48 delegates at stake in the state.', '48'],
      ['Iowa’s 99 counties report results overnight.', '99'],
      ['The rule covers businesses with fewer than 50 employees.', 'fewer than 50'],
      ['The deal would leave the governor short of the 1,237 mark needed to win outright.', '1,237'],
      [
        'The party awards seats to candidates who manage to get at least 15 percent of the vote.',
        'at least 15 percent',
      ],
    ],
    no: [
      ['She gave $2,700 to the campaign, the filings show.', '$2,700'],
      ['The candidate has to repay 40 donors by Friday.', '40'],
      ['Police said 120 people were arrested at the rally.', '120'],
      ['The candidate won 44 delegates on Tuesday.', '44'],
      ['The firm hired 50 employees last year.', '50'],
      ['The senator won 15 percent of the vote in the county.', '15 percent'],
    ],
  },
  'election-calendar': {
    yes: [
      ['Five states vote on Tuesday in the next round of primaries.', 'Five'],
      ['Republicans have 24 Senate seats up in November.', '24'],
      ['Voters in three states hold primaries on March 1.', 'three'],
      ['There are 300 delegates at stake in seven states this week.', 'seven'],
    ],
    no: [
      ['Five states reported record turnout, officials said.', 'Five'],
      ['Republicans lost 24 seats in the House.', '24'],
      ['Three states sued the agency over the rule.', 'Three'],
    ],
  },
  'court-split': {
    yes: [
      ['The Supreme Court’s 5-4 decision struck down the law.', '5'],
      ['The justices ruled 7-2 in a decision issued Monday.', '7'],
      ['In a 6-to-3 ruling, the court upheld the ban.', '6'],
      ['The Senate voted 52-48 to confirm the nominee.', '52'],
      ['The bill passed the House 234-193 on Thursday.', '193'],
    ],
    no: [
      ['The court fined the company $5 million.', '$5 million'],
      ['Five judges were appointed to the court last year.', 'Five'],
      ['The council voted to cut 4 percent from the budget.', '4 percent'],
    ],
  },
  duration: {
    yes: [
      ['Two summers back, the river flooded the town.', 'Two'],
      ['The strike has gone on three weeks running.', 'three'],
      ['The talks stalled for three previous years.', 'three'],
      ['The ceasefire held for fewer than five full days.', 'fewer than five'],
      ['He served two terms as mayor.', 'two'],
    ],
    no: [
      ['Two summer camps were closed by the ministry.', 'Two'],
      ['The strike killed three people.', 'three'],
      ['Five soldiers were wounded in the attack.', 'Five'],
      ['Two terms of the deal were rejected by 40 lawmakers.', '40'],
    ],
  },
  'named-items': {
    yes: [
      ['The video featured Jane Roe and Kathleen Doe, two of the women who sued the firm.', 'two'],
      ['The three proposals below would cost taxpayers little.', 'three'],
      ['But two rebel leaders - former commander Ali Omar and Sam Odu - were freed on Monday.', 'two'],
      ['He campaigned in Ohio and Michigan, and the two states vote next week.', 'two'],
      ['The memo covers three main areas: security, finance and schools.', 'three'],
      ['It questioned Gwen Ifill and Judy Woodruff, two PBS journalists, on air.', 'two'],
      ['Two objectors, Mary Lowe and Frank Dunn, had challenged the petition.', 'Two'],
      ['His three rivals — Sen. Amy Ross, Gov. Tim Hale and Dan Ortiz — skipped the forum.', 'three'],
    ],
    no: [
      ['Two of the women who sued the firm settled on Monday.', 'Two'],
      ['His support is six points below the president’s rating.', 'six'],
      ['The three proposals cost taxpayers $2 billion.', 'three'],
      ['Two soldiers were killed in the blast.', 'Two'],
      ['The clerk declined to name the four candidates.', 'four'],
      ['Militants seized three villages overnight.', 'three'],
      ['Two soldiers, both from the north, were killed and Tom Reyes said so.', 'Two'],
    ],
  },
  'list-number': {
    yes: [
      ['4', '4'],
      ['12.', '12'],
      ['1 Feel free to scream.', '1'],
      ['The candidates meet for the third of three debates on Oct. 19.', 'three'],
      ['10 Things to Know for Today', '10'],
      ['This is part 3 of a series on the election.', '3'],
    ],
    no: [
      ['4 killed.', '4'],
      ['The blast killed 10 people.', '10'],
      ['She said 3 of the hostages were freed.', '3'],
      ['About 40 Palestinians were detained overnight.', 'About 40'],
    ],
  },
  'market-price': {
    yes: [
      ['Copper rose a penny, to $2.22 a pound.', '$2.22'],
      ['Shares of the carmaker fell $1.25, or 1.4 percent, to $88.95.', '$1.25'],
      ['The retailer rose $6.20, or 1 percent, to $758.81.', '1 percent'],
      ['The retailer rose $6.20, or 1 percent, to $758.81.', '$758.81'],
      ['The price of copper closed up $16.70 a tonne in London.', '$16.70'],
      ['Shares of the company closed at $41.20 on Friday.', '$41.20'],
      ['Brent crude rose to $83 a barrel in London trading.', '$83'],
      ['The Dow fell 200 points in early trading.', '200'],
      ['Strong earnings lifted the technology-heavy Nasdaq 1.4 percent this week.', '1.4 percent'],
      ['Brent crude, the global benchmark for oil prices, fell 31 cents.', '31'],
    ],
    no: [
      ['The ministry raised the fee by $6.20, or 1 percent, said an official.', '$6.20'],
      ['The charity closed up 40 shelters last winter.', '40'],
      ['The company cut 200 jobs in March.', '200'],
      ['The ministry paid $41 million in compensation.', '$41 million'],
      ['Aid groups said 83 trucks entered Gaza.', '83'],
    ],
  },
  'sports-result': {
    yes: [
      ['City beat United 3-1 at the Etihad.', '3'],
      ['The striker has 64 points from 29 games this season.', '64'],
      ['The team scored 20 goals in the league this season.', '20'],
    ],
    no: [
      ['Israel killed 100 militants in the raid.', '100'],
      ['The vote passed 3-1 according to the clerk, but 40 members left.', '40'],
      ['Rescuers found 20 survivors under the rubble.', '20'],
    ],
  },
  hypothetical: {
    yes: [
      ['The government could borrow billions to cover the gap.', 'billions'],
      ['The job is too big for any one person.', 'one'],
      ['It was a two-pronged strategy aimed at suburban voters.', 'two'],
      ['If he were to win the rest, he would still need 159 delegates.', '159'],
      ['She was the only one who voted against the measure.', 'one'],
      ['A family would need $200 a month if it earns a 6 percent return.', '6 percent'],
    ],
    no: [
      ['The government borrowed $4 billion last year.', '$4 billion'],
      ['Thousands of people fled the city on Sunday.', 'Thousands'],
      ['Two people were wounded in the shooting.', 'Two'],
      ['The only one of the 40 hostages freed on Friday was flown home.', '40'],
      ['He asked if 30 percent of the funds had been spent.', '30 percent'],
    ],
  },
  'document-length': {
    yes: [
      ['The agency released a 300-page report on the strikes.', '300'],
      ['He fired off a 5-word reply on Twitter.', '5'],
      ['The ruling runs 80 pages long.', '80'],
    ],
    no: [
      ['The agency released 300 prisoners on Monday.', '300'],
      ['The report found 5 percent of ballots were spoiled.', '5 percent'],
      ['The court published 80 names of detainees.', '80'],
    ],
  },
  biography: {
    yes: [
      ['The victims included Jane Roe, 24.', '24'],
      ['The suicide rate among 18- to 24-year-old veterans doubled.', '18'],
      ['Dana Cole, 57, a teacher from Tulsa, was among them.', '57'],
      ['He has three children and lives in Ohio.', 'three'],
      ['The senator, who has written two books on trade, spoke first.', 'two'],
      ['The lawyer who ran three Boston Marathons is now a judge.', 'three'],
      ['She speaks four languages.', 'four'],
      ['Name: Dana Cole. Age: 27. City: Tulsa.', '27'],
      ['Turnout was highest among voters older than 65.', '65'],
    ],
    no: [
      ['Police said Ohio Valley, 24 hours after the storm, had no power.', '24'],
      ['The suicide rate among veterans rose 18 percent.', '18 percent'],
      ['Officials in Gaza City, 40 kilometres away, said 57 people died.', '57'],
      ['He made $4 million last year from speeches.', '$4 million'],
      ['The strike killed three children in the camp.', 'three'],
      ['Four languages were banned from schools, the ministry said, and 40 teachers fired.', '40'],
    ],
  },
  'speaker-count': {
    yes: [
      ['Many of the nearly two dozen county chairs that the newspaper interviewed backed her.', 'nearly two dozen'],
      ['Nine of the 20 voters interviewed by Reuters said they were undecided.', '20'],
      ['The 12 farmers who spoke to the agency described empty silos.', '12'],
    ],
    no: [
      ['Police interviewed 20 witnesses after the attack.', '20'],
      ['The 12 farmers who lost their land sued the state.', '12'],
      ['Two dozen county chairs endorsed her on Monday.', 'Two dozen'],
    ],
  },
  rank: {
    yes: [
      ['Most of the gains went to the top 1 percent of earners.', '1 percent'],
      ['He failed to break into the top three in South Carolina.', 'three'],
      ['The state ranks No. 2 in exports.', '2'],
      ['Students are tested in grades three through eight.', 'three'],
    ],
    no: [
      ['Prices at the top rose 1 percent in May.', '1 percent'],
      ['Three candidates withdrew from the race.', 'Three'],
      ['The top official said 12 people died.', '12'],
      ['Police arrested two men near the school.', 'two'],
    ],
  },
};

describe('non-claim recognisers (src/core/figures/nonclaims)', () => {
  it('every recogniser has a definition and at least three examples each way', () => {
    for (const r of RECOGNISERS) {
      assert.ok(r.definition.length > 40 && r.definition.endsWith('.'), r.reason);
      assert.ok(CASES[r.reason], `no examples for ${r.reason}`);
      assert.ok(CASES[r.reason]!.yes.length >= 3 && CASES[r.reason]!.no.length >= 3, r.reason);
    }
  });
  for (const [reason, { yes, no }] of Object.entries(CASES)) {
    for (const example of yes)
      it(`${reason}: "${example[1]}" in "${example[0]}"`, () => assert.equal(verdict(reason, example), true));
    for (const example of no)
      it(`not ${reason}: "${example[1]}" in "${example[0]}"`, () => assert.equal(verdict(reason, example), false));
  }

  it('carries the reason to the claim and the hover wording ("not a claim: institutional constant")', () => {
    const text = 'It takes 1,237 delegates to win the nomination. Police said 120 people were arrested.';
    const { claims } = new Analyzer().analyze(text);
    const constant = claims.find((c) => c.figure.text === '1,237')!;
    assert.equal(constant.nonClaim, 'institutional-constant');
    assert.equal(describeNonClaim(constant), 'institutional constant');
    assert.equal(claims.find((c) => c.figure.text === '120')!.nonClaim, undefined);
  });

  it("gives a bare figure in a series its neighbour's reason, but not a part of the set", () => {
    const { claims } = new Analyzer().analyze(
      'Republicans have 24 Senate seats up in November, Democrats 10. The state has five superdelegates, two of whom back Clinton.',
    );
    assert.equal(claims.find((c) => c.figure.text === '10')!.nonClaim, 'election-calendar');
    assert.equal(claims.find((c) => c.figure.text === 'two')!.nonClaim, undefined);
  });

  it('reads years, age brackets, bill numbers and majority rules as non-claims in the analyser', () => {
    const text =
      'Obama’s 2008 victory came with voters 65 and older. HB 2 needed a two-thirds majority, and 40 lawmakers backed it.';
    const reasons = new Map(new Analyzer().analyze(text).claims.map((c) => [c.figure.text, c.nonClaim]));
    assert.equal(reasons.get('2008'), 'year');
    assert.equal(reasons.get('65'), 'age');
    assert.equal(reasons.get('2'), 'name');
    assert.equal(reasons.get('two-thirds'), 'institutional-constant');
    assert.equal(reasons.get('40'), undefined);
  });

  it('reads a span of days as one date ("July 25-28"), never a count', () => {
    const text = 'The convention runs July 25-28 in the city, and 300 delegates signed up by March 1–8.';
    const claims = new Analyzer().analyze(text).claims;
    assert.deepEqual(
      claims.map((c) => [c.figure.text, c.nonClaim]),
      [
        ['July 25-28', 'date'],
        ['300', undefined],
        ['March 1–8', 'date'],
      ],
    );
  });

  it('stays linear on a 1 MB line of figures', () => {
    const line = 'the two states, 5-4, a 3-page memo, could borrow billions, '.repeat(18_000);
    const { claims } = new Analyzer().analyze(line);
    assert.ok(claims.length > 10_000);
  });
});
