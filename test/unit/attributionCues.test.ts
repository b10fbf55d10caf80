// In-sentence attribution on invented sentences: which figures a cue sources and which it must not.
import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import type { FigureClaim } from '../../src/core/types';

function claimsOf(text: string): FigureClaim[] {
  const desk = new Desk();
  desk.upsert('doc', text);
  return desk.get('doc')!.analysis.claims;
}

/** The claim whose figure text is `figure` (first occurrence). */
function claimOf(text: string, figure: string): FigureClaim {
  const at = text.indexOf(figure);
  assert.ok(at >= 0, `"${figure}" is not in the text`);
  const claim = claimsOf(text).find((c) => c.figure.start <= at && c.figure.end > at);
  assert.ok(claim, `no figure found at "${figure}"`);
  return claim;
}

function sourced(text: string, figure: string, source: RegExp): void {
  const claim = claimOf(text, figure);
  assert.ok(claim.attribution, `"${figure}" should be sourced in: ${text}`);
  assert.match(claim.attribution.source, source);
}

function unsourced(text: string, figure: string): void {
  const claim = claimOf(text, figure);
  assert.equal(
    claim.attribution,
    undefined,
    `"${figure}" should have no source, got ${JSON.stringify(claim.attribution)}`,
  );
}

describe('attribution cues (invented sentences)', () => {
  describe('wire register keeps its sources', () => {
    it('a leading "Police said"', () => sourced('Police said 34 people were hurt in the crash.', '34', /Police/));
    it('a closing ", the ministry said in a statement"', () =>
      assert.ok(
        claimOf('At least 12 people died in the flooding, the ministry said in a statement.', '12').attribution,
      ));
    it('"according to figures released by …"', () =>
      sourced(
        'About 4,000 homes were damaged, according to figures released by the regional government.',
        '4,000',
        /figures released by the regional government/,
      ));
    it('an inverted ", said the mayor" after the figure', () =>
      sourced('Nine bridges were closed, said the mayor of the port city.', 'Nine', /mayor/));
  });

  describe('speech in less common shapes', () => {
    it('a progressive is not a passive: "is proposing"', () =>
      sourced('The governor is proposing $410 million in new road spending.', '$410 million', /governor/));
    it('"are vowing to"', () => sourced('Both unions are vowing to win back 2,000 lost jobs.', '2,000', /unions/));
    it('an infinitive after a pledge is its content: "has repeatedly promised to"', () =>
      sourced('Mr. Dole, a candidate for the council, has repeatedly promised to plant 5,000 trees.', '5,000', /Dole/));
    it('"puts X\'s approval at"', () =>
      sourced('A polling firm puts the mayor’s approval at 41 percent.', '41 percent', /polling firm/));
    it('"boasted of"', () =>
      sourced('The developer boasted of shaving $3 million off the asking price.', '$3 million', /developer/));
    it("a quote that is the clause's subject does not end the speech", () =>
      sourced(
        'The union projects that "a tiny levy" on ticket sales would raise $75 million a year.',
        '$75 million',
        /union/,
      ));
    it('"a statement saying"', () =>
      sourced('The agency issued a statement saying 40 workers had been evacuated.', '40', /agency/));
    it('"its forecast" carries the source named in the sentence before', () =>
      sourced(
        'Growth in farming regions is slowing, the central bank said. It cut its forecast for those regions to 1.2 percent.',
        '1.2 percent',
        /central bank/,
      ));
    it('a time phrase between name and verb: "When Okafor a week later announced"', () =>
      sourced('When Okafor a week later announced 600 layoffs, staff were stunned.', '600', /Okafor/));
    it('", says that X, who …" keeps the speaker before the verb', () =>
      sourced(
        'Bright Lane Talent, a booking agency, says that the singer, who earns about $40,000 a show, lost two contracts.',
        'two',
        /Bright Lane/,
      ));
    it('", said in an interview Friday that …" is not an inverted attribution', () =>
      sourced(
        'Ms. Ferraro, who runs a bakery, said in an interview Friday that she sold 300 loaves a day.',
        '300',
        /Ferraro/,
      ));
  });

  describe('words that look like cues but are not', () => {
    it('"states" as a noun', () => unsourced('In three other states, turnout reached 62 percent.', '62 percent'));
    it('"a strong showing"', () => unsourced('He made a strong showing with 30 percent of the vote.', '30 percent'));
    it('"All told"', () => unsourced('All told, the charity raised $4 million in March.', '$4 million'));
    it('"the estimated" as an adjective', () =>
      unsourced('The station reaches an estimated 55 million viewers.', '55 million'));
    it('"by an average of"', () =>
      unsourced('She led each of the last 10 surveys by an average of seven points.', 'seven points'));
    it('"percentage points to"', () =>
      unsourced('Inflation rose by 0.3 percentage points to 2.9 percent in May.', '2.9 percent'));
    it('the bare noun "show" after a name', () =>
      unsourced('The Morning Talk show on channel 125 starts at six.', '125'));
    it('a counted audience after "told" is the reporter\'s', () =>
      unsourced('The senator told a crowd of 1,300 that she would win.', '1,300'));
    it('a relative whose head is no source: "birther and bully who has repeatedly pledged"', () =>
      unsourced('He is a showman and bully who has repeatedly pledged to deport 2 million people.', '2 million'));
    it('a subject with a verb of its own is no source', () =>
      unsourced('Many workers do not join employer retirement plans to save 40 percent more.', '40 percent'));
  });

  describe('a closing attribution', () => {
    it('still sources the sentence before it in its paragraph', () =>
      assert.ok(
        claimOf('The clinic treated 250 patients last year. Most came from the valley, the director said.', '250')
          .attribution,
      ));
  });
});
