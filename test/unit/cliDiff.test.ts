import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WhatChanged } from '../../src/core/versions';
import { ROOT, SEEDS_DIR, seed } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const run = (args: string[]): { code: number; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

/** Seed 003 with five edits a desk makes between versions, each replacing one occurrence. */
const EDITS: [string, string][] = [
  ['133 hostages remain', '129 hostages remain'],
  [', according to Israeli tallies.', '.'],
  ['There is no progress yet.', 'There is no progress so far.'],
  ['Defence Minister Yoav Gallant said', 'army spokesman Daniel Hagari said'],
];
const NEW_PARAGRAPH = 'Negotiators from Qatar arrived in Cairo late on Monday, an airport official said.';

describe('wirecheck diff', () => {
  const { name, text } = seed('003');
  let edited = text;
  for (const [from, to] of EDITS) {
    assert.equal(edited.split(from).length, 2, `"${from}" occurs once`);
    edited = edited.replace(from, to);
  }
  edited = `${edited.trimEnd()}\n\n${NEW_PARAGRAPH}\n`;
  const dir = mkdtempSync(join(tmpdir(), 'wirecheck-diff-'));
  const newPath = join(dir, 'edited.txt');
  writeFileSync(newPath, edited);
  const oldPath = join(SEEDS_DIR, name);

  it('--format json lists every edit on both sides and no unchanged figure', () => {
    const r = run(['diff', oldPath, newPath, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const w = JSON.parse(r.stdout) as WhatChanged;
    assert.equal(w.version, 1);
    assert.deepEqual([w.old, w.new], [oldPath, newPath]);
    assert.deepEqual(
      w.figures.map((f) => [f.old?.text, f.new?.text, f.change]),
      [
        ['133', '129', 'update'],
        ['1 200', '1 200', 'source-dropped'],
      ],
    );
    for (const f of w.figures) {
      assert.equal(text.slice(f.old!.start, f.old!.end), f.old!.text);
      assert.equal(edited.slice(f.new!.start, f.new!.end), f.new!.text);
    }
    assert.deepEqual(
      w.sources.map((s) => [s.change, s.source]),
      [['removed', 'Israeli tallies']],
    );
    assert.deepEqual(w.quotes.map((q) => q.change).sort(), ['re-attributed', 'reworded']);
    for (const q of w.quotes) {
      assert.equal(text.slice(q.old!.start, q.old!.end), q.old!.text);
      assert.equal(edited.slice(q.new!.start, q.new!.end), q.new!.text);
    }
    assert.deepEqual(
      w.paragraphs.added.map((p) => edited.slice(p.start, p.end)),
      [NEW_PARAGRAPH],
    );
    assert.deepEqual([w.paragraphs.removed, w.paragraphs.moved, w.headline, w.dateline], [[], [], null, null]);
  });

  it('text output: one line per change', () => {
    const r = run(['diff', oldPath, newPath]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').slice(1);
    assert.equal(lines.length, 2 + 1 + 2 + 1);
    assert.match(r.stdout, /hostages still held: 133 \(no source\) → 129 \(no source\) — updated/);
  });

  it('bad arguments and unreadable files: exit 2 with a message', () => {
    assert.match(run(['diff', oldPath]).stderr, /diff takes two files/);
    assert.match(run(['diff', oldPath, newPath, '--format', 'sarif']).stderr, /--format must be text or json/);
    const missing = run(['diff', oldPath, join(dir, 'nope.txt')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.txt: cannot read/);
  });
});
