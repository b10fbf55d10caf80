import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyLabel, canonicalAgency, detectAgency } from '../../src/core/agency';
import { buildArticleModel } from '../../src/core/text/model';
import type { StoryMeta } from '../../src/core/types';
import { FIXTURES_DIR, seed } from './helpers';

const meta = (extra: Partial<StoryMeta> = {}): StoryMeta => ({
  filedSource: 'unknown',
  update: 0,
  corrected: false,
  ...extra,
});
// The model's furniture (its dateline) with the metadata the test gives.
const plain = (text: string, m: Partial<StoryMeta> = {}) => detectAgency({ ...buildArticleModel(text), meta: meta(m) });

describe('agency detection', () => {
  it('canonicalises names', () => {
    assert.equal(canonicalAgency('Agence France-Presse'), 'AFP');
    assert.equal(canonicalAgency('al jazeera'), 'Al Jazeera');
    assert.equal(canonicalAgency('Associated Press'), 'AP');
    assert.equal(canonicalAgency('the ministry'), undefined);
  });

  it('uses the model metadata first', () => {
    const r = plain('Some text told Reuters a source.', { agency: 'AFP' });
    assert.equal(r.primary?.agency, 'AFP');
    assert.equal(r.primary?.evidence, 'metadata');
    assert.ok(r.credits.some((c) => c.agency === 'Reuters' && c.evidence === 'prose'));
  });

  it('reads the dateline agency', () => {
    const r = plain('CAIRO, April 8 (Reuters) - Talks stalled on Monday, a source told AFP.');
    assert.equal(r.primary?.agency, 'Reuters');
    assert.equal(r.primary?.evidence, 'dateline');
    assert.match(r.primary.cue, /\(Reuters\)/);
  });

  it('reads an agency spelled out in the dateline, as the model does: "BEIRUT (Associated Press) —"', () => {
    const text = 'Talks resume\n\nBEIRUT (Associated Press) — Talks resumed on Monday, officials said.';
    const model = buildArticleModel(text);
    assert.equal(model.meta.agency, 'AP');
    assert.equal(model.meta.dateline, 'BEIRUT');
    assert.ok(model.furniture.some((f) => f.kind === 'dateline' && f.text.startsWith('BEIRUT (Associated Press)')));
    const r = detectAgency(model);
    assert.equal(r.primary?.agency, 'AP');
    assert.equal(r.primary?.evidence, 'dateline');
    assert.equal(canonicalAgency('Agence France Presse'), 'AFP');
    assert.equal(canonicalAgency('DPA'), 'dpa');
  });

  it('reads credit lines: "(AFP)", "(AFP Photo)", "Reporting by … for Reuters"', () => {
    assert.equal(plain('A caption of a photo. (AFP Photo)').primary?.agency, 'AFP');
    assert.equal(
      plain('Body text.\nReporting by Jane Doe in Cairo for Reuters; Editing by John Roe').primary?.agency,
      'Reuters',
    );
    assert.equal(plain('Body text.\n© Copyright AFP 2024').primary?.evidence, 'credit line');
  });

  it('reads prose credits and tells them from stories that quote an agency', () => {
    const r = plain(
      'A professor told Al Jazeera the war would go on. Al Jazeera’s Imran Khan said so. An official told the Reuters news agency nothing changed.',
    );
    assert.equal(r.primary?.agency, 'Al Jazeera');
    assert.equal(r.primary?.evidence, 'prose');
    assert.deepEqual(r.quotes, ['Reuters']);
    assert.ok(!r.credits.some((c) => c.agency === 'Reuters'));
  });

  it('says so when nothing credits an agency', () => {
    const r = plain('Israel and Hamas on Monday dampened hopes of a deal, officials said.');
    assert.equal(r.primary, undefined);
    assert.equal(agencyLabel(r), 'agency unknown');
  });

  it('finds the seeds’ agencies: AFP (000), Al Jazeera quoting Reuters (004), none for the football story', () => {
    const a = detectAgency(buildArticleModel(seed('000').text));
    assert.equal(a.primary?.agency, 'AFP');
    const b = detectAgency(buildArticleModel(seed('004').text));
    assert.equal(b.primary?.agency, 'Al Jazeera');
    assert.ok(b.quotes.includes('Reuters'));
    const c = detectAgency(buildArticleModel(readFileSync(join(FIXTURES_DIR, 'unrelated.txt'), 'utf8')));
    assert.equal(c.primary, undefined);
  });
});
