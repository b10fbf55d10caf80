// Numbers as written: digits with scales ("3m", "1.5 million"), number words ("twenty-three", "a dozen"), vague
// plurals ("hundreds") and shares ("two-thirds").
import type { NonClaimReason } from '../types';
import type { Qty } from './figureTokens';
import { has, HEDGE_LAST, LIMITERS, ONE_NOUNS, VAGUE_FIRST, VAGUE_WORDS } from './figureWords';
import { FRACTIONS, MULTIPLIERS, ORDINALS, SCALE_SUFFIXES, SCALE_WORDS, TENS, UNITS } from './numbers';
import { DateTimeReader } from './readDates';
import { roundingHalfUnit } from './scanNumber';

/** Reads one number at a token, as digits or words. */
export class NumberReader extends DateTimeReader {
  protected readDigits(i: number): Qty | undefined {
    const n = this.num(i)!;
    let e = i + 1;
    let scaleMul = 1;
    let scale: string | undefined;
    const suffix = this.toks[e];
    if (suffix?.t === 'word' && this.adj(i, e)) {
      if (has(SCALE_SUFFIXES, suffix.low)) {
        scaleMul = SCALE_SUFFIXES[suffix.low]!;
        scale = suffix.text;
        e++;
      } else {
        // "2nd", "1990s", "in their 30s", "3pm"; other letters make a name ("5G", "F-16s").
        const glued = this.adj(i - 1, i) && (this.toks[i - 1]!.t === 'word' || this.w(i - 1) === '-');
        const reason: NonClaimReason = glued
          ? 'name'
          : /^(?:st|nd|rd|th)$/.test(suffix.low)
            ? 'ordinal'
            : suffix.low === 's'
              ? n.intDigits.length === 4
                ? 'year'
                : n.intDigits.length === 2 && n.value % 10 === 0
                  ? 'age'
                  : 'name'
              : suffix.low === 'am' || suffix.low === 'pm'
                ? 'time'
                : 'name';
        return { s: i, e: e + 1, kind: 'count', value: n.value, half: 0, scaleMul: 1, nonClaim: reason };
      }
    }
    if (!scale && this.toks[e]?.t === 'word' && has(SCALE_WORDS, this.w(e))) {
      scaleMul = SCALE_WORDS[this.w(e)]!;
      scale = this.toks[e]!.text;
      e++;
    }
    const value = n.value * scaleMul;
    const plain = scale || n.grouped || n.decimals ? undefined : n;
    return {
      s: i,
      e,
      kind: 'count',
      value,
      half: roundingHalfUnit(n.intDigits, n.decimals, scaleMul),
      scaleMul,
      scale,
      plain,
    };
  }

  /** Number words, vague plurals, shares and ordinals. */
  protected readWords(k: number): Qty | undefined {
    const w = this.w(k);
    if (!w) return undefined;
    const vague = this.readVague(k);
    if (vague) return vague;
    const share = this.readShare(k);
    if (share) return share;
    // "several hundred", "a few thousand": vague like "hundreds".
    const m = w === 'a' && this.w(k + 1) === 'few' ? k + 2 : w === 'several' || w === 'few' ? k + 1 : -1;
    if (m > 0 && has(MULTIPLIERS, this.w(m)) && MULTIPLIERS[this.w(m)]! >= 100) {
      const mul = MULTIPLIERS[this.w(m)]!;
      return { s: k, e: m + 1, kind: 'vague', value: 2 * mul, low: 2 * mul, high: 10 * mul - 1, half: 0, scaleMul: 1 };
    }
    if (has(ORDINALS, w) && (w !== 'second' || /^(?:the|a|its|their|his|her)$/.test(this.w(k - 1)))) {
      return { s: k, e: k + 1, kind: 'count', value: ORDINALS[w]!, half: 0, scaleMul: 1, nonClaim: 'ordinal' };
    }
    let total = 0;
    let cur = 0;
    let i = k;
    let any = false;
    let scale: string | undefined;
    let scaleMul = 1;
    let lastSmall = false;
    if ((w === 'a' || w === 'an') && has(MULTIPLIERS, this.w(k + 1))) {
      cur = 1;
      any = true;
      i++;
    } else if (w === 'half' && this.w(k + 1) === 'a' && has(MULTIPLIERS, this.w(k + 2))) {
      cur = 0.5;
      any = true;
      i += 2;
    }
    for (; i < this.toks.length;) {
      const x = this.w(i);
      if (has(UNITS, x) || has(TENS, x)) {
        if (lastSmall) break;
        let v = has(UNITS, x) ? UNITS[x]! : TENS[x]!;
        if (
          has(TENS, x) &&
          this.w(i + 1) === '-' &&
          this.adj(i, i + 1) &&
          has(UNITS, this.w(i + 2)) &&
          UNITS[this.w(i + 2)]! < 10
        ) {
          v += UNITS[this.w(i + 2)]!;
          i += 2;
        } else if (
          has(TENS, x) &&
          has(UNITS, this.w(i + 1)) &&
          UNITS[this.w(i + 1)]! > 0 &&
          UNITS[this.w(i + 1)]! < 10
        ) {
          // "Forty six percent": the hyphen is often dropped.
          v += UNITS[this.w(i + 1)]!;
          i++;
        }
        cur += v;
        any = lastSmall = true;
        i++;
      } else if (any && has(MULTIPLIERS, x)) {
        const mul = MULTIPLIERS[x]!;
        if (mul === 100 || mul === 12) cur = (cur || 1) * mul;
        else {
          total += (cur || 1) * mul;
          cur = 0;
        }
        if (mul > scaleMul && mul >= 1000) {
          scaleMul = mul;
          scale = this.toks[i]!.text;
        }
        lastSmall = false;
        i++;
      } else if (any && x === 'and' && !lastSmall && (has(UNITS, this.w(i + 1)) || has(TENS, this.w(i + 1)))) {
        i++;
      } else break;
    }
    if (!any) return undefined;
    const value = total + cur;
    if (value === 1 && i === k + 1 && !this.oneCounts(k)) return undefined;
    return {
      s: k,
      e: i,
      kind: 'count',
      value,
      half: roundingHalfUnit(String(Math.round(value)), 0, 1),
      scaleMul,
      scale,
    };
  }

  /** "one" alone is a figure only as a count: "just one brigade", "one soldier"; not "one of", "no one", "one step away". */
  protected oneCounts(k: number): boolean {
    const prev = this.w(k - 1);
    if (prev === 'no') return false;
    if (
      (this.w(k + 1) === 'in' || this.w(k + 1) === 'out') &&
      (this.num(k + 2) ||
        this.num(k + 3) ||
        /^(?:every|of|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)$/.test(this.w(k + 2)))
    )
      return true;
    const hedged = /^[a-z]+$/.test(prev) && HEDGE_LAST.has(prev);
    return LIMITERS.has(prev) || hedged || ONE_NOUNS.has(this.w(k + 1));
  }

  protected readVague(k: number): Qty | undefined {
    if (!VAGUE_FIRST.has(this.w(k))) return undefined;
    for (const [words, low, high] of VAGUE_WORDS) {
      if (!words.every((p, j) => this.w(k + j) === p)) continue;
      const e = k + words.length;
      if (words[0] === 'scores' && this.w(e) !== 'of') continue;
      // "hundreds of thousands" is matched before "hundreds"; "thousands" after "tens of" was consumed with it.
      return { s: k, e, kind: 'vague', value: low, low, high, half: 0, scaleMul: 1 };
    }
    return undefined;
  }

  /** "a third", "two-thirds", "three quarters", "half of": value in percent so shares compare with percentages. */
  protected readShare(k: number): Qty | undefined {
    const w = this.w(k);
    const share = (e: number, num: number, den: number): Qty => ({
      s: k,
      e,
      kind: 'share',
      value: (100 * num) / den,
      half: 0,
      scaleMul: 1,
    });
    if (w === 'half' && /^(?:of|the|its|their|his|her|all)$/.test(this.w(k + 1))) return share(k + 1, 1, 2);
    const numerator = w === 'a' ? 1 : has(UNITS, w) ? UNITS[w]! : undefined;
    if (numerator === undefined || numerator === 0) return undefined;
    const f = this.w(k + 1) === '-' && this.adj(k, k + 1) ? k + 2 : k + 1;
    const den = FRACTIONS[this.w(f)];
    if (!den || !has(FRACTIONS, this.w(f))) return undefined;
    // "a third of", "cut by a third." — but "a third round" is an ordinal.
    const after = this.toks[f + 1];
    // "a third-place finish", "a half-measure": a compound modifier, not a share.
    if (after?.text === '-' && this.adj(f, f + 1)) return undefined;
    if (this.w(f + 1) === 'of' || !after || after.t === 'punct' || this.w(k - 1) === 'by' || f === k + 2)
      return share(f + 1, numerator, den);
    return undefined;
  }
}
