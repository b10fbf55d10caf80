// Issue 18 in the real editor, start-up: an article's first diagnostics are its own findings (figures with no source,
// loaded terms, vague sources), published at once; the desk's conflicts follow, so the first squiggle never waits for
// peers or for the one-time compilation the desk-level rules need.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../../src/extension/extension';
import { activateExtension, openSeed, seedNames, waitForDiagnostics } from './util';

const ruleOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('own findings first (issue 18)', function () {
  it("003 opened beside 000: its first diagnostics are its own rules', then the conflict with 000 follows", async () => {
    const api = (await activateExtension()).exports as WirecheckApi;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.deskIndexed();
    const seeds = await seedNames();
    await openSeed(seeds.find((n) => n.startsWith('000'))!);
    const target = vscode.Uri.joinPath(
      vscode.workspace.workspaceFolders![0]!.uri,
      seeds.find((n) => n.startsWith('003'))!,
    );
    // Every publish of 003, in order, from before it is opened (the checker's own event fires once per publish; the
    // editor's diagnostics event is debounced and could merge two).
    const published: string[][] = [];
    const listening = api.checker.onDidCheck((u) => {
      if (u.toString() !== target.toString()) return;
      const findings = api.checker.result(target)?.findings ?? [];
      if (findings.length > 0) published.push(findings.map((f) => f.rule));
    });
    try {
      const { uri } = await openSeed(seeds.find((n) => n.startsWith('003'))!);
      await waitForDiagnostics(uri, (ds) =>
        ds.some((d) => ruleOf(d) === 'figure-conflict' && d.severity === vscode.DiagnosticSeverity.Warning),
      );
      const first = published[0] ?? [];
      assert.ok(first.includes('unattributed-figure'), `first publish: ${first.join(', ')}`);
      assert.ok(
        !first.includes('figure-conflict') && !first.includes('quote-mismatch'),
        `the first publish waits for no peer: ${first.join(', ')}`,
      );
    } finally {
      listening.dispose();
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
