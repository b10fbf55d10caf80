// What changed between two versions of a story: the project's one paragraph, figure and quote aligner (the panel's
// "What changed", `wirecheck diff`). Pure: two analyses in, one JSON-ready value out.
import type { DocumentAnalysis } from '../analyze';
import { factsOf, type Fact } from '../facts';
import { sourceWords } from '../facts/normalise';
import { versionContext } from '../match/versions';
import type { ArticleModel, FurnitureKind } from '../types';
import { diffFigures, sourceSpanOf } from './figures';
import { diffParagraphs, pairParagraphs } from './paragraphs';
import { diffQuotes } from './quotes';
import type { LineDiff, SourceDiff, VersionContext, WhatChanged } from './types';

export interface VersionSide {
  /** The path or document id, as the caller names it. */
  path: string;
  analysis: DocumentAnalysis;
}

function line(a: ArticleModel, b: ArticleModel, kind: FurnitureKind): LineDiff | null {
  const x = a.furniture.find((f) => f.kind === kind);
  const y = b.furniture.find((f) => f.kind === kind);
  const norm = (s?: string): string => (s ?? '').replace(/\s+/g, ' ').trim();
  if (norm(x?.text) === norm(y?.text)) return null;
  const span = (f: typeof x): LineDiff['old'] => (f ? { text: f.text, start: f.start, end: f.end } : null);
  return { old: span(x), new: span(y) };
}

/** Sources named for figures in one version and for none in the other. */
function diffSources(olds: readonly Fact[], news: readonly Fact[], oldText: string, newText: string): SourceDiff[] {
  const out: SourceDiff[] = [];
  // One source however it is cased or possessed ("Gaza's health ministry" = "Gaza health ministry"); a subset is another source.
  const id = (s: string): string => [...sourceWords(s)].sort().join(' ') || s.toLowerCase();
  const firsts = (facts: readonly Fact[]): Map<string, Fact> => {
    const m = new Map<string, Fact>();
    for (const f of facts) if (f.source && !m.has(id(f.source))) m.set(id(f.source), f);
    return m;
  };
  const a = firsts(olds);
  const b = firsts(news);
  for (const [k, f] of a)
    if (!b.has(k)) out.push({ source: f.source!, change: 'removed', old: sourceSpanOf(f, oldText), new: null });
  for (const [k, f] of b)
    if (!a.has(k)) out.push({ source: f.source!, change: 'added', old: null, new: sourceSpanOf(f, newText) });
  return out;
}

/** `context` overrides what the two copies' metadata say about how they relate (the panel knows the chain). */
export function whatChanged(older: VersionSide, newer: VersionSide, context?: VersionContext): WhatChanged {
  const a = older.analysis.model;
  const b = newer.analysis.model;
  const ctx = context ?? versionContext(a.meta, b.meta);
  const oldFacts = factsOf(older.path, older.analysis).filter((f) => !f.secondary);
  const newFacts = factsOf(newer.path, newer.analysis).filter((f) => !f.secondary);
  return {
    version: 1,
    old: older.path,
    new: newer.path,
    context: ctx,
    headline: line(a, b, 'headline'),
    dateline: line(a, b, 'dateline'),
    figures: diffFigures(oldFacts, newFacts, a.text, b.text, ctx),
    sources: diffSources(oldFacts, newFacts, a.text, b.text),
    quotes: diffQuotes(a, b),
    paragraphs: diffParagraphs(a, b, pairParagraphs(a, b)),
  };
}
