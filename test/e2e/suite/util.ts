// Helpers for the end-to-end tests that run inside the real extension host.
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'wirecheck.wirecheck';

/** The workspace folder the runner opened (a temp copy of test/fixtures/seeds). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner must open the seeds copy');
  return folder.uri;
}

/** The extension under test, activated. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

/** Opens a seed file of the workspace folder in an editor. */
export async function openSeed(name: string): Promise<{ uri: vscode.Uri; doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { uri, doc, editor };
}

/** Names of the seed files (*.txt) in the workspace folder, sorted. */
export async function seedNames(): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(workspaceRoot());
  return entries
    .filter(([name, type]) => type === vscode.FileType.File && path.extname(name) === '.txt')
    .map(([name]) => name)
    .sort();
}

/**
 * Resolves with the diagnostics of `uri` as soon as `predicate` holds for them: checks the current
 * state first, then re-checks on every `onDidChangeDiagnostics` for that uri. Rejects after timeoutMs
 * with the last diagnostics seen (no fixed sleeps).
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  return new Promise((resolve, reject) => {
    let settled = false;
    let subscription: vscode.Disposable | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      subscription?.dispose();
      if (timer) clearTimeout(timer);
      fn();
    };
    const check = () => {
      let diagnostics: vscode.Diagnostic[];
      try {
        diagnostics = vscode.languages.getDiagnostics(uri);
        if (predicate(diagnostics)) finish(() => resolve(diagnostics));
      } catch (err) {
        finish(() => reject(err));
      }
    };
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === key)) check();
    });
    timer = setTimeout(() => {
      const last = vscode.languages.getDiagnostics(uri);
      finish(() =>
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for diagnostics on ${path.basename(uri.path)}; last ${last.length}: ` +
              JSON.stringify(last.map((d) => ({ code: d.code, message: d.message, line: d.range.start.line }))),
          ),
        ),
      );
    }, timeoutMs);
    check();
  });
}
