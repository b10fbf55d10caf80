// The shipped lexicon data: one file per category, every entry checkable (ref with guide, section or URL, and the
// advice its default severity follows), inflected at build time by the same function that inflects team entries.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileShipped, readSourceEntries } from '../../src/core/lexicon/compile';
import { defaultEntries, expandForms, mergeTeam, validateLexicon } from '../../src/core/lexicon/load';
import { CATEGORIES, type LexiconEntry } from '../../src/core/lexicon/schema';
import { goodEntry } from './helpers';

const dataDir = join(__dirname, '../../../src/core/lexicon/data');
const good = (over: Record<string, unknown> = {}): Record<string, unknown> => ({ ...goodEntry(), ...over });
const errorsOf = (list: unknown[], team = false): string[] => validateLexicon(list, 'lexicon', team).errors;

describe('lexicon data files', () => {
  const compiled = compileShipped(dataDir);
  it('has one valid file per category and no errors', () => {
    assert.deepEqual(compiled.errors, []);
    for (const c of CATEGORIES)
      assert.ok(
        compiled.entries.some((e) => e.category === c),
        c,
      );
    assert.ok(compiled.entries.length >= 500, String(compiled.entries.length));
  });
  it('gives every entry a ref whose advice sets its default severity', () => {
    for (const e of compiled.entries) {
      assert.ok(e.ref && e.ref.guide && (e.ref.section || e.ref.url), e.id);
      assert.equal(e.severity, e.ref.advice === 'avoid' ? 'warning' : 'information', e.id);
      for (const f of e.forms) assert.ok(f.split(/\s+/).length <= 4, `${e.id}: ${f}`);
    }
  });
  it('ships the build-time inflections the load-time function makes', () => {
    const shipped = defaultEntries().entries;
    assert.equal(shipped.length, compiled.entries.length);
    compiled.entries.forEach((e, i) =>
      assert.deepEqual(
        compiled.surface[i],
        [...expandForms(e).values()].map(({ form, infl }) => [form, infl]),
        e.id,
      ),
    );
  });
  it('marks the entries written after reading DEV words with afterDev, and only with true', () => {
    const marked = compiled.entries.filter((e) => e.afterDev).map((e) => e.id);
    for (const id of ['puffery', 'scorn-adjective', 'dismissive', 'boast-about']) assert.ok(marked.includes(id), id);
    assert.ok(marked.length < compiled.entries.length / 4, String(marked.length));
    assert.ok(errorsOf([good({ afterDev: 'yes' })]).some((e) => e.includes('"afterDev" must be true')));
    assert.deepEqual(errorsOf([good({ afterDev: true })]), []);
  });
  it('reports a malformed file, a misfiled entry and an unknown category file by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    writeFileSync(join(dir, 'health.json'), '{"entries": [');
    writeFileSync(join(dir, 'climate.json'), JSON.stringify({ entries: [good()] }));
    writeFileSync(join(dir, 'sport.json'), JSON.stringify({ entries: [] }));
    const errs = readSourceEntries(dir).errors;
    assert.ok(
      errs.some((e) => /^health\.json: malformed JSON/.test(e)),
      errs.join('\n'),
    );
    assert.ok(
      errs.some((e) => /^climate\.json\[0\]: category "general-loaded" is filed in climate\.json/.test(e)),
      errs.join('\n'),
    );
    assert.ok(
      errs.some((e) => /^sport\.json: not a category/.test(e)),
      errs.join('\n'),
    );
  });
});

describe('lexicon entry checks', () => {
  it('rejects a shipped entry without a ref, or with a ref a reviewer cannot follow', () => {
    const { ref: _r, ...noRef } = good();
    assert.ok(errorsOf([noRef]).some((e) => e.includes('"ref" must be')));
    assert.ok(
      errorsOf([good({ ref: { guide: 'AP Stylebook', advice: 'avoid' } })]).some((e) =>
        e.includes('needs a "section" or a "url"'),
      ),
    );
    assert.ok(
      errorsOf([good({ ref: { guide: 'AP Stylebook', url: 'https://example.org/x', advice: 'maybe' } })]).some((e) =>
        e.includes('"ref.advice"'),
      ),
    );
    assert.deepEqual(
      errorsOf([good({ ref: { guide: 'AP Stylebook', url: 'https://example.org/x', advice: 'avoid' } })]),
      [],
    );
  });
  it("rejects a default severity that does not follow the guide's advice", () => {
    assert.ok(errorsOf([good({ severity: 'information' })]).some((e) => e.includes('advice "avoid" means warning')));
  });
  it('rejects duplicates and malformed entries', () => {
    assert.ok(errorsOf([good(), good()]).some((e) => /duplicate id/.test(e)));
    assert.ok(errorsOf([good(), good({ id: 'other' })]).some((e) => /duplicates entry "test-entry"/.test(e)));
    assert.ok(errorsOf([good({ forms: ['a b c d e'] })]).some((e) => e.includes('more than 4 words')));
    assert.ok(errorsOf([good({ forms: 'boffin' })]).some((e) => e.includes('"forms"')));
    assert.ok(errorsOf(['boffin']).some((e) => e.includes('must be an object')));
  });
  it('lets a team entry leave out the ref, and checks one it gives', () => {
    const { ref: _r, ...noRef } = good();
    assert.deepEqual(mergeTeam([], { add: [noRef] }).errors, []);
    assert.ok(
      mergeTeam([], { add: [good({ ref: { guide: 'Desk rules' } })] }).errors.some((e) =>
        e.includes('"ref" needs a "section"'),
      ),
    );
    const entry = mergeTeam(defaultEntries().entries, { add: [noRef] }).entries.find(
      (e: LexiconEntry) => e.id === 'test-entry',
    );
    assert.ok(entry);
  });
});
