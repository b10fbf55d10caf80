// Issue 18 in the real editor, the folder as the desk: a note about an unopened folder report offers to open that
// report at its figure (and to ignore the pair), never to copy its figure into the open article; and a folder copy
// of an article that is open is that article, not a second report (the open document wins).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../../src/extension/extension';
import {
  activateExtension,
  openSeed,
  openSeedAlone,
  seedNames,
  until,
  waitForDiagnostics,
  workspaceRoot,
} from './util';

const isConflict = (d: vscode.Diagnostic): boolean =>
  d.source === 'Wirecheck' && typeof d.code === 'object' && d.code.value === 'figure-conflict';
const fileOf = (uri: vscode.Uri): string => decodeURIComponent(uri.path.split('/').pop() ?? '');
const hoverText = (h: vscode.Hover): string =>
  h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');

describe('the folder is the desk: choices and copies (issue 18)', function () {
  it('003 open alone: the note on "133" offers "Open <file>" at the folder report\'s figure and Ignore, no "Use 129 from …"', async () => {
    const { uri, doc, line } = await openSeedAlone('003', '133 hostages');
    const [note] = (
      await waitForDiagnostics(uri, (ds) =>
        ds.some(
          (d) =>
            isConflict(d) &&
            d.range.start.line === line &&
            d.relatedInformation?.some((r) => /not open/.test(r.message)),
        ),
      )
    ).filter((d) => isConflict(d) && d.range.start.line === line);
    assert.equal(note!.severity, vscode.DiagnosticSeverity.Information, note!.message);
    const version = doc.version;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      note!.range,
    );
    const titles = actions.map((a) => a.title);
    assert.ok(
      !titles.some((t) => /^Use /.test(t) || /^Replace /.test(t)),
      `no choice copies a folder report's figure: ${titles.join(' | ')}`,
    );
    const opens = actions.filter((a) => /^Open 00[01]_\S+\.txt \(129, not open\)$/.test(a.title));
    assert.ok(opens.length >= 1, `an "Open <file>" choice per unopened report: ${titles.join(' | ')}`);
    assert.ok(
      titles.includes('Ignore 133 vs 129 for all reports in this workspace (.wirecheck.json)'),
      titles.join(' | '),
    );

    // Choosing it opens the folder report at its figure and leaves 003 as it was.
    const open = opens[0]!;
    await vscode.commands.executeCommand(open.command!.command, ...(open.command!.arguments ?? []));
    const editor = await until(
      vscode.window.onDidChangeActiveTextEditor,
      () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.toString() !== uri.toString() ? e : undefined;
      },
      'the folder report to open',
    );
    assert.equal(fileOf(editor.document.uri), open.title.slice('Open '.length, open.title.indexOf(' (')));
    assert.equal(editor.document.getText(editor.selection), '129');
    assert.equal(doc.version, version, '003 was not edited');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a folder copy of an open (edited) article is not a second report: 003 lists 000 once, as open', async () => {
    const api = (await activateExtension()).exports as WirecheckApi;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.deskIndexed();
    const seeds = await seedNames();
    const s000 = seeds.find((n) => n.startsWith('000'))!;
    const { uri, doc } = await openSeed(seeds.find((n) => n.startsWith('003'))!);
    // A copy of 000 beside it (a backup, a "latest" file), picked up by the folder watcher.
    const copy = vscode.Uri.joinPath(workspaceRoot(), '000 (copy).txt');
    await vscode.workspace.fs.writeFile(
      copy,
      await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), s000)),
    );
    await until(
      api.checker.onDidCheck,
      () => (api.checker.desk.isBackground(copy.toString()) ? true : undefined),
      'the copy indexed as a folder story',
    );
    // 000 opened and edited (its text now differs from both files on disk), away from its figures.
    const other = await openSeed(s000);
    await other.editor.edit((e) =>
      e.insert(other.doc.lineAt(other.doc.lineCount - 1).range.end, '\n\nDesk note: checked against the wires.'),
    );
    await vscode.window.showTextDocument(doc, { preview: false });
    const at = doc.getText().indexOf('133 hostages');
    const line = doc.positionAt(at).line;
    await until(
      api.checker.onDidCheck,
      () => (api.checker.result(other.uri)?.version === other.doc.version ? true : undefined),
      'the edited 000 checked',
    );
    await waitForDiagnostics(uri, (ds) =>
      ds.some(
        (d) =>
          isConflict(d) &&
          d.range.start.line === line &&
          d.severity === vscode.DiagnosticSeverity.Warning &&
          d.relatedInformation?.some((r) => fileOf(r.location.uri) === s000),
      ),
    );
    await api.checker.whenIdle();
    const [d] = vscode.languages.getDiagnostics(uri).filter((x) => isConflict(x) && x.range.start.line === line);
    const related = (d!.relatedInformation ?? []).map((r) => `${fileOf(r.location.uri)}: ${r.message}`);
    assert.ok(!related.some((r) => r.startsWith('000 (copy)')), `the copy is 000 itself: ${related.join(' | ')}`);
    assert.equal(related.filter((r) => r.startsWith(s000)).length, 1, related.join(' | '));
    assert.ok(!related.find((r) => r.startsWith(s000))!.includes('not open'), 'the open document wins');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      doc.positionAt(at + 1),
    );
    const ours = hovers.map(hoverText).find((t) => t.includes('**Other reports:**')) ?? '';
    const unopened = ours.split('\n\n').find((l) => l.startsWith('**In the folder, not open:**')) ?? '';
    assert.match(ours, /\*\*Other reports:\*\* AFP[^\n]*`129` — \*\*disagrees\*\*/, ours);
    assert.doesNotMatch(unopened, /AFP/, `000's copy is not listed again as a folder report: ${unopened}`);
    // The edit is undone before closing (a dirty editor would ask to be saved); the root hook deletes the copy.
    await vscode.window.showTextDocument(other.doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
