// Issue 18 in the real editor: the folder is the desk for hovers too. With only 003 open in the seeds folder, the
// hover on its "133" names what the unopened folder reports say (000/001: 129 — disagrees), marked as not open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../../src/extension/extension';
import { activateExtension, openSeed, seedNames, waitForDiagnostics } from './util';

const text = (h: vscode.Hover): string =>
  h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');

describe('the folder is the desk: hovers (issue 18)', function () {
  this.timeout(90_000);

  it('one tab open (003): the hover on "133" lists the unopened folder reports and what they say', async () => {
    const api = (await activateExtension()).exports as WirecheckApi;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.deskIndexed();
    const names = await seedNames();
    const { uri, doc } = await openSeed(names.find((n) => n.startsWith('003'))!);
    await waitForDiagnostics(uri, (d) => d.some((x) => x.source === 'Wirecheck'));
    const at = doc.getText().indexOf('133 hostages');
    assert.ok(at >= 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      doc.positionAt(at + 1),
    );
    const ours = hovers.map(text).find((t) => t.includes('In the folder, not open'));
    assert.ok(ours, JSON.stringify(hovers.map(text)));
    const line = ours.split('\n\n').find((l) => l.startsWith('**In the folder, not open:**'))!;
    assert.match(line, /`129` — \*\*disagrees\*\*/);
    assert.doesNotMatch(ours, /\*\*Other reports:\*\*/, 'no report is open besides 003');
    // Unopened reports never raise a warning: their conflicts are information notes only.
    const d = vscode.languages
      .getDiagnostics(uri)
      .filter((x) => x.source === 'Wirecheck' && typeof x.code === 'object' && x.code.value === 'figure-conflict');
    assert.ok(
      d.every((x) => x.severity !== vscode.DiagnosticSeverity.Warning),
      d.map((x) => x.message).join(' | '),
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
