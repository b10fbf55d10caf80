// Quote alignment across two versions: the same quote (by its words, then its speaker), and whether it was added, cut,
// trimmed, reworded or given to someone else. One quote identity with the rule quote-mismatch (quotes/identity.ts):
// the same words (quoteWords) and the same test (sameQuote), with its short-quote option so that a short quote
// reworded ("no progress yet" → "no progress so far") pairs instead of reading as cut + added.
import { findCues, type Cue } from '../attribution/cues';
import { sameSource } from '../facts/normalise';
import { compareQuotes, quoteWords, sameQuote } from '../quotes/identity';
import type { ArticleModel, Paragraph } from '../types';
import type { QuoteDiff, QuoteSide } from './types';
import { commonWords, containsRun } from './words';

interface Q extends QuoteSide {
  words: string[];
}

/**
 * What one comparison reads once for both versions, which share most paragraphs and quotes: speech cues per paragraph
 * key (offsets from the paragraph's start) and words per quote text.
 */
export interface QuoteMemo {
  cues: Map<string, Cue[]>;
  words: Map<string, string[]>;
}

const newMemo = (): QuoteMemo => ({ cues: new Map(), words: new Map() });

function wordsOf(text: string, memo: QuoteMemo): string[] {
  let w = memo.words.get(text);
  if (!w) memo.words.set(text, (w = quoteWords(text)));
  return w;
}

const shiftCue = (c: Cue, by: number): Cue => ({ ...c, start: c.start + by, end: c.end + by, until: c.until + by });

/** The paragraph's speech and "according to" cues, found once per paragraph text and quote state in one comparison. */
function speechCues(p: Paragraph, memo: QuoteMemo): Cue[] {
  let local = memo.cues.get(p.key);
  if (!local) {
    const found = p.sentences.flatMap((s) =>
      findCues(s, p.kind === 'headline').filter((c) => c.kind === 'speech' || c.kind === 'according'),
    );
    memo.cues.set(p.key, (local = found.map((c) => shiftCue(c, -p.start))));
  }
  return local.map((c) => shiftCue(c, p.start));
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
export function quotesOf(model: ArticleModel, memo: QuoteMemo = newMemo()): Q[] {
  const out: Q[] = [];
  let last: string | undefined;
  const cuesOf = (i: number): Cue[] => speechCues(model.paragraphs[i]!, memo);
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
      out.push({ text, start: q.innerStart, end: q.innerEnd, speaker: speaker ?? null, words: wordsOf(text, memo) });
    }
    const lastNamed = all.filter((c) => !c.pronoun).pop();
    if (lastNamed) last = lastNamed.source;
  });
  return out.filter((q) => q.words.length > 0);
}

const side = ({ words: _w, ...q }: Q): QuoteSide => q;
const differentSpeaker = (a: Q, b: Q): boolean =>
  !!a.speaker &&
  !!b.speaker &&
  !sameSource(a.speaker, b.speaker) &&
  a.speaker.toLowerCase() !== b.speaker.toLowerCase();

export function diffQuotes(a: ArticleModel, b: ArticleModel): QuoteDiff[] {
  const memo = newMemo();
  const olds = quotesOf(a, memo);
  const news = quotesOf(b, memo);
  const oldWords = olds.map((q) => q.words);
  const newWords = news.map((q) => q.words);
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
      if (!usedNew.has(j) && sameQuote(o.words, n.words, { short: true }))
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
    if (differentSpeaker(o, n)) {
      out.push({ change: 're-attributed', old: side(o), new: side(n) });
      continue;
    }
    // Reworded only where quote-mismatch would say so. A trim that drops words is a cut, with the kept part shown; a
    // trim that quotes more of the statement is the same wording, like a join, and not listed.
    const { difference } = compareQuotes(o.words, n.words, oldWords, newWords, { short: true });
    if (difference === 'reworded') out.push({ change: 'reworded', old: side(o), new: side(n) });
    else if (difference === 'trim' && (containsRun(o.words, n.words) || n.words.length < o.words.length))
      out.push({ change: 'cut', old: side(o), new: side(n) });
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
