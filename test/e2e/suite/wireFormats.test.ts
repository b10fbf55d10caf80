// Agency files in the real editor: a NewsML-G2 copy of seed 000 and a ninjs copy of seed 003, beside the plain seeds,
// show the same warnings and conflicts as their plain versions, on the right characters; a canceled version puts an
// error on the open copy; configuration JSON is never checked. Runs last: leaves the NewsML-G2 copy on screen.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readWire } from '../../../src/core/formats';
import { decodeJsonSlice, decodeMarkup, splitPlain, toNewsML, toNinjs1 } from '../../unit/formatsWrap';
import { activateExtension, openSeed, seedNames, until, waitForDiagnostics, workspaceRoot } from './util';

const ours = (d: readonly vscode.Diagnostic[]): vscode.Diagnostic[] => d.filter((x) => x.source === 'Wirecheck');
const code = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Rule and words of every diagnostic against open reports (the words decoded from the source for an agency file). */
function summary(doc: vscode.TextDocument, decode: (s: string) => string = (s) => s): string[] {
  // A closed plain seed stays in the folder: notes naming it ("not open") are not what the copies are compared on.
  const openRelated = (d: vscode.Diagnostic) => (d.relatedInformation ?? []).filter((r) => !/not open/.test(r.message));
  return ours(vscode.languages.getDiagnostics(doc.uri))
    .filter(
      (d) => code(d) !== 'wire-status' && !((d.relatedInformation?.length ?? 0) > 0 && openRelated(d).length === 0),
    )
    .map(
      (d) =>
        `${code(d)}|${d.severity}|${decode(doc.getText(d.range))}|${openRelated(d)
          .map((r) => r.location.uri.path.split('/').pop()!.slice(0, 3))
          .join(',')}`,
    )
    .sort();
}

describe('agency files (NewsML-G2, ninjs) in the real editor', function () {
  this.timeout(90_000);
  const plain = new Map<string, string[]>();
  let newsml: vscode.TextDocument;
  let ninjs: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    const names = await seedNames();
    const docs = new Map<string, vscode.TextDocument>();
    for (const n of names) docs.set(n.slice(0, 3), (await openSeed(n)).doc);
    const checker = ((await activateExtension()).exports as { checker: { whenIdle(): Promise<void> } }).checker;
    for (const p of ['000', '003'])
      await waitForDiagnostics(docs.get(p)!.uri, (d) => ours(d).some((x) => code(x) === 'figure-conflict'), 30_000);
    // Every seed on the desk and every republish done: the plain findings are settled before they are recorded.
    await checker.whenIdle();
    for (const p of ['000', '003']) plain.set(p, summary(docs.get(p)!));
    // The plain copies leave the desk: the agency files take their place beside 001, 002 and 004.
    for (const p of ['000', '003']) {
      await vscode.window.showTextDocument(docs.get(p)!);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    const text = async (p: string) =>
      new TextDecoder().decode(
        await vscode.workspace.fs.readFile(
          vscode.Uri.joinPath(
            workspaceRoot(),
            names.find((n) => n.startsWith(p))!,
          ),
        ),
      );
    const xmlUri = await write(
      '000-reuters.xml',
      toNewsML(splitPlain(await text('000')), 'urn:e2e:000', { body: 'xhtml', version: 1 }),
    );
    const jsonUri = await write('003-ap.json', toNinjs1(splitPlain(await text('003')), 'urn:e2e:003'));
    ninjs = (await openSeed('003-ap.json')).doc;
    newsml = (await openSeed('000-reuters.xml')).doc;
    assert.equal(newsml.languageId, 'xml');
    assert.equal(ninjs.languageId, 'json');
    await waitForDiagnostics(xmlUri, (d) => ours(d).some((x) => code(x) === 'figure-conflict'), 30_000);
    await waitForDiagnostics(jsonUri, (d) => ours(d).some((x) => code(x) === 'figure-conflict'), 30_000);
    await checker.whenIdle();
  });

  it("the NewsML-G2 copy shows the plain seed's warnings and conflicts, on the same words of the XML", () => {
    assert.deepEqual(summary(newsml, decodeMarkup), plain.get('000'));
  });

  it("the ninjs copy shows the plain seed's warnings and conflicts, on the same words of the JSON", () => {
    assert.deepEqual(
      summary(ninjs, (s) => decodeMarkup(decodeJsonSlice(s))),
      plain.get('003'),
    );
  });

  it('configuration JSON is never an article', async () => {
    const api = (await activateExtension()).exports as { checker: { desk: { get(id: string): unknown } } };
    const uris = [
      await write('package.json', '{ "name": "desk", "uri": "x", "body_text": "Floods killed 41 people." }'),
      await write('tsconfig.json', '{ "compilerOptions": { "strict": true } }'),
      await write('settings.json', '{ "uri": "x", "bodies": [] }'),
    ];
    for (const uri of uris)
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    // A positive document checked after them: their open events were handled by then.
    const probe = await write(
      'probe.json',
      toNinjs1({ paragraphs: ['Floods killed 41 people on Monday.'] }, 'urn:e2e:probe'),
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(probe), { preview: false });
    await waitForDiagnostics(probe, (d) => ours(d).length > 0, 20_000);
    for (const uri of uris) {
      assert.deepEqual(ours(vscode.languages.getDiagnostics(uri)), [], uri.path);
      assert.equal(api.checker.desk.get(uri.toString()), undefined, uri.path);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it("a newsMessage: every item is an article of its own, each finding on its own item's characters; an unreadable item is information", async () => {
    const api = (await activateExtension()).exports as {
      checker: { desk: { get(id: string): { text: string } | undefined }; onDidCheck: vscode.Event<vscode.Uri> };
    };
    const item = (guid: string, p: string): string => {
      const x = toNewsML({ headline: `Story ${guid}`, paragraphs: [p] }, guid, { body: 'xhtml' });
      return x.slice(x.indexOf('<newsItem'));
    };
    const feed = `<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/><itemSet>\n${item('urn:e2e:f1', 'Floods killed 41 people on Monday.')}\n<newsItem guid="urn:e2e:empty" version="1"><contentSet/></newsItem>\n${item('urn:e2e:f2', 'Storms cut power to 9,000 homes on Tuesday.')}</itemSet></newsMessage>\n`;
    const uri = await write('feed.xml', feed);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const d = await waitForDiagnostics(
      uri,
      (x) => ours(x).filter((y) => code(y) === 'unattributed-figure').length >= 2,
      20_000,
    );
    const second = feed.lastIndexOf('<newsItem');
    const figures = ours(d)
      .filter((y) => code(y) === 'unattributed-figure')
      .map((y) => ({ text: doc.getText(y.range), at: doc.offsetAt(y.range.start) }));
    const first = figures.find((f) => f.text.includes('41'));
    const later = figures.find((f) => f.text.includes('9,000'));
    assert.ok(first && first.at < feed.indexOf('urn:e2e:empty'), "the first item's figure, inside the first item");
    assert.ok(later && later.at > second, "the third item's figure, inside the third item");
    assert.ok(
      api.checker.desk.get(`${uri.toString()}#item-2`)?.text.includes('9,000'),
      'the later item is on the desk as an article of its own',
    );
    // A hover on the later item's figure is that item's: its figure, its finding.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      doc.positionAt(later.at + 1),
    );
    const said = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
      .join('\n');
    assert.match(said, /`9,000[^`]*` — \*\*no source\*\*/);
    const notice = ours(d).filter((y) => code(y) === 'wire-items');
    assert.equal(notice.length, 1);
    assert.equal(notice[0]!.severity, vscode.DiagnosticSeverity.Information);
    assert.match(
      notice[0]!.message,
      /^An item of this newsMessage could not be read: item urn:e2e:empty has no text body/,
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await until(
      api.checker.onDidCheck,
      () => (api.checker.desk.get(`${uri.toString()}#item-2`) === undefined ? true : undefined),
      "the closed file's later item to leave the desk",
      () => '',
      20_000,
    );
  });

  it('a newsMessage holding two reports of one story: their conflict links one item to the other in the same file', async () => {
    const names = await seedNames();
    const read = async (p: string) =>
      splitPlain(
        new TextDecoder().decode(
          await vscode.workspace.fs.readFile(
            vscode.Uri.joinPath(
              workspaceRoot(),
              names.find((n) => n.startsWith(p))!,
            ),
          ),
        ),
      );
    // A closing line of their own: identical copies of the open 000-reuters.xml and 003-ap.json would count once.
    const item = async (p: string, guid: string): Promise<string> => {
      const s = await read(p);
      const x = toNewsML({ ...s, paragraphs: [...s.paragraphs, `Filed for the ${guid} feed.`] }, guid, {
        body: 'xhtml',
      });
      return x.slice(x.indexOf('<newsItem'));
    };
    const feed = `<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/><itemSet>\n${await item('000', 'urn:e2e:m0')}\n${await item('003', 'urn:e2e:m3')}</itemSet></newsMessage>\n`;
    const uri = await write('pair.xml', feed);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const second = feed.lastIndexOf('<newsItem');
    const d = await waitForDiagnostics(
      uri,
      (x) =>
        ours(x).some(
          (y) =>
            code(y) === 'figure-conflict' &&
            (y.relatedInformation ?? []).some((r) => r.location.uri.toString() === uri.toString()),
        ),
      30_000,
    );
    const doc = await vscode.workspace.openTextDocument(uri);
    const within = ours(d).filter(
      (y) =>
        code(y) === 'figure-conflict' &&
        (y.relatedInformation ?? []).some((r) => r.location.uri.toString() === uri.toString()),
    );
    // Each side of an in-file conflict points at the other item's characters.
    for (const y of within) {
      const here = doc.offsetAt(y.range.start) > second;
      for (const r of (y.relatedInformation ?? []).filter((x) => x.location.uri.toString() === uri.toString()))
        assert.equal(doc.offsetAt(r.location.range.start) > second, !here, y.message);
    }
    assert.ok(
      within.some((y) => doc.offsetAt(y.range.start) < second) &&
        within.some((y) => doc.offsetAt(y.range.start) > second),
      'both items carry the conflict',
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('a quick fix on the NewsML-G2 copy edits the XML in place and leaves it a valid item', async () => {
    const d = ours(vscode.languages.getDiagnostics(newsml.uri)).find((x) => code(x) === 'loaded-term')!;
    assert.ok(d, 'a loaded term in the XML');
    const word = newsml.getText(d.range);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      newsml.uri,
      d.range,
    );
    const fix = actions.find((a) => a.command?.command === 'wirecheck.applyFix');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    const before = newsml.getText();
    await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
    await until(
      vscode.workspace.onDidChangeTextDocument,
      () => (newsml.getText() !== before ? true : undefined),
      'the fix to edit the XML',
      () => '',
      20_000,
    );
    const after = newsml.getText();
    assert.equal(
      after.slice(0, newsml.offsetAt(d.range.start)),
      before.slice(0, newsml.offsetAt(d.range.start)),
      'nothing before the term changed',
    );
    assert.ok(
      !after.includes(`${word} `) || after.split(word).length < before.split(word).length,
      'the term was replaced',
    );
    const reread = readWire(after);
    assert.deepEqual(reread.problems, []);
    assert.equal(reread.items.length, 1);
    const restore = new vscode.WorkspaceEdit();
    restore.replace(newsml.uri, new vscode.Range(newsml.positionAt(0), newsml.positionAt(after.length)), before);
    await vscode.workspace.applyEdit(restore);
  });

  it('a canceled version of the same guid puts an error on the open copy', async () => {
    const story = splitPlain(
      new TextDecoder().decode(
        await vscode.workspace.fs.readFile(
          vscode.Uri.joinPath(
            workspaceRoot(),
            (await seedNames()).find((n) => n.startsWith('000'))!,
          ),
        ),
      ),
    );
    const kill = await write(
      '000-reuters-v2.xml',
      toNewsML({ ...story, paragraphs: ['This story has been withdrawn.'] }, 'urn:e2e:000', {
        body: 'xhtml',
        version: 2,
        status: 'canceled',
      }),
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(kill), { preview: false });
    const d = await waitForDiagnostics(newsml.uri, (x) => ours(x).some((y) => code(y) === 'wire-status'), 20_000);
    const err = ours(d).find((y) => code(y) === 'wire-status')!;
    assert.equal(err.severity, vscode.DiagnosticSeverity.Error);
    assert.match(
      err.message,
      /^Wire status: Reuters withdrew \(canceled\) this story at .* \(version 2\): do not publish this copy\.$/,
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitForDiagnostics(newsml.uri, (x) => !ours(x).some((y) => code(y) === 'wire-status'), 20_000);
    await vscode.window.showTextDocument(newsml, { preview: false });
  });
});
