// Shared shapes of the pure engine. Every offset is a UTF-16 code-unit index into the document text.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Lower rank = more severe; used by --fail-on and severity overrides. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export interface Span {
  start: number;
  end: number;
}

/** Parts of a story that are not body prose: kept, shown, but not analysed as reporter's sentences. */
export type FurnitureKind =
  | 'metadata'
  | 'headline'
  | 'crosshead'
  | 'rule'
  | 'slug'
  | 'adds'
  | 'corrected'
  | 'dateline'
  | 'caption'
  | 'credit'
  /** A line holding only a date ("Mon Apr 08 2024"). */
  | 'dateOnly';

export interface Furniture extends Span {
  kind: FurnitureKind;
  text: string;
}

export interface Quote extends Span {
  /** Offsets of the quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  /** True when the quote runs past the end of its paragraph with no closing mark. */
  runsOn: boolean;
}

export interface Sentence extends Span {
  text: string;
  /** Quotations that overlap this sentence, clipped to it. */
  quotes: Span[];
}

export type ParagraphKind = 'body' | 'headline';

export interface Paragraph extends Span {
  kind: ParagraphKind;
  text: string;
  /** Cheap stable hash of the text plus the quote state entering it: the per-paragraph cache key. */
  key: string;
  sentences: Sentence[];
  quotes: Quote[];
}

/** Where a story's filing time came from, for the editor to weigh. */
export type FiledSource = 'metadata' | 'dateline' | 'date line' | 'file time' | 'unknown';

export interface StoryMeta {
  /** ISO date (YYYY-MM-DD) or full ISO timestamp when known. */
  filed?: string;
  filedSource: FiledSource;
  headline?: string;
  /** Agency credited in the dateline or credit lines: "AFP", "Reuters", "AP", "Al Jazeera"… */
  agency?: string;
  /** UPDATE number from a slug ("UPDATE 2-"), 0 when none. */
  update: number;
  corrected: boolean;
  dateline?: string;
  /** What an agency's item (NewsML-G2, NITF, ninjs) says about its status; absent for plain text. */
  wire?: WireStatus;
}

/** Identity and status of an agency item, read by the wire-status rule. */
export interface WireStatus {
  guid?: string;
  version?: string;
  provider?: string;
  pubStatus?: 'usable' | 'withheld' | 'canceled';
  /** ISO time before which the item must not be published. */
  embargoed?: string;
  /** NewsML-G2 signals without their scheme: "update", "correction"… */
  signals?: string[];
  edNote?: string;
  /** NITF du-key: the key shared by the versions of one story. */
  duKey?: string;
}

export interface ArticleModel {
  text: string;
  /** The text with masked regions (code blocks, front matter, URLs) blanked to spaces, same length. */
  masked: string;
  furniture: Furniture[];
  paragraphs: Paragraph[];
  meta: StoryMeta;
}

/** A number stated in the text, with the interval it claims. */
export type FigureKind = 'count' | 'money' | 'percent' | 'share' | 'vague' | 'range';

export interface Figure extends Span {
  text: string;
  kind: FigureKind;
  /** The central value (for a vague figure, a nominal lower bound such as 2000 for "thousands"). */
  value: number;
  /** Interval the wording allows, from hedges, ranges and rounding. */
  low: number;
  high: number;
  /** Hedge word(s) as written: "at least", "more than", "around"… */
  hedge?: string;
  /** Currency symbol or code for money. */
  currency?: string;
  /** Scale word used: "million", "bn"… */
  scale?: string;
  /** Head noun of what is counted ("people", "hostages") as written, and lower-case lemma. */
  noun?: string;
  nounLemma?: string;
  /** Offsets of the counted noun, when found. */
  nounSpan?: Span;
  /** Main verb near the figure ("killed", "remain", "seized") as lower-case lemma. */
  verb?: string;
}

/** Why a number is not a claim (kept for hovers and eval explanations). */
export type NonClaimReason =
  | 'date'
  | 'year'
  | 'time'
  | 'duration'
  | 'age'
  | 'ordinal'
  | 'name'
  | 'list-number'
  | 'speaker-count'
  | 'quoted'
  | 'furniture'
  | 'institutional-constant'
  | 'election-calendar'
  | 'court-split'
  | 'named-items'
  | 'market-price'
  | 'sports-result'
  | 'hypothetical'
  | 'document-length'
  | 'biography'
  | 'rank';

export type AttributionKind = 'in-sentence' | 'carried' | 'paragraph-final' | 'headline-colon' | 'quoted' | 'vague';

export interface Attribution {
  kind: AttributionKind;
  /** Who is the source, as written ("the Health Ministry", "Israeli tallies"). */
  source: string;
  /** The cue words found ("according to", "said"). */
  cue: string;
  cueSpan?: Span;
  /** For a source carried across sentences: where it was found, for the hover ("the poll named two sentences up"). */
  via?: string;
}

/** A figure after claim filtering and attribution, as the rules and fact model see it. */
export interface FigureClaim {
  figure: Figure;
  sentence: Sentence;
  /** Hash of the sentence text: the stable part of ignore keys and fact identities. */
  sentenceHash: string;
  paragraphIndex: number;
  inHeadline: boolean;
  inQuote: boolean;
  nonClaim?: NonClaimReason;
  attribution?: Attribution;
  /** Background figures (population, area) are information-level. */
  background: boolean;
}

export interface RelatedLocation extends Span {
  /** Document id (a URI string in the editor, the path as given in the CLI). */
  docId: string;
  text: string;
  message: string;
  /** How the editor names that report ("Reuters, 9 Apr"), when the rule knows it. */
  report?: string;
  /** figure-conflict: this pair's conflict class and the key that ignores this pair alone. */
  conflict?: string;
  ignoreKey?: string;
}

/** A concrete edit a quick fix applies; `snippet` is the same text with placeholders for the editor. */
export interface FixEdit extends Span {
  title: string;
  text: string;
  snippet?: string;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  /** Replacement texts for the range, best first (quick fixes). */
  suggestions: string[];
  /** Rule docs page and anchor, relative to the extension root: "docs/rules/<id>.md#anchor". */
  docs: string;
  related: RelatedLocation[];
  /** Stable key for "ignore in this workspace" (never offsets). */
  ignoreKey?: string;
  /** Set when a workspace ignore entry hid this finding; such findings are not reported as problems. */
  ignoredBy?: string;
  /** Edits beyond plain replacement of the range (insertions elsewhere in the sentence). */
  fixes?: FixEdit[];
  /** The editor's document version the finding was computed on, stamped by the Desk (absent outside the editor). */
  version?: number;
}
