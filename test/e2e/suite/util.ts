// Helpers for the end-to-end tests that run inside the real extension host. Every wait is on an event, bounded by one
// ceiling (WAIT_MS); the root hooks (index.ts) restore whatever a test changed, even when it failed or timed out, and
// cancel its pending waits, so one failure cannot fail another test.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'wirecheck.wirecheck';

/** The one ceiling for every wait on an event: generous for a loaded machine; waits end as soon as the event comes. */
export const WAIT_MS = 60_000;
/** Mocha's limit per test and hook: several waits at their ceiling, so a wait's own message explains a failure. */
export const TEST_TIMEOUT_MS = 4 * WAIT_MS;

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
export async function openSeed(
  name: string,
): Promise<{ uri: vscode.Uri; doc: vscode.TextDocument; editor: vscode.TextEditor }> {
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
 * The desk-folder set-up: every editor closed, the folder indexed, then one seed opened alone; returns it with the
 * line of `needle` in it (which must be there).
 */
export async function openSeedAlone(
  prefix: string,
  needle: string,
): Promise<{ api: WirecheckApi; uri: vscode.Uri; doc: vscode.TextDocument; line: number }> {
  const api = (await activateExtension()).exports as WirecheckApi;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await api.deskIndexed();
  const name = (await seedNames()).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix} in the workspace`);
  const { uri, doc } = await openSeed(name);
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in seed ${prefix}`);
  return { api, uri, doc, line: doc.positionAt(at).line };
}

// Cancels the waits of a test that has ended (failed or timed out): its code stops at its next await instead of
// editing documents while the next test runs.
const pending = new Set<(why: Error) => void>();

/**
 * Resolves with `test()`'s value as soon as it is defined: checks now, then on every `event`. Rejects after timeoutMs
 * (WAIT_MS unless a test of this helper says otherwise) with `describe()`'s account of the last state seen.
 */
export function until<T>(
  event: vscode.Event<unknown>,
  test: () => T | undefined,
  what: string,
  describe: () => string = () => '',
  timeoutMs = WAIT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let subscription: vscode.Disposable | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (fn: () => void): void => {
      if (!pending.delete(cancel)) return;
      subscription?.dispose();
      clearTimeout(timer);
      fn();
    };
    const cancel = (why: Error): void => finish(() => reject(why));
    pending.add(cancel);
    const check = (): void => {
      try {
        const value = test();
        if (value !== undefined) finish(() => resolve(value));
      } catch (err) {
        finish(() => reject(err instanceof Error ? err : new Error(String(err))));
      }
    };
    subscription = event(check);
    timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new Error(
              `timed out after ${timeoutMs} ms waiting for ${what}${describe() ? `; last: ${describe()}` : ''}`,
            ),
          ),
        ),
      timeoutMs,
    );
    check();
  });
}

/** Resolves on the next `event` (not on the current state). */
export function nextEvent(event: vscode.Event<unknown>, what: string): Promise<true> {
  let fired = false;
  return until(
    (listener) => event((e) => ((fired = true), listener(e))),
    () => (fired ? true : undefined),
    what,
  );
}

/**
 * Resolves with the diagnostics of `uri` as soon as `predicate` holds for them: checks the current state first, then
 * re-checks on every `onDidChangeDiagnostics`. Rejects after timeoutMs with the last diagnostics seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  const changed: vscode.Event<unknown> = (listener) =>
    vscode.languages.onDidChangeDiagnostics((e) => e.uris.some((u) => u.toString() === key) && listener(e));
  return until(
    changed,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    `diagnostics on ${path.basename(uri.path)}`,
    () => {
      const last = vscode.languages.getDiagnostics(uri);
      return `${last.length} ${JSON.stringify(last.map((d) => ({ code: typeof d.code === 'object' ? d.code.value : d.code, message: d.message, line: d.range.start.line })))}`;
    },
    timeoutMs,
  );
}

// ---- isolation between tests (root hooks in index.ts) -----------------------------------------------

interface Checker {
  onDidCheck: vscode.Event<vscode.Uri>;
  result(uri: vscode.Uri): { version: number } | undefined;
  desk: { get(id: string): unknown };
}

type Snapshot = { files: Map<string, Uint8Array>; settings: Map<string, unknown> };
let before: Snapshot | undefined;

// Every wirecheck setting a test may change (package.json contributes), restored through the configuration API.
const SETTINGS = [
  'enable',
  'rules',
  'languages',
  'include',
  'exclude',
  'maxFileSizeKB',
  'debounceMs',
  'styleProfile',
  'quotedTerms',
  'storyFolders',
];

async function readTree(dir: vscode.Uri, into: Map<string, Uint8Array>): Promise<void> {
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const uri = vscode.Uri.joinPath(dir, name);
    // .vscode holds the workspace settings: restored through the configuration API, not as a file.
    if (type === vscode.FileType.Directory && name !== '.vscode') await readTree(uri, into);
    else if (type === vscode.FileType.File) into.set(uri.toString(), await vscode.workspace.fs.readFile(uri));
  }
}

/** Before each test: the workspace's files and the workspace's wirecheck settings. */
export async function snapshotWorkspace(): Promise<void> {
  const files = new Map<string, Uint8Array>();
  await readTree(workspaceRoot(), files);
  const config = vscode.workspace.getConfiguration('wirecheck');
  before = { files, settings: new Map(SETTINGS.map((k) => [k, config.inspect(k)?.workspaceValue])) };
}

const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * After each test, passed or not: cancels its pending waits, reverts every document left edited, puts back the files
 * and settings it changed, and waits (on events) until the extension has checked the restored state. Returns what
 * was restored, for the log.
 */
export async function restoreWorkspace(): Promise<string[]> {
  for (const cancel of [...pending])
    cancel(new Error('the test ended before this wait finished (it failed or timed out)'));
  const restored: string[] = [];
  const checker = ((await activateExtension()).exports as { checker?: Checker } | undefined)?.checker;
  const settled: Promise<unknown>[] = [];
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    restored.push(`edited ${path.basename(doc.uri.path)}`);
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand(
      doc.isUntitled ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.files.revert',
    );
    // The checker stamps results with the version they were computed for: wait for the reverted text's result.
    if (checker && !doc.isClosed && checker.desk.get(doc.uri.toString()))
      settled.push(
        until(
          checker.onDidCheck,
          () => (checker.result(doc.uri)?.version === doc.version ? true : undefined),
          `a check of reverted ${path.basename(doc.uri.path)}`,
        ),
      );
  }
  if (before) {
    const now = new Map<string, Uint8Array>();
    await readTree(workspaceRoot(), now);
    const config = vscode.workspace.getConfiguration('wirecheck');
    const files = [...new Set([...now.keys(), ...before.files.keys()])].filter((k) => {
      const [was, is] = [before!.files.get(k), now.get(k)];
      return !was || !is || !same(was, is);
    });
    const settings = [...before.settings].filter(
      ([k, was]) => JSON.stringify(config.inspect(k)?.workspaceValue) !== JSON.stringify(was),
    );
    // A restored workspace file or setting makes the extension re-check every article: wait for that to land.
    if (checker && (settings.length > 0 || files.some((k) => k.endsWith('/.wirecheck.json'))))
      settled.push(nextEvent(checker.onDidCheck, 'a re-check after restoring the workspace file or settings'));
    for (const key of files) {
      const [was, uri] = [before.files.get(key), vscode.Uri.parse(key)];
      const name = path.relative(workspaceRoot().path, uri.path);
      if (was) {
        restored.push(`${now.has(key) ? 'changed' : 'deleted'} file ${name}`);
        await vscode.workspace.fs.writeFile(uri, was);
        continue;
      }
      restored.push(`new file ${name}`);
      for (const group of vscode.window.tabGroups.all)
        for (const tab of group.tabs)
          if (tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key)
            await vscode.window.tabGroups.close(tab);
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
    for (const [k, was] of settings) {
      restored.push(`setting wirecheck.${k}`);
      await config.update(k, was, vscode.ConfigurationTarget.Workspace);
    }
  }
  await Promise.all(settled.map((p) => p.catch(() => undefined)));
  return restored;
}
