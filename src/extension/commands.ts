// Command palette actions and the commands behind quick fixes.
import * as vscode from 'vscode';
import { RULES, ruleById } from '../core/rules';
import { ignoreFileEntry } from '../core/schema/ignoreKey';
import { CATEGORIES, entryIssues, teamTermEntry, type Category } from '../core/schema/lexiconEntry';
import type { Checker } from './checker';
import { applyFix, type FixArgs } from './codeActions';
import type { WorkspaceFiles } from './workspaceFile';

export function registerCommands(
  checker: Checker,
  files: WorkspaceFiles,
  log: vscode.LogOutputChannel,
  extensionUri: vscode.Uri,
): vscode.Disposable[] {
  const active = (): vscode.TextDocument | undefined => vscode.window.activeTextEditor?.document;
  return [
    vscode.commands.registerCommand('wirecheck.applyFix', (args: FixArgs) =>
      applyFix(args, (uri) =>
        checker.wire
          .itemIds(uri)
          .flatMap((id) =>
            (checker.desk.get(id)?.analysis.model.paragraphs.flatMap((p) => p.quotes) ?? []).map((q) =>
              checker.wire.sourceRange(id, q.start, q.end),
            ),
          ),
      ),
    ),
    vscode.commands.registerCommand('wirecheck.ignoreFinding', async (uri: string, key: string, text: string) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      const finding = doc ? checker.result(doc.uri)?.findings.find((f) => f.ignoreKey === key) : undefined;
      const sentence = doc && finding ? sentenceAround(doc.getText(), finding.start) : text;
      const entry = ignoreFileEntry(key, sentence);
      if (!entry) return;
      const written = await files.append(vscode.Uri.parse(uri), entry.list, entry.value);
      if (written) log.info(`ignored ${key} in ${written.toString()}`);
    }),
    vscode.commands.registerCommand('wirecheck.addTeamTerm', async (uri?: string) => {
      const selection = vscode.window.activeTextEditor;
      const initial = selection && !selection.selection.isEmpty ? selection.document.getText(selection.selection) : '';
      const term = await vscode.window.showInputBox({
        title: 'Team lexicon: term to flag',
        value: initial,
        prompt: 'A word or phrase, as written in copy',
        validateInput: (v) => (v.trim() ? undefined : 'Enter a term'),
      });
      if (!term) return;
      const alternatives = await vscode.window.showInputBox({
        title: `Team lexicon: neutral alternatives to "${term}"`,
        prompt: 'Comma-separated',
        validateInput: (v) => (v.trim() ? undefined : 'At least one alternative'),
      });
      if (!alternatives) return;
      const why = await vscode.window.showInputBox({
        title: `Team lexicon: why "${term}" is loaded`,
        prompt: 'One sentence, shown in the warning',
        validateInput: (v) => (v.trim().length >= 10 ? undefined : 'Say why, in one sentence'),
      });
      if (!why) return;
      const category = await vscode.window.showQuickPick([...CATEGORIES], {
        title: `Team lexicon: category of "${term}"`,
        placeHolder: 'general-loaded',
      });
      if (!category) return;
      // Built and checked by the one schema: an entry the lexicon would reject is never written.
      const entry = teamTermEntry({ term, alternatives, why, category: category as Category });
      const problems = entryIssues(entry, 'lexicon.add', true).errors;
      if (problems.length > 0)
        return void vscode.window.showWarningMessage(`Wirecheck: the term was not added: ${problems.join('; ')}`);
      const target = uri ? vscode.Uri.parse(uri) : active()?.uri;
      if (target) await files.append(target, ['lexicon', 'add'], entry);
    }),
    vscode.commands.registerCommand('wirecheck.openRuleDocs', async (rule?: string) => {
      const id =
        rule ??
        (
          await vscode.window.showQuickPick(
            RULES.map((r) => ({ label: r.name, detail: r.description, id: r.id })),
            { title: 'Wirecheck: which check?' },
          )
        )?.id;
      const page = id === undefined ? undefined : ruleById(id)?.docs;
      if (!page) return;
      await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(extensionUri, page));
    }),
    vscode.commands.registerCommand('wirecheck.checkCurrent', () => {
      const doc = active();
      if (!doc) {
        void vscode.window.showInformationMessage('Wirecheck: open an article first.');
        return;
      }
      checker.schedule(doc, true);
      const skipped = checker.skipReason(doc.uri);
      if (skipped) void vscode.window.showWarningMessage(`Wirecheck skipped this document: ${skipped}`);
      else {
        const shown = checker.result(doc.uri)?.findings.filter((f) => !f.ignoredBy) ?? [];
        void vscode.window.showInformationMessage(`Wirecheck: ${shown.length} finding(s) in this article.`);
      }
    }),
    vscode.commands.registerCommand('wirecheck.toggleRule', async () => {
      const config = vscode.workspace.getConfiguration('wirecheck');
      const rules = { ...(config.get<Record<string, { enabled?: boolean; severity?: string }>>('rules') ?? {}) };
      const target = await settingsTarget();
      const where = target === vscode.ConfigurationTarget.Global ? 'your user settings' : "this workspace's settings";
      const pick = await vscode.window.showQuickPick(
        RULES.map((r) => ({
          label: r.name,
          description: rules[r.id]?.enabled === false ? 'off' : 'on',
          detail: r.description,
          id: r.id,
        })),
        { title: `Turn a Wirecheck check on or off (saved in ${where})` },
      );
      if (!pick) return;
      rules[pick.id] = { ...rules[pick.id], enabled: rules[pick.id]?.enabled === false };
      await config.update('rules', rules, target);
    }),
    vscode.commands.registerCommand('wirecheck.showLog', () => log.show()),
  ];
}

/**
 * Workspace settings only where they already live (a .code-workspace file, or a folder that has .vscode/settings.json);
 * otherwise user settings: a toggle never creates .vscode/ inside a story folder.
 */
async function settingsTarget(): Promise<vscode.ConfigurationTarget> {
  if (vscode.workspace.workspaceFile && vscode.workspace.workspaceFile.scheme !== 'untitled')
    return vscode.ConfigurationTarget.Workspace;
  const folder = vscode.workspace.workspaceFolders?.length === 1 ? vscode.workspace.workspaceFolders[0] : undefined;
  if (!folder) return vscode.ConfigurationTarget.Global;
  try {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json'));
    return vscode.ConfigurationTarget.Workspace;
  } catch {
    return vscode.ConfigurationTarget.Global;
  }
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('\n', at), 0);
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? undefined : end).trim();
}
