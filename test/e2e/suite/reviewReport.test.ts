// Issue 18 in the real editor: the review report is a Markdown file saved where the editor chooses, shown as a
// preview, never checked as an article, and an item the desk ignored is marked "accepted by the desk".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../../src/extension/extension';
import type { MatchingReportsProvider } from '../../../src/extension/panel/provider';
import { activateExtension, openSeed, seedNames, waitForDiagnostics, workspaceRoot } from './util';

describe('review report (issue 18)', function () {
  this.timeout(90_000);

  it('saves a Markdown report where asked, marks an ignored figure "accepted by the desk", and never checks it', async () => {
    const api = (await activateExtension()).exports as WirecheckApi;
    const names = await seedNames();
    const { uri, doc } = await openSeed(names.find((n) => n.startsWith('000'))!);
    const at = doc.getText().indexOf('around 1,200');
    const has = (d: readonly vscode.Diagnostic[]): boolean =>
      d.some(
        (x) =>
          typeof x.code === 'object' &&
          x.code.value === 'unattributed-figure' &&
          doc.offsetAt(x.range.start) <= at &&
          doc.offsetAt(x.range.end) > at,
      );
    await waitForDiagnostics(uri, has);
    const finding = api.checker
      .result(uri)!
      .findings.find((f) => f.rule === 'unattributed-figure' && f.start <= at && f.end > at)!;
    const settings = vscode.Uri.joinPath(workspaceRoot(), '.wirecheck.json');
    const target = vscode.Uri.joinPath(workspaceRoot(), 'desk-reports', '000.review.md');
    try {
      await vscode.commands.executeCommand(
        'wirecheck.ignoreFinding',
        uri.toString(),
        finding.ignoreKey,
        'around 1,200',
      );
      await waitForDiagnostics(uri, (d) => !has(d));
      await vscode.window.showTextDocument(doc);
      const saved = await vscode.commands.executeCommand<string>(
        'wirecheck.exportReport',
        uri.toString(),
        target.toString(),
      );
      assert.equal(saved, target.toString());
      assert.ok(
        !vscode.workspace.textDocuments.some((d) => d.isUntitled && /Review report/.test(d.getText())),
        'no untitled report tab',
      );
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(text, /^<!-- Wirecheck review report: not an article -->\n\n# Review report: /);
      assert.match(text, /\| around 1,200 people \|.*✓ accepted by the desk \|/);
      assert.match(
        text,
        /## Accepted by the desk\n\n- line \d+, “around 1,200” \(figure with no source\): accepted by the desk — ignoredFigures\\?\[0\\?\]/,
      );
      assert.doesNotMatch(text, /\(metadata\)|from metadata/);
      // Opened as a document, the report is not an article: no diagnostics, not on the desk.
      const checked = new Promise<void>((resolve) => {
        const sub = api.checker.onDidCheck((u) => {
          if (u.toString() !== target.toString()) return;
          sub.dispose();
          resolve();
        });
      });
      const report = await vscode.workspace.openTextDocument(target);
      await vscode.window.showTextDocument(report, { preview: false });
      await checked;
      assert.equal(api.checker.desk.get(target.toString()), undefined);
      assert.deepEqual(
        vscode.languages.getDiagnostics(target).filter((d) => d.source === 'Wirecheck'),
        [],
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(settings).then(undefined, () => undefined);
      await vscode.workspace.fs
        .delete(vscode.Uri.joinPath(workspaceRoot(), 'desk-reports'), { recursive: true })
        .then(undefined, () => undefined);
    }
  });

  it('ranks the matching reports in the report as the panel does (000 active)', async () => {
    await activateExtension();
    const names = await seedNames();
    for (const p of ['001', '002', '003', '004', '000']) await openSeed(names.find((n) => n.startsWith(p))!);
    const active = vscode.window.activeTextEditor!.document.uri;
    const panel = await vscode.commands.executeCommand<MatchingReportsProvider>('wirecheck.test.panel');
    await vscode.commands.executeCommand('wirecheck.showMatching');
    const snap = await panel.whenRendered(active.toString(), 30_000, (s) => (s.model?.reports.length ?? 0) >= 4);
    const panelOrder = snap.model!.reports.map((r) => decodeURIComponent(r.id.split('/').pop()!).slice(0, 3));
    const target = vscode.Uri.joinPath(workspaceRoot(), 'desk-reports', '000-ranking.review.md');
    try {
      await vscode.commands.executeCommand<string>('wirecheck.exportReport', active.toString(), target.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      const table = text.slice(text.indexOf('## Matching reports'));
      const reportOrder = [...table.matchAll(/^\| (\d{3})\S*\.txt \|/gm)].map((m) => m[1]!);
      // Other tests leave articles in the folder (the desk); the seeds' order is what is compared.
      assert.deepEqual(
        reportOrder,
        panelOrder.filter((p) => /^\d{3}$/.test(p)),
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs
        .delete(vscode.Uri.joinPath(workspaceRoot(), 'desk-reports'), { recursive: true })
        .then(undefined, () => undefined);
    }
  });
});
