// The panel's "What changed" view in a real VS Code: seed 003 and an edited copy of it (one figure changed) open, the
// editor asks what changed against 003 (the report's button sends the typed message), the webview lists the changed
// figure old → new, and the line's old side opens 003 at the figure. Every wait is on an event.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Checker } from '../../../src/extension/checker';
import type { MatchingReportsProvider } from '../../../src/extension/panel/provider';
import { TEST_TIMEOUT_MS, WAIT_MS, activateExtension, seedNames, until, workspaceRoot } from './util';

describe('panel: what changed between versions', function () {
  this.timeout(TEST_TIMEOUT_MS);
  let checker: Checker;
  let panel: MatchingReportsProvider;
  let seed: vscode.Uri;
  let edited: vscode.Uri;
  let seedText = '';

  before(async () => {
    const ext = await activateExtension();
    checker = (ext.exports as { checker: Checker }).checker;
    panel = await vscode.commands.executeCommand<MatchingReportsProvider>('wirecheck.test.panel');
    assert.ok(panel, 'wirecheck.test.panel is not registered');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const name = (await seedNames()).find((n) => n.startsWith('003_'))!;
    seed = vscode.Uri.joinPath(workspaceRoot(), name);
    seedText = new TextDecoder().decode(await vscode.workspace.fs.readFile(seed));
    assert.ok(seedText.includes('133 hostages remain'), 'seed 003 says 133 hostages remain');
    edited = vscode.Uri.joinPath(workspaceRoot(), 'what-changed-e2e', name);
    await vscode.workspace.fs.writeFile(
      edited,
      new TextEncoder().encode(seedText.replace('133 hostages remain', '129 hostages remain')),
    );
    for (const uri of [seed, edited])
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const ids = [seed, edited].map((u) => u.toString());
    await until(
      checker.onDidCheck,
      () => (ids.every((id) => checker.desk.get(id) && checker.result(vscode.Uri.parse(id))) ? true : undefined),
      'seed 003 and its edited copy to be checked',
    );
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'what-changed-e2e'), { recursive: true });
  });

  it('lists the changed figure 133 → 129 and its old side opens seed 003 at the figure', async () => {
    await vscode.commands.executeCommand('wirecheck.showMatching');
    await panel.whenRendered(
      edited.toString(),
      WAIT_MS,
      (s) => !!s.model?.reports.some((r) => r.id === seed.toString()),
    );
    // The report's "What changed" button posts this message; the provider computes whatChanged now.
    const rendered = until(
      panel.onDidRender,
      () => (/What changed[\s\S]*133[\s\S]*→[\s\S]*129/.test(panel.snapshot().rendered?.text ?? '') ? true : undefined),
      'the webview to draw What changed',
    );
    assert.equal(await panel.receive({ type: 'whatChanged', docId: seed.toString() }), true);
    await rendered;
    const view = panel.snapshot().whatChanged!;
    assert.equal(view.oldId, seed.toString(), 'the picked report is the older side');
    const figure = view.lines.find((l) => l.kind === 'figure' && /133/.test(l.text) && /129/.test(l.text));
    assert.ok(figure?.old && figure.new, view.lines.map((l) => l.text).join('\n'));
    assert.equal(view.lines.filter((l) => l.kind === 'figure').length, 1, 'only the changed figure is listed');
    assert.equal(seedText.slice(figure.old.start, figure.old.end), '133');
    // Clicking the line's old side opens the other article (003) with the figure selected.
    const opened = until(
      vscode.window.onDidChangeActiveTextEditor,
      () =>
        vscode.window.activeTextEditor?.document.uri.toString() === seed.toString()
          ? vscode.window.activeTextEditor
          : undefined,
      '003 to be active',
    );
    assert.equal(
      await panel.receive({ type: 'open', docId: figure.old.docId, start: figure.old.start, end: figure.old.end }),
      true,
    );
    const editor = await opened;
    assert.equal(editor.document.getText(editor.selection), '133');
    // And its new side opens the edited copy at 129.
    const back = until(
      vscode.window.onDidChangeActiveTextEditor,
      () =>
        vscode.window.activeTextEditor?.document.uri.toString() === edited.toString()
          ? vscode.window.activeTextEditor
          : undefined,
      'the edited copy to be active',
    );
    assert.equal(
      await panel.receive({ type: 'open', docId: figure.new.docId, start: figure.new.start, end: figure.new.end }),
      true,
    );
    const editor2 = await back;
    assert.equal(editor2.document.getText(editor2.selection), '129');
  });
});
