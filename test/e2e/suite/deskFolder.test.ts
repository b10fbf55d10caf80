// Issue 18 in the real editor: the folder is the desk. With one story open in the folder of its other versions, the
// panel lists the other four without their being opened (wirecheck.deskFolder, on by default).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../../src/extension/extension';
import type { MatchingReportsProvider } from '../../../src/extension/panel/provider';
import { activateExtension, openSeed, seedNames } from './util';

const prefixOf = (id: string): string => decodeURIComponent(id.split('/').pop() ?? id).slice(0, 3);

describe('the folder is the desk (issue 18)', function () {
  this.timeout(90_000);

  it('one tab open in the seeds folder: the panel lists the other four seeds', async () => {
    const api = (await activateExtension()).exports as WirecheckApi;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(vscode.workspace.getConfiguration('wirecheck').get('deskFolder'), true, 'on by default');
    await api.deskIndexed();
    const names = await seedNames();
    const { uri } = await openSeed(names.find((n) => n.startsWith('003'))!);
    const panel = await vscode.commands.executeCommand<MatchingReportsProvider>('wirecheck.test.panel');
    await vscode.commands.executeCommand('wirecheck.showMatching');
    const snap = await panel.whenRendered(uri.toString(), 30_000, (s) => (s.model?.reports.length ?? 0) >= 4);
    const listed = snap.model!.reports.map((r) => prefixOf(r.id));
    for (const p of ['000', '001', '002', '004']) assert.ok(listed.includes(p), `listed: ${listed.join(', ')}`);
    assert.equal(
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText).length,
      1,
      'only 003 is open',
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
