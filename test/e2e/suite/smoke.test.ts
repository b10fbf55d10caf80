// Smoke test in the real extension host: the extension loads and activates, a seed opens, and the
// diagnostics API answers for it. The rule-by-rule diagnostics tests live in their own files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, openSeed, seedNames, waitForDiagnostics, workspaceRoot } from './util';

describe('smoke', () => {
  it('runs in a real VS Code with the seeds folder open', () => {
    assert.ok(vscode.version.startsWith('1.'), `vscode.version ${vscode.version}`);
    const root = workspaceRoot();
    assert.equal(vscode.workspace.workspaceFolders?.length, 1);
    assert.ok(root.path.length > 1, `workspace folder ${root.toString()}`);
  });

  it(`has the extension ${EXTENSION_ID} and activates it`, async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among ${vscode.extensions.all.length} extensions`);
    assert.equal(ext.packageJSON.name, 'wirecheck');
    await activateExtension();
    assert.equal(ext.isActive, true);
  });

  it('opens a seed and answers getDiagnostics for it', async () => {
    const names = await seedNames();
    assert.ok(names.length > 0, 'no seed .txt files in the workspace folder');
    const { uri, doc, editor } = await openSeed(names[0]!);
    assert.equal(doc.uri.toString(), uri.toString());
    assert.ok(doc.getText().length > 0, `${names[0]} is empty`);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(editor.document, doc);
    const diagnostics = vscode.languages.getDiagnostics(uri);
    assert.ok(Array.isArray(diagnostics));
    // Resolves at once on the current state: the helper never waits when the predicate already holds.
    const seen = await waitForDiagnostics(uri, (d) => Array.isArray(d));
    assert.ok(Array.isArray(seen));
  });

  it('edits a seed from the temp copy, not the repository, and reverts it', async () => {
    const names = await seedNames();
    const { doc, editor } = await openSeed(names[names.length - 1]!);
    assert.ok(!doc.uri.path.includes('/test/fixtures/'), `the workspace is the repository's fixtures: ${doc.uri.path}`);
    const before = doc.getText();
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'EDITED BY E2E\n')));
    assert.ok(doc.isDirty);
    assert.ok(doc.getText().startsWith('EDITED BY E2E\n'));
    // Leave the seed as it was for the tests that follow (nothing was saved).
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(doc.isDirty, false);
    assert.equal(doc.getText(), before);
  });
});

describe('waitForDiagnostics', () => {
  let collection: vscode.DiagnosticCollection;
  beforeEach(() => {
    collection = vscode.languages.createDiagnosticCollection('wirecheck-e2e-helper');
  });
  afterEach(() => collection.dispose());

  it('resolves on onDidChangeDiagnostics when the predicate becomes true', async () => {
    const names = await seedNames();
    const { uri } = await openSeed(names[0]!);
    const waiting = waitForDiagnostics(uri, (d) => d.some((x) => x.source === 'wirecheck-e2e-helper'));
    collection.set(uri, [
      Object.assign(
        new vscode.Diagnostic(new vscode.Range(0, 0, 0, 4), 'helper check', vscode.DiagnosticSeverity.Information),
        {
          source: 'wirecheck-e2e-helper',
        },
      ),
    ]);
    const diagnostics = await waiting;
    assert.ok(diagnostics.some((d) => d.message === 'helper check'));
  });

  it('rejects with the last diagnostics seen when the predicate never holds', async () => {
    const names = await seedNames();
    const { uri } = await openSeed(names[0]!);
    await assert.rejects(
      waitForDiagnostics(uri, () => false, 300),
      /timed out after 300 ms/,
    );
  });
});

// The root hooks (index.ts) in action: the first test leaves what a failed or timed-out test would leave behind.
describe('isolation between tests', () => {
  let abandoned: Promise<string> | undefined;
  let edited: vscode.TextDocument | undefined;
  const leftover = (): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), 'left-behind.txt');

  it('leaves a seed edited, a new file and a pending wait behind', async () => {
    const names = await seedNames();
    const { uri, doc, editor } = await openSeed(names[0]!);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'LEFT BY A TEST\n')));
    await vscode.workspace.fs.writeFile(leftover(), new TextEncoder().encode('Floods killed 3 people.\n'));
    edited = doc;
    abandoned = waitForDiagnostics(uri, () => false).then(
      () => 'resolved',
      (e: Error) => e.message,
    );
  });

  it('finds them put back and the wait cancelled by the time the next test starts', async () => {
    assert.ok(edited && abandoned, 'the previous test ran');
    assert.equal(edited.isDirty, false);
    assert.ok(!edited.getText().startsWith('LEFT BY A TEST'), 'the edit was reverted');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(leftover())), 'the new file was removed');
    assert.match(await abandoned, /the test ended before this wait finished/);
  });
});
