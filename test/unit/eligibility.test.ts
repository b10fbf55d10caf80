// One way in: the same eligibility decision for loaded tabs, restored tabs and the CLI.
import * as assert from 'node:assert/strict';
import { eligibility, languageOfPath, type Candidate, type EligibilityPolicy } from '../../src/core/eligibility';
import { REVIEW_REPORT_MARK } from '../../src/core/reviewReport';

const policy: EligibilityPolicy = {
  enable: true,
  languages: ['plaintext', 'markdown', 'xml', 'json'],
  include: [],
  exclude: ['**/*.log', '**/node_modules/**', '**/CHANGELOG.md'],
  maxFileBytes: 1024 * 1024,
};
const prose =
  'Floods killed 41 people in the north of the country on Monday, officials said. Rescue teams were still searching.';
const csv = Array.from({ length: 20 }, (_, i) => `${i},a,b,c,d,e`).join('\n');
// A restored tab, as checker.restoreUnloaded describes it before reading: path, relative path and scheme only.
const restored = (path: string, relativePath?: string): Candidate => ({ path, relativePath, scheme: 'file' });

describe('eligibility: one way in', () => {
  it('a restored tab respects wirecheck.enable: false', () => {
    assert.deepEqual(eligibility(restored('/desk/000.txt'), { ...policy, enable: false }), {
      ok: false,
      reason: 'Wirecheck is disabled',
      quiet: true,
    });
    assert.deepEqual(eligibility(restored('/desk/000.txt'), policy), { ok: true, wire: false });
  });
  it('a restored tab respects languages, exclude and include, on the absolute or the workspace-relative path', () => {
    assert.equal(eligibility(restored('/desk/000.md'), { ...policy, languages: ['plaintext'] }).ok, false);
    assert.equal(eligibility(restored('/desk/CHANGELOG.md'), policy).ok, false);
    assert.equal(eligibility(restored('/w/node_modules/x/a.txt'), policy).ok, false);
    const include = { ...policy, include: ['stories/**'] };
    assert.equal(eligibility(restored('/w/stories/a.txt', 'stories/a.txt'), include).ok, true);
    assert.deepEqual(eligibility(restored('/w/notes/a.txt', 'notes/a.txt'), include), {
      ok: false,
      reason: 'not in wirecheck.include',
      quiet: true,
    });
  });
  it('runs the prose test and the review-report mark once the text is known; a file the user named skips the prose test', () => {
    assert.equal(eligibility({ path: '/desk/a.txt', text: () => prose }, policy).ok, true);
    const table = eligibility({ path: '/desk/a.txt', text: () => csv }, policy);
    assert.equal(table.ok, false);
    assert.equal(eligibility({ path: '/desk/a.txt', text: () => csv, named: true }, policy).ok, true);
    assert.equal(eligibility({ path: '/desk/a.data', text: () => csv, named: true }, policy).ok, false);
    assert.deepEqual(eligibility({ path: '/desk/r.md', text: () => `${REVIEW_REPORT_MARK}\n# Review` }, policy), {
      ok: false,
      reason: 'a Wirecheck review report, not an article',
      quiet: true,
    });
  });
  it('says when a document is too large, and sends agency files on to be sniffed', () => {
    const big = eligibility({ path: '/desk/a.txt', size: () => 3 * 1024 * 1024 }, policy);
    assert.deepEqual(big, { ok: false, reason: 'too large: 3072 KB (wirecheck.maxFileSizeKB is 1024)', quiet: false });
    assert.deepEqual(eligibility({ path: '/desk/item.xml' }, policy), { ok: true, wire: true });
    assert.equal(
      eligibility({ path: 'Untitled-1', scheme: 'untitled', languageId: 'plaintext' }, { ...policy, include: ['x/**'] })
        .ok,
      true,
    );
    assert.equal(eligibility({ path: '/a.txt', scheme: 'git' }, policy).ok, false);
  });
  it('one list of article extensions decides the language of a file not loaded yet', () => {
    assert.deepEqual(
      ['a.txt', 'a.TEXT', 'a.md', 'a.mdown', 'a.mkd', 'a.markdown', 'a.xml', 'a.json', 'a.newsml'].map(languageOfPath),
      ['plaintext', 'plaintext', 'markdown', 'markdown', 'markdown', 'markdown', 'xml', 'json', 'xml'],
    );
  });
});
