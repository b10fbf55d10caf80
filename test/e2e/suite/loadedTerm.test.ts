// loaded-term in the real editor: warnings in the reporter's voice, a note inside quotes, a quick fix that
// replaces the term exactly once with a neutral alternative.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openSeed, seedNames, TEST_TIMEOUT_MS, waitForDiagnostics } from './util';

const loaded = (d: vscode.Diagnostic[]): vscode.Diagnostic[] =>
  d.filter((x) => x.source === 'Wirecheck' && typeof x.code === 'object' && x.code.value === 'loaded-term');

async function seed(prefix: string): Promise<{ uri: vscode.Uri; doc: vscode.TextDocument }> {
  const name = (await seedNames()).find((n) => n.startsWith(prefix))!;
  return openSeed(name);
}

function at(doc: vscode.TextDocument, diagnostics: vscode.Diagnostic[], needle: string): vscode.Diagnostic | undefined {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, needle);
  return diagnostics.find((d) => doc.offsetAt(d.range.start) <= offset && doc.offsetAt(d.range.end) > offset);
}

describe('loaded-term in the real editor', function () {
  this.timeout(TEST_TIMEOUT_MS);
  before(() => activateExtension());

  it('warns on 003 "onslaught", "killing spree", "rampage" and notes "the occupation" as quoted speech', async () => {
    const { uri, doc } = await seed('003');
    const d = loaded(await waitForDiagnostics(uri, (x) => loaded(x).length >= 4));
    for (const term of ['onslaught', 'killing spree', 'rampage'])
      assert.equal(at(doc, d, term)?.severity, vscode.DiagnosticSeverity.Warning, term);
    const quoted = at(doc, d, 'the occupation');
    assert.equal(quoted?.severity, vscode.DiagnosticSeverity.Information);
    assert.match(quoted.message, /quoted speech/);
    for (const quiet of ['Palestinian Islamist movement', 'storm Rafah'])
      assert.equal(at(doc, d, quiet), undefined, quiet);
  });

  it('stays quiet on standard wire phrasing in 000 and notes "arch-foe" at most', async () => {
    const { uri, doc } = await seed('000');
    const all = await waitForDiagnostics(uri, (x) => x.some((y) => y.source === 'Wirecheck'));
    const d = loaded(all);
    assert.ok(
      d.every((x) => x.severity !== vscode.DiagnosticSeverity.Warning),
      d.map((x) => x.message).join(' | '),
    );
    for (const quiet of ['far-right', 'Hamas-run', 'Iran-backed']) assert.equal(at(doc, d, quiet), undefined, quiet);
  });

  it('replaces "claimed" with "said" in 001 through the quick fix, changing the text exactly once', async () => {
    const { uri, doc } = await seed('001');
    const d = loaded(await waitForDiagnostics(uri, (x) => at(doc, loaded(x), 'claimed') !== undefined));
    const target = at(doc, d, 'claimed')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      target.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === 'Replace "claimed" with "said"');
    assert.ok(fix?.command, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.isPreferred, true);
    let changes = 0;
    const seen: string[] = [];
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== doc) return;
      // One edit event = one undo step; VS Code may split it into minimal content changes.
      if (e.contentChanges.length > 0) changes++;
      seen.push(...e.contentChanges.map((c) => `${c.rangeOffset}+${c.rangeLength}:${JSON.stringify(c.text)}`));
    });
    const before = doc.getText();
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    sub.dispose();
    assert.equal(changes, 1, seen.join(' | '));
    assert.equal(doc.getText(), before.replace('Netanyahu claimed Israel', 'Netanyahu said Israel'));
    await waitForDiagnostics(uri, (x) => at(doc, loaded(x), 'said Israel was near') === undefined);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the original');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
