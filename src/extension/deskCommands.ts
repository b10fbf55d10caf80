// The desk's commands: Show Matching Reports, Compare With Matching Report…, Export Review Report; and the
// status bar's click target (the status bar item opens the Matching reports panel).
import * as vscode from 'vscode';
import { filedLine } from '../core/facts';
import { reviewReport } from '../core/reviewReport';
import type { Checker } from './checker';
import { factRows } from './panel/factRows';
import { buildPanelModel } from './panel/model';
import { displayName, shortName } from './panel/reportSummary';
import { VIEW_ID, type MatchingReportsProvider } from './panel/provider';

export const SHOW_MATCHING = 'wirecheck.showMatching';
export const COMPARE_WITH = 'wirecheck.compareWith';
export const EXPORT_REPORT = 'wirecheck.exportReport';

/** Makes a status bar item open the Matching reports panel when clicked. */
export function statusBarTarget(
  item: vscode.StatusBarItem,
  tooltip = 'Wirecheck: show the matching reports of this article',
): void {
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
  /** One ranking everywhere: the panel's order (the article's own family first, newest first) for Compare and the report. */
  const ranked = (id: string): string[] => buildPanelModel(desk, { activeId: id }).reports.map((r) => r.id);
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
        void vscode.window.showInformationMessage(
          'Wirecheck: open an article first, then compare it with a matching report.',
        );
        return undefined;
      }
      const order = ranked(id);
      const matches = [...desk.matches(id)].sort((a, b) => rank(order, a.id) - rank(order, b.id));
      if (matches.length === 0) {
        void vscode.window.showInformationMessage(
          `Wirecheck: no other open article reports the story of ${displayName(id)}.`,
        );
        return undefined;
      }
      let target = argId(other);
      if (target && !matches.some((m) => m.id === target)) target = undefined;
      if (!target) {
        const items = matches.map((m) => {
          // A desk-folder story is matched without being open: its background analysis, if any, names it.
          const meta = (desk.get(m.id)?.analysis ?? desk.folderAnalysis(m.id))?.model.meta ?? {
            filed: undefined,
            agency: undefined,
            headline: 'in the folder, not open',
          };
          const rel = desk.relation(id, m.id);
          return {
            label: displayName(m.id),
            description: `${Math.round(m.score * 100)} % similar${rel?.reason ? ` · ${rel.reason}` : ''}`,
            detail: `${filedLine(meta.filed, meta.agency, 'wire' in meta ? meta.wire?.version : undefined)} · ${meta.headline ?? ''}`,
            id: m.id,
          };
        });
        const pick = await vscode.window.showQuickPick(items, {
          title: `Compare ${displayName(id)} with…`,
          placeHolder: 'A matching report',
          matchOnDescription: true,
          matchOnDetail: true,
        });
        if (!pick) return undefined;
        target = pick.id;
      }
      // An item of a newsMessage ("…#item-2") is shown as its file: the editor cannot open a fragment as a document.
      const file = (x: string): vscode.Uri => vscode.Uri.parse(checker.wire.documentKey(x).replace(/#item-\d+$/, ''));
      await vscode.commands.executeCommand(
        'vscode.diff',
        file(target),
        file(id),
        `${shortName(target)} ↔ ${shortName(id)} (Wirecheck)`,
        { preview: false },
      );
      // Facts side by side: the panel expands that report's fact table.
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`, { preserveFocus: true });
      panel.revealReport(target);
      return target;
    }),

    // exportReport(article?, target?): the report is a Markdown file saved where the editor chooses, shown as a preview.
    vscode.commands.registerCommand(EXPORT_REPORT, async (arg?: unknown, target?: unknown) => {
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
        // A desk-folder story analysed in the background is compared as the panel compares it.
        facts: (a, b) => {
          const [x, y] = [desk.get(a)?.analysis, desk.get(b)?.analysis ?? desk.folderAnalysis(b)];
          return x && y ? factRows(a, x, b, y) : [];
        },
        now: new Date(),
        order: ranked(id),
      });
      const chosen =
        typeof target === 'string'
          ? vscode.Uri.parse(target)
          : target instanceof vscode.Uri
            ? target
            : await askWhere(uri);
      if (!chosen) return undefined;
      await vscode.workspace.fs.writeFile(chosen, new TextEncoder().encode(markdown + '\n'));
      await vscode.commands.executeCommand('markdown.showPreviewToSide', chosen);
      return chosen.toString();
    }),
  ];
}

/** The save dialog, offering "<article>.review.md" beside the article (or in the first folder for an unsaved one). */
async function askWhere(article: vscode.Uri): Promise<vscode.Uri | undefined> {
  const base = (article.path.split('/').pop() ?? 'article').replace(/\.(?:txt|text|md|markdown)$/i, '') || 'article';
  const folder =
    article.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(article, '..');
  return vscode.window.showSaveDialog({
    title: 'Save the review report',
    saveLabel: 'Save report',
    filters: { Markdown: ['md'] },
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `${base}.review.md`) } : {}),
  });
}

/** Position of `id` in the panel's order; ids the panel does not list go last. */
function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}
