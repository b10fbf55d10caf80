// Dates and times in a sentence ("April 7, 2024", "2024-04-08", "4:12 a.m."): read first, so their numbers are
// never taken for counts.
import { type Qty, TokenCursor } from './figureTokens';
import { FRACTION_DENOMINATORS, MONTHS } from './figureWords';

/** Reads the dates and clock times of a sentence. */
export class DateTimeReader extends TokenCursor {
  /** "April 7, 2024", "Oct. 7", "7 October", "Apr 08 2024", "April 2024", "2024-04-08", "8/4/2024". */
  protected readDate(k: number): Qty | undefined {
    const date = (e: number, value: number): Qty => ({
      s: k,
      e,
      kind: 'count',
      value,
      half: 0,
      scaleMul: 1,
      nonClaim: 'date',
    });
    if (this.isCap(k) && MONTHS.has(this.w(k))) {
      let j = k + 1;
      if (this.w(j) === '.' && this.adj(k, j)) j++;
      const day = this.small(j, 31);
      if (day !== undefined) {
        j++;
        // A span of days: "July 25-28", "March 1–8".
        if ((this.w(j) === '-' || this.w(j) === '–') && this.adj(j - 1, j) && this.adj(j, j + 1)) {
          const last = this.small(j + 1, 31);
          if (last !== undefined && last > day) j += 2;
        }
        const y = this.w(j) === ',' ? j + 1 : j;
        return date(this.year(y) ? y + 1 : j, day);
      }
      if (this.year(j)) return date(j + 1, this.num(j)!.value);
      return undefined;
    }
    const day = this.small(k, 31);
    if (day !== undefined && this.isCap(k + 1) && MONTHS.has(this.w(k + 1)))
      return date(this.year(k + 2) ? k + 3 : k + 2, day);
    // Numeric dates: all parts glued by one separator.
    const n = this.num(k);
    const sep = this.w(k + 1);
    if (
      n &&
      (sep === '-' || sep === '/') &&
      this.w(k + 3) === sep &&
      this.num(k + 2) &&
      this.num(k + 4) &&
      this.adj(k, k + 1) &&
      this.adj(k + 1, k + 2) &&
      this.adj(k + 2, k + 3) &&
      this.adj(k + 3, k + 4)
    ) {
      const parts = [n, this.num(k + 2)!, this.num(k + 4)!];
      if (parts.every((p) => !p.grouped && p.decimals === 0 && p.intDigits.length <= 4)) return date(k + 5, n.value);
    }
    // "9/11", "7/7": month/day as a name; "1/3" and "3/4" stay fractions (their denominators are fraction ones).
    const d = this.num(k + 2);
    if (
      n &&
      sep === '/' &&
      d &&
      this.adj(k, k + 1) &&
      this.adj(k + 1, k + 2) &&
      this.w(k + 3) !== '/' &&
      !n.grouped &&
      !d.grouped &&
      !n.decimals &&
      !d.decimals
    ) {
      if (n.value >= 1 && n.value <= 12 && d.value >= 1 && d.value <= 31 && !FRACTION_DENOMINATORS.has(d.value))
        return date(k + 3, n.value);
      // "24/7" means "all the time".
      if (n.value === 24 && d.value === 7) return { ...date(k + 3, 24), nonClaim: 'name' };
    }
    return undefined;
  }

  /** "10:30", "3 pm", "3 p.m.", "0900 GMT", "10 o'clock". */
  protected readTime(k: number): Qty | undefined {
    const n = this.num(k);
    if (!n || n.grouped || n.decimals) return undefined;
    const time = (e: number): Qty => ({
      s: k,
      e,
      kind: 'count',
      value: n.value,
      half: 0,
      scaleMul: 1,
      nonClaim: 'time',
    });
    if (
      this.w(k + 1) === ':' &&
      this.adj(k, k + 1) &&
      this.adj(k + 1, k + 2) &&
      this.num(k + 2)?.intDigits.length === 2
    ) {
      const e = k + 3;
      return time(this.w(e) === 'am' || this.w(e) === 'pm' ? e + 1 : e);
    }
    const next = this.w(k + 1);
    if (n.value <= 24 && (next === 'am' || next === 'pm' || next === "o'clock" || next === 'o’clock'))
      return time(k + 2);
    if (n.value <= 12 && (next === 'a' || next === 'p') && this.w(k + 2) === '.' && this.w(k + 3) === 'm')
      return time(this.w(k + 4) === '.' ? k + 5 : k + 4);
    if (
      n.intDigits.length === 4 &&
      n.value <= 2400 &&
      (next === 'gmt' || next === 'utc' || next === 'hrs' || (next === 'hours' && this.w(k + 2) === 'gmt'))
    )
      return time(k + 2);
    return undefined;
  }
}
