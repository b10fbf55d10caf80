// Finding lookups for providers: only results computed on the document's current version are ever used.
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import type { Checker } from './checker';

/** Findings of `doc` overlapping `range` — none when the stored result is for another version. */
export function currentFindings(checker: Checker, doc: vscode.TextDocument, range?: vscode.Range): Finding[] {
  const result = checker.result(doc.uri);
  if (!result || result.version !== doc.version) return [];
  // Each finding carries the version the Desk computed it on (a wire document's items too).
  const current = result.findings.filter((f) => f.version === undefined || f.version === doc.version);
  if (!range) return current;
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  return current.filter((f) => f.start <= end && f.end >= start);
}

/** The finding a diagnostic came from: same rule and same range on the same version. */
export function findingOf(
  checker: Checker,
  doc: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
): Finding | undefined {
  const rule = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
  const start = doc.offsetAt(diagnostic.range.start);
  const end = doc.offsetAt(diagnostic.range.end);
  return currentFindings(checker, doc).find(
    (f) => f.rule === rule && f.start === start && f.end === end && !f.ignoredBy,
  );
}
