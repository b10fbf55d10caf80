// One front end: story features and wire meta come from the article model, whose furniture detector also gives
// the editor its dateline and agency. Invented texts only.
import assert from 'node:assert/strict';
import { extractFeatures, prepareStory, storyFeatures, wireMetaOf } from '../../src/core/match';
import { headDatelinePlace } from '../../src/core/text/furniture';
import { buildArticleModel } from '../../src/core/text/model';

const AP_STORY = `Talks resume in Beirut

BEIRUT (Associated Press) — Lebanese and Israeli negotiators met on Monday for a third round of talks on the maritime border, officials said. About 40 people protested outside.`;

describe('story features from the article model', () => {
  it('reads the same features from a model as from its text', () => {
    const model = buildArticleModel(AP_STORY);
    assert.deepEqual([...storyFeatures(model).weights], [...extractFeatures(AP_STORY).weights]);
    assert.deepEqual(prepareStory(model, { update: 0 }), prepareStory(AP_STORY, { update: 0 }));
  });

  it('takes dateline and agency from the model: "BEIRUT (Associated Press) —" is AP, placed in Beirut', () => {
    const model = buildArticleModel(AP_STORY);
    const f = storyFeatures(model);
    assert.equal(f.meta.agency, 'AP');
    assert.equal(f.meta.dateline, 'beirut');
    assert.ok(f.weights.has('p:beirut'));
    assert.equal(model.meta.dateline, 'BEIRUT');
  });

  it('finds the dateline opening the second paragraph when the headline ends with a full stop', () => {
    const text =
      'Senator to visit the border.\n\nDALLAS (AP) — The senator will visit the border on Friday, aides said.';
    const model = buildArticleModel(text);
    assert.equal(model.meta.dateline, 'DALLAS');
    assert.equal(wireMetaOf(model).dateline, 'dallas');
  });

  it('reads an UPDATE slug on a headline set straight above an agency dateline', () => {
    const text = 'UPDATE 2-Talks stall in Cairo\nCAIRO, April 8 (Reuters) - Talks stalled on Monday, a source said.';
    const model = buildArticleModel(text);
    assert.equal(model.meta.update, 2);
    assert.equal(model.meta.headline, 'Talks stall in Cairo');
    assert.equal(wireMetaOf(model).dateline, 'cairo');
  });

  it('takes no "UPDATE:" paragraph for a dateline', () => {
    const model = buildArticleModel('Arrest made\n\nUPDATE: Police made an arrest on Tuesday.\n\nThe man was charged.');
    assert.equal(model.meta.dateline, undefined);
    assert.ok(!model.furniture.some((f) => f.kind === 'dateline'));
  });

  it('falls back to a place leading a paragraph below page furniture, as scraped pages set it', () => {
    const text =
      'Menu\n\nMore news from our station\n\nWatch live.\n\nMIAMI (WXYZ) – A teenager was charged on Tuesday.';
    const model = buildArticleModel(text);
    assert.equal(model.meta.dateline, undefined);
    assert.equal(headDatelinePlace(text), 'miami');
    assert.equal(wireMetaOf(model).dateline, 'miami');
  });
});
