import assert from 'node:assert/strict';
import { buildArticleModel } from '../../src/core/text/model';
import { findQuotes } from '../../src/core/text/quotes';
import { splitSentences } from '../../src/core/text/sentences';
import { maskText } from '../../src/core/text/mask';
import { seed, seedNames } from './helpers';

const kinds = (text: string): string[] => buildArticleModel(text).furniture.map((f) => `${f.kind}:${f.text}`);

describe('text model', () => {
  it('keeps the metadata prefix out of the first paragraph and reads the filing date from it', () => {
    const { text } = seed('000');
    const m = buildArticleModel(text);
    assert.equal(m.furniture[0]!.kind, 'metadata');
    assert.equal(m.furniture[0]!.text, 'date 2024-04-08');
    assert.equal(m.meta.filed, '2024-04-08');
    assert.equal(m.meta.filedSource, 'metadata');
    assert.ok(m.paragraphs[0]!.text.startsWith('Israel and Hamas on Monday'));
  });

  it('recognises headline, crossheads, caption and agency credit in seed 000', () => {
    const m = buildArticleModel(seed('000').text);
    const crossheads = m.furniture.filter((f) => f.kind === 'crosshead').map((f) => f.text);
    assert.deepEqual(crossheads, ['Smell of death', 'Any scenario']);
    assert.ok(m.furniture.some((f) => f.kind === 'caption' && f.text.endsWith('(AFP Photo)')));
    assert.equal(m.meta.agency, 'AFP');
    assert.ok(!m.paragraphs.some((p) => p.text.includes('(AFP Photo)')), 'the caption is not body text');
  });

  it('reads headline, date line and an all-caps dateline in seed 002', () => {
    const m = buildArticleModel(seed('002').text);
    assert.equal(m.meta.headline, 'Hopes Dim for Immediate Gaza Truce Deal as Israel-Hamas Talks Stumble in Cairo');
    assert.equal(m.paragraphs[0]!.kind, 'headline');
    assert.ok(kinds(seed('002').text).includes('dateOnly:Mon Apr 08 2024'));
    assert.equal(m.meta.filed, '2024-04-08');
    assert.equal(m.meta.filedSource, 'date line');
    assert.equal(m.meta.dateline, 'GAZA');
    assert.ok(m.paragraphs[1]!.text.startsWith('Israel and Palestinian resistance group Hamas'));
  });

  it('keeps the ----- rule as furniture (seed 004) and credits Al Jazeera', () => {
    const m = buildArticleModel(seed('004').text);
    assert.ok(m.furniture.some((f) => f.kind === 'rule' && f.text === '-----'));
    assert.equal(m.meta.headline, 'Hamas, Israel say no progress in Gaza truce talks');
    assert.equal(m.meta.agency, 'Al Jazeera');
  });

  it('parses agency datelines, slugs, update numbers and (Adds …) lines', () => {
    const text =
      'UPDATE 2-Israel says talks stall\n\n(Adds minister quote in paragraph 4)\n\nCAIRO, April 8 (Reuters) - Talks stalled on Monday.\n\nReporting by A. Writer; Editing by B. Editor\n';
    const m = buildArticleModel(text);
    assert.equal(m.meta.update, 2);
    assert.equal(m.meta.headline, 'Israel says talks stall');
    assert.equal(m.meta.agency, 'Reuters');
    assert.equal(m.meta.dateline, 'CAIRO, April 8');
    assert.deepEqual(
      m.furniture.map((f) => f.kind),
      ['slug', 'headline', 'adds', 'dateline', 'credit'],
    );
    assert.equal(m.paragraphs[1]!.text, 'Talks stalled on Monday.');
    const ap = buildArticleModel('JERUSALEM (AP) — Sirens sounded across the city.\n');
    assert.equal(ap.meta.agency, 'AP');
    assert.equal(ap.paragraphs[0]!.text, 'Sirens sounded across the city.');
    assert.equal(buildArticleModel('CORRECTED-Story headline here\n\nBody text here.\n').meta.corrected, true);
  });

  it('every paragraph and sentence range slices the document text exactly (all seeds)', () => {
    for (const name of seedNames()) {
      const { text } = seed(name.slice(0, 3));
      const m = buildArticleModel(text);
      for (const p of m.paragraphs) {
        assert.equal(text.slice(p.start, p.end), p.text);
        for (const s of p.sentences) assert.equal(text.slice(s.start, s.end), s.text);
      }
      for (const f of m.furniture) assert.equal(text.slice(f.start, f.end), f.text);
    }
  });

  it('splits sentences around abbreviations, initials and closing quotes', () => {
    const t =
      'The Oct. 7 attack shook U.S. officials. William J. Burns flew in. “There is no progress yet.” Six months on, talks resumed.';
    assert.deepEqual(
      splitSentences(t, 0).map((s) => t.slice(s.start, s.end)),
      [
        'The Oct. 7 attack shook U.S. officials.',
        'William J. Burns flew in.',
        '“There is no progress yet.”',
        'Six months on, talks resumed.',
      ],
    );
  });

  it('finds straight and curly quotes, treats ’ in "Hamas’s" as an apostrophe, runs an open quote to the paragraph end', () => {
    const t = 'Hamas’s official said: “We want a deal,” and added "nothing else".';
    const q = findQuotes(t, 10);
    assert.deepEqual(
      q.map((x) => t.slice(x.start - 10, x.end - 10)),
      ['“We want a deal,”', '"nothing else"'],
    );
    const open = '“The war will go on until the end of the year';
    const r = findQuotes(open, 0);
    assert.equal(r.length, 1);
    assert.equal(r[0]!.runsOn, true);
    assert.equal(r[0]!.end, open.length);
    const single = findQuotes("He called it a ‘tactical’ move, the Jones' house said.", 0);
    assert.equal(single.length, 1);
    // A straight mark that can only close, first in its paragraph: the quote ran on from the paragraph before.
    const tail = 'We respect her privacy," her agent tells the magazine.';
    const ranOn = findQuotes(tail, 5);
    assert.deepEqual(
      ranOn.map((x) => tail.slice(x.start - 5, x.end - 5)),
      ['We respect her privacy,"'],
    );
    // An opening mark before a word still opens.
    assert.equal(findQuotes('Then "yes" came.', 0).length, 1);
  });

  it('masks URLs always and code blocks and front matter in Markdown, keeping offsets', () => {
    const md = '---\ntitle: x 2024\n---\nSee https://example.com/123 now.\n\n```\n500 lines\n```\n';
    const masked = maskText(md, true);
    assert.equal(masked.length, md.length);
    assert.ok(!masked.includes('2024') && !masked.includes('123') && !masked.includes('500'));
    assert.ok(masked.includes('See') && masked.includes('now.'));
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const m = buildArticleModel(
      'Officials said the storm had killed\nat least 12 people in the north.\n\nNext paragraph here.\n',
    );
    assert.equal(m.paragraphs.length, 2);
    assert.ok(m.paragraphs[0]!.text.endsWith('in the north.'));
  });

  it('copes with empty, blank and CRLF input', () => {
    assert.equal(buildArticleModel('').paragraphs.length, 0);
    assert.equal(buildArticleModel('\n\n  \n').paragraphs.length, 0);
    const crlf = buildArticleModel('Headline here\r\n\r\nBody sentence one. Body two.\r\n');
    assert.equal(crlf.paragraphs[1]!.text, 'Body sentence one. Body two.');
  });
});
