// Which documents are articles: untitled tabs count, non-prose plain text is skipped with a reason, and desk folders
// (wirecheck.storyFolders) are indexed for matching without being checked as open articles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  openSeed,
  seedNames,
  TEST_TIMEOUT_MS,
  until,
  WAIT_MS,
  waitForDiagnostics,
  workspaceRoot,
} from './util';

interface Api {
  checker: {
    skipReason(uri: vscode.Uri): string | undefined;
    onDidCheck: vscode.Event<vscode.Uri>;
    desk: {
      matches(id: string): { id: string; score: number }[];
      backgroundCount(): number;
      isBackground(id: string): boolean;
    };
  };
}

/** The panel provider as the test command returns it (src/extension/panel/provider.ts). */
interface PanelProbe {
  whenRendered(
    activeId: string,
    timeoutMs: number,
    predicate: (s: { model?: { reports: { id: string; relationReason: string }[] } }) => boolean,
  ): Promise<{ model?: { reports: { id: string; relationReason: string }[] } }>;
}

/** Resolves when `test()` holds, re-checking whenever the checker publishes (never sleeps). */
function whenChecked(api: Api, test: () => boolean, what: string): Promise<true> {
  return until(api.checker.onDidCheck, () => (test() ? true : undefined), what);
}

describe('documents and desk folders in the real editor', function () {
  this.timeout(TEST_TIMEOUT_MS);
  let api: Api;
  before(async () => {
    api = (await activateExtension()).exports as Api;
  });

  it('checks an untitled tab', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Floods killed at least 41 people in the valley on Monday.\n',
    });
    await vscode.window.showTextDocument(doc, { preview: false });
    const d = await waitForDiagnostics(doc.uri, (x) => x.some((y) => y.source === 'Wirecheck'));
    assert.ok(d.some((x) => doc.getText(x.range) === 'at least 41'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('skips plain text that is not prose (a CSV file) with a reason', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'tolls.txt');
    const rows = Array.from(
      { length: 40 },
      (_, i) => `2024-04-${String((i % 28) + 1).padStart(2, '0')},Gaza,${33000 + i},${75000 + i},ministry`,
    ).join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`date,place,killed,wounded,source\n${rows}\n`));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    await whenChecked(api, () => api.checker.skipReason(uri) !== undefined, 'a skip reason for tolls.txt');
    assert.match(api.checker.skipReason(uri)!, /not prose/);
    assert.deepEqual(
      vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'Wirecheck'),
      [],
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  it('indexes a desk folder for matching without checking its stories as open articles', async () => {
    const root = workspaceRoot();
    const names = await seedNames();
    const source = await vscode.workspace.fs.readFile(
      vscode.Uri.joinPath(
        root,
        names.find((n) => n.startsWith('004'))!,
      ),
    );
    const deskStory = vscode.Uri.joinPath(root, 'desk', 'incoming-004-copy.txt');
    // A desk copy differs from the open article (an exact duplicate is one article, not two reports).
    const edited = new TextDecoder().decode(source).replace('say no progress', 'report no progress');
    await vscode.workspace.fs.writeFile(deskStory, new TextEncoder().encode(edited));
    const { uri } = await openSeed(names.find((n) => n.startsWith('003'))!);
    await vscode.workspace
      .getConfiguration('wirecheck')
      .update('storyFolders', ['desk/**/*.txt'], vscode.ConfigurationTarget.Workspace);
    try {
      await whenChecked(
        api,
        () => api.checker.desk.matches(uri.toString()).some((m) => m.id === deskStory.toString()),
        'the desk story to match 003',
      );
      assert.equal(api.checker.desk.isBackground(deskStory.toString()), true);
      assert.deepEqual(vscode.languages.getDiagnostics(deskStory), [], 'desk stories are matched, not checked');
      // The panel and the review report list a desk-folder match (it has no analysis: they once crashed on it).
      const panel = await vscode.commands.executeCommand<PanelProbe>('wirecheck.test.panel');
      await vscode.commands.executeCommand('wirecheck.showMatching');
      const snap = await panel.whenRendered(
        uri.toString(),
        WAIT_MS,
        (s) => !!s.model?.reports.some((r) => r.id === deskStory.toString()),
      );
      assert.match(
        snap.model!.reports.find((r) => r.id === deskStory.toString())!.relationReason,
        /in a desk folder, not open/,
      );
      // The report is saved where asked (here inside the desk folder, deleted below), never opened as an article.
      const target = vscode.Uri.joinPath(root, 'desk', 'review.review.md');
      const exported = await vscode.commands.executeCommand<string>('wirecheck.exportReport', uri, target.toString());
      assert.equal(exported, target.toString(), 'no report saved');
      const report = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(report, /incoming-004-copy\.txt \| \? \| desk folder, not open/);
    } finally {
      await vscode.workspace
        .getConfiguration('wirecheck')
        .update('storyFolders', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, 'desk'), { recursive: true });
    }
    await whenChecked(
      api,
      () => !api.checker.desk.matches(uri.toString()).some((m) => m.id === deskStory.toString()),
      'the desk story to leave the matches',
    );
  });
});
