// Word-level helpers shared by the paragraph and quote aligners: normalised words and how much of one run is in another.

/** Lower-case words with punctuation, case and curly/straight marks folded: "Hamas’s" → "hamas's". */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** Sørensen–Dice overlap of two texts' distinct words (0..1). */
export function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return (2 * both) / (x.size + y.size);
}

/** Length of the longest common subsequence and of the longest common run of consecutive words. */
export function commonWords(a: readonly string[], b: readonly string[]): { inOrder: number; run: number } {
  let prev = new Array<number>(b.length + 1).fill(0);
  let prevRun = new Array<number>(b.length + 1).fill(0);
  let run = 0;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    const curRun = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        curRun[j] = prevRun[j - 1]! + 1;
        if (curRun[j]! > run) run = curRun[j]!;
      } else cur[j] = Math.max(prev[j]!, cur[j - 1]!);
    }
    prev = cur;
    prevRun = curRun;
  }
  return { inOrder: prev[b.length]!, run };
}

/** `inner` occurs as consecutive words inside `outer`. */
export function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return inner.length === 0;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let k = 0;
    while (k < inner.length && outer[i + k] === inner[k]) k++;
    if (k === inner.length) return true;
  }
  return false;
}

/** Indices of a longest strictly increasing subsequence of `xs` (patience sorting, O(n log n)). */
export function longestIncreasing(xs: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prevOf = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prevOf[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prevOf[i]!) keep.add(i);
  return keep;
}
