// whatChanged on two 1,000-word versions of one story (budget 20 ms): the analyses exist already (the editor holds them);
// the seeds' own text, cut to 1,000 words, with desk-style edits. Two figures: `whatChangedMs` with the two fact indexes
// built inside the call (a fresh pair, as `wirecheck diff` reads it), and `alignerMs`, the same call again with both fact
// indexes already built, as the panel finds them on open articles the desk has checked (figure-conflict builds them).
import { Analyzer } from '../src/core/analyze';
import { whatChanged } from '../src/core/versions';
import { percentiles, round, seedTexts, type Timing } from './analysis';

/** The first `n` words of the text, whole paragraphs kept where they fit. */
function firstWords(text: string, n: number): string {
  const out: string[] = [];
  let count = 0;
  for (const p of text.split('\n')) {
    const w = p.split(/\s+/).filter(Boolean).length;
    if (count + w > n && count > 0) break;
    out.push(p);
    count += w;
  }
  return out.join('\n');
}

/** A later version: every third figure raised by one, a paragraph moved to the end and one added. */
function laterVersion(text: string): string {
  let i = 0;
  const bumped = text.replace(/\b\d{2,}\b/g, (d) => (i++ % 3 === 0 ? String(Number(d) + 1) : d));
  const paragraphs = bumped.split('\n\n');
  if (paragraphs.length > 3) paragraphs.push(paragraphs.splice(2, 1)[0]!);
  paragraphs.push('Negotiators arrived late on Monday, an airport official said, and talks resume on Tuesday.');
  return paragraphs.join('\n\n');
}

export interface VersionsBench {
  pairs: number;
  meanWords: number;
  whatChangedMs: Timing;
  alignerMs: Timing;
  budgetMs: number;
}

export function benchVersions(root: string): VersionsBench {
  // Seeds long enough for 1,000 words, padded with their own paragraphs where shorter.
  const texts = seedTexts(root).map((t) => firstWords(t.length < 9000 ? `${t}\n\n${t}\n\n${t}` : t, 1000));
  const samples: number[] = [];
  const aligner: number[] = [];
  let words = 0;
  for (let round_ = 0; round_ < 20; round_++) {
    for (const text of texts) {
      const analyzer = new Analyzer();
      const older = { path: 'old', analysis: analyzer.analyze(text) };
      const newer = { path: 'new', analysis: analyzer.analyze(laterVersion(text)) };
      const t0 = performance.now();
      whatChanged(older, newer);
      samples.push(performance.now() - t0);
      const t1 = performance.now();
      whatChanged(older, newer);
      aligner.push(performance.now() - t1);
      if (round_ === 0) words += text.split(/\s+/).filter(Boolean).length;
    }
  }
  return {
    pairs: texts.length,
    meanWords: round(words / texts.length),
    whatChangedMs: percentiles(samples),
    alignerMs: percentiles(aligner),
    budgetMs: 20,
  };
}
