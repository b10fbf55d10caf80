// Neutral wire senses of loaded-term entries (invented sentences): designations introduced by "so-called", "claim"
// as a legal or sporting verb, hoaxes that were hoaxes, labels inside a claimant's clause; the loaded uses still warn.
import * as assert from 'node:assert/strict';
import { findLoadedTerms } from '../../src/core/rules/loadedTerm';
import { buildArticleModel } from '../../src/core/text/model';

const show = (text: string): string[] =>
  findLoadedTerms(buildArticleModel(text)).map((f) => `${f.severity}:${text.slice(f.start, f.end)}`);
const warnings = (text: string): string[] => show(text).filter((s) => s.startsWith('warning:'));

describe('loaded terms: neutral wire senses', () => {
  it('"so-called" introducing the designation of a rule or technical term is quiet; doubting a name still warns', () => {
    assert.deepEqual(warnings('The court upheld the so-called public charge rule on Tuesday.'), []);
    assert.deepEqual(warnings('Lawmakers debated so-called red flag laws in March.'), []);
    assert.deepEqual(warnings('Traders bought so-called junk bonds as yields fell.'), []);
    assert.deepEqual(warnings('The mayor defended so-called sanctuary cities on Friday.'), []);
    assert.deepEqual(warnings('The so-called experts got it wrong again.'), ['warning:so-called']);
    assert.deepEqual(warnings('He unveiled a so-called peace plan on Monday.'), ['warning:so-called']);
  });

  it('"claimed" with an object and a possessive is not a verb of saying; with a clause it still warns', () => {
    assert.deepEqual(warnings("The Rovers claimed the league's top prize in July."), []);
    assert.deepEqual(warnings('The coach claimed the referee was biased.'), ['warning:claimed']);
    assert.deepEqual(warnings("The minister claimed it's a fair deal."), ['warning:claimed']);
  });

  it('"claiming" after "sued" is the legal claim', () => {
    assert.deepEqual(warnings('The former manager sued, claiming he was dismissed without cause.'), []);
  });

  it('a hoax that turned out to be one is a fact, not a verdict', () => {
    assert.deepEqual(warnings('The emergency call turned out to be a hoax, police said.'), []);
    assert.deepEqual(warnings('The inquiry is a hoax designed to hurt the party.'), ['warning:hoax']);
  });

  it('a label inside the clause someone claims is theirs: a note, not a warning', () => {
    assert.deepEqual(warnings('The senator is falsely claiming that the inquiry is a hoax.'), []);
    assert.ok(show('The senator is falsely claiming that the inquiry is a hoax.').includes('information:hoax'));
  });

  it('an emotive adjective on an accident or a natural disaster judges no one: quiet; on conduct it warns', () => {
    assert.deepEqual(warnings('Two climbers were hurt in a terrifying fall on Sunday.'), []);
    assert.deepEqual(warnings('The horrific crash closed the motorway for hours.'), []);
    assert.deepEqual(warnings('The regime carried out a horrific crackdown.'), ['warning:horrific']);
  });

  it('a chief petty officer, extremist content and so-called carried interest are terms of art', () => {
    assert.deepEqual(warnings('His father was a chief petty officer in the Navy.'), []);
    assert.deepEqual(warnings('The move follows a botched attempt to break into the phone.'), []);
    assert.deepEqual(warnings('The platform removed extremist content from 2,000 accounts.'), []);
    assert.deepEqual(warnings('He would end the tax break on so-called carried interest.'), []);
    assert.deepEqual(warnings('The group spread extremist views online.'), ['warning:extremist']);
  });

  it('plural forms of noun entries are found too', () => {
    assert.deepEqual(warnings('The ghouls who run the agency lied again.'), ['warning:ghouls']);
  });

  it('"leftist" as the plain descriptor of a party or politician is quiet; as a label for people and ideas it warns', () => {
    assert.deepEqual(warnings('The leftist coalition won 40 seats.'), []);
    assert.deepEqual(warnings('The bill is backed by mainly leftist lawmakers.'), []);
    assert.deepEqual(warnings('Leftist agitation is spreading on campus.'), ['warning:Leftist']);
  });
});

describe('loaded terms: entries from the guides on every beat (afterDev)', () => {
  it('warns on slurs and pejoratives the guides say not to use', () => {
    for (const [text, term] of [
      ['The senator is a shameless bankster.', 'bankster'],
      ['Critics called it a hatchet job, and it was a hatchet job.', 'hatchet job'],
      ['The clinic treated the AIDS victims for free.', 'AIDS victims'],
      ['Campaigners mocked the warmists at the summit.', 'warmists'],
      ['The shelter turned away a transvestite on Monday.', 'transvestite'],
      ['The hoodlums fled before police arrived.', 'hoodlums'],
      ['The mayor appointed another flunky to the board.', 'flunky'],
      ['The budget was appallingly mismanaged.', 'appallingly'],
    ] as const)
      assert.ok(warnings(text).includes(`warning:${term}`), `${text} → ${JSON.stringify(show(text))}`);
  });

  it('headline attack verbs need a named target (an information note: BASIL does not back a warning); the physical sense stays quiet', () => {
    assert.deepEqual(show('Biden rips Trump over tariffs.'), ['information:rips']);
    assert.deepEqual(show('The storm ripped the roof off the school.'), []);
    assert.deepEqual(show('Murder Suspect Rips Equipment Off Wall In Video'), []);
  });

  it('dramatised speech verbs only when they introduce speech', () => {
    assert.deepEqual(warnings('"Nobody listens," she wailed.'), ['warning:wailed']);
    assert.deepEqual(warnings('Fires raged across the hills on Sunday.'), []);
  });

  it('state propaganda described as such is quiet; the reporter calling a claim propaganda warns', () => {
    assert.deepEqual(warnings('The video was broadcast by Russian state propaganda channels.'), []);
    assert.deepEqual(warnings('The report is propaganda from start to finish.'), ['warning:propaganda']);
  });

  it("quoted speech keeps these as the speaker's: information, no replacement", () => {
    const fs = findLoadedTerms(buildArticleModel('"They are banksters," the protester said.'));
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.severity, 'information');
    assert.deepEqual(fs[0]!.suggestions, []);
  });
});
