// fast-check generators of wire-copy-like articles (invented text): headlines, metadata and date lines, datelines,
// figures in every format, hedges, attribution, quotes (balanced or not), loaded terms, surrogates and bidi controls.
import fc from 'fast-check';

const PLACES = ['VALLMORA', 'SESTRI', 'CORVO', 'LANZA'];
const AGENCIES = ['Reuters', 'AFP', 'AP', 'Xinhua'];
const SOURCES = [
  'police said',
  'the health ministry said',
  'according to the civil protection agency',
  'officials told reporters',
  'a spokesman said',
  '',
];
const NOUNS = ['people', 'hostages', 'homes', 'soldiers', 'protesters', 'villages', 'dollars', 'children'];
const VERBS = [
  'were killed',
  'remain inside the bank',
  'were destroyed',
  'were injured',
  'were arrested',
  'were evacuated',
  'are still held',
];
const HEDGES = [
  '',
  'nearly ',
  'almost ',
  'more than ',
  'just over ',
  'fewer than ',
  'about ',
  'at least ',
  'up to ',
  'some ',
];
const LOADED = [
  'massacre',
  'regime',
  'claimed',
  'terrorists',
  'slaughtered',
  'onslaught',
  'rampage',
  'brutal',
  'so-called',
];
const ODD = [
  '\u202E',
  '\u200F',
  '\u00A0',
  '😀',
  '\uD83D',
  '\uDE00',
  'e\u0301',
  '\u2028',
  '\t',
  '٣٤',
  '½',
  '\uFEFF',
  '',
];

/** A figure in one of the formats wire copy uses. */
export const figureArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 1000, max: 99_999 }).map((n) => `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}`),
  fc.integer({ min: 0, max: 500 }).map(String),
  fc
    .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom('million', 'billion'))
    .map(([a, b, u]) => `${a}.${b} ${u}`),
  fc.constantFrom('seven', 'dozens of', 'hundreds of', 'thousands of', 'a dozen', 'two', 'one'),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom('%', ' percent')).map(([n, p]) => `${n}${p}`),
  fc.integer({ min: 1, max: 900 }).map((n) => `$${n} million`),
  fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 51, max: 99 })).map(([a, b]) => `${a}-${b}`),
);

const sentenceArb: fc.Arbitrary<string> = fc
  .record({
    hedge: fc.constantFrom(...HEDGES),
    figure: figureArb,
    noun: fc.constantFrom(...NOUNS),
    verb: fc.constantFrom(...VERBS),
    source: fc.constantFrom(...SOURCES),
    loaded: fc.option(fc.constantFrom(...LOADED), { nil: undefined }),
    quote: fc.constantFrom('none', 'whole', 'open', 'close', 'curly'),
    odd: fc.constantFrom(...ODD),
    place: fc.constantFrom(...PLACES),
  })
  .map((s) => {
    let core = `${s.hedge}${s.figure} ${s.noun} ${s.verb} in ${s.place[0]}${s.place.slice(1).toLowerCase()}${s.odd}`;
    if (s.loaded) core += ` after the ${s.loaded}`;
    const tail = s.source ? `, ${s.source}.` : '.';
    const text = core.charAt(0).toUpperCase() + core.slice(1);
    switch (s.quote) {
      case 'whole':
        return `"${text}," ${s.source || 'he said'}.`;
      case 'open':
        return `"${text}${tail}`;
      case 'close':
        return `${text}" ${tail}`;
      case 'curly':
        return `“${text},” ${s.source || 'she said'}.`;
      default:
        return `${text}${tail}`;
    }
  });

const paragraphArb = fc.array(sentenceArb, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** An article as lines (joined by the caller with the line ending under test). */
export const articleLinesArb: fc.Arbitrary<string[]> = fc
  .record({
    metadata: fc.option(
      fc
        .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 40 }))
        .map(([y, m, d]) => `date ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      { nil: undefined },
    ),
    slug: fc.constantFrom('', 'UPDATE 1-', 'UPDATE 2-', 'CORRECTED-'),
    headline: fc
      .tuple(fc.constantFrom(...NOUNS), fc.constantFrom(...PLACES), figureArb)
      .map(([n, p, f]) => `${f} ${n} reported in ${p[0]}${p.slice(1).toLowerCase()}`),
    dateline: fc
      .tuple(fc.constantFrom(...PLACES), fc.constantFrom(...AGENCIES), fc.integer({ min: 1, max: 31 }))
      .map(([p, a, d]) => `${p}, March ${d} (${a}) - `),
    paragraphs: fc.array(paragraphArb, { minLength: 1, maxLength: 6 }),
    blankRuns: fc.array(fc.constantFrom(1, 2), { minLength: 8, maxLength: 8 }),
  })
  .map((a) => {
    const lines: string[] = [];
    if (a.metadata) lines.push(a.metadata);
    lines.push(`${a.slug}${a.headline}`, '');
    a.paragraphs.forEach((p, i) => {
      lines.push(i === 0 ? a.dateline + p : p);
      for (let k = 0; k < (a.blankRuns[i % 8] ?? 1); k++) lines.push('');
    });
    return lines;
  });

export const LINE_ENDINGS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;
