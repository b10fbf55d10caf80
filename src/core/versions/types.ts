// The shape of "what changed between two versions": the JSON contract of `wirecheck diff` and the panel's view.

/** Where a figure's source is named, in that version's text. */
export interface SourceSpan {
  text: string;
  start: number;
  end: number;
}

/** One side of a figure: its value, the interval its wording allows, where it is and who gives it. */
export interface FigureSide {
  value: number;
  interval: [number, number];
  text: string;
  start: number;
  end: number;
  source: SourceSpan | null;
}

export type FigureChange =
  'update' | 'needs-look' | 'corrected' | 'added' | 'removed' | 'source-added' | 'source-dropped' | 'source-changed';

export interface FigureDiff {
  /** The fact's alignment key (src/core/facts): what is counted, what happened, in which frame. */
  fact: string;
  /** Reader's name for the fact ("hostages still held"). */
  label: string;
  old: FigureSide | null;
  new: FigureSide | null;
  change: FigureChange;
}

/** A source named in one version and not the other (per figure changes are in `figures`). */
export interface SourceDiff {
  source: string;
  change: 'added' | 'removed';
  old: SourceSpan | null;
  new: SourceSpan | null;
}

export interface QuoteSide {
  /** The quoted words, without the marks. */
  text: string;
  start: number;
  end: number;
  speaker: string | null;
}

export type QuoteChange = 'added' | 'cut' | 'reworded' | 're-attributed';

export interface QuoteDiff {
  change: QuoteChange;
  old: QuoteSide | null;
  new: QuoteSide | null;
}

export interface ParagraphSide {
  index: number;
  start: number;
  end: number;
  /** The paragraph's first words, for a one-line view. */
  text: string;
}

export interface ParagraphMove {
  old: ParagraphSide;
  new: ParagraphSide;
}

export interface ParagraphDiff {
  added: ParagraphSide[];
  removed: ParagraphSide[];
  moved: ParagraphMove[];
}

export interface LineDiff {
  old: SourceSpan | null;
  new: SourceSpan | null;
}

/** How the two versions relate, which decides how a moved figure reads. */
export interface VersionContext {
  /** Both are versions in one agency's chain (or nothing says otherwise): cumulative counts should only rise. */
  sameChain: boolean;
  /** The newer one is a correction (CORRECTED slug or a correction signal): a changed figure is corrected. */
  correction: boolean;
  /** Why, in a few words. */
  reason: string;
}

export interface WhatChanged {
  version: 1;
  old: string;
  new: string;
  context: VersionContext;
  headline: LineDiff | null;
  dateline: LineDiff | null;
  figures: FigureDiff[];
  sources: SourceDiff[];
  quotes: QuoteDiff[];
  paragraphs: ParagraphDiff;
}
