// Status bar item for the active article: counts of findings, or why it was skipped. Clicking opens the panel.
import * as vscode from 'vscode';
import type { Checker } from './checker';
import { tallyText } from './ruleNames';

export function createStatusBar(checker: Checker, command: string): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('wirecheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Wirecheck';
  item.command = command;
  const update = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) {
      item.hide();
      return;
    }
    const skipped = checker.skipReason(doc.uri);
    if (skipped) {
      item.text = '$(circle-slash) Wirecheck: skipped';
      item.tooltip = `Wirecheck did not check this document: ${skipped}`;
      item.show();
      return;
    }
    const result = checker.result(doc.uri);
    if (!result) {
      item.hide();
      return;
    }
    const shown = result.findings.filter((f) => !f.ignoredBy);
    const matches = checker.desk.matches(doc.uri.toString()).length;
    item.text = `$(checklist) ${tallyText(shown, matches)}`;
    item.tooltip = 'Wirecheck: open the Matching reports panel';
    item.show();
  };
  update();
  return [item, vscode.window.onDidChangeActiveTextEditor(update), checker.onDidCheck(update)];
}
