// Issue 18 in the real editor: quick fixes never touch a quotation, one conflict diagnostic per figure with a
// related entry per report, plain words (messages led by the rule's name, fixes and ignore choices naming what they cover).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../../src/extension/extension';
import { activateExtension, openSeed, seedNames, waitForDiagnostics } from './util';

const ours = (d: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic[] =>
  d.filter((x) => x.source === 'Wirecheck' && typeof x.code === 'object' && x.code.value === rule);

const opened = new Map<string, { uri: vscode.Uri; doc: vscode.TextDocument }>();

function on(doc: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[], needle: string): vscode.Diagnostic[] {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, needle);
  return diagnostics.filter((d) => doc.offsetAt(d.range.start) <= at && doc.offsetAt(d.range.end) > at);
}

const actionsAt = (uri: vscode.Uri, range: vscode.Range): Thenable<vscode.CodeAction[]> =>
  vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );

describe('quick fixes and one warning per figure (issue 18)', function () {
  this.timeout(60_000);
  let api: WirecheckApi;

  before(async () => {
    api = (await activateExtension()).exports as WirecheckApi;
    const names = await seedNames();
    for (const p of ['000', '001', '002', '003', '004'])
      opened.set(p, await openSeed(names.find((n) => n.startsWith(p))!));
  });

  it('offers only "Why is this loaded?" and "Ignore here" on a loaded term inside a quotation (003 "the occupation")', async () => {
    const { uri, doc } = opened.get('003')!;
    const d = await waitForDiagnostics(uri, (x) => on(doc, ours(x, 'loaded-term'), 'the occupation').length > 0);
    const quoted = on(doc, ours(d, 'loaded-term'), 'the occupation')[0]!;
    const titles = (await actionsAt(uri, quoted.range)).map((a) => a.title);
    const forTerm = titles.filter((t) => !/^Use |^Add "according/.test(t));
    assert.deepEqual(
      forTerm,
      ['Why is this loaded?', 'Ignore here — "the occupation" for all reports in this workspace (.wirecheck.json)'],
      titles.join(' | '),
    );
    assert.ok(!titles.some((t) => /^Replace /.test(t)), titles.join(' | '));
  });

  it('never offers a fix that edits inside a quotation, on any finding of the five seeds', async () => {
    for (const [p, { uri }] of opened) {
      const quotes = api.checker.desk.get(uri.toString())!.analysis.model.paragraphs.flatMap((x) => x.quotes);
      const d = await waitForDiagnostics(uri, (x) => x.some((y) => y.source === 'Wirecheck'));
      for (const diagnostic of d.filter((x) => x.source === 'Wirecheck')) {
        for (const action of await actionsAt(uri, diagnostic.range)) {
          if (action.command?.command !== 'wirecheck.applyFix') continue;
          for (const e of (action.command.arguments![0] as { edits: { start: number; end: number }[] }).edits) {
            const inside = quotes.find((q) =>
              e.start === e.end ? e.start > q.start && e.start < q.end : e.start < q.end && e.end > q.start,
            );
            assert.equal(
              inside,
              undefined,
              `${p} "${action.title}" edits ${e.start}-${e.end} inside the quotation at ${inside?.start}`,
            );
          }
        }
      }
    }
  });

  it('refuses to apply an edit inside a quotation even when asked directly', async () => {
    const { uri, doc } = opened.get('003')!;
    const at = doc.getText().indexOf('the occupation');
    const before = doc.getText();
    const ok = await vscode.commands.executeCommand<boolean>('wirecheck.applyFix', {
      uri: uri.toString(),
      version: doc.version,
      edits: [{ start: at, end: at + 14, text: 'Israel' }],
    });
    assert.equal(ok, false);
    assert.equal(doc.getText(), before);
  });

  it('gives 004 "1,139" one conflict diagnostic with a related entry per report, newest first', async () => {
    const { uri, doc } = opened.get('004')!;
    const d = await waitForDiagnostics(uri, (x) =>
      on(doc, ours(x, 'figure-conflict'), '1,139').some((y) => (y.relatedInformation?.length ?? 0) >= 3),
    );
    const here = on(doc, ours(d, 'figure-conflict'), '1,139');
    assert.equal(here.length, 1, here.map((x) => x.message).join(' | '));
    const c = here[0]!;
    assert.match(c.message, /^Conflicting figure — /);
    const files = c.relatedInformation!.map((r) => r.location.uri.path.split('/').pop()!.slice(0, 3));
    assert.deepEqual(files, ['003', '000', '001'], 'filed 9 Apr, 8 Apr, then no date');
    assert.match(c.relatedInformation![0]!.message, /filed 9 Apr/);
    assert.doesNotMatch(c.message + c.relatedInformation!.map((r) => r.message).join(' '), /\(metadata\)|2024-04-0/);
    assert.ok(typeof c.code === 'object' && String(c.code.target).includes('figure-conflict.md'));
    const titles = (await actionsAt(uri, c.range)).map((a) => a.title);
    assert.equal(new Set(titles).size, titles.length, `duplicate entries: ${titles.join(' | ')}`);
    for (const t of [
      /^Use 1,170 from 001\S*$/,
      /^Use around 1,200 from AFP, 8 Apr$/,
      /^Use 1 200 from 003\S*, 9 Apr, with its source$/,
    ])
      assert.ok(
        titles.some((x) => t.test(x)),
        `${t.source}: ${titles.join(' | ')}`,
      );
    assert.ok(!titles.includes("Use the other report's figure"), titles.join(' | '));
  });

  it('names what an ignore choice covers ("Ignore 129 vs 133 for all reports in this workspace")', async () => {
    const { uri, doc } = opened.get('000')!;
    const d = await waitForDiagnostics(uri, (x) => on(doc, ours(x, 'figure-conflict'), '129 of whom').length > 0);
    const c = on(doc, ours(d, 'figure-conflict'), '129 of whom');
    assert.equal(c.length, 1, 'one conflict diagnostic for 129 against both 003 and 004');
    assert.equal(c[0]!.relatedInformation?.length, 2);
    const titles = (await actionsAt(uri, c[0]!.range)).map((a) => a.title);
    assert.ok(
      titles.includes('Ignore 129 vs 133 for all reports in this workspace (.wirecheck.json)'),
      titles.join(' | '),
    );
    assert.equal(titles.filter((t) => t.startsWith('Ignore 129 vs 133')).length, 1, titles.join(' | '));
  });

  it("leads every message with the rule's name", async () => {
    const { uri } = opened.get('000')!;
    const d = (await waitForDiagnostics(uri, (x) => ours(x, 'unattributed-figure').length > 0)).filter(
      (x) => x.source === 'Wirecheck',
    );
    for (const x of d) {
      const rule = typeof x.code === 'object' ? String(x.code.value) : '';
      const name = {
        'unattributed-figure': 'Figure with no source',
        'loaded-term': 'Loaded term',
        'figure-conflict': 'Conflicting figure',
        'vague-source': 'Vague source',
        'wire-status': 'Wire status',
      }[rule];
      assert.ok(name && x.message.startsWith(name), `${rule}: ${x.message}`);
    }
  });

  it('leads the figure hover with the answer, then one line of what the other reports say', async () => {
    const { uri, doc } = opened.get('000')!;
    await waitForDiagnostics(uri, (x) => on(doc, ours(x, 'figure-conflict'), '129 of whom').length > 0);
    const pos = doc.positionAt(doc.getText().indexOf('129 of whom') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
    const ours18 = hovers
      .map((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n'))
      .find((t) => t.includes('Other reports'));
    assert.ok(ours18, JSON.stringify(hovers.map((h) => h.contents)));
    const [first, second] = ours18.split('\n\n');
    assert.match(first!, /^`129` — \*\*no source\*\* · \*\*disagrees with 2 other reports\*\*$/);
    assert.match(second!, /^\*\*Other reports:\*\* .*`129` — agrees.*`133` — \*\*disagrees\*\* \(both unattributed\)/);
    assert.ok(ours18.split('\n').length <= 12, `fits one screen: ${ours18}`);
  });
});
