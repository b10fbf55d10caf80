// Registers the Matching reports view, the desk's commands and (in test runs) hooks for the real-editor tests.
import * as vscode from 'vscode';
import type { Checker } from '../checker';
import { registerDeskCommands } from '../deskCommands';
import { MatchingReportsProvider, VIEW_ID } from './provider';

export { MatchingReportsProvider, VIEW_ID } from './provider';
export type { PanelSnapshot } from './provider';

/** Test-only command: the live panel provider (snapshot, whenRendered, receive). Registered outside production. */
export const PANEL_TEST_COMMAND = 'wirecheck.test.panel';

export function registerMatchingReports(context: vscode.ExtensionContext, checker: Checker): vscode.Disposable[] {
  const provider = new MatchingReportsProvider(context.extensionUri, checker);
  const disposables: vscode.Disposable[] = [
    provider,
    // No retainContextWhenHidden: the webview keeps its expanded rows with getState/setState and is re-fed on show.
    vscode.window.registerWebviewViewProvider(VIEW_ID, provider),
    ...registerDeskCommands(checker, provider),
  ];
  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    disposables.push(vscode.commands.registerCommand(PANEL_TEST_COMMAND, () => provider));
  }
  return disposables;
}
