// The lexicon data and its validation: shipped entries are sound; bad entries and bad JSON are rejected by name.
import * as assert from 'node:assert/strict';
import { CATEGORIES, parseLexiconJson, type LexiconEntry } from '../../src/core/lexicon/schema';
import {
  americanise,
  defaultEntries,
  expandForms,
  loadLexicon,
  mergeTeam,
  validateLexicon,
} from '../../src/core/lexicon/load';
import { goodEntry } from './helpers';

const good = (over: Partial<LexiconEntry> = {}): LexiconEntry => goodEntry(over);
const errorsOf = (list: unknown[]): string[] => validateLexicon(list, 'lexicon').errors;

describe('lexicon data', () => {
  const { entries, errors } = defaultEntries();
  it('validates without errors', () => assert.deepEqual(errors, []));
  it('has at least 150 entries in every category', () => {
    assert.ok(entries.length >= 150, String(entries.length));
    for (const c of CATEGORIES)
      assert.ok(
        entries.some((e) => e.category === c),
        c,
      );
  });
  it('gives every entry a one-sentence why and at least one real alternative or advice', () => {
    for (const e of entries) {
      assert.match(e.why, /^[A-Z"].*[.]$/, e.id);
      assert.ok(!/\.\s+\S/.test(e.why.replace(/\b(U\.S|e\.g|i\.e)\./g, '')), `${e.id}: why should be one sentence`);
      assert.ok(e.alternatives.length > 0, e.id);
    }
  });
  it('compiles for every profile', () => {
    for (const profile of ['ap', 'reuters', 'afp', 'inhouse'] as const)
      assert.ok(loadLexicon({ profile }).lexicon.entries.length > 150);
  });
});

describe('lexicon validation', () => {
  it('accepts a good entry', () => assert.deepEqual(errorsOf([good()]), []));
  it('rejects duplicate ids', () => {
    const errs = errorsOf([good(), good({ forms: ['egghead'] })]);
    assert.ok(
      errs.some((e) => /duplicate id/.test(e) && e.includes('test-entry')),
      errs.join('\n'),
    );
  });
  it('rejects duplicate forms across entries, also after inflection', () => {
    assert.ok(
      errorsOf([good(), good({ id: 'other', forms: ['Boffin'] })]).some((e) => /duplicates entry "test-entry"/.test(e)),
    );
    const errs = errorsOf([good({ forms: ['claims'] }), good({ id: 'claim-verb', forms: ['claim'], inflect: 'verb' })]);
    assert.ok(
      errs.some((e) => e.includes('"claims"') && e.includes('claim-verb')),
      errs.join('\n'),
    );
  });
  it('rejects entries without why or alternatives', () => {
    assert.ok(errorsOf([good({ why: '' })]).some((e) => e.includes('test-entry') && e.includes('"why"')));
    assert.ok(
      errorsOf([good({ alternatives: [] })]).some((e) => e.includes('test-entry') && e.includes('"alternatives"')),
    );
    const { why: _w, ...noWhy } = good();
    assert.ok(errorsOf([noWhy]).some((e) => e.includes('"why"')));
  });
  it('rejects unknown categories and guidance, naming them', () => {
    assert.ok(errorsOf([good({ category: 'rude' as never })]).some((e) => e.includes('unknown category "rude"')));
    assert.ok(errorsOf([good({ guidance: 'My Blog' as never })]).some((e) => e.includes('unknown guidance "My Blog"')));
  });
  it('rejects bad profiles, fields and patterns', () => {
    assert.ok(errorsOf([good({ profiles: { bbc: 'off' } as never })]).some((e) => e.includes('unknown profile "bbc"')));
    assert.ok(errorsOf([{ ...good(), colour: 'red' }]).some((e) => e.includes('unknown field "colour"')));
    assert.ok(errorsOf([good({ exceptions: ['tax relief'] })]).some((e) => e.includes('does not contain the term')));
    assert.ok(errorsOf([good({ exceptions: ['@nowhere'] })]).some((e) => e.includes('unknown named pattern')));
    assert.ok(errorsOf([good({ exceptions: ["Israel's|Iran's _"] })]).some((e) => e.includes('possessive')));
  });
  it('rejects malformed JSON with a clear message', () => {
    const broken = '{"entries": [{"id": "x", "forms": ["a"],}]';
    const r = parseLexiconJson(broken, '.wirecheck.json lexicon');
    assert.deepEqual(r.entries, []);
    assert.match(r.errors[0]!, /^\.wirecheck\.json lexicon: malformed JSON/);
    assert.match(parseLexiconJson('{"entries": 3}').errors[0]!, /expected a list of entries/);
    assert.equal(parseLexiconJson(JSON.stringify({ entries: [good()] })).entries.length, 1);
  });
});

describe('inflection expansion', () => {
  const forms = (e: Partial<LexiconEntry>): string[] => [...expandForms(good(e)).keys()].sort();
  it('expands verbs on the first word, nouns on the last', () => {
    assert.deepEqual(forms({ forms: ['admit'], inflect: 'verb' }), ['admit', 'admits', 'admitted', 'admitting']);
    assert.deepEqual(forms({ forms: ['lash out at'], inflect: 'verb' }), [
      'lash out at',
      'lashed out at',
      'lashes out at',
      'lashing out at',
    ]);
    assert.deepEqual(forms({ forms: ['killing spree'], inflect: 'noun' }), ['killing spree', 'killing sprees']);
    assert.deepEqual(forms({ forms: ['henchman'], inflect: 'noun' }), ['henchman', 'henchmen']);
    assert.deepEqual(forms({ forms: ['say'], inflect: 'verb' }), ['said', 'say', 'saying', 'says']);
  });
  it('merges the forms of two spellings in one entry', () => {
    assert.deepEqual(forms({ forms: ['lambast', 'lambaste'], inflect: 'verb' }), [
      'lambast',
      'lambaste',
      'lambasted',
      'lambastes',
      'lambasting',
      'lambasts',
    ]);
  });
  it('ships no entry for standard wire terms', () => {
    const ids = new Set(defaultEntries().entries.map((e) => e.id));
    for (const id of ['regime-change', 'meddling', 'reveal', 'maintain', 'contend', 'assert'])
      assert.ok(!ids.has(id), id);
  });
  it('restricts tags and adds American spellings', () => {
    assert.deepEqual(forms({ forms: ['neutralise'], inflect: 'verb', onlyTags: ['ed', 'ing'] }), [
      'neutralised',
      'neutralising',
      'neutralized',
      'neutralizing',
    ]);
    assert.equal(americanise('criticised'), 'criticized');
    assert.equal(americanise('favouritism'), 'favoritism');
  });
});

describe('team lexicon merge', () => {
  const base = defaultEntries().entries;
  it('adds, replaces and disables', () => {
    const r = mergeTeam(base, { add: [good()], disable: ['onslaught'], disableCategories: ['speech-verbs'] });
    assert.deepEqual(r.errors, []);
    assert.ok(r.entries.some((e) => e.id === 'test-entry'));
    assert.ok(!r.entries.some((e) => e.id === 'onslaught' || e.category === 'speech-verbs'));
  });
  it('keeps the defaults on any error and says which part is wrong', () => {
    for (const [team, msg] of [
      [{ add: [good({ category: 'rude' as never })] }, /lexicon\.add\[0\] \("test-entry"\): unknown category/],
      [{ disable: ['no-such-id'] }, /lexicon\.disable\[0\]: unknown entry id "no-such-id"/],
      [{ disableCategories: ['rude'] }, /lexicon\.disableCategories\[0\]: unknown category "rude"/],
      [{ add: [good({ forms: ['onslaught'] })] }, /form "onslaught" duplicates entry/],
      [[1, 2], /must be an object/],
    ] as [unknown, RegExp][]) {
      const r = mergeTeam(base, team);
      assert.equal(r.entries, base);
      assert.ok(
        r.errors.some((e) => msg.test(e)),
        r.errors.join('\n'),
      );
    }
  });
});
