// Quick fixes for Wirecheck diagnostics. Every edit goes through wirecheck.applyFix, which refuses to touch a
// document whose version moved on since the finding was computed.
import * as vscode from 'vscode';
import type { Checker } from './checker';
import { findingOf } from './findings';

export interface FixArgs {
  uri: string;
  version: number;
  edits: { start: number; end: number; text: string; snippet?: string }[];
}

export class WirecheckCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly checker: Checker) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'Wirecheck') continue;
      const finding = findingOf(this.checker, doc, diagnostic);
      if (!finding) continue;
      const fix = (title: string, edits: FixArgs['edits'], preferred: boolean): void => {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = preferred;
        action.command = { title, command: 'wirecheck.applyFix', arguments: [{ uri: doc.uri.toString(), version: doc.version, edits } satisfies FixArgs] };
        actions.push(action);
      };
      if (finding.fixes && finding.fixes.length > 0) {
        finding.fixes.forEach((f, i) => fix(f.title, [{ start: f.start, end: f.end, text: f.text, snippet: f.snippet }], i === 0));
      } else {
        const current = doc.getText().slice(finding.start, finding.end);
        finding.suggestions.forEach((s, i) => fix(`Replace "${current}" with "${s}"`, [{ start: finding.start, end: finding.end, text: s }], i === 0));
      }
      if (finding.ignoreKey) {
        const what = finding.rule === 'unattributed-figure' ? 'figure' : finding.rule === 'loaded-term' ? 'term' : finding.rule === 'figure-conflict' ? 'conflict' : 'finding';
        const action = new vscode.CodeAction(`Ignore this ${what} in this workspace`, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = { title: action.title, command: 'wirecheck.ignoreFinding', arguments: [doc.uri.toString(), finding.ignoreKey, doc.getText().slice(finding.start, finding.end)] };
        actions.push(action);
      }
      if (finding.rule === 'loaded-term') {
        const action = new vscode.CodeAction('Add a term to the team lexicon…', vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command: 'wirecheck.addTeamTerm', arguments: [doc.uri.toString()] };
        actions.push(action);
      }
      const docs = new vscode.CodeAction(`Show documentation for ${finding.rule}`, vscode.CodeActionKind.QuickFix);
      docs.command = { title: docs.title, command: 'wirecheck.openRuleDocs', arguments: [finding.rule] };
      actions.push(docs);
    }
    return actions;
  }
}

/** Applies a fix only to the version it was computed for; a snippet goes through the visible editor. */
export async function applyFix(args: FixArgs): Promise<boolean> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
  if (!doc || doc.version !== args.version) {
    void vscode.window.showInformationMessage('Wirecheck: the article changed since this fix was computed; nothing was edited. Try again.');
    return false;
  }
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const single = args.edits.length === 1 ? args.edits[0] : undefined;
  if (editor && single?.snippet) {
    const range = new vscode.Range(doc.positionAt(single.start), doc.positionAt(single.end));
    return editor.insertSnippet(new vscode.SnippetString(single.snippet), range);
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of args.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  return vscode.workspace.applyEdit(edit);
}
