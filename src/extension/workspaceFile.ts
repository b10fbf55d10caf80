// The desk's shared file (.wirecheck.json) in each workspace folder: read, watched, validated, and appended to by
// the "ignore" quick fixes through jsonc-parser so comments and formatting survive.
import { applyEdits, modify } from 'jsonc-parser';
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { TeamLexicon } from '../core/lexicon/schema';
import { loadedTermErrors } from '../core/rules/loadedTerm';
import { parseWorkspaceFile, WORKSPACE_FILE, type WorkspaceFile } from '../core/config';

interface Loaded {
  uri: vscode.Uri;
  file: WorkspaceFile;
}

export class WorkspaceFiles implements vscode.Disposable {
  private readonly byFolder = new Map<string, Loaded>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_FILE}`);
    const reload = (): void => void this.load().then(() => this.emitter.fire());
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      this.emitter,
    );
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
    );
  }

  /** Reads every folder's file; a missing file is normal, a broken one is logged and shown once, defaults kept. */
  async load(): Promise<void> {
    this.byFolder.clear();
    if (!vscode.workspace.isTrusted) return;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, WORKSPACE_FILE);
      let parsed: ReturnType<typeof parseWorkspaceFile>;
      try {
        const text = new TextDecoder().decode(await readWorkspaceFile(uri));
        parsed = parseWorkspaceFile(text, (team) => loadedTermErrors({ team: team as TeamLexicon }));
      } catch (e) {
        // No file is normal; a folder of that name or an unreadable file is said once, in the log.
        if (!isNotFound(e))
          this.log.warn(`${uri.fsPath}: cannot be read (${e instanceof Error ? e.message : String(e)}); defaults kept`);
        continue;
      }
      const { file, errors } = parsed;
      for (const e of errors) this.log.warn(`${uri.fsPath}: ${e} (ignored; defaults kept)`);
      if (errors.length > 0)
        void vscode.window.showWarningMessage(
          `Wirecheck: ${WORKSPACE_FILE} has problems: ${errors[0]}${errors.length > 1 ? ` (+${errors.length - 1} more, see the log)` : ''}. Defaults are kept for those parts.`,
        );
      this.byFolder.set(folder.uri.toString(), { uri, file });
    }
  }

  /** The file that applies to a document: its workspace folder's, else none. */
  forDocument(uri: vscode.Uri): Loaded | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? this.byFolder.get(folder.uri.toString()) : undefined;
  }

  /** Appends `value` to the array `key` of the document's folder file, creating the file when needed. */
  async append(
    docUri: vscode.Uri,
    key: 'ignoredFigures' | 'ignoredTerms' | 'ignoredConflicts' | 'ignoredFindings' | ['lexicon', 'add'],
    value: unknown,
  ): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(docUri) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage(
        'Wirecheck: open a folder to keep ignore entries and team terms in its .wirecheck.json.',
      );
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder.uri, WORKSPACE_FILE);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = '{\n}\n';
    }
    const path = Array.isArray(key) ? [...key, -1] : [key, -1];
    const edits = modify(text, path, value, {
      isArrayInsertion: true,
      formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
    });
    const updated = applyEdits(text, edits);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), updated);
      await vscode.workspace.applyEdit(edit);
      await open.save();
    } else {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(updated));
    }
    await this.load();
    this.emitter.fire();
    return uri;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * A local file is read with Node's fs: workspace.fs goes through the workbench, which at start-up is still busy
 * loading (1–2 s on a loaded machine, measured by bench:editor), and every article's first check waits for this read.
 */
function readWorkspaceFile(uri: vscode.Uri): Promise<Uint8Array> {
  return uri.scheme === 'file' ? readFile(uri.fsPath) : Promise.resolve(vscode.workspace.fs.readFile(uri));
}

function isNotFound(e: unknown): boolean {
  return (
    (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') ||
    (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
  );
}
