// Figure alignment across two versions: the same fact (by the fact model's key, never by value), old → new, and what
// kind of change it is. Direction depends on the fact: cumulative counts only rise within one agency's chain.
import type { Fact } from '../facts';
import { sameSource } from '../facts/normalise';
import type { FigureChange, FigureDiff, FigureSide, SourceSpan, VersionContext } from './types';

/** Counts that only grow as a story develops: a later, lower figure in one chain is a slip or a correction to check. */
export const CUMULATIVE = new Set(['killed', 'injured', 'arrested', 'seized', 'shot']);

/** Facts tied to one sentence ("past", "aggregate", "part") carry its hash in their key: aligned without it. */
export const alignKey = (f: Fact): string => f.key.replace(/\|(past|aggregate|part):[^|]*$/, '|$1');

/** Where the figure's source is named: its words inside the sentence, else the attribution cue. */
export function sourceSpanOf(f: Fact, text: string): SourceSpan | null {
  const source = f.source;
  const a = f.claim.attribution;
  if (!source) return null;
  const s = f.claim.sentence;
  const at = text.slice(s.start, s.end).indexOf(source);
  if (at >= 0) return { text: source, start: s.start + at, end: s.start + at + source.length };
  // Carried or paragraph-final sources are named in another sentence: search near the cue, then anywhere before.
  const from = a?.cueSpan ? Math.max(0, a.cueSpan.start - 200) : 0;
  const near = text.indexOf(source, from);
  if (near >= 0) return { text: source, start: near, end: near + source.length };
  return a?.cueSpan ? { text: source, start: a.cueSpan.start, end: a.cueSpan.end } : null;
}

export function figureSide(f: Fact, text: string): FigureSide {
  const g = f.claim.figure;
  return {
    value: g.value,
    interval: [g.low, g.high],
    text: g.text,
    start: g.start,
    end: g.end,
    source: sourceSpanOf(f, text),
  };
}

/** What a moved value means, given the fact and how the two versions relate. */
export function valueChange(f: Fact, before: FigureSide, after: FigureSide, ctx: VersionContext): FigureChange {
  if (ctx.correction) return 'corrected';
  if (!ctx.sameChain) return 'needs-look';
  if (CUMULATIVE.has(f.predicate) && after.value < before.value) return 'needs-look';
  return 'update';
}

function sourceChange(a: Fact, b: Fact): FigureChange | undefined {
  if (a.source && !b.source) return 'source-dropped';
  if (!a.source && b.source) return 'source-added';
  // A source only read back from the paragraph's closing "…, X said" is not one the new version gave this figure.
  if (a.source && b.source && !sameSource(a.source, b.source))
    return b.claim.attribution?.kind === 'paragraph-final' ? 'source-dropped' : 'source-changed';
  return undefined;
}

const sameValue = (a: Fact, b: Fact): boolean =>
  a.claim.figure.value === b.claim.figure.value &&
  a.claim.figure.low === b.claim.figure.low &&
  a.claim.figure.high === b.claim.figure.high;

function group(facts: readonly Fact[]): Map<string, Fact[]> {
  const m = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = alignKey(f);
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  }
  return m;
}

/** Changed, added and removed figures (unchanged ones, same value and same source, are not listed). */
export function diffFigures(
  oldFacts: readonly Fact[],
  newFacts: readonly Fact[],
  oldText: string,
  newText: string,
  ctx: VersionContext,
): FigureDiff[] {
  const out: FigureDiff[] = [];
  const before = group(oldFacts);
  const after = group(newFacts);
  const push = (key: string, a: Fact | undefined, b: Fact | undefined, change: FigureChange): void => {
    out.push({
      fact: key,
      label: (a ?? b)!.label ?? key,
      old: a ? figureSide(a, oldText) : null,
      new: b ? figureSide(b, newText) : null,
      change,
    });
  };
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const olds = [...(before.get(key) ?? [])];
    const news = [...(after.get(key) ?? [])];
    // Same value first (each old repeat with its nearest same-value partner in order), then by order of appearance.
    const pairs: [Fact, Fact][] = [];
    for (let i = 0; i < olds.length; i++) {
      const j = news.findIndex((n) => sameValue(olds[i]!, n));
      if (j < 0) continue;
      pairs.push([olds[i]!, news[j]!]);
      olds.splice(i--, 1);
      news.splice(j, 1);
    }
    for (const [a, b] of pairs) {
      const change = sourceChange(a, b);
      if (change) push(key, a, b, change);
    }
    const n = Math.min(olds.length, news.length);
    for (let i = 0; i < n; i++) {
      const a = olds[i]!;
      const b = news[i]!;
      push(key, a, b, valueChange(a, figureSide(a, oldText), figureSide(b, newText), ctx));
    }
    for (const a of olds.slice(n)) push(key, a, undefined, 'removed');
    for (const b of news.slice(n)) push(key, undefined, b, 'added');
  }
  return out.sort((x, y) => (x.new?.start ?? x.old!.start) - (y.new?.start ?? y.old!.start));
}
