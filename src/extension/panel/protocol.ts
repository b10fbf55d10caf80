// The message protocol between the Matching reports webview (media/panel.ts) and the extension, and the
// model the panel renders. Shared by both sides: no `vscode` import, no DOM. Every message the extension
// receives goes through `parseWebviewMessage`; anything that does not validate is dropped (and counted).

/** How two values of one fact compare, in words the panel shows next to an icon (never colour alone). */
export type FactStatus = 'agrees' | 'conflict' | 'only-here' | 'only-there';

export interface FactCell {
  docId: string;
  /** The figure as written ("at least 33,207"). */
  text: string;
  /** "between 1,140 and 1,260". */
  interval: string;
  /** "the Health Ministry (\"according to\")" or "no source found". */
  source: string;
  start: number;
  end: number;
}

export interface FactRow {
  key: string;
  /** What is counted and what happened to it: "hostage · remain". */
  label: string;
  here?: FactCell;
  there?: FactCell;
  status: FactStatus;
  /** ConflictClass when status is 'conflict' ("sources-differ", "both-unattributed"…). */
  conflictClass?: string;
  /** One sentence: what differs and what to decide. */
  explanation?: string;
}

export interface ReportSummary {
  id: string;
  /** File name ("003_d20e….txt"). */
  name: string;
  /** Short label ("004") for narrow columns. */
  short: string;
  agency: string;
  /** How the agency was found: "metadata", "dateline", "credit line", "prose", or "" when unknown. */
  agencyEvidence: string;
  update: number;
  corrected: boolean;
  /** "2024-04-09" or undefined. */
  filed?: string;
  /** Where the filing time came from: "metadata", "date line", "unknown"… */
  filedSource: string;
  /** Headline, or the first sentence when there is none. */
  headline: string;
  headlineIsSentence: boolean;
  /** Story similarity, 0..1. */
  score: number;
  /** figure-conflict findings of the active article that point at this report. */
  conflicts: number;
  /** Aligned facts that disagree (the fact table), shown when no conflict findings exist. */
  factConflicts: number;
  relation: 'version' | 'rewrite' | 'same-story' | 'unrelated';
  /** "rewrite of 000_….txt, 82 % shared", when one is a rewrite or version of the other. */
  badge?: string;
  relationReason: string;
  /** Reports in one family (versions and rewrites of one story) share a number. */
  family: number;
  /** Set on older versions of the same agency's story: the id of the newer one. */
  supersededBy?: string;
  facts: FactRow[];
}

export interface ActiveSummary {
  id: string;
  name: string;
  agency: string;
  agencyEvidence: string;
  filed?: string;
  filedSource: string;
  headline: string;
}

/** One side of a "What changed" line: where it is in that copy. */
export interface WhatChangedSide {
  docId: string;
  start: number;
  end: number;
}

export interface WhatChangedLine {
  kind: 'headline' | 'dateline' | 'figure' | 'source' | 'quote' | 'paragraph';
  /** The change in plain words ("hostages remain: 133 (…) → 129 (…) — updated"). */
  text: string;
  old?: WhatChangedSide;
  new?: WhatChangedSide;
}

/** What changed between the active article and a report (src/core/versions whatChanged), as the panel shows it. */
export interface WhatChangedView {
  activeId: string;
  otherId: string;
  oldId: string;
  newId: string;
  oldName: string;
  newName: string;
  /** How the two relate ("versions in Reuters's chain"). */
  reason: string;
  lines: WhatChangedLine[];
  /** Why there are no lines, when there are none. */
  note?: string;
}

/** A match from the desk's PostgreSQL archive (issue 22): a stored version, not an open article. */
export interface ArchiveReport {
  /** "archive:<row id>": apart from open articles' ids. */
  id: string;
  /** The file's URI as the archive stored its path (it may not be reachable from this machine). */
  uri: string;
  name: string;
  agency: string;
  filed?: string;
  headline: string;
  score: number;
  relation: string;
  withdrawn: boolean;
}

export type PanelState = 'empty' | 'skipped' | 'unchecked' | 'no-matches' | 'matches';

export interface PanelModel {
  state: PanelState;
  /** Why the state is what it is, in one sentence (empty, skipped, no matches). */
  note?: string;
  active?: ActiveSummary;
  reports: ReportSummary[];
  /** Matches from the desk archive, best first (absent when no archive is set or it found none). */
  archive?: ArchiveReport[];
  /** Report to expand and scroll to (Compare With…), once. */
  reveal?: string;
  /** The active article's previous version among the reports (one agency's chain, ordered), if one is known. */
  previousVersion?: string;
  /** Increases with every render. */
  seq: number;
}

// ---- extension → webview ----------------------------------------------------------------------
export type ExtensionMessage = { type: 'render'; model: PanelModel } | { type: 'whatChanged'; view: WhatChangedView };

// ---- webview → extension ----------------------------------------------------------------------
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'open'; docId: string; start: number; end: number }
  | { type: 'compare'; docId: string }
  | { type: 'whatChanged'; docId: string }
  | {
      type: 'rendered';
      seq: number;
      /** Report ids in the order shown. */
      reports: string[];
      /** The rendered text of the header and report lines (textContent), for tests. */
      text: string;
      /** Number of <script> and <img> elements in the document (tests: nothing injected). */
      scripts: number;
      images: number;
    };

const MAX_ID = 4096;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;

/** The message when it is exactly one of the protocol's shapes, else undefined. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  switch (m.type) {
    case 'ready':
      return keys === 'type' ? { type: 'ready' } : undefined;
    case 'open':
      if (keys !== 'docId,end,start,type' || !isId(m.docId) || !isInt(m.start) || !isInt(m.end) || m.end < m.start)
        return undefined;
      return { type: 'open', docId: m.docId, start: m.start, end: m.end };
    case 'compare':
      return keys === 'docId,type' && isId(m.docId) ? { type: 'compare', docId: m.docId } : undefined;
    case 'whatChanged':
      return keys === 'docId,type' && isId(m.docId) ? { type: 'whatChanged', docId: m.docId } : undefined;
    case 'rendered':
      if (keys !== 'images,reports,scripts,seq,text,type') return undefined;
      if (
        !isInt(m.seq) ||
        !isInt(m.scripts) ||
        !isInt(m.images) ||
        typeof m.text !== 'string' ||
        m.text.length > 200_000
      )
        return undefined;
      if (!Array.isArray(m.reports) || m.reports.length > 1000 || !m.reports.every(isId)) return undefined;
      return { type: 'rendered', seq: m.seq, reports: m.reports, text: m.text, scripts: m.scripts, images: m.images };
    default:
      return undefined;
  }
}
