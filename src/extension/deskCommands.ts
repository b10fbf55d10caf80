// The desk's commands: Show Matching Reports, Compare With Matching Report…, Export Review Report; and the
// status bar's click target (the status bar item opens the Matching reports panel).
import * as vscode from 'vscode';
import { reviewReport } from '../core/reviewReport';
import type { Checker } from './checker';
import { displayName, factRows, shortName } from './panel/model';
import { VIEW_ID, type MatchingReportsProvider } from './panel/provider';
import { filedLabel } from './panel/protocol';

export const SHOW_MATCHING = 'wirecheck.showMatching';
export const COMPARE_WITH = 'wirecheck.compareWith';
export const EXPORT_REPORT = 'wirecheck.exportReport';

/** Makes a status bar item open the Matching reports panel when clicked. */
export function statusBarTarget(item: vscode.StatusBarItem, tooltip = 'Wirecheck: show the matching reports of this article'): void {
  item.command = { command: SHOW_MATCHING, title: 'Show Matching Reports', tooltip };
}

function argId(arg: unknown): string | undefined {
  if (arg instanceof vscode.Uri) return arg.toString();
  if (typeof arg === 'string' && arg.length > 0) return arg;
  return undefined;
}

export function registerDeskCommands(checker: Checker, panel: MatchingReportsProvider): vscode.Disposable[] {
  const desk = checker.desk;
  /** The article the commands act on: an explicit argument, the active editor, or what the panel shows. */
  const current = (arg?: unknown): string | undefined => {
    const explicit = argId(arg);
    if (explicit) return explicit;
    const editor = vscode.window.activeTextEditor?.document.uri.toString();
    return editor && desk.get(editor) ? editor : panel.currentId;
  };

  return [
    vscode.commands.registerCommand(SHOW_MATCHING, async () => {
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
      panel.refresh(true);
    }),

    // compareWith(otherId?): the webview's Compare button passes the report; from the palette, a quick pick.
    vscode.commands.registerCommand(COMPARE_WITH, async (other?: unknown) => {
      const id = current();
      if (!id || !desk.get(id)) {
        void vscode.window.showInformationMessage('Wirecheck: open an article first, then compare it with a matching report.');
        return undefined;
      }
      const matches = desk.matches(id);
      if (matches.length === 0) {
        void vscode.window.showInformationMessage(`Wirecheck: no other open article reports the story of ${displayName(id)}.`);
        return undefined;
      }
      let target = argId(other);
      if (target && !matches.some((m) => m.id === target)) target = undefined;
      if (!target) {
        const items = matches.map((m) => {
          // A desk-folder story is matched but not open: no analysis, so no filing time or headline yet.
          const meta = desk.get(m.id)?.analysis.model.meta;
          const rel = desk.relation(id, m.id);
          return {
            label: displayName(m.id),
            description: `${Math.round(m.score * 100)} % similar · ${rel?.reason ?? ''}`,
            detail: meta ? `${filedLabel(meta.filed, meta.filedSource)} · ${meta.headline ?? ''}` : 'in a desk folder, not open',
            id: m.id,
          };
        });
        const pick = await vscode.window.showQuickPick(items, { title: `Compare ${displayName(id)} with…`, placeHolder: 'A matching report', matchOnDescription: true, matchOnDetail: true });
        if (!pick) return undefined;
        target = pick.id;
      }
      await vscode.commands.executeCommand('vscode.diff', vscode.Uri.parse(target), vscode.Uri.parse(id), `${shortName(target)} ↔ ${shortName(id)} (Wirecheck)`, { preview: false });
      // Facts side by side: the panel expands that report's fact table.
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`, { preserveFocus: true });
      panel.revealReport(target);
      return target;
    }),

    vscode.commands.registerCommand(EXPORT_REPORT, async (arg?: unknown) => {
      const id = current(arg);
      const doc = id ? desk.get(id) : undefined;
      if (!id || !doc) {
        void vscode.window.showInformationMessage('Wirecheck: open an article to export its review report.');
        return undefined;
      }
      const uri = vscode.Uri.parse(id);
      const markdown = reviewReport(desk, id, {
        config: checker.configFor(uri),
        findings: checker.result(uri)?.findings ?? desk.check(id, checker.configFor(uri)),
        name: displayName,
        facts: (a, b) => {
          const [x, y] = [desk.get(a), desk.get(b)];
          return x && y ? factRows(a, x.analysis, b, y.analysis) : [];
        },
        now: new Date(),
      });
      // An untitled document: nothing is written to disk until the editor saves it (and VS Code asks where).
      const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
      await vscode.window.showTextDocument(report, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      return report.uri.toString();
    }),
  ];
}
