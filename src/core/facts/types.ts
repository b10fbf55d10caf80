// The fact model's contract: figures as comparable facts, and how two reports of one fact compare.
import type { FiledSource, FigureClaim } from '../types';

export interface Fact {
  docId: string;
  claim: FigureClaim;
  /** What is counted, normalised with equivalents (captives ≈ hostages → "hostage"; deaths ≈ killed ≈ dead). */
  counted: string;
  /** What happened to it: "killed", "seized", "held", "displaced", "injured", "damage", "population"… */
  predicate: string;
  /** Scope words that narrow the fact: "of whom", "in combat", "in Gaza", "since October 7". */
  scope: string[];
  /** Event or time anchor ("oct-7-attack", "war", "truce"), when one is stated. */
  anchor?: string;
  /** Interval from hedge and rounding. */
  low: number;
  high: number;
  /** Who gives the figure (a quotation's speaker for quoted figures), undefined when unattributed. */
  source?: string;
  /** Filing time of the story and where it came from. */
  filed?: string;
  filedSource: FiledSource;
  /** Alignment identity: facts with equal keys are the same fact (never built from the value). */
  key: string;
  /** Reader's name for the fact ("people killed in the 7 October attack"), for messages and the panel. */
  label?: string;
  /** Disjoint from the article's first figure for the same key (a sub-count or another event): shown, never compared. */
  secondary?: boolean;
  /** A singular victim named after the lead ("injuring a woman inside"): at least one, not a toll; agrees with any larger count. */
  weak?: boolean;
}

export type ConflictClass =
  'sources-differ' | 'same-source' | 'scope-differs' | 'update' | 'one-unattributed' | 'both-unattributed';

/** Two reports of the same fact, compared. */
export interface FactComparison {
  a: Fact;
  b: Fact;
  compatible: boolean;
  /** Set when not compatible. */
  conflict?: ConflictClass;
  /** One sentence for the editor: what differs and what to decide. */
  explanation: string;
}
