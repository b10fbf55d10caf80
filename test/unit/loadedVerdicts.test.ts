// Verdict words written after reading half 0 of BABE (marked afterDev in the data): warnings in the reporter's voice,
// notes when attributed or quoted, quiet in the neutral senses named in their exceptions. Sentences are invented.
import * as assert from 'node:assert/strict';
import { findLoadedTerms } from '../../src/core/rules/loadedTerm';
import { buildArticleModel } from '../../src/core/text/model';

const show = (text: string): string[] =>
  findLoadedTerms(buildArticleModel(text)).map((f) => `${f.severity}:${text.slice(f.start, f.end)}`);

describe('verdict words added after reading DEV words', () => {
  it("warns on a verdict about an idea or a person in the reporter's voice", () => {
    assert.deepEqual(show('The council passed a misguided budget on Tuesday.'), ['warning:misguided']);
    assert.deepEqual(show('The mayor relied on dubious figures.'), ['warning:dubious']);
    assert.deepEqual(show('Plutocratic donors funded the campaign.'), ['warning:Plutocratic']);
    assert.deepEqual(show('The hearing was a travesty.'), ['warning:travesty']);
    assert.deepEqual(show('The governor scapegoated the unions.'), ['warning:scapegoated']);
    assert.deepEqual(show('The senator belittled the nurses.'), ['warning:belittled']);
  });
  it('keeps the descriptive labels of the old entry at information', () => {
    assert.deepEqual(show('The populist party won the vote.'), ['information:populist']);
  });
  it("stays quiet in neutral senses, and a quotation stays the speaker's note", () => {
    assert.deepEqual(show('Thieves staged a brazen daylight robbery in the market.'), []);
    assert.deepEqual(show('The army fired a misguided missile into a field.'), []);
    assert.deepEqual(show('"It is a travesty," the lawyer said.'), ['information:travesty']);
  });
  it('leaves radical quiet on a plan however it is named, and flags it on people', () => {
    assert.deepEqual(show('The senator unveiled radical immigration plans.'), []);
    assert.deepEqual(show('Radical clerics preached in the mosque.'), ['warning:Radical']);
  });
});

describe('an -s form after a name reads as a verb when an object or clause follows', () => {
  it('flags "claims" after a name, even first in the sentence, and leaves the noun alone', () => {
    assert.deepEqual(show('Smith claims the budget is balanced.'), ['warning:claims']);
    assert.deepEqual(show('Jones claims the WHO is failing poor countries.'), ['warning:claims']);
    assert.deepEqual(show('Insurance claims rose in May.'), []);
    assert.deepEqual(show('The wild claims the senator made were false.'), []);
    assert.deepEqual(show('The group claimed responsibility for the attack.'), []);
  });
});
