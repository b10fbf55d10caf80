// Document and tab lifecycle → checker: open tabs are the open articles; closing a tab clears its diagnostics.
import * as vscode from 'vscode';
import { tabUri, tabUris } from './articles';
import type { Checker } from './checker';

function isOpenInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return tabUris().some((u) => u.toString() === key);
}

export function registerDocumentEvents(checker: Checker): vscode.Disposable[] {
  const tracked = (doc: vscode.TextDocument): boolean =>
    checker.desk.get(doc.uri.toString()) !== undefined || checker.skipReason(doc.uri) !== undefined;
  return [
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (isOpenInTab(doc.uri)) checker.schedule(doc, true);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && (tracked(e.document) || isOpenInTab(e.document.uri)))
        checker.schedule(e.document, false);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (tracked(doc) || isOpenInTab(doc.uri)) checker.schedule(doc, true);
    }),
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      const open = new Set(tabUris().map((u) => u.toString()));
      for (const tab of e.closed) {
        const uri = tabUri(tab);
        if (uri && !open.has(uri.toString())) checker.forget(uri);
      }
      for (const tab of [...e.opened, ...e.changed]) {
        const uri = tabUri(tab);
        if (!uri || checker.result(uri) || checker.skipReason(uri)) continue;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc) checker.schedule(doc, true);
        else void checker.checkUnloaded(uri);
      }
    }),
    // A language change (plaintext → markdown) or a rename arrives as close + open of the document.
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (!isOpenInTab(doc.uri) && tracked(doc)) checker.forget(doc.uri);
    }),
  ];
}
