// The CLI's output: a stable JSON shape (version 1; later checks add fields, never rename) and a text form.
import { relative } from 'node:path';
import type { Desk } from '../core/desk';
import { LineIndex } from '../core/lines';
import type { Finding } from '../core/types';
import { VERSION } from '../core/version';

export interface JsonFinding {
  rule: string;
  severity: string;
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  text: string;
  message: string;
  suggestions: string[];
  related: {
    path: string;
    start: number;
    end: number;
    text: string;
    message: string;
    report?: string;
    conflict?: string;
  }[];
  docs: string;
}

export interface JsonDocument {
  path: string;
  skipped: string | null;
  findings: JsonFinding[];
  matches: { path: string; score: number; relation?: string; shared?: number; via?: string }[];
}

export interface JsonReport {
  version: 1;
  tool: { name: 'wirecheck'; version: string };
  documents: JsonDocument[];
}

export interface InputDocument {
  path: string;
  skipped: string | null;
}

/** Findings hidden by the workspace file are left out of the report and of --fail-on. */
export function buildReport(desk: Desk, inputs: readonly InputDocument[]): JsonReport {
  const documents = inputs.map((input): JsonDocument => {
    try {
      return documentReport(desk, input);
    } catch (e) {
      // One article's failure is its own skip reason; the others are still reported.
      return {
        path: input.path,
        skipped: `internal error while checking: ${e instanceof Error ? e.message : String(e)}`,
        findings: [],
        matches: [],
      };
    }
  });
  return { version: 1, tool: { name: 'wirecheck', version: VERSION }, documents };
}

function documentReport(desk: Desk, input: InputDocument): JsonDocument {
  const doc = input.skipped ? undefined : desk.get(input.path);
  if (!doc) return { path: input.path, skipped: input.skipped ?? 'not analysed', findings: [], matches: [] };
  const lines = new LineIndex(doc.text);
  const findings = desk
    .check(input.path)
    .filter((f) => !f.ignoredBy)
    .map((f) => toJson(f, doc.text, lines));
  const matches = desk.matches(input.path).map((m) => {
    const rel = desk.relation(input.path, m.id);
    return {
      path: m.id,
      score: round(m.score),
      ...(rel && rel.kind !== 'same-story' && rel.kind !== 'unrelated'
        ? { relation: rel.kind, shared: round(rel.shared) }
        : {}),
      ...(m.via ? { via: m.via } : {}),
    };
  });
  return { path: input.path, skipped: null, findings, matches };
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function toJson(f: Finding, text: string, lines: LineIndex): JsonFinding {
  const s = lines.position(f.start);
  const e = lines.position(f.end);
  return {
    rule: f.rule,
    severity: f.severity,
    start: f.start,
    end: f.end,
    line: s.line,
    character: s.character,
    endLine: e.line,
    endCharacter: e.character,
    text: text.slice(f.start, f.end),
    message: f.message,
    suggestions: f.suggestions,
    related: f.related.map((r) => ({
      path: r.docId,
      start: r.start,
      end: r.end,
      text: r.text,
      message: r.message,
      ...(r.report ? { report: r.report } : {}),
      ...(r.conflict ? { conflict: r.conflict } : {}),
    })),
    docs: f.docs,
  };
}

/** Human-readable: `path:line:col severity rule message`, one per line, then a summary. */
export function formatText(report: JsonReport, cwd: string): string {
  const out: string[] = [];
  const counts: Record<string, number> = {};
  for (const d of report.documents) {
    const shown = relative(cwd, d.path) || d.path;
    if (d.skipped) {
      out.push(`${shown}: skipped (${d.skipped})`);
      continue;
    }
    for (const f of d.findings) {
      counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      out.push(`${shown}:${f.line + 1}:${f.character + 1} ${f.severity} ${f.rule} ${f.message}`);
      for (const r of f.related) out.push(`    see ${relative(cwd, r.path) || r.path} @${r.start}: "${r.text}"`);
    }
    if (d.matches.length > 0) {
      const list = d.matches.map(
        (m) =>
          `${relative(cwd, m.path) || m.path} (${m.score.toFixed(2)}${m.relation ? `, ${m.relation} ${Math.round((m.shared ?? 0) * 100)} % shared` : ''}${m.via ? `, through ${relative(cwd, m.via) || m.via}` : ''})`,
      );
      out.push(`${shown}: same story as ${list.join(', ')}`);
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = Object.entries(counts).map(([k, v]) => `${v} ${k}`);
  out.push(`${report.documents.length} document(s), ${total} finding(s)${parts.length ? `: ${parts.join(', ')}` : ''}`);
  return out.join('\n');
}
