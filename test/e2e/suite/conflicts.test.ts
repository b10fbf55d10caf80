// figure-conflict in the real editor, all five seeds open: each must-conflict flagged on both sides with its class and
// a link to the other article; a figure edited to agree clears the warning; closing the other tab clears it too.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openSeed, seedNames, TEST_TIMEOUT_MS, waitForDiagnostics } from './util';

const conflicts = (d: readonly vscode.Diagnostic[]): vscode.Diagnostic[] =>
  d.filter((x) => x.source === 'Wirecheck' && typeof x.code === 'object' && x.code.value === 'figure-conflict');

interface Opened {
  uri: vscode.Uri;
  doc: vscode.TextDocument;
}

const opened = new Map<string, Opened>();

async function open(prefix: string): Promise<Opened> {
  const name = (await seedNames()).find((n) => n.startsWith(prefix))!;
  const { uri, doc } = await openSeed(name);
  opened.set(prefix, { uri, doc });
  return { uri, doc };
}

/** Conflict diagnostics on `needle` in `doc` whose related information points at the seed `other`. */
function conflictOn(
  doc: vscode.TextDocument,
  diagnostics: readonly vscode.Diagnostic[],
  needle: string,
  other: string,
): vscode.Diagnostic | undefined {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, needle);
  return conflicts(diagnostics).find(
    (d) =>
      doc.offsetAt(d.range.start) <= at &&
      doc.offsetAt(d.range.end) > at &&
      (d.relatedInformation ?? []).some((r) => r.location.uri.path.split('/').pop()!.startsWith(other)),
  );
}

/** Whether a conflict diagnostic names the seed `other` as an open report (folder reports are marked "not open"). */
const pointsAtOpen = (d: vscode.Diagnostic | undefined, other: string): boolean =>
  !!d?.relatedInformation?.some(
    (r) => r.location.uri.path.split('/').pop()!.startsWith(other) && !/not open/.test(r.message),
  );

describe('figure-conflict in the real editor', function () {
  this.timeout(TEST_TIMEOUT_MS);

  before(async () => {
    await activateExtension();
    for (const p of ['000', '001', '002', '003', '004']) await open(p);
  });

  const must: [string, string, string, RegExp][] = [
    ['000', '129 of whom', '003', /both unattributed/i],
    ['003', '133 hostages remain', '000', /both unattributed/i],
    ['001', '129 remaining', '004', /both unattributed/i],
    ['004', '133 captives', '001', /both unattributed/i],
    ['004', '1,139', '001', /sources differ/i],
    ['001', '1,170', '004', /sources differ/i],
    ['004', '1,139', '003', /sources differ/i],
    ['003', '1 200', '004', /sources differ/i],
    ['004', '1,139', '000', /unattributed/i],
    ['000', 'around 1,200', '004', /unattributed/i],
  ];
  for (const [here, needle, other, cls] of must) {
    it(`flags ${here} "${needle}" against ${other} (${cls.source})`, async () => {
      const { uri, doc } = opened.get(here)!;
      const d = await waitForDiagnostics(uri, (x) => conflictOn(doc, x, needle, other) !== undefined);
      const diagnostic = conflictOn(doc, d, needle, other)!;
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(diagnostic.message, cls);
      const related = diagnostic.relatedInformation!.find((r) =>
        r.location.uri.path.split('/').pop()!.startsWith(other),
      )!;
      const otherDoc = opened.get(other)!.doc;
      assert.ok(/\d/.test(otherDoc.getText(related.location.range)), 'the link points at the other figure');
    });
  }

  it('stays quiet on compatible figures and never pairs different facts', () => {
    for (const [p, quiet] of [
      ['000', ['at least 33,207', 'more than 250', 'almost 1.5 million']],
      ['001', ['at least 33,207', 'over 250']],
      ['003', ['33 207', 'over 600', '253 people', 'around 40', '2.3 million']],
      ['004', ['More than 33,000', 'more than 600', '253 people', 'about 40', '2.3 million', 'more than a million']],
    ] as [string, string[]][]) {
      const { uri, doc } = opened.get(p)!;
      const d = conflicts(vscode.languages.getDiagnostics(uri));
      for (const needle of quiet) {
        const at = doc.getText().indexOf(needle);
        assert.equal(
          d.find((x) => doc.offsetAt(x.range.start) <= at && doc.offsetAt(x.range.end) > at),
          undefined,
          `${p} "${needle}"`,
        );
      }
    }
  });

  it('clears both sides when a figure is edited to agree, and brings them back on revert', async () => {
    const a = opened.get('003')!;
    const b = opened.get('000')!;
    await waitForDiagnostics(b.uri, (x) => conflictOn(b.doc, x, '129 of whom', '003') !== undefined);
    const editor = await vscode.window.showTextDocument(a.doc, { preview: false });
    const at = a.doc.getText().indexOf('133 hostages remain');
    await editor.edit((e) => e.replace(new vscode.Range(a.doc.positionAt(at), a.doc.positionAt(at + 3)), '129'));
    await waitForDiagnostics(a.uri, (x) => conflictOn(a.doc, x, '129 hostages remain', '000') === undefined);
    await waitForDiagnostics(b.uri, (x) => conflictOn(b.doc, x, '129 of whom', '003') === undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostics(b.uri, (x) => conflictOn(b.doc, x, '129 of whom', '003') !== undefined);
  });

  it('clears the warnings that point at an article when its tab closes', async () => {
    const c = opened.get('001')!;
    await waitForDiagnostics(c.uri, (x) => conflictOn(c.doc, x, '1,170', '004') !== undefined);
    const d = opened.get('004')!;
    await vscode.window.showTextDocument(d.doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // A closed report stays in the folder: the figure may keep a note naming it, but no entry for it as an open report.
    await waitForDiagnostics(c.uri, (x) => !pointsAtOpen(conflictOn(c.doc, x, '1,170', '004'), '004'));
    await waitForDiagnostics(d.uri, (x) => conflicts(x).length === 0);
    await open('004');
    await waitForDiagnostics(c.uri, (x) => pointsAtOpen(conflictOn(c.doc, x, '1,170', '004'), '004'));
  });

  it('hovers a figure with what the other matching articles say about the same fact', async () => {
    const { uri, doc } = opened.get('000')!;
    const pos = doc.positionAt(doc.getText().indexOf('129 of whom') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
      .join('\n');
    assert.match(text, /133/);
    assert.match(text, /003/);
  });
});
