// Issue 18 in the real editor: conflicts with unopened folder articles are information notes only. With 003 open alone
// in the seeds folder, its "133" (hostages still held) disagrees with 000/001's 129: a note naming the folder report,
// linked to its file, and no warning. Opening 001 makes it an ordinary warning; closing it turns it back into a note.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../../src/extension/extension';
import { activateExtension, openSeed, seedNames, waitForDiagnostics } from './util';

const conflictAt = (uri: vscode.Uri, line: number): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Wirecheck' && typeof d.code === 'object' && d.code.value === 'figure-conflict' && d.range.start.line === line);

const names = (d: vscode.Diagnostic): string[] => (d.relatedInformation ?? []).map((r) => decodeURIComponent(r.location.uri.path.split('/').pop() ?? '').slice(0, 3));

describe('the folder is the desk: notes on unopened folder conflicts (issue 18)', function () {
  this.timeout(120_000);

  it('003 open alone: "133" gets an information note naming 000/001 (not a warning); opening 001 makes it a warning, closing it a note again', async () => {
    const api = (await activateExtension()).exports as WirecheckApi;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.deskIndexed();
    const seeds = await seedNames();
    const { uri, doc } = await openSeed(seeds.find((n) => n.startsWith('003'))!);
    const at = doc.getText().indexOf('133 hostages');
    assert.ok(at >= 0);
    const line = doc.positionAt(at).line;
    const note = (await waitForDiagnostics(uri, () => conflictAt(uri, line).some((d) => d.relatedInformation?.some((r) => /not open/.test(r.message)))))
      .filter((d) => typeof d.code === 'object' && d.code.value === 'figure-conflict' && d.range.start.line === line);
    assert.equal(note.length, 1, `one diagnostic per figure: ${note.map((d) => d.message).join(' | ')}`);
    const n = note[0]!;
    assert.equal(n.severity, vscode.DiagnosticSeverity.Information, n.message);
    assert.match(n.message, /133 here vs 129 in .*in the folder, not open, (filed \d+ Apr|filing time unknown)/);
    assert.ok(names(n).some((p) => p === '000' || p === '001'), `related: ${names(n).join(', ')}`);
    const linked = n.relatedInformation!.find((r) => /^00[01]/.test(decodeURIComponent(r.location.uri.path.split('/').pop() ?? '')))!;
    assert.equal(linked.location.uri.scheme, 'file');
    assert.notDeepEqual(linked.location.range, new vscode.Range(0, 0, 0, 0), 'linked to the figure in the file');
    const warnings = vscode.languages.getDiagnostics(uri).filter((d) => typeof d.code === 'object' && d.code.value === 'figure-conflict' && d.severity === vscode.DiagnosticSeverity.Warning);
    assert.equal(warnings.length, 0, warnings.map((d) => d.message).join(' | '));

    // 001 opened: an ordinary open report, so the figure's one diagnostic is a warning again.
    const other = await openSeed(seeds.find((s) => s.startsWith('001'))!);
    await waitForDiagnostics(uri, () => conflictAt(uri, line).some((d) => d.severity === vscode.DiagnosticSeverity.Warning && names(d).includes('001')));
    assert.equal(conflictAt(uri, line).length, 1);
    // 001 closed: back to a note.
    await vscode.window.showTextDocument(other.doc);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitForDiagnostics(uri, () => conflictAt(uri, line).some((d) => d.severity === vscode.DiagnosticSeverity.Information && names(d).includes('001')));
    assert.equal(conflictAt(uri, line).length, 1);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
