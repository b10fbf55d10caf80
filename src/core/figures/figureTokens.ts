// One sentence as tokens (numbers read whole, words, punctuation), the quantity shape the readers return, and the
// token cursor the readers and the classifier build on.
import type { FigureKind, NonClaimReason } from '../types';
import { MONTHS } from './figureWords';
import { asciiDigits, type ScannedNumber, scanNumber } from './scanNumber';

export interface Tok {
  t: 'num' | 'word' | 'punct';
  text: string;
  low: string;
  start: number;
  end: number;
  n?: ScannedNumber;
}

/** A quantity found at a token range [s, e). */
export interface Qty {
  s: number;
  e: number;
  kind: FigureKind;
  value: number;
  /** Rounding half-unit; 0 for exact. */
  half: number;
  scaleMul: number;
  low?: number;
  high?: number;
  scale?: string;
  currency?: string;
  nonClaim?: NonClaimReason;
  /** Plain digits with no grouping, currency or scale: may be a year. */
  plain?: ScannedNumber;
}

export const LETTER = /[\p{L}\p{M}]/u;
function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && LETTER.test(s[i]!);
}

export function tokenize(s: string): Tok[] {
  const toks: Tok[] = [];
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // No space grouping right after a month: "October 7 200 people" is a date then a count.
      const prev = toks[toks.length - 1];
      const prev2 = prev?.text === '.' ? toks[toks.length - 2] : prev;
      const n = scanNumber(s, i, !(prev2?.t === 'word' && MONTHS.has(prev2.low)));
      toks.push({ t: 'num', text: s.slice(i, n.end), low: s.slice(i, n.end), start: i, end: n.end, n });
      i = n.end;
    } else if (isLetter(s, i)) {
      let j = i + 1;
      while (j < s.length && (isLetter(s, j) || ((s[j] === "'" || s[j] === '’') && isLetter(s, j + 1)))) j++;
      const text = s.slice(i, j);
      toks.push({ t: 'word', text, low: text.toLowerCase(), start: i, end: j });
      i = j;
    } else if (
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 0xa0 ||
      (c >= 0x2000 && c <= 0x200b) ||
      c === 0x202f
    ) {
      i++;
    } else {
      toks.push({ t: 'punct', text: s[i]!, low: s[i]!, start: i, end: i + 1 });
      i++;
    }
  }
  return toks;
}

/** A sentence's tokens and the small questions every reader asks of them. */
export class TokenCursor {
  protected readonly toks: Tok[];

  constructor(
    protected readonly sentence: string,
    protected readonly offset: number,
  ) {
    this.toks = tokenize(asciiDigits(sentence));
  }

  protected w(i: number): string {
    const t = this.toks[i];
    return t && t.t !== 'num' ? t.low : '';
  }
  protected num(i: number): ScannedNumber | undefined {
    return this.toks[i]?.n;
  }
  protected adj(a: number, b: number): boolean {
    const ta = this.toks[a];
    const tb = this.toks[b];
    return !!ta && !!tb && ta.end === tb.start;
  }
  protected isCap(i: number): boolean {
    const t = this.toks[i];
    return t?.t === 'word' && /^\p{Lu}/u.test(t.text);
  }
  protected small(i: number, max: number): number | undefined {
    const n = this.num(i);
    return n && !n.grouped && n.decimals === 0 && n.intDigits.length <= 2 && n.value >= 1 && n.value <= max
      ? n.value
      : undefined;
  }
  protected year(i: number): boolean {
    const n = this.num(i);
    return !!n && !n.grouped && n.decimals === 0 && n.intDigits.length === 4 && n.value >= 1000 && n.value <= 2999;
  }
}
