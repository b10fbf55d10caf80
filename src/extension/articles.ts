// Which documents are articles, and the set of open articles taken from the editor tabs.
import * as vscode from 'vscode';
import { notProseReason } from '../core/input';
import { REVIEW_REPORT_MARK } from '../core/reviewReport';
import type { Settings } from './settings';
import { WIRE_LANGUAGES, wireEligibility } from './wireDocuments';

const SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);

export type Eligibility = { ok: true } | { ok: false; reason: string; quiet: boolean };

/** A review report Wirecheck wrote (its first line is the mark): never checked as an article. */
export function isReviewReport(start: string): boolean {
  return start.replace(/^\uFEFF/, '').startsWith(REVIEW_REPORT_MARK);
}

/** Cheap checks first (scheme, language, globs, size), the prose test last. */
export function eligibility(doc: vscode.TextDocument, settings: Settings): Eligibility {
  if (!settings.enable) return { ok: false, reason: 'Wirecheck is disabled', quiet: true };
  if (!SCHEMES.has(doc.uri.scheme)) return { ok: false, reason: `scheme ${doc.uri.scheme}`, quiet: true };
  if (!settings.languages.includes(doc.languageId)) return { ok: false, reason: `language ${doc.languageId}`, quiet: true };
  if (doc.uri.scheme !== 'untitled') {
    if (settings.exclude.some((g) => vscode.languages.match({ pattern: g }, doc) > 0)) return { ok: false, reason: 'excluded by wirecheck.exclude', quiet: true };
    if (settings.include.length > 0 && !settings.include.some((g) => vscode.languages.match({ pattern: g }, doc) > 0)) {
      return { ok: false, reason: 'not in wirecheck.include', quiet: true };
    }
  }
  if (isReviewReport(doc.getText(new vscode.Range(0, 0, 0, 200)))) return { ok: false, reason: 'a Wirecheck review report, not an article', quiet: true };
  const size = Buffer.byteLength(doc.getText(), 'utf8');
  if (size > settings.maxFileBytes) {
    return { ok: false, reason: `too large: ${Math.round(size / 1024)} KB (wirecheck.maxFileSizeKB is ${Math.round(settings.maxFileBytes / 1024)})`, quiet: false };
  }
  if (WIRE_LANGUAGES.has(doc.languageId)) return wireEligibility(doc);
  // Files the user named explicitly by include globs skip the prose test.
  if (settings.include.length === 0 && doc.languageId === 'plaintext') {
    const reason = notProseReason(doc.getText());
    if (reason) return { ok: false, reason, quiet: false };
  }
  return { ok: true };
}

/** URIs of documents shown in editor tabs: text tabs and the modified side of diffs; never git: or diff left sides. */
export function tabUris(): vscode.Uri[] {
  const uris = new Map<string, vscode.Uri>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      const uri = input instanceof vscode.TabInputText ? input.uri : input instanceof vscode.TabInputTextDiff ? input.modified : undefined;
      if (uri && SCHEMES.has(uri.scheme)) uris.set(uri.toString(), uri);
    }
  }
  return [...uris.values()];
}

/** The article the editor is looking at is checked first: its warnings are the ones a reload makes the desk wait for. */
export function activeFirst(uris: readonly vscode.Uri[]): vscode.Uri[] {
  const active = (vscode.window.activeTextEditor?.document.uri ?? activeTabUri())?.toString();
  return [...uris].sort((a, b) => Number(b.toString() === active) - Number(a.toString() === active));
}

export function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText ? input.uri : undefined;
}
