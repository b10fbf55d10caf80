// Issue 18 in the real editor: the panel's fact rows pair figures only when both count the same thing — 003's quoted
// "133 Israeli hostages" (the speaker's figure) is never shown as agreeing with 004's "dozens" freed — and a source is
// a noun phrase that reports, never a verb ("over a million" has no source, not "drop").
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MatchingReportsProvider } from '../../../src/extension/panel/provider';
import { activateExtension, openSeed, seedNames } from './util';

const prefixOf = (id: string): string => decodeURIComponent(id.split('/').pop() ?? id).slice(0, 3);

describe('fact rows in the panel (issue 18)', function () {
  this.timeout(90_000);

  it('003 active: no "hostages freed 133" row agreeing with 004 "dozens"; "over a million" has no source "drop"', async () => {
    await activateExtension();
    const panel = await vscode.commands.executeCommand<MatchingReportsProvider>('wirecheck.test.panel');
    assert.ok(panel, 'wirecheck.test.panel is registered in test mode');
    const names = await seedNames();
    for (const p of ['000', '001', '002', '004', '003']) await openSeed(names.find((n) => n.startsWith(p))!);
    const active = vscode.window.activeTextEditor!.document.uri.toString();
    await vscode.commands.executeCommand('wirecheck.showMatching');
    const snap = await panel.whenRendered(active, 30_000, (s) => (s.model?.reports.length ?? 0) >= 4);
    const r004 = snap.model!.reports.find((r) => prefixOf(r.id) === '004')!;
    const rows = r004.facts.map((f) => `${f.label}: ${f.here?.text ?? '—'} / ${f.there?.text ?? '—'} (${f.status})`);
    assert.ok(!r004.facts.some((f) => f.here?.text === '133' && f.there?.text === 'dozens'), rows.join(' | '));
    const quoted = r004.facts.find((f) => f.here?.text === '133' && /quotation/.test(f.label));
    assert.ok(quoted, `the quoted 133 keeps a row of its own: ${rows.join(' | ')}`);
    assert.equal(quoted.status, 'only-here');
    const million = r004.facts.find((f) => f.here?.text === 'over a million')!;
    assert.ok(million, rows.join(' | '));
    assert.notEqual(million.here!.source, 'drop');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
