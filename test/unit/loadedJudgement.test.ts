// Issue 19, fifth round: judgemental words drafted from the guides warn in the reporter's voice; their literal,
// clinical and attributed uses stay quiet, and inside a quotation they are the speaker's (information, no fix).
import * as assert from 'node:assert/strict';
import { buildArticleModel } from '../../src/core/text/model';
import { findLoadedTerms } from '../../src/core/rules/loadedTerm';

const show = (text: string): string[] =>
  findLoadedTerms(buildArticleModel(text)).map((f) => `${f.severity}:${text.slice(f.start, f.end)}`);

describe('loaded terms: judgemental words from the guides (issue 19, fifth round)', () => {
  it('warns on verdicts, intensifiers and partisan coinages in the reporter’s voice', () => {
    for (const [text, term] of [
      ['The council passed a toothless measure on Tuesday.', 'toothless'],
      ['The minister gave a conniving answer to the committee.', 'conniving'],
      ['The council made a drastic cut to the harbour budget.', 'drastic'],
      ['The tax was written by limousine liberals in the capital.', 'limousine liberals'],
      ['The cost of the stadium is astronomical.', 'astronomical'],
      ['The senator delivered a broadside against the bill.', 'broadside'],
    ] as const)
      assert.ok(show(text).includes(`warning:${term}`), `${text} → ${JSON.stringify(show(text))}`);
  });

  it('literal and clinical senses stay quiet', () => {
    for (const text of [
      'The lazy river at the water park reopens in May.',
      'A stunt pilot flew over the harbour on Saturday.',
      'The astronomical observatory opened to visitors.',
      'She wore a fleece jacket to the hearing.',
      'Doctors said he had been diagnosed with paranoia.',
      'The actor plays the villain in the new film.',
    ])
      assert.deepEqual(show(text), [], text);
  });

  it('a label given by a named critic is attributed, not the reporter’s', () => {
    assert.deepEqual(show('Critics called the plan a pipe dream.'), []);
    assert.deepEqual(show('A new ad paints the governor as a job-killer.'), []);
    assert.deepEqual(show('Her rivals portrayed the plan as a gimmick.'), []);
  });

  it('inside a quotation the word is the speaker’s: information and no replacement', () => {
    const text = '"This plan is a pipe dream," said council member Ana Ruiz.';
    const found = findLoadedTerms(buildArticleModel(text));
    assert.deepEqual(
      found.map((f) => `${f.severity}:${text.slice(f.start, f.end)}`),
      ['information:pipe dream'],
    );
    assert.equal(found[0]!.suggestions?.length ?? 0, 0);
  });
});
