// --include / --exclude on the command line: the editor's globs, decided by the same eligibility test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyGlobs } from '../../src/cli/globs';
import { ROOT } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');

const STORY = (place: string): string =>
  `Floods in ${place} forced 4,000 people from their homes on Monday and closed the main road north, ` +
  `with more rain due later in the week across the whole of the valley.\n`;

/** A desk folder: stories/a.txt, stories/drafts/b.txt, notes.md. */
function desk(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wirecheck-globs-'));
  mkdirSync(join(dir, 'stories', 'drafts'), { recursive: true });
  writeFileSync(join(dir, 'stories', 'a.txt'), STORY('Corvo'));
  writeFileSync(join(dir, 'stories', 'drafts', 'b.txt'), STORY('Lanza'));
  writeFileSync(join(dir, 'notes.md'), STORY('Sestri'));
  return dir;
}

function check(cwd: string, args: string[]): { code: number; paths: string[]; skipped: Record<string, string> } {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args, '--format', 'json'], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) return { code: r.status ?? -1, paths: [], skipped: { stderr: r.stderr } };
  const report = JSON.parse(r.stdout) as { documents: { path: string; skipped: string | null }[] };
  const skipped: Record<string, string> = {};
  for (const d of report.documents) if (d.skipped) skipped[d.path] = d.skipped;
  return { code: 0, paths: report.documents.map((d) => d.path).sort(), skipped };
}

describe('CLI --include / --exclude', () => {
  it('keeps every entry when no glob is given', () => {
    const entries = [
      { path: 'a.txt', skipped: null },
      { path: 'b.md', skipped: 'binary' },
    ];
    assert.deepEqual(applyGlobs(entries, ['.'], { include: [], exclude: [] }, '/desk'), entries);
  });

  it('drops walked files the globs leave out, matching relative or absolute paths', () => {
    const entries = [
      { path: 'stories/a.txt', skipped: null },
      { path: 'stories/drafts/b.txt', skipped: null },
      { path: 'notes.md', skipped: null },
    ];
    const kept = (include: string[], exclude: string[]): string[] =>
      applyGlobs(entries, ['.'], { include, exclude }, '/desk').map((e) => e.path);
    assert.deepEqual(kept([], ['**/drafts/**']), ['stories/a.txt', 'notes.md']);
    assert.deepEqual(kept(['stories/**'], []), ['stories/a.txt', 'stories/drafts/b.txt']);
    assert.deepEqual(kept(['stories/**'], ['**/drafts/**']), ['stories/a.txt']);
    assert.deepEqual(kept(['/desk/*.md'], []), ['notes.md']);
  });

  it('keeps a file named on the command line as skipped, with the option that left it out', () => {
    const entries = [{ path: 'stories/drafts/b.txt', skipped: null }];
    assert.deepEqual(applyGlobs(entries, ['stories/drafts/b.txt'], { include: [], exclude: ['**/b.txt'] }, '/desk'), [
      { path: 'stories/drafts/b.txt', skipped: 'excluded by --exclude' },
    ]);
    assert.deepEqual(applyGlobs(entries, ['stories/drafts/b.txt'], { include: ['*.md'], exclude: [] }, '/desk'), [
      { path: 'stories/drafts/b.txt', skipped: 'not in --include' },
    ]);
  });

  it('the CLI applies them to a folder walk, repeatable, and names them in --help', () => {
    const dir = desk();
    assert.deepEqual(check(dir, ['.']).paths, ['notes.md', 'stories/a.txt', 'stories/drafts/b.txt']);
    assert.deepEqual(check(dir, ['.', '--exclude', '**/drafts/**']).paths, ['notes.md', 'stories/a.txt']);
    assert.deepEqual(
      check(dir, ['.', '--include', 'stories/**', '--exclude', '**/drafts/**', '--exclude', '*.md']).paths,
      ['stories/a.txt'],
    );
    const named = check(dir, ['stories/drafts/b.txt', '--exclude', '**/drafts/**']);
    assert.deepEqual(named.skipped, { 'stories/drafts/b.txt': 'excluded by --exclude' });
    const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout;
    assert.match(help, /--include <glob>/);
    assert.match(help, /--exclude <glob>/);
  });

  it('an empty glob is a usage error', () => {
    const dir = desk();
    const r = check(dir, ['.', '--include', '']);
    assert.equal(r.code, 2);
    assert.match(r.skipped.stderr ?? '', /--include and --exclude need a glob pattern/);
  });
});
