// Issue 18 in the real editor: a vague source is named as such, as an information note, never a warning, and the
// figure it "sources" keeps its own "Figure with no source" warning.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openSeed, seedNames, waitForDiagnostics } from './util';

const rule = (d: vscode.Diagnostic): string =>
  typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');

describe('vague sources in the editor (issue 18)', function () {
  this.timeout(90_000);

  it('001 "according to an unnamed source" is a "Vague source" information note with its docs page', async () => {
    await activateExtension();
    const names = await seedNames();
    const { uri, doc } = await openSeed(names.find((n) => n.startsWith('001'))!);
    const d = await waitForDiagnostics(uri, (x) =>
      x.some((y) => y.source === 'Wirecheck' && rule(y) === 'vague-source'),
    );
    const vague = d.filter((y) => y.source === 'Wirecheck' && rule(y) === 'vague-source');
    assert.equal(vague.length, 1, vague.map((y) => y.message).join(' | '));
    const v = vague[0]!;
    assert.equal(doc.getText(v.range), 'according to an unnamed source');
    assert.equal(v.severity, vscode.DiagnosticSeverity.Information);
    assert.match(v.message, /^Vague source: "according to an unnamed source" names no one/);
    const target = typeof v.code === 'object' ? v.code.target.toString() : '';
    assert.match(target, /docs\/rules\/vague-source\.md/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
