// The review report for the desk chief: one article's figures and their sources, loaded terms, conflicts with
// other reports (with their class) and the matching reports, as Markdown. Pure: built from the Desk, no editor.
import { conflictClassWords } from './conflictWords';
import { detectAgency } from './agency';
import type { CheckConfig } from './config';
import { describeInterval, describeNonClaim, describeSource } from './describe';
import type { Desk } from './desk';
import { editorDate, filedLine } from './facts/table';
import { LineIndex } from './lines';
import type { Finding } from './types';

/** A compared fact, as the panel's alignment (or the shared fact model) gives it. */
export interface ReportFactRow {
  label: string;
  here?: { text: string; source: string };
  there?: { text: string; source: string };
  status: 'agrees' | 'conflict' | 'only-here' | 'only-there';
  conflictClass?: string;
  explanation?: string;
}

export interface ReviewReportOptions {
  config?: CheckConfig;
  /** Findings already computed for the article (the editor's); computed from the desk when absent. */
  findings?: readonly Finding[];
  /** How to name a document (a file name instead of a URI). */
  name?: (id: string) => string;
  /** Aligned facts of the article and one matching report. */
  facts?: (hereId: string, thereId: string) => readonly ReportFactRow[];
  /** The matching reports in the order the editor sees them in the panel (one ranking everywhere); by score when absent. */
  order?: readonly string[];
  /** Time stamp of the report ("generated …"); omitted when undefined (stable output for tests). */
  now?: Date;
}

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Text for Markdown: no markup, HTML or bidi controls survive (they are shown as visible code points). */
export function mdText(s: string): string {
  return s
    .replace(/\r?\n|\r/g, ' ')
    .replace(BIDI, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`)
    .replace(/[\\`*_[\]<>|~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

export { conflictClassWords };

function defaultName(id: string): string {
  return (
    id
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .pop() || id
  );
}

/** First line of every review report: hidden in the preview, and how the editor knows never to check it as an article. */
export const REVIEW_REPORT_MARK = '<!-- Wirecheck review report: not an article -->';

const RULE_NAME: Record<string, string> = {
  'unattributed-figure': 'figure with no source',
  'loaded-term': 'loaded term',
  'figure-conflict': 'conflicting figure',
  'vague-source': 'vague source',
};

/** The Markdown review report of one article on the desk; '' when the desk does not hold it. */
export function reviewReport(desk: Desk, id: string, options: ReviewReportOptions = {}): string {
  const doc = desk.get(id);
  if (!doc) return '';
  const name = options.name ?? defaultName;
  const all = options.findings ?? desk.check(id, options.config);
  const findings = all.filter((f) => !f.ignoredBy);
  const accepted = all.filter((f) => f.ignoredBy);
  const lines = new LineIndex(doc.text);
  const lineOf = (offset: number): number => lines.position(offset).line + 1;
  const meta = doc.analysis.model.meta;
  const agency = detectAgency(doc.analysis.model).primary;
  const out: string[] = [];
  const title =
    meta.headline ?? doc.analysis.model.paragraphs.find((p) => p.kind === 'body')?.sentences[0]?.text ?? name(id);

  out.push(REVIEW_REPORT_MARK, '');
  // A headline reads as a title; a story with none is named by its file, its first sentence quoted below (a short heading prints well).
  const short = !meta.headline || title.length > 120;
  out.push(`# Review report: ${mdText(short ? name(id) : title)}`, '');
  if (short) out.push(`> ${mdText(title.length > 300 ? `${title.slice(0, 299)}…` : title)}`, '');
  out.push(`- **Article:** ${mdText(name(id))}`);
  out.push(
    `- **Agency:** ${agency ? `${mdText(agency.agency)} (from ${agency.evidence}${agency.cue ? `: “${mdText(agency.cue)}”` : ''})` : 'not credited'}`,
  );
  out.push(
    `- **Filed:** ${mdText(
      filedLine(meta.filed, undefined)
        .replace(/^filed /, '')
        .replace(/^filing time unknown$/, 'unknown'),
    )}`,
  );
  if (meta.update > 0) out.push(`- **Update:** ${meta.update}`);
  if (meta.corrected) out.push('- **Corrected:** yes');
  if (meta.dateline) out.push(`- **Dateline:** ${mdText(meta.dateline)}`);
  if (options.now)
    out.push(
      `- **Generated:** ${editorDate(options.now.toISOString())!.replace(/^(\d+ \S+)/, `$1 ${options.now.getUTCFullYear()}`)}`,
    );
  const count = (rule: string): number => findings.filter((f) => f.rule === rule).length;
  out.push(
    '',
    `**${count('unattributed-figure')}** figure(s) with no source · **${count('loaded-term')}** loaded term(s) · **${count('figure-conflict')}** conflict(s) with other reports`,
    '',
  );

  // Figures and their sources.
  out.push('## Figures and their sources', '');
  const claims = doc.analysis.claims.filter((c) => !c.nonClaim);
  if (claims.length === 0) out.push('No figures that make a claim.', '');
  else {
    out.push('| Line | Figure | Claims | Source | Check |', '| ---: | --- | --- | --- | --- |');
    for (const c of claims) {
      const flagged = all.find(
        (f) => f.rule === 'unattributed-figure' && f.start <= c.figure.start && f.end >= c.figure.end,
      );
      const what = c.figure.noun ? `${c.figure.text} ${c.figure.noun}` : c.figure.text;
      const check = flagged?.ignoredBy
        ? '✓ accepted by the desk'
        : flagged
          ? flagged.severity === 'warning' || flagged.severity === 'error'
            ? '⚠ needs a source'
            : 'ℹ note'
          : c.background
            ? 'background'
            : '✓';
      out.push(
        `| ${lineOf(c.figure.start)} | ${mdText(what)} | ${mdText(describeInterval(c.figure))} | ${mdText(describeSource(c.attribution))} | ${check} |`,
      );
    }
    out.push('');
  }
  const skipped = doc.analysis.claims.filter((c) => c.nonClaim && c.nonClaim !== 'furniture');
  if (skipped.length > 0) {
    out.push(`<details><summary>${skipped.length} number(s) not treated as claims</summary>`, '');
    for (const c of skipped)
      out.push(`- line ${lineOf(c.figure.start)}: ${mdText(c.figure.text)} — ${mdText(describeNonClaim(c) ?? '')}`);
    out.push('', '</details>', '');
  }

  // Loaded terms.
  out.push('## Loaded terms', '');
  const terms = findings.filter((f) => f.rule === 'loaded-term');
  if (terms.length === 0) out.push('None found.', '');
  else {
    for (const f of terms) {
      const alt =
        f.suggestions.length > 0
          ? ` Suggested: ${f.suggestions
              .slice(0, 3)
              .map((s) => `“${mdText(s)}”`)
              .join(', ')}.`
          : '';
      out.push(
        `- line ${lineOf(f.start)}, “${mdText(doc.text.slice(f.start, f.end))}” (${f.severity}): ${mdText(f.message)}${alt}`,
      );
    }
    out.push('');
  }

  // Conflicts.
  out.push('## Conflicts with other reports', '');
  const conflicts = findings.filter((f) => f.rule === 'figure-conflict');
  const order = options.order;
  const at = (m: { id: string }): number => (order ? (order.indexOf(m.id) + order.length + 1) % (order.length + 1) : 0);
  const matches = order ? [...desk.matches(id)].sort((a, b) => at(a) - at(b)) : desk.matches(id);
  const factRows = new Map(matches.map((m) => [m.id, options.facts?.(id, m.id) ?? []]));
  const alignedConflicts = [...factRows.entries()].flatMap(([other, rows]) =>
    rows.filter((r) => r.status === 'conflict').map((r) => ({ other, r })),
  );
  if (conflicts.length === 0 && alignedConflicts.length === 0) out.push('None found.', '');
  // The aligned facts read best as a table (both values, both sources, the class); rule messages are the fallback.
  if (alignedConflicts.length > 0) {
    out.push(
      '| Fact | Here | Source here | Report | There | Source there | Class |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const { other, r } of alignedConflicts) {
      out.push(
        `| ${mdText(r.label)} | ${mdText(r.here?.text ?? '')} | ${mdText(r.here?.source ?? 'no source')} | ${mdText(name(other))} | ${mdText(r.there?.text ?? '')} | ${mdText(r.there?.source ?? 'no source')} | ${mdText(conflictClassWords(r.conflictClass))} |`,
      );
    }
  } else {
    for (const f of conflicts) {
      const where = f.related
        .map(
          (r) =>
            `${mdText(name(r.docId))} line ${desk.get(r.docId) ? new LineIndex(desk.get(r.docId)!.text).position(r.start).line + 1 : '?'} (“${mdText(r.text)}”)`,
        )
        .join('; ');
      out.push(
        `- line ${lineOf(f.start)}, “${mdText(doc.text.slice(f.start, f.end))}”: ${mdText(f.message)}${where ? ` — see ${where}` : ''}`,
      );
    }
  }
  out.push('');

  // What the desk chose to accept: hidden from the editor's warnings, never from the record.
  if (accepted.length > 0) {
    out.push('## Accepted by the desk', '');
    for (const f of accepted)
      out.push(
        `- line ${lineOf(f.start)}, “${mdText(doc.text.slice(f.start, f.end))}” (${RULE_NAME[f.rule] ?? f.rule}): accepted by the desk — ${mdText(f.ignoredBy!)}`,
      );
    out.push('');
  }

  // Matching reports.
  out.push('## Matching reports', '');
  if (matches.length === 0) out.push('No other open article reports this story.', '');
  else {
    out.push(
      '| Report | Agency | Filed | Relation | Similarity | Conflicts |',
      '| --- | --- | --- | --- | ---: | ---: |',
    );
    for (const m of matches) {
      const other = desk.get(m.id);
      const om = other?.analysis.model.meta ?? { filed: undefined, update: 0 };
      // A desk-folder story is matched without being open: no analysis, so its agency is not known here.
      const oa = other ? detectAgency(other.analysis.model).primary : { agency: '?' };
      const rel = desk.relation(id, m.id);
      const n =
        conflicts.filter((f) => f.related.some((r) => r.docId === m.id)).length ||
        (factRows.get(m.id) ?? []).filter((r) => r.status === 'conflict').length;
      const filed = other ? (editorDate(om.filed) ?? 'unknown') : 'desk folder, not open';
      const upd = om.update > 0 ? ` UPDATE ${om.update}` : '';
      out.push(
        `| ${mdText(name(m.id))} | ${mdText((oa?.agency ?? '?') + upd)} | ${mdText(filed)} | ${mdText(rel?.reason ?? '')} | ${Math.round(m.score * 100)} % | ${n} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
