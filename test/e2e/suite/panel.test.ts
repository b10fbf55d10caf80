// The Matching reports panel in a real VS Code: with the five seeds open, the panel lists the other four (the AFP
// family together, rewrites badged) and not an unrelated story; a conflicting value opens the other article at the
// figure; a hostile article's markup is shown as text and nothing in it runs. The webview reports what it drew
// (its DOM text, script and image counts) through the typed protocol; every wait is on an event.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Checker } from '../../../src/extension/checker';
import type { MatchingReportsProvider, PanelSnapshot } from '../../../src/extension/panel/provider';
import { EXTENSION_ID, TEST_TIMEOUT_MS, WAIT_MS, activateExtension, seedNames, until, workspaceRoot } from './util';

const TEST_COMMAND = 'wirecheck.test.panel';

let checker: Checker;
let panel: MatchingReportsProvider;
let baselineScripts = 0;

/** Resolves when `predicate` holds, re-checking on every checker publish (no sleeps). */
function untilChecked(predicate: () => boolean, what: string): Promise<true> {
  return until(checker.onDidCheck, () => (predicate() ? true : undefined), what);
}

/** Resolves with the active editor once it shows `uri` (event-driven). */
function untilActive(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const active = (): vscode.TextEditor | undefined =>
    vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()
      ? vscode.window.activeTextEditor
      : undefined;
  return until(vscode.window.onDidChangeActiveTextEditor, active, `${uri.toString()} to be active`);
}

async function open(uri: vscode.Uri, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false, viewColumn: column });
}

/** Copies a fixture from the extension's test/fixtures/articles into a subfolder of the workspace (not a seed). */
async function fixture(name: string): Promise<vscode.Uri> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const bytes = await vscode.workspace.fs.readFile(
    vscode.Uri.joinPath(ext.extensionUri, 'test', 'fixtures', 'articles', name),
  );
  const target = vscode.Uri.joinPath(workspaceRoot(), 'panel-e2e', name);
  await vscode.workspace.fs.writeFile(target, bytes);
  return target;
}

const prefixOf = (id: string): string => decodeURIComponent(id.split('/').pop() ?? id).slice(0, 3);

describe('panel: Matching reports', function () {
  this.timeout(TEST_TIMEOUT_MS);
  const seeds: vscode.Uri[] = [];
  let unrelated: vscode.Uri;
  let active: vscode.Uri;

  before(async () => {
    const ext = await activateExtension();
    checker = (ext.exports as { checker: Checker }).checker;
    assert.ok(checker, 'the extension exports { checker }');
    let got = (await vscode.commands.getCommands(true)).includes(TEST_COMMAND)
      ? await vscode.commands.executeCommand<MatchingReportsProvider>(TEST_COMMAND)
      : undefined;
    if (!got) {
      // activate() does not register the panel yet: register it here against the extension's own checker.
      console.log(
        `${process.env.WIRECHECK_E2E_MARK ?? ''}      (panel: registered by the test; wire registerMatchingReports into activate())`,
      );
      const { registerMatchingReports } =
        require('../../../src/extension/panel/index') as typeof import('../../../src/extension/panel/index');
      const context = {
        extensionUri: ext.extensionUri,
        extensionMode: vscode.ExtensionMode.Test,
      } as vscode.ExtensionContext;
      registerMatchingReports(context, checker);
      got = await vscode.commands.executeCommand<MatchingReportsProvider>(TEST_COMMAND);
    }
    assert.ok(got, `${TEST_COMMAND} is not registered`);
    panel = got;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of await seedNames()) seeds.push(vscode.Uri.joinPath(workspaceRoot(), name));
    unrelated = await fixture('unrelated.txt');
    for (const uri of seeds) await open(uri);
    await open(unrelated, vscode.ViewColumn.Two);
    active = seeds.find((u) => prefixOf(u.toString()) === '003')!;
    await open(active);
    const all = [...seeds, unrelated].map((u) => u.toString());
    await untilChecked(
      () => all.every((id) => checker.desk.get(id) && checker.result(vscode.Uri.parse(id))),
      'the seeds and the unrelated article to be checked',
    );
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists the other four seeds, the AFP family together with 002 badged as a rewrite, and not the unrelated story', async () => {
    await vscode.commands.executeCommand('wirecheck.showMatching');
    const snap = await panel.whenRendered(active.toString(), WAIT_MS, (s) => (s.model?.reports.length ?? 0) >= 4);
    const model = snap.model!;
    assert.equal(model.state, 'matches');
    // The panel has focus now: it keeps showing the last article.
    assert.equal(model.active?.id, active.toString());
    const order = model.reports.map((r) => prefixOf(r.id));
    assert.deepEqual([...order].sort(), ['000', '001', '002', '004'], `listed: ${order.join(', ')}`);
    assert.ok(!model.reports.some((r) => r.id === unrelated.toString()), 'the unrelated article is listed');
    const afp = ['000', '001', '002'].map((p) => order.indexOf(p)).sort((a, b) => a - b);
    assert.equal(afp[2]! - afp[0]!, 2, `000/001/002 are not together: ${order.join(', ')}`);
    const r002 = model.reports.find((r) => prefixOf(r.id) === '002')!;
    assert.match(r002.badge ?? '', /^rewrite of 000, \d+ % shared$/);
    const r000 = model.reports.find((r) => prefixOf(r.id) === '000')!;
    assert.equal(r000.agency, 'AFP');
    assert.match(`${r000.filed} · ${r000.filedSource}`, /^2024-04-08 · metadata$/);
    // What the webview drew: the same reports in the same order, the headlines as text.
    assert.deepEqual(
      snap.rendered?.reports,
      model.reports.map((r) => r.id),
    );
    assert.ok(snap.rendered.text.includes('2024-04-08 · metadata'));
    assert.ok(snap.rendered.text.includes(model.reports.find((r) => prefixOf(r.id) === '004')!.headline));
    // VS Code's webview host adds its own script to the frame; ours is the other one. Later renders must not add any.
    baselineScripts = snap.rendered.scripts;
    assert.ok(baselineScripts >= 1 && baselineScripts <= 2, `scripts: ${baselineScripts}`);
    assert.equal(snap.rendered.images, 0);
  });

  it('opens the other article at a conflicting value (the webview’s open message)', async () => {
    const snap = panel.snapshot();
    const r000 = snap.model!.reports.find((r) => prefixOf(r.id) === '000')!;
    const row = r000.facts.find((f) => f.status === 'conflict' && f.there?.text === '129');
    assert.ok(
      row?.there,
      `no conflicting row 133 vs 129 in ${JSON.stringify(r000.facts.map((f) => [f.label, f.status]))}`,
    );
    assert.equal(row.here?.text, '133');
    assert.ok(row.conflictClass, 'the conflict has a class');
    const target = vscode.Uri.parse(row.there.docId);
    const activated = untilActive(target);
    assert.equal(
      await panel.receive({ type: 'open', docId: row.there.docId, start: row.there.start, end: row.there.end }),
      true,
    );
    const editor = await activated;
    assert.equal(editor.document.getText(editor.selection), '129');
    assert.ok(
      editor.visibleRanges.some((r) => r.contains(editor.selection)),
      'the figure is scrolled into view',
    );
    await open(active);
  });

  it('drops messages that are not in the protocol, and opens only listed reports', async () => {
    const before = panel.snapshot().rejected.length;
    const bad: unknown[] = [
      { type: 'pwned' },
      { type: 'open', docId: 'file:///etc/passwd', start: 0, end: 0, extra: 1 },
      { type: 'open', docId: active.toString(), start: -1, end: 3 },
      { type: 'open', docId: active.toString(), start: 5, end: 2 },
      'open',
      null,
    ];
    for (const m of bad) assert.equal(await panel.receive(m), false, JSON.stringify(m));
    assert.equal(panel.snapshot().rejected.length, before + bad.length);
    // Well-formed but not a report the panel listed: refused without opening anything.
    assert.equal(await panel.receive({ type: 'open', docId: 'file:///etc/passwd', start: 0, end: 0 }), false);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), active.toString());
  });

  it('shows a hostile article’s markup as text and runs none of it', async () => {
    const rejectedBefore = panel.snapshot().rejected.length;
    const hostile = await fixture('hostile.txt');
    await open(hostile);
    await untilChecked(() => !!checker.result(hostile), 'the hostile article to be checked');
    const snap = await panel.whenRendered(hostile.toString(), WAIT_MS, (s) => s.model?.state === 'matches');
    const text = snap.rendered!.text;
    assert.ok(
      text.includes("<script>acquireVsCodeApi().postMessage({type:'pwned-script'})"),
      `script tag not shown literally: ${text.slice(0, 300)}`,
    );
    assert.ok(text.includes('<img src=x onerror='), 'img tag not shown literally');
    assert.ok(text.includes('[U+202E]klat[U+202C]'), 'the RTL override is not shown as a visible code point');
    assert.ok(!text.includes('\u202E'), 'a raw RTL override reached the panel');
    assert.equal(snap.rendered!.scripts, baselineScripts, 'a script element was injected');
    assert.equal(snap.rendered!.images, 0, 'an img element was injected');
    // With a seed active, the hostile report is listed too, its headline as text.
    await open(seeds[0]!);
    const snap2 = await panel.whenRendered(
      seeds[0]!.toString(),
      WAIT_MS,
      (s) => !!s.model?.reports.some((r) => r.id === hostile.toString()),
    );
    assert.ok(snap2.rendered!.text.includes('</script>'));
    assert.equal(snap2.rendered!.images, 0);
    // Nothing from the article posted a message: every rejected message would be recorded.
    const rejected = panel.snapshot().rejected.slice(rejectedBefore);
    assert.deepEqual(rejected, [], `unexpected webview messages: ${JSON.stringify(rejected)}`);
    assert.ok(!panel.snapshot().accepted.some((t) => t.startsWith('pwned')));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await open(hostile);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('exports the review report as a Markdown file saved where asked', async () => {
    await open(active);
    const target = vscode.Uri.joinPath(workspaceRoot(), 'panel-e2e', 'report.review.md');
    const id = await vscode.commands.executeCommand<string>('wirecheck.exportReport', undefined, target.toString());
    assert.equal(id, target.toString(), 'no report saved');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    for (const h of [
      '## Figures and their sources',
      '## Loaded terms',
      '## Conflicts with other reports',
      '## Matching reports',
    ])
      assert.ok(text.includes(h), h);
    await vscode.workspace.fs.delete(target);
  });

  it('compares with a matching report: a diff editor and the report revealed in the panel', async () => {
    await open(active);
    const other = seeds.find((u) => prefixOf(u.toString()) === '004')!;
    const got = await vscode.commands.executeCommand<string>('wirecheck.compareWith', other.toString());
    assert.equal(got, other.toString());
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputTextDiff, `active tab is not a diff: ${tab?.label}`);
    assert.equal(tab.input.original.toString(), other.toString());
    assert.equal(tab.input.modified.toString(), active.toString());
    const snap: PanelSnapshot = await panel.whenRendered(active.toString(), WAIT_MS);
    assert.ok(snap.model?.reports.some((r) => r.id === other.toString()));
  });
});
