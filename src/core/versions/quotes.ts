// Quote alignment across two versions: the same quote (by its words, then its speaker), and whether it was added, cut,
// trimmed, reworded or given to someone else.
// Not yet unified with quotes/identity.ts sameQuote(): that one needs four shared content words, so a short quote reworded
// ("no progress yet" → "no progress so far") would read as cut + added here; one identity test is left for the refactor issue.
import { findCues, type Cue } from '../attribution/cues';
import { sameSource } from '../facts/normalise';
import type { ArticleModel } from '../types';
import type { QuoteDiff, QuoteSide } from './types';
import { commonWords, containsRun, wordsOf } from './words';

/** The quote identity: at least 8 consecutive words, or 60 % of the shorter quote's words in order. */
const SAME_RUN = 8;
const SAME_SHARE = 0.6;

interface Q extends QuoteSide {
  words: string[];
}

/** Distance in characters between a cue and a quote (0 when they overlap). */
function gap(c: Cue, q: { innerStart: number; innerEnd: number }): number {
  return c.start >= q.innerEnd ? c.start - q.innerEnd : q.innerStart >= c.end ? q.innerStart - c.end : 0;
}

/**
 * Every quote of the body and headline with its speaker: the speech cue nearest the quote in the sentences it spans
 * (a pronoun carries the last named speaker), else the paragraph's named speaker, else, for a paragraph of quotation
 * alone, the speaker of the quote before it.
 */
export function quotesOf(model: ArticleModel): Q[] {
  const out: Q[] = [];
  let last: string | undefined;
  const cuesOf = (i: number): Cue[] => {
    const p = model.paragraphs[i]!;
    return p.sentences.flatMap((s) =>
      findCues(s, p.kind === 'headline').filter((c) => c.kind === 'speech' || c.kind === 'according'),
    );
  };
  model.paragraphs.forEach((p, pi) => {
    // Cues are only read where quotes are (the cost of the aligner is mostly here).
    if (p.quotes.length === 0) return;
    const all = cuesOf(pi);
    // A paragraph of quotation alone continues the speaker named in the paragraph before it.
    if (all.length === 0 && pi > 0 && model.paragraphs[pi - 1]!.quotes.length === 0)
      last =
        cuesOf(pi - 1)
          .filter((c) => !c.pronoun)
          .pop()?.source ?? last;
    for (const q of p.quotes) {
      const spanned = all.filter(
        (c) =>
          c.end > q.innerStart - 200 &&
          c.start < q.innerEnd + 200 &&
          p.sentences.some((s) => s.start <= c.start && c.end <= s.end && s.end > q.innerStart && s.start < q.innerEnd),
      );
      const near = [...(spanned.length ? spanned : all)].sort((x, y) => gap(x, q) - gap(y, q))[0];
      const named = all.filter((c) => !c.pronoun && c.start < (near?.start ?? q.innerStart)).pop();
      const speaker = near ? (near.pronoun ? (named?.source ?? last) : near.source) : last;
      if (speaker) last = speaker;
      const text = model.text.slice(q.innerStart, q.innerEnd);
      out.push({ text, start: q.innerStart, end: q.innerEnd, speaker: speaker ?? null, words: wordsOf(text) });
    }
    const lastNamed = all.filter((c) => !c.pronoun).pop();
    if (lastNamed) last = lastNamed.source;
  });
  return out.filter((q) => q.words.length > 0);
}

export function isSameQuote(a: readonly string[], b: readonly string[]): boolean {
  const { inOrder, run } = commonWords(a, b);
  return run >= Math.min(SAME_RUN, a.length, b.length) || inOrder >= SAME_SHARE * Math.min(a.length, b.length);
}

const side = ({ words: _w, ...q }: Q): QuoteSide => q;
const differentSpeaker = (a: Q, b: Q): boolean =>
  !!a.speaker &&
  !!b.speaker &&
  !sameSource(a.speaker, b.speaker) &&
  a.speaker.toLowerCase() !== b.speaker.toLowerCase();

export function diffQuotes(a: ArticleModel, b: ArticleModel): QuoteDiff[] {
  const olds = quotesOf(a);
  const news = quotesOf(b);
  const out: QuoteDiff[] = [];
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const key = (q: Q): string => q.words.join(' ');
  // Verbatim (up to punctuation and case) first.
  news.forEach((n, j) => {
    const i = olds.findIndex((o, k) => !usedOld.has(k) && key(o) === key(n));
    if (i < 0) return;
    usedOld.add(i);
    usedNew.add(j);
    if (differentSpeaker(olds[i]!, n)) out.push({ change: 're-attributed', old: side(olds[i]!), new: side(n) });
  });
  // Then the same quote worded differently: best shared words first.
  const candidates: { i: number; j: number; score: number }[] = [];
  olds.forEach((o, i) => {
    if (usedOld.has(i)) return;
    news.forEach((n, j) => {
      if (!usedNew.has(j) && isSameQuote(o.words, n.words))
        candidates.push({ i, j, score: commonWords(o.words, n.words).inOrder });
    });
  });
  candidates.sort((x, y) => y.score - x.score);
  for (const c of candidates) {
    if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
    usedOld.add(c.i);
    usedNew.add(c.j);
    const o = olds[c.i]!;
    const n = news[c.j]!;
    // Quotes joined into one ("… There is no progress yet"): every word of the new quote is an old quote's.
    const parts = olds.filter((x, k) => (k === c.i || !usedOld.has(k)) && containsRun(n.words, x.words));
    if (!differentSpeaker(o, n) && parts.reduce((sum, x) => sum + x.words.length, 0) >= n.words.length) {
      for (const x of parts) usedOld.add(olds.indexOf(x));
      continue;
    }
    // A trim keeps consecutive words of the old quote: cut, with the kept part shown.
    const change = differentSpeaker(o, n) ? 're-attributed' : containsRun(o.words, n.words) ? 'cut' : 'reworded';
    out.push({ change, old: side(o), new: side(n) });
  }
  // Old quotes joined into one new quote (or kept whole inside a longer one) are not cut.
  olds.forEach((o, i) => {
    if (usedOld.has(i)) return;
    if (news.some((n) => containsRun(n.words, o.words))) usedOld.add(i);
  });
  olds.forEach((o, i) => usedOld.has(i) || out.push({ change: 'cut', old: side(o), new: null }));
  news.forEach((n, j) => usedNew.has(j) || out.push({ change: 'added', old: null, new: side(n) }));
  return out.sort((x, y) => (x.new?.start ?? x.old!.start) - (y.new?.start ?? y.old!.start));
}
