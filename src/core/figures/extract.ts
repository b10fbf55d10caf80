// Figures of one sentence: a token pass with small word lists (no NLP library: cheaper and more predictable).
// Tokens figureTokens.ts; dates readDates.ts; numbers readNumbers.ts; quantities and hedges readQuantities.ts; what a
// figure counts and non-claims classifyFigure.ts; word lists figureWords.ts, figureLemmas.ts.
import type { Figure, NonClaimReason } from '../types';
import { FigureClassifier } from './classifyFigure';
import { nounLemma } from './figureLemmas';
import type { Qty } from './figureTokens';
import { PERIOD_NOUNS, TIME_UNITS } from './figureWords';
import { hedgedInterval } from './hedges';

export interface FigureMatch extends Figure {
  nonClaim?: NonClaimReason;
}

/** Extraction state for one sentence. */
class SentenceScan extends FigureClassifier {
  readonly out: FigureMatch[] = [];

  run(): FigureMatch[] {
    for (let k = 0; k < this.toks.length;) {
      const fixed = this.readDate(k) ?? this.readTime(k);
      if (fixed) {
        this.emit(fixed, undefined);
        k = fixed.e;
        continue;
      }
      const q = this.readQuantity(k);
      if (!q) {
        k++;
        continue;
      }
      this.finish(q);
      k = q.e;
    }
    return this.out;
  }

  protected finish(q: Qty): void {
    const hedge = q.kind !== 'range' && !q.nonClaim ? this.hedgeBefore(q.s) : undefined;
    // Shares and percentages take a singular noun too: "half of the population".
    const noun =
      q.kind === 'money' ? undefined : this.findNoun(q.e, q.value === 1 || q.kind === 'share' || q.kind === 'percent');
    const nounTok = noun === undefined ? undefined : this.toks[noun];
    const lemma = nounTok ? nounLemma(nounTok.low) : undefined;
    // "staggered over three stages": "over" means across here.
    const useHedge =
      hedge && !(/^(?:over|under|above|below)$/.test(this.w(hedge.s)) && lemma && PERIOD_NOUNS.has(lemma))
        ? hedge
        : undefined;
    const start = useHedge ? useHedge.s : q.s;
    const ordinalTime = q.nonClaim === 'ordinal' && TIME_UNITS.has(this.w(q.e)) ? 'duration' : undefined; // "seventh month"
    const nonClaim =
      ordinalTime ??
      q.nonClaim ??
      this.classify(q, noun) ??
      (this.speakerCount({ ...q, s: start }, noun, lemma) ? 'speaker-count' : undefined);
    const verb = this.leftVerb(start) ?? this.rightVerb(noun === undefined ? q.e : noun + 1);
    const fig = this.emit({ ...q, s: start }, useHedge ? this.phrase(useHedge.s, q.s) : undefined, nonClaim);
    let low: number;
    let high: number;
    if (nonClaim) [low, high] = [q.value, q.value];
    else if (q.kind === 'vague' || q.kind === 'range') {
      [low, high] = [q.low!, q.high!];
      if (useHedge?.kind === 'atLeast' || useHedge?.kind === 'moreThan') high = Infinity;
    } else if (q.kind === 'share') {
      // Shares are loose ("a third" of a population): ±10 %, capped at the whole.
      [low, high] = hedgedInterval(useHedge?.kind ?? 'around', q.value, q.value * 0.1, false);
      high = Math.min(high, 100);
    } else [low, high] = hedgedInterval(useHedge?.kind, q.value, q.half, q.kind === 'count');
    fig.low = low;
    fig.high = high;
    if (nounTok) {
      fig.noun = this.sentence.slice(nounTok.start, nounTok.end);
      fig.nounLemma = lemma;
      fig.nounSpan = { start: this.offset + nounTok.start, end: this.offset + nounTok.end };
    }
    if (verb) fig.verb = verb;
  }

  protected phrase(s: number, e: number): string {
    return this.sentence.slice(this.toks[s]!.start, this.toks[e - 1]!.end);
  }

  protected emit(q: Qty, hedge: string | undefined, nonClaim: NonClaimReason | undefined = q.nonClaim): FigureMatch {
    const start = this.toks[q.s]!.start;
    const end = this.toks[q.e - 1]!.end;
    const fig: FigureMatch = {
      start: this.offset + start,
      end: this.offset + end,
      text: this.sentence.slice(start, end),
      kind: q.kind,
      value: q.value,
      low: q.low ?? q.value,
      high: q.high ?? q.value,
    };
    if (hedge) fig.hedge = hedge;
    if (q.currency) fig.currency = q.currency;
    if (q.scale) fig.scale = q.scale;
    if (nonClaim) fig.nonClaim = nonClaim;
    this.out.push(fig);
    return fig;
  }
}

/** All numbers stated in one sentence; offsets are `offset` + UTF-16 index in the sentence. */
export function extractFiguresFrom(sentence: string, offset: number): FigureMatch[] {
  return new SentenceScan(sentence, offset).run();
}
