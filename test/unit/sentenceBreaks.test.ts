// One sentence splitter: story features take their sentence starts from the article model (text/sentences.ts, with
// its one abbreviation list) instead of a second list of their own. Invented texts only.
import assert from 'node:assert/strict';
import { extractFeatures } from '../../src/core/match';
import { stripBoilerplate } from '../../src/core/text/boilerplate';
import { splitSentences } from '../../src/core/text/sentences';

const sentences = (text: string): string[] => splitSentences(text, 0).map((s) => text.slice(s.start, s.end));
const names = (text: string): string[] =>
  [...extractFeatures(text).weights.keys()].filter((k) => k.startsWith('n:') || k.startsWith('N:')).sort();

describe('one sentence splitter for the model and matching', () => {
  it('ends a sentence whose space scraped copy lost, between a lower-case word and a capitalised one', () => {
    assert.deepEqual(sentences('The boy was taken to hospital, according to police.Officers were called at noon.'), [
      'The boy was taken to hospital, according to police.',
      'Officers were called at noon.',
    ]);
    assert.deepEqual(sentences('He said the case was "wide open."Anyone with information should call.'), [
      'He said the case was "wide open."',
      'Anyone with information should call.',
    ]);
  });

  it('keeps decimals and dotted acronyms whole', () => {
    assert.equal(sentences('The 6.1 quake hit the U.S.Army base at 9 a.m.Monday, officials said.').length, 1);
  });

  it('a capitalised word after a joined stop starts a sentence, so it is not taken for a name', () => {
    const text = 'Two men were hurt in Lakeview on Tuesday, police said.Investigators are looking for a grey van.';
    assert.ok(!names(text).includes('n:investigators'), names(text).join(' '));
  });

  it('the first word after a dateline starts a sentence: "HOBART, Okla. - Authorities say"', () => {
    const text = 'HOBART, Okla. - Authorities say two people were hurt in a shooting at a farm near Hobart on Sunday.';
    assert.ok(!names(text).includes('n:authorities'), names(text).join(' '));
  });

  it('a title or an initial before a name starts no sentence and parts no run of names', () => {
    const text = 'The county sheriff named the officer. Maj. Doug Cain met William J. Burns in Lakeview on Monday.';
    const found = names(text);
    for (const k of ['n:doug', 'N:doug cain', 'N:william burns'])
      assert.ok(found.includes(k), `${k} in ${found.join(' ')}`);
    assert.ok(!found.includes('n:j') && !found.includes('n:maj'), found.join(' '));
  });

  it('a stop inside a word still parts a run of names ("WKRG.COM"), without starting a sentence', () => {
    const found = names('Follow WKRG.COM for updates. Police in Mobile said two men were hurt.');
    assert.ok(!found.includes('N:wkrg com'), found.join(' '));
  });

  it("blanks boilerplate without moving the rest: offsets still point at the model's sentences", () => {
    const text =
      'Fire crews arrived at 9 a.m. (Photo: Jane Doe) Two were hurt.\nCopyright 2024 Example News.\nMore follows.';
    const stripped = stripBoilerplate(text);
    assert.equal(stripped.length, text.length);
    assert.equal(stripped.indexOf('Two were hurt.'), text.indexOf('Two were hurt.'));
    assert.equal(stripped.indexOf('More follows.'), text.indexOf('More follows.'));
    assert.ok(!stripped.includes('Copyright') && !stripped.includes('Photo'));
  });
});
