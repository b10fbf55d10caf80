// Issue 18 in the real editor: conflicts with unopened folder articles are information notes only. With 003 open alone
// in the seeds folder, its "133" (hostages still held) disagrees with 000/001's 129: a note naming the folder report,
// linked to its file, and no warning. Opening 001 makes it an ordinary warning; closing it turns it back into a note.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../../src/extension/extension';
import { splitPlain, toNewsML } from '../../unit/formatsWrap';
import {
  activateExtension,
  openSeed,
  openSeedAlone,
  seedNames,
  until,
  waitForDiagnostics,
  workspaceRoot,
} from './util';

const conflictAt = (uri: vscode.Uri, line: number): vscode.Diagnostic[] =>
  vscode.languages
    .getDiagnostics(uri)
    .filter(
      (d) =>
        d.source === 'Wirecheck' &&
        typeof d.code === 'object' &&
        d.code.value === 'figure-conflict' &&
        d.range.start.line === line,
    );

const names = (d: vscode.Diagnostic): string[] =>
  (d.relatedInformation ?? []).map((r) => decodeURIComponent(r.location.uri.path.split('/').pop() ?? '').slice(0, 3));

describe('the folder is the desk: notes on unopened folder conflicts (issue 18)', function () {
  this.timeout(120_000);

  it('003 open alone: "133" gets an information note naming 000/001 (not a warning); opening 001 makes it a warning, closing it a note again', async () => {
    const { uri, line } = await openSeedAlone('003', '133 hostages');
    const note = (
      await waitForDiagnostics(uri, () =>
        conflictAt(uri, line).some((d) => d.relatedInformation?.some((r) => /not open/.test(r.message))),
      )
    ).filter((d) => typeof d.code === 'object' && d.code.value === 'figure-conflict' && d.range.start.line === line);
    assert.equal(note.length, 1, `one diagnostic per figure: ${note.map((d) => d.message).join(' | ')}`);
    const n = note[0]!;
    assert.equal(n.severity, vscode.DiagnosticSeverity.Information, n.message);
    // The filing time is the seed's dateline or, for a seed with none, its file time (a fresh clone's is today).
    assert.match(
      n.message,
      /133 here vs 129 in .*in the folder, not open, (filed \d+ \w{3}( \d\d:\d\d GMT)?|filing time unknown)/,
    );
    assert.ok(
      names(n).some((p) => p === '000' || p === '001'),
      `related: ${names(n).join(', ')}`,
    );
    const linked = n.relatedInformation!.find((r) =>
      /^00[01]/.test(decodeURIComponent(r.location.uri.path.split('/').pop() ?? '')),
    )!;
    assert.equal(linked.location.uri.scheme, 'file');
    assert.notDeepEqual(linked.location.range, new vscode.Range(0, 0, 0, 0), 'linked to the figure in the file');
    const warnings = vscode.languages
      .getDiagnostics(uri)
      .filter(
        (d) =>
          typeof d.code === 'object' &&
          d.code.value === 'figure-conflict' &&
          d.severity === vscode.DiagnosticSeverity.Warning,
      );
    assert.equal(warnings.length, 0, warnings.map((d) => d.message).join(' | '));

    // 001 opened: an ordinary open report, so the figure's one diagnostic is a warning again.
    const other = await openSeed((await seedNames()).find((s) => s.startsWith('001'))!);
    await waitForDiagnostics(uri, () =>
      conflictAt(uri, line).some((d) => d.severity === vscode.DiagnosticSeverity.Warning && names(d).includes('001')),
    );
    assert.equal(conflictAt(uri, line).length, 1);
    // 001 closed: back to a note.
    await vscode.window.showTextDocument(other.doc);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitForDiagnostics(uri, () =>
      conflictAt(uri, line).some(
        (d) => d.severity === vscode.DiagnosticSeverity.Information && names(d).includes('001'),
      ),
    );
    assert.equal(conflictAt(uri, line).length, 1);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Compare with… a later item of a newsMessage opens the diff on its file, not on the "#item-2" URI', async () => {
    const api = (await activateExtension()).exports as WirecheckApi;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const seeds = await seedNames();
    const read = async (p: string) =>
      splitPlain(
        new TextDecoder().decode(
          await vscode.workspace.fs.readFile(
            vscode.Uri.joinPath(
              workspaceRoot(),
              seeds.find((n) => n.startsWith(p))!,
            ),
          ),
        ),
      );
    const item = async (p: string, guid: string): Promise<string> => {
      const s = await read(p);
      const x = toNewsML({ ...s, paragraphs: [...s.paragraphs, `Filed for the ${guid} feed.`] }, guid, {
        body: 'xhtml',
      });
      return x.slice(x.indexOf('<newsItem'));
    };
    const feed = `<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/><itemSet>\n${await item('000', 'urn:e2e:c0')}\n${await item('003', 'urn:e2e:c3')}</itemSet></newsMessage>\n`;
    const pair = vscode.Uri.joinPath(workspaceRoot(), 'compare-items.xml');
    await vscode.workspace.fs.writeFile(pair, new TextEncoder().encode(feed));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(pair), { preview: false });
      const later = `${pair.toString()}#item-2`;
      await until(
        api.checker.onDidCheck,
        () => (api.checker.desk.get(later) ? true : undefined),
        'the later item on the desk',
      );
      const { uri } = await openSeed(seeds.find((n) => n.startsWith('001'))!);
      await until(
        api.checker.onDidCheck,
        () => (api.checker.desk.matches(uri.toString()).some((m) => m.id === later) ? true : undefined),
        '001 to match the later item',
      );
      const got = await vscode.commands.executeCommand<string>('wirecheck.compareWith', later);
      assert.equal(got, later);
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      assert.ok(tab?.input instanceof vscode.TabInputTextDiff, `active tab is not a diff: ${tab?.label}`);
      assert.equal(tab.input.original.toString(), pair.toString(), 'the item is shown as its file');
      assert.equal(tab.input.modified.toString(), uri.toString());
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(pair);
    }
  });
});
