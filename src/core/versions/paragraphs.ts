// Paragraph alignment: the same paragraph (verbatim or lightly edited) found in both versions; the rest added or removed;
// matched paragraphs out of their old order are moved.
import type { ArticleModel, Paragraph } from '../types';
import type { ParagraphDiff, ParagraphSide } from './types';
import { dice, longestIncreasing, wordsOf } from './words';

/** Two paragraphs sharing this much of their vocabulary are one paragraph edited, not one cut and another added. */
const SAME_PARAGRAPH = 0.5;
const PREVIEW = 80;

export interface ParagraphPair {
  old: number;
  new: number;
}

function sideOf(p: Paragraph, index: number): ParagraphSide {
  const text = p.text.replace(/\s+/g, ' ').trim();
  return { index, start: p.start, end: p.end, text: text.length > PREVIEW ? `${text.slice(0, PREVIEW - 1)}…` : text };
}

const body = (m: ArticleModel): number[] => m.paragraphs.flatMap((p, i) => (p.kind === 'body' ? [i] : []));

/** Pairs of body paragraph indices (verbatim first, then the most similar), in old order. */
export function pairParagraphs(a: ArticleModel, b: ArticleModel): ParagraphPair[] {
  const oldIdx = body(a);
  const newIdx = body(b);
  // Words per paragraph text, read once: most paragraphs are in both versions, and each is read twice below.
  const seen = new Map<string, string[]>();
  const words = (p: Paragraph): string[] => {
    let w = seen.get(p.text);
    if (!w) seen.set(p.text, (w = wordsOf(p.text)));
    return w;
  };
  const norm = (p: Paragraph): string => words(p).join(' ');
  const pairs: ParagraphPair[] = [];
  const usedNew = new Set<number>();
  const exact = new Map<string, number[]>();
  for (const j of newIdx) {
    const k = norm(b.paragraphs[j]!);
    const list = exact.get(k);
    if (list) list.push(j);
    else exact.set(k, [j]);
  }
  const leftOld: number[] = [];
  for (const i of oldIdx) {
    const j = exact.get(norm(a.paragraphs[i]!))?.shift();
    if (j === undefined) leftOld.push(i);
    else {
      pairs.push({ old: i, new: j });
      usedNew.add(j);
    }
  }
  const leftNew = newIdx.filter((j) => !usedNew.has(j));
  const newWords = new Map(leftNew.map((j) => [j, new Set(words(b.paragraphs[j]!))]));
  // Edited paragraphs: the best remaining partner, best pairs first.
  const candidates: { i: number; j: number; score: number }[] = [];
  for (const i of leftOld) {
    const w = new Set(words(a.paragraphs[i]!));
    for (const j of leftNew) {
      const score = dice(w, newWords.get(j)!);
      if (score >= SAME_PARAGRAPH) candidates.push({ i, j, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i);
  const takenOld = new Set<number>();
  for (const c of candidates) {
    if (takenOld.has(c.i) || usedNew.has(c.j)) continue;
    takenOld.add(c.i);
    usedNew.add(c.j);
    pairs.push({ old: c.i, new: c.j });
  }
  return pairs.sort((x, y) => x.old - y.old);
}

export function diffParagraphs(a: ArticleModel, b: ArticleModel, pairs: readonly ParagraphPair[]): ParagraphDiff {
  const pairedOld = new Set(pairs.map((p) => p.old));
  const pairedNew = new Set(pairs.map((p) => p.new));
  const keep = longestIncreasing(pairs.map((p) => p.new));
  return {
    added: body(b)
      .filter((j) => !pairedNew.has(j))
      .map((j) => sideOf(b.paragraphs[j]!, j)),
    removed: body(a)
      .filter((i) => !pairedOld.has(i))
      .map((i) => sideOf(a.paragraphs[i]!, i)),
    moved: pairs
      .filter((_, k) => !keep.has(k))
      .map((p) => ({ old: sideOf(a.paragraphs[p.old]!, p.old), new: sideOf(b.paragraphs[p.new]!, p.new) })),
  };
}
