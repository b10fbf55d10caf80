import assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { nounFromTagger } from '../../src/core/nlpNoun';

describe('compromise fallback for the counted noun (hover only)', () => {
  it('finds a common plural noun after the figure, loading compromise on first use', function () {
    this.timeout(20_000);
    const sentence = 'The storm flattened roughly 300 of the coastal shacks overnight.';
    const figure = extractFigures(sentence, 0).find((f) => f.text.includes('300'))!;
    assert.ok(figure, 'figure found');
    const tagged = nounFromTagger(sentence, 0, figure);
    assert.equal(tagged?.lemma, 'shack');
    assert.equal(sentence.slice(tagged.start, tagged.start + tagged.noun.length), tagged.noun);
  });

  it('takes nothing from a later phrase: "300 stranded in the hills" does not count hills', () => {
    const sentence = 'Rescuers found 300 stranded in the hills.';
    const figure = extractFigures(sentence, 0).find((f) => f.text === '300')!;
    assert.equal(nounFromTagger(sentence, 0, figure), undefined);
  });

  it('refuses a place name as the counted noun', () => {
    const sentence = 'The offensive has killed at least 33,207 in Gaza.';
    const figure = extractFigures(sentence, 0).find((f) => f.text.includes('33,207'))!;
    assert.equal(nounFromTagger(sentence, 0, figure), undefined);
  });
});
