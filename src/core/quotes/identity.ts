// Quote identity: whether two quotations are one quote, and how their wording differs. Punctuation, case, ellipsis,
// editorial brackets and US/UK spelling never count as a difference; trims and joins are found by the caller
// (coveredBy) because a join spans several quotes of the other report.

/** Function words left out of the "content words in order" test (a quote's identity is its content words). */
const STOP = new Set(
  "a an the and or but if of to in on at by for with from into onto as is are was were be been being am do does did have has had will would shall should can could may might must not no nor so than that this these those there here it its it's we our us you your they their them he his him she her i me my who whom which what when where why how all any some such very just also too then".split(
    ' ',
  ),
);

/** One spelling for words that differ across the Atlantic ("defence"/"defense", "organised"/"organized", "centre"/"center"). */
function foldSpelling(w: string): string {
  if (w.length <= 4 || !/^\p{L}+$/u.test(w)) return w;
  return w
    .replace(/isation(s)?$/, 'ization$1')
    .replace(/is(e|ed|es|ing)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/our(s|ed|ing|ite|ites|able)?$/, 'or$1')
    .replace(/([^aeiou])re(s)?$/, '$1er$2')
    .replace(/ence$/, 'ense')
    .replace(/([aeiou][lp])\1(ed|ing|er)$/, '$1$2')
    .replace(/ll(ed|ing|er)$/, 'l$1');
}

/** The words of a quotation as compared: lower case, no accents, no punctuation, ellipsis or bracketed insertion. */
export function quoteWords(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Editorial insertions: "[Bezalel] Smotrich", "(Libyan strongman Muammar) al-Qaddafi".
    .replace(/\[[^\]]{0,60}\]|\([^)]{0,60}\)/g, ' ')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    // Contractions are the same words: "it's" = "it is", "don't" = "do not".
    .replace(/n't\b/g, ' not')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    .replace(/'m\b/g, ' am')
    .replace(/\b(it|that|what|there|here|he|she|who)'s\b/g, '$1 is')
    // Spoken forms and titles written two ways; a word censored with asterisks is left out.
    .replace(/\bgonna\b/g, 'going to')
    .replace(/\bwanna\b/g, 'want to')
    .replace(/\bsen\.(?=\s)/g, 'senator')
    .replace(/\brep\.(?=\s)/g, 'representative')
    .replace(/\bgov\.(?=\s)/g, 'governor')
    .replace(/[\p{L}]*\*+[\p{L}*]*/gu, ' ');
  const out: string[] = [];
  // Hyphens split words ("state-funded" = "state funded"); compounds written solid are matched by alignable.
  for (const m of plain.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)) out.push(foldSpelling(m[0].replace(/'s$/, '')));
  return out;
}

export const contentWords = (words: readonly string[]): string[] => words.filter((w) => !STOP.has(w));

/**
 * One reusable row per dynamic-programming test below: a fresh array per row of every pair of quotes compared was the
 * CLI's largest single source of garbage (~70 MB over the 265 DEV files). Each is zeroed before use; none re-enters.
 */
let runRow: Int32Array = new Int32Array(64);
let orderRow: Int32Array = new Int32Array(64);
const zeroed = (row: Int32Array, n: number): Int32Array => {
  const out = row.length >= n ? row : new Int32Array(Math.max(n, row.length * 2));
  return out.fill(0, 0, n);
};

/** Longest run of consecutive words the two share. */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  const m = b.length;
  // One row, right to left: row[j - 1] still holds the previous row's value when row[j] is written.
  const row = (runRow = zeroed(runRow, m + 1));
  for (let i = 0; i < a.length; i++) {
    const w = a[i];
    for (let j = m; j >= 1; j--) {
      if (w === b[j - 1]) {
        const run = row[j - 1]! + 1;
        row[j] = run;
        if (run > best) best = run;
      } else row[j] = 0;
    }
  }
  return best;
}

/** Length of the longest common subsequence (content words in order). */
export function inOrderShared(a: readonly string[], b: readonly string[]): number {
  const m = b.length;
  // One row, left to right: `diagonal` keeps the previous row's row[j - 1] that the write before overwrote.
  const row = (orderRow = zeroed(orderRow, m + 1));
  for (let i = 0; i < a.length; i++) {
    const w = a[i];
    let diagonal = 0;
    for (let j = 1; j <= m; j++) {
      const above = row[j]!;
      row[j] = w === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[m]!;
}

/** Fewest content words for the in-order test: below this, shared words are chance, not identity. */
const MIN_CONTENT = 4;
export const SAME_RUN = 8;
export const SAME_SHARE = 0.6;

/** Cheap test before the quadratic ones: how many content words the two share at all. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  let n = 0;
  for (const w of new Set(a)) if (set.has(w)) n++;
  return n;
}

export interface SameQuoteOptions {
  /**
   * Short quotes, for the aligner of two versions. With one content word shared at least: a quote kept whole inside
   * the other is one quote however short ("a politically driven vendetta"), and two short quotes (each under eight
   * words, or each under four content words: too short for the run or the four-word floor) are one quote when they
   * share 60 % of the shorter one's words in order ("There is no progress yet" / "There is no progress so far").
   */
  short?: boolean;
}

/** The short-quote tests; undefined when they do not apply and the rule's own test decides. */
function sameShortQuote(
  wa: readonly string[],
  wb: readonly string[],
  ca: readonly string[],
  cb: readonly string[],
): boolean | undefined {
  if (sharedCount(ca, cb) === 0) return undefined;
  const shorter = Math.min(wa.length, wb.length);
  if (longestSharedRun(wa, wb) >= shorter) return true;
  const short = Math.max(wa.length, wb.length) < SAME_RUN || Math.max(ca.length, cb.length) < MIN_CONTENT;
  if (short) return inOrderShared(wa, wb) >= SAME_SHARE * shorter;
  return undefined;
}

/**
 * One quote in two reports: they share at least 8 consecutive words, or at least 60 % of the shorter one's content
 * words in order (and at least four of them); with `short`, the short-quote tests too (SameQuoteOptions).
 */
export function sameQuote(
  a: string | readonly string[],
  b: string | readonly string[],
  options: SameQuoteOptions = {},
): boolean {
  const wa = typeof a === 'string' ? quoteWords(a) : a;
  const wb = typeof b === 'string' ? quoteWords(b) : b;
  const ca = contentWords(wa);
  const cb = contentWords(wb);
  const shorter = Math.min(ca.length, cb.length);
  if (options.short && sameShortQuote(wa, wb, ca, cb)) return true;
  if (sharedCount(ca, cb) < Math.min(MIN_CONTENT, SAME_RUN)) {
    // Fewer than four shared content words: only a long shared run of function words could still tie them (never in practice).
    return Math.min(wa.length, wb.length) >= SAME_RUN && longestSharedRun(wa, wb) >= SAME_RUN;
  }
  if (longestSharedRun(wa, wb) >= SAME_RUN) return true;
  const inOrder = inOrderShared(ca, cb);
  return inOrder >= MIN_CONTENT && inOrder >= SAME_SHARE * shorter;
}

/**
 * Whether `words` is made of runs of the others' words (a trim, an ellipsis cut, or a join of several quotes): each run
 * at least two words long (a cut leaves "the attack | from the hills"), or the whole remainder.
 */
export function coveredBy(words: readonly string[], others: readonly (readonly string[])[]): boolean {
  let i = 0;
  while (i < words.length) {
    let best = 0;
    for (const o of others) {
      for (let j = 0; j < o.length; j++) {
        let k = 0;
        while (i + k < words.length && j + k < o.length && words[i + k] === o[j + k]) k++;
        if (k > best) best = k;
      }
    }
    if (best === 0 || (best < 2 && best < words.length - i)) return false;
    i += best;
  }
  return true;
}

/** Longest shared run: its length and where it starts in each. */
function longestRunAt(a: readonly string[], b: readonly string[]): { length: number; i: number; j: number } {
  let best = { length: 0, i: 0, j: 0 };
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      row[j] = prev[j - 1]! + 1;
      if (row[j]! > best.length) best = { length: row[j]!, i: i - row[j]!, j: j - row[j]! };
    }
    prev = row;
  }
  return best;
}

/**
 * Both are cuts of one text: aligned on their longest shared runs, every gap holds words on one side only (a cut,
 * an ellipsis, or the other quote starting later or stopping sooner) or the same letters ("work force"/"workforce").
 */
export function alignable(
  a: readonly string[],
  b: readonly string[],
  depth = 0,
  outer: 'left' | 'right' | 'both' | 'none' = 'both',
): boolean {
  if (a.length === 0 || b.length === 0) return true;
  // Before the first shared run or after the last, a clause on each side is two cuts of a longer statement; a swapped word is not.
  if (outer !== 'none' && Math.min(a.length, b.length) >= 3 && longestRunAt(a, b).length < 2) return true;
  if (a.join('') === b.join('')) return true;
  if (depth > 12) return false;
  const run = longestRunAt(a, b);
  if (run.length < 2 && !(run.length === 1 && (a.length === 1 || b.length === 1))) return false;
  const left = outer === 'both' || outer === 'left' ? 'left' : 'none';
  const right = outer === 'both' || outer === 'right' ? 'right' : 'none';
  return (
    alignable(a.slice(0, run.i), b.slice(0, run.j), depth + 1, left) &&
    alignable(a.slice(run.i + run.length), b.slice(run.j + run.length), depth + 1, right)
  );
}

export type QuoteDifference = 'identical' | 'trim' | 'reworded' | 'different';

export interface QuoteComparison {
  same: boolean;
  difference: QuoteDifference;
  /** Words of a not in b and of b not in a (at most three each), for the message. */
  onlyA: string[];
  onlyB: string[];
}

/**
 * How two quotations differ: `identical` once punctuation, case, ellipsis, brackets and spelling are set aside; `trim`
 * when one is made of runs of the other (cut or joined); `reworded` when they are one quote worded differently;
 * `different` when they are not one quote. `othersA`/`othersB`: every quote of each report, so a join of two quotes counts as a trim.
 */
export function compareQuotes(
  a: string | readonly string[],
  b: string | readonly string[],
  othersA?: readonly (readonly string[])[],
  othersB?: readonly (readonly string[])[],
  options: SameQuoteOptions = {},
): QuoteComparison {
  const wa = typeof a === 'string' ? quoteWords(a) : a;
  const wb = typeof b === 'string' ? quoteWords(b) : b;
  const sa = new Set(wa);
  const sb = new Set(wb);
  const onlyA = contentWords(wa.filter((w) => !sb.has(w))).slice(0, 3);
  const onlyB = contentWords(wb.filter((w) => !sa.has(w))).slice(0, 3);
  if (!sameQuote(wa, wb, options)) return { same: false, difference: 'different', onlyA, onlyB };
  if (wa.length === wb.length && wa.every((w, i) => w === wb[i]))
    return { same: true, difference: 'identical', onlyA, onlyB };
  if (alignable(wa, wb) || coveredBy(wa, othersB ?? [wb]) || coveredBy(wb, othersA ?? [wa]))
    return { same: true, difference: 'trim', onlyA, onlyB };
  return { same: true, difference: 'reworded', onlyA, onlyB };
}
