// The extension's log output channel (Output ▸ Wirecheck): what was checked, skipped and why, and how long it took.
import * as vscode from 'vscode';

export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Wirecheck', { log: true });
}
