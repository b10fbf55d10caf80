// Quantities: a number with its currency, percent and range ("$5 to $7 million", "10-12 %"), and the hedge before it.
import type { Qty } from './figureTokens';
import { CURRENCY_CODES, CURRENCY_WORDS, FRACTION_DENOMINATORS, has, HEDGE_LAST, HEDGE_WORDS } from './figureWords';
import type { HedgeKind } from './hedges';
import { NumberReader } from './readNumbers';

/** Reads a quantity at a token and the hedge phrase that ends just before it. */
export class QuantityReader extends NumberReader {
  /** A figure, possibly a range ("30–40", "30 to 40", "between 30 and 40"). */
  protected readQuantity(k: number): Qty | undefined {
    if (this.w(k) === 'between') {
      const a = this.readSimple(k + 1);
      if (a && this.w(a.e) === 'and') {
        const b = this.readSimple(a.e + 1);
        // "Between 2001 and 2007": a span of years.
        if (b && a.plain && b.plain && this.year(a.s) && this.year(b.s))
          return { ...a, s: k, e: b.e, nonClaim: 'year' };
        if (b) return this.range(a, b, k) ?? a;
      }
      return undefined;
    }
    const a = this.readSimple(k);
    if (!a || a.nonClaim || a.kind === 'vague' || a.kind === 'share') return a;
    const link = this.w(a.e);
    const glued = link === '-' && this.adj(a.e - 1, a.e) && this.adj(a.e, a.e + 1);
    if (glued || ((link === '–' || link === '—') && this.num(a.e + 1)) || (link === 'to' && this.w(k - 1) !== 'from')) {
      const b = this.readSimple(a.e + 1);
      if (!b || b.nonClaim) return a;
      // "2023-24", "1990–2000": a span of years.
      if (
        link !== 'to' &&
        a.plain &&
        this.year(a.s) &&
        b.plain &&
        (b.plain.intDigits.length === 2 || b.plain.intDigits.length === 4)
      ) {
        return { ...a, e: b.e, nonClaim: 'year' };
      }
      return this.range(a, b, a.s) ?? a;
    }
    return a;
  }

  protected range(a: Qty, b: Qty, s: number): Qty | undefined {
    const low = a.scaleMul === 1 && b.scaleMul > 1 ? a.value * b.scaleMul : a.value;
    if (!(b.value > low) || a.kind === 'share' || b.kind === 'share' || b.kind === 'vague') return undefined;
    return {
      s,
      e: b.e,
      kind: 'range',
      value: (low + b.value) / 2,
      half: 0,
      scaleMul: b.scaleMul,
      low,
      high: b.value,
      scale: b.scale ?? a.scale,
      currency: a.currency ?? b.currency,
    };
  }

  /** One figure: currency, the number (digits, words, vague or share), scale, percent or currency word. */
  protected readSimple(k: number): Qty | undefined {
    let i = k;
    let currency: string | undefined;
    const t = this.toks[k];
    if (!t) return undefined;
    if (t.t === 'punct' && '$€£¥₪₹'.includes(t.text) && this.num(k + 1)) {
      currency = t.text;
      i++;
    } else if (
      t.t === 'word' &&
      /^(?:US|A|C|HK|NZ|S)$/.test(t.text) &&
      this.w(k + 1) === '$' &&
      this.adj(k, k + 1) &&
      this.num(k + 2)
    ) {
      currency = t.text + '$';
      i += 2;
    } else if (t.t === 'word' && CURRENCY_CODES.has(t.text) && this.num(k + 1)) {
      currency = t.text;
      i++;
    }
    const q = this.num(i) ? this.readDigits(i) : currency ? undefined : this.readWords(i);
    if (!q) return undefined;
    q.s = k;
    if (q.nonClaim || q.kind === 'vague' || q.kind === 'share') return q;
    // "1/3", "3/4": a written fraction is a share.
    const den = this.num(q.e + 1);
    if (
      this.w(q.e) === '/' &&
      den &&
      this.adj(q.e - 1, q.e) &&
      this.adj(q.e, q.e + 1) &&
      FRACTION_DENOMINATORS.has(den.value) &&
      q.value >= 1 &&
      q.value < den.value &&
      !den.decimals
    ) {
      return { s: k, e: q.e + 2, kind: 'share', value: (100 * q.value) / den.value, half: 0, scaleMul: 1 };
    }
    // "one in five", "1 in 10": a share.
    if (this.w(q.e) === 'in' || (this.w(q.e) === 'out' && this.w(q.e + 1) === 'of')) {
      let j = q.e + (this.w(q.e) === 'in' ? 1 : 2);
      if (this.w(j) === 'every') j++;
      const d = this.num(j) ? this.readDigits(j) : this.readWords(j);
      if (d && !d.nonClaim && d.kind === 'count' && q.value >= 1 && d.value > q.value && d.value <= 1000) {
        return { s: k, e: d.e, kind: 'share', value: (100 * q.value) / d.value, half: 0, scaleMul: 1 };
      }
    }
    let e = q.e;
    const next = this.w(e);
    if (next === '%' || next === '٪' || next === 'percent' || next === 'pct') {
      return { ...q, e: e + 1, kind: 'percent', plain: undefined };
    }
    if ((next === 'per' && this.w(e + 1) === 'cent') || (next === 'percentage' && /^points?$/.test(this.w(e + 1)))) {
      return { ...q, e: e + 2, kind: 'percent', plain: undefined };
    }
    if (!currency && has(CURRENCY_WORDS, next)) {
      currency = CURRENCY_WORDS[next];
      e++;
    } else if (!currency && CURRENCY_CODES.has(this.toks[e]?.text ?? '')) {
      currency = this.toks[e]!.text;
      e++;
    }
    if (currency) return { ...q, e, kind: 'money', currency, plain: undefined };
    return q;
  }

  protected hedgeBefore(s: number): { kind: HedgeKind; s: number } | undefined {
    if (!HEDGE_LAST.has(this.w(s - 1))) return undefined;
    for (const [words, kind] of HEDGE_WORDS) {
      const start = s - words.length;
      if (start >= 0 && words.every((p, j) => this.w(start + j) === p)) return { kind, s: start };
    }
    return undefined;
  }
}
