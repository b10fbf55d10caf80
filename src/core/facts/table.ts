// The fact table for the side panel and the hover lines on a figure: what every other open report says about the same fact.
import type { DocumentAnalysis } from '../analyze';
import type { Peer } from '../rules/rule';
import { CLASS_LABEL, compareFacts, DECISION } from './compare';
import { factIndex } from './facts';
import type { ConflictClass, Fact } from './types';

/** One report's figure for a fact, as the panel shows it. */
export interface FactCell {
  docId: string;
  /** True for the article the table was built for. */
  self: boolean;
  /** The figure as written ("around 1,200"), its offsets in that report, and the interval it allows. */
  text: string;
  start: number;
  end: number;
  low: number;
  high: number;
  /** Who gives it; undefined when unattributed. */
  source?: string;
  filed?: string;
  filedSource: Fact['filedSource'];
  /** Against the self figure: undefined for self and for agreeing reports. */
  conflict?: ConflictClass;
}

/** One fact of the self article with every open report's figure for it (self first). */
export interface FactRow {
  key: string;
  /** "people killed in the 7 October attack". */
  label: string;
  cells: FactCell[];
  /** True when any other report's figure disagrees with the self figure. */
  disagrees: boolean;
}

/**
 * A source is a noun phrase that reports: a lone lower-case word that is not a plural or a body that speaks ("drop",
 * from "…and drop plans to storm Rafah") is a misread verb, and is shown as no source rather than as a source.
 */
export function reportingSource(source: string | undefined): string | undefined {
  if (!source) return undefined;
  const s = source.trim();
  if (/\s/.test(s) || /^\p{Lu}/u.test(s)) return s;
  return /(?:s|police|army|military|government|ministry|staff|media|press|agency|council|committee|court)$/i.test(s)
    ? s
    : undefined;
}

function cell(f: Fact, self: boolean, conflict?: ConflictClass): FactCell {
  const c = f.claim.figure;
  return {
    docId: f.docId,
    self,
    text: c.text,
    start: c.start,
    end: c.end,
    low: f.low,
    high: f.high,
    source: reportingSource(f.source),
    filed: f.filed,
    filedSource: f.filedSource,
    conflict,
  };
}

/**
 * Two facts are one row only when both count the same thing in the reporter's voice: a figure inside a quotation is
 * the speaker's, said in the speaker's terms ("the 133 Israeli hostages can be released" counts hostages still held),
 * so it keeps a row of its own.
 */
export function comparable(x: Fact, y: Fact): boolean {
  return !x.claim.inQuote && !y.claim.inQuote;
}

/** Peer facts of the same fact as `x`, one per distinct value and source in each peer. */
function peerFacts(x: Fact, peers: readonly Peer[], selfText: string): Fact[] {
  const out: Fact[] = [];
  if (x.claim.inQuote) return out;
  for (const p of peers) {
    if (p.analysis.model.text === selfText) continue;
    const seen = new Set<string>();
    for (const y of factIndex(p.id, p.analysis).byKey.get(x.key) ?? []) {
      if (!comparable(x, y)) continue;
      const id = `${y.low}|${y.high}|${y.source ?? ''}`;
      if (!seen.has(id)) out.push(y);
      seen.add(id);
    }
  }
  return out;
}

/** Rows for every compared fact of `self` (one row per distinct figure; secondary figures left out), with each peer's figure for the same fact. */
export function factTable(self: { id: string; analysis: DocumentAnalysis }, peers: Peer[]): FactRow[] {
  const rows: FactRow[] = [];
  const seen = new Set<string>();
  for (const x of factIndex(self.id, self.analysis).facts) {
    if (x.secondary) continue;
    const id = `${x.key}|${x.claim.figure.text}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const cells = [cell(x, true)];
    for (const y of peerFacts(x, peers, self.analysis.model.text))
      cells.push(cell(y, false, compareFacts(x, y).conflict));
    // A quoted figure is the speaker's, in the speaker's terms: its row says so instead of naming a fact it may not be.
    const label = x.claim.inQuote
      ? `${x.claim.figure.noun ?? 'figure'} in a quotation${reportingSource(x.source) ? ` (${reportingSource(x.source)})` : ''}`
      : plainLabel(x.label ?? x.key);
    rows.push({
      key: x.claim.inQuote ? `${x.key}|quoted:${x.claim.figure.start}` : x.key,
      label,
      cells,
      disagrees: cells.some((c) => c.conflict),
    });
  }
  return rows;
}

const md = (s: string): string => s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
export const shortName = (id: string): string => decodeURIComponent(id.split(/[\\/]/).pop() ?? id);

/** Markdown lines for the hover on the figure starting at `claimStart`: each other report's figure for the same fact. */
export function describeOtherReports(
  self: { id: string; analysis: DocumentAnalysis },
  peers: Peer[],
  claimStart: number,
): string[] {
  const x = factIndex(self.id, self.analysis).facts.find((f) => f.claim.figure.start === claimStart);
  if (!x) return [];
  if (x.secondary)
    return [
      `Not compared with other reports: this article gives a larger figure for ${md(x.label ?? x.key)}, so this one reads as a sub-count; the larger figure is compared.`,
    ];
  const others = peerFacts(x, peers, self.analysis.model.text);
  if (others.length === 0) return [];
  const lines = [`**Other open reports** on ${md(x.label ?? x.key)}:`];
  for (const y of others) {
    const c = compareFacts(x, y);
    const said = `\`${y.claim.figure.text}\` — ${md(reportingSource(y.source) ?? 'no source')}, ${md(filedLine(y.filed, undefined))}`;
    const verdict = c.conflict
      ? `**disagrees** (${CLASS_LABEL[c.conflict]}): ${md(DECISION[c.conflict])}`
      : 'agrees within hedges and rounding';
    lines.push(`- ${md(shortName(y.docId))}: ${said} — ${verdict}`);
  }
  return lines;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-04-09T09:12:00Z" → "9 Apr 09:12 GMT"; "2024-04-09" → "9 Apr"; undefined when not a date. */
export function editorDate(filed: string | undefined): string | undefined {
  const m = filed ? /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(filed) : null;
  if (!m) return undefined;
  const day = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]}`;
  return m[4] ? `${day} ${m[4]}:${m[5]} GMT` : day;
}

/** How an editor names a report: its agency (or file name) and filing day, "Reuters, 9 Apr". */
export function reportName(id: string, meta: { agency?: string; filed?: string } | undefined): string {
  const who = meta?.agency ?? shortName(id).replace(/\.(?:txt|text|md|markdown)$/i, '');
  const when = editorDate(meta?.filed);
  return when ? `${who}, ${when.replace(/ \d{2}:\d{2} GMT$/, '')}` : who;
}

/** "filed 9 Apr 09:12 GMT · Reuters", or "filing time unknown · Reuters"; an agency item adds " · version 3". */
export function filedLine(filed: string | undefined, agency: string | undefined, version?: string): string {
  const when = editorDate(filed);
  return `${when ? `filed ${when}` : 'filing time unknown'}${agency ? ` · ${agency}` : ''}${version ? ` · version ${version}` : ''}`;
}

/** Scope words as an editor reads them: grammar ("of whom") dropped, "into southern Israel" → "in southern Israel". */
export function plainScope(scope: readonly string[]): string[] {
  return scope.filter((s) => !/^of (?:whom|them|which)$/i.test(s)).map((s) => s.replace(/^into\b/i, 'in'));
}

/** One line for the top of a hover: "Other reports: AFP, 8 Apr: 129 — agrees; Reuters, 9 Apr: 133 — disagrees (both unattributed)". */
export function otherReportsLine(
  self: { id: string; analysis: DocumentAnalysis },
  peers: Peer[],
  claimStart: number,
): string | undefined {
  const x = factIndex(self.id, self.analysis).facts.find((f) => f.claim.figure.start === claimStart);
  if (!x || x.secondary) return undefined;
  const others = peerFacts(x, peers, self.analysis.model.text);
  if (others.length === 0) return undefined;
  const meta = new Map(peers.map((p) => [p.id, p.analysis.model.meta]));
  const parts = others.map((y) => {
    const c = compareFacts(x, y);
    return `${md(reportName(y.docId, meta.get(y.docId)))}: \`${y.claim.figure.text}\` — ${c.conflict ? `**disagrees** (${CLASS_LABEL[c.conflict]})` : 'agrees'}`;
  });
  return `**Other reports:** ${parts.join('; ')}`;
}

/** A fact's name as an editor reads it: "people living there (rafah)" → "people living in Rafah"; a bare frame in brackets becomes "in …". */
export function plainLabel(label: string): string {
  const m = /^(.*?)\s*\(([\p{L} .'’-]+)\)$/u.exec(label);
  if (!m) return label;
  const place = m[2]!.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return /\bthere$/.test(m[1]!) ? `${m[1]!.replace(/\s*there$/, '')} in ${place}` : `${m[1]} in ${place}`;
}
