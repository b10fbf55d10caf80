// Which documents are articles, and the set of open articles taken from the editor tabs.
import * as vscode from 'vscode';
import { eligibility as coreEligibility, isReviewReport } from '../core/eligibility';
import type { Settings } from './settings';
import { wireEligibility } from './wireDocuments';

const SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);

export type Eligibility = { ok: true } | { ok: false; reason: string; quiet: boolean };
export { isReviewReport };

/** The document as the one eligibility test (src/core/eligibility.ts) sees it; agency files are then sniffed. */
export function eligibility(doc: vscode.TextDocument, settings: Settings): Eligibility {
  const verdict = coreEligibility(
    {
      path: doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.path,
      relativePath: doc.uri.scheme === 'untitled' ? undefined : vscode.workspace.asRelativePath(doc.uri, false),
      scheme: doc.uri.scheme,
      languageId: doc.languageId,
      text: () => doc.getText(),
    },
    settings,
  );
  if (!verdict.ok) return verdict;
  return verdict.wire ? wireEligibility(doc) : { ok: true };
}

/** The document a tab shows: a text tab's, or a diff's modified side (never its left side); else none. */
export function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri;
  return input instanceof vscode.TabInputTextDiff ? input.modified : undefined;
}

/** URIs of documents shown in editor tabs: text tabs and the modified side of diffs; never git: or diff left sides. */
export function tabUris(): vscode.Uri[] {
  const uris = new Map<string, vscode.Uri>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const uri = tabUri(tab);
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
