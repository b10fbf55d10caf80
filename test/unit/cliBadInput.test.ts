// The CLI on bad input: every case gives its one-line reason or message, the files beside it are still reported, and
// the exit code stays as documented (0, 1 with --fail-on, 2 on a usage error). Each case once crashed or hung.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, seed } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function run(args: string[], cwd: string, opts: { cli?: string; uid?: number; gid?: number } = {}): Run {
  const r = spawnSync(process.execPath, [opts.cli ?? CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
    uid: opts.uid,
    gid: opts.gid,
  });
  return {
    code: r.status,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    timedOut: r.error !== undefined && 'code' in r.error && r.error.code === 'ETIMEDOUT',
  };
}

type Doc = { path: string; skipped: string | null; findings: { rule: string; text: string; message: string }[] };

function docs(r: Run): Map<string, Doc> {
  const report = JSON.parse(r.stdout) as { documents: Doc[] };
  return new Map(report.documents.map((d) => [d.path, d]));
}

/** A folder holding one good article (seed 000), so every case can show the others are still reported. */
function desk(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `wirecheck-${name}-`));
  writeFileSync(join(dir, 'good.txt'), seed('000').text);
  return dir;
}

function assertGoodReported(d: Map<string, Doc>, path = 'good.txt'): void {
  const good = d.get(path);
  assert.ok(good, `${path} is in the report`);
  assert.equal(good.skipped, null);
  assert.ok(good.findings.length > 0, `${path} still has its findings`);
}

function assertOneLine(stderr: string): void {
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
}

describe('CLI on bad input: a reason per file, the others still reported', function () {
  this.timeout(120_000);

  it('a FIFO given on the command line or found in a folder is skipped, without blocking', function () {
    const dir = desk('fifo');
    mkdirSync(join(dir, 'folder'));
    for (const p of ['x.txt', 'folder/y.txt']) if (spawnSync('mkfifo', [join(dir, p)]).status !== 0) this.skip();
    const r = run(['check', 'x.txt', 'good.txt', 'folder', '--format', 'json'], dir);
    assert.equal(r.timedOut, false, 'no hang on the FIFO');
    assert.equal(r.code, 0, r.stderr);
    const d = docs(r);
    assert.equal(d.get('x.txt')?.skipped, 'not a regular file: a FIFO (named pipe)');
    assert.equal(d.get(join('folder', 'y.txt'))?.skipped, 'not a regular file: a FIFO (named pipe)');
    assertGoodReported(d);
  });

  it('symlink loops, on the command line or in a folder, are reported and never followed twice', () => {
    const dir = desk('loop');
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'a.txt'), seed('003').text);
    symlinkSync('.', join(dir, 'd', 'self'));
    symlinkSync('loop2.txt', join(dir, 'loop1.txt'));
    symlinkSync('loop1.txt', join(dir, 'loop2.txt'));
    symlinkSync('missing.txt', join(dir, 'dangling.txt'));
    const r = run(['check', 'd', 'loop1.txt', 'dangling.txt', 'good.txt', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const d = docs(r);
    assert.match(d.get(join('d', 'self'))!.skipped!, /^symlink loop: leads back to .*d, which contains it$/);
    assert.equal(d.get('loop1.txt')?.skipped, 'symlink loop: the link leads back to itself');
    assert.equal(d.get('dangling.txt')?.skipped, 'broken symlink: its target does not exist');
    assert.equal(d.get(join('d', 'a.txt'))?.skipped, null, 'the folder behind the loop is read once');
    assert.ok(![...d.keys()].some((p) => p.startsWith(`${join('d', 'self')}/`)), 'nothing read through the loop');
    assertGoodReported(d);
  });

  it('a folder given to --config is a usage error (exit 2, one line); a folder named .wirecheck.json is skipped', () => {
    const dir = desk('eisdir');
    mkdirSync(join(dir, 'conf'));
    const explicit = run(['check', 'good.txt', '--config', 'conf'], dir);
    assert.equal(explicit.code, 2);
    assert.equal(explicit.stderr, 'wirecheck: config file conf: is a folder, not a file\n');
    assertOneLine(explicit.stderr);
    mkdirSync(join(dir, '.wirecheck.json'));
    const found = run(['check', 'good.txt', '--format', 'json'], dir);
    assert.equal(found.code, 0, found.stderr);
    assert.equal(
      found.stderr,
      `wirecheck: ${join(dir, '.wirecheck.json')}: is a folder, not a file (ignored; defaults kept)\n`,
    );
    assertGoodReported(docs(found));
  });

  it('a .wirecheck.json nested 20,000 levels deep is reported, not a RangeError', () => {
    const dir = desk('deep');
    writeFileSync(join(dir, '.wirecheck.json'), `{"ignoredTerms": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    const r = run(['check', 'good.txt', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stderr,
      `wirecheck: ${join(dir, '.wirecheck.json')}: the file is nested too deeply to read (ignored; defaults kept)\n`,
    );
    assertGoodReported(docs(r));
  });

  it('unreadable files and folders (EACCES) are skipped with "permission denied", as an unprivileged user', function () {
    const dir = desk('eacces');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'inside.txt'), seed('001').text);
    writeFileSync(join(dir, 'secret.txt'), seed('002').text);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(dir, 0o755);
    // Root reads everything: run the bundled CLI (copied beside the files) as "nobody" when running as root.
    let as: { cli?: string; uid?: number; gid?: number } = {};
    if (process.getuid?.() === 0) {
      copyFileSync(CLI, join(dir, 'cli.js'));
      chmodSync(join(dir, 'cli.js'), 0o644);
      as = { cli: join(dir, 'cli.js'), uid: 65534, gid: 65534 };
      const probe = run(['--version'], dir, as);
      if (probe.code !== 0) this.skip(); // no unprivileged user can run node here; the injected-failure tests cover the path
    }
    const r = run(['check', 'secret.txt', 'locked', 'good.txt', '--format', 'json'], dir, as);
    assert.equal(r.code, 0, r.stderr);
    const d = docs(r);
    assert.equal(d.get('secret.txt')?.skipped, 'cannot read: permission denied (EACCES)');
    assert.equal(d.get('locked')?.skipped, 'cannot read folder: permission denied (EACCES)');
    assertGoodReported(d);
  });

  it('NUL bytes after the first 8 KB make a file binary; a good file beside it is still checked', () => {
    const dir = desk('nul');
    writeFileSync(
      join(dir, 'late-nul.txt'),
      Buffer.concat([
        Buffer.from('Officials said 12 people died. '.repeat(400)),
        Buffer.from([0]),
        Buffer.from(' More text.'),
      ]),
    );
    const r = run(['check', 'late-nul.txt', 'good.txt', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const d = docs(r);
    assert.equal(d.get('late-nul.txt')?.skipped, 'binary: the file contains NUL bytes');
    assertGoodReported(d);
  });

  it('a UTF-16 file with a BOM is decoded (LE and BE), not called binary', () => {
    const dir = desk('utf16');
    const text = 'Floods killed 41 people in Vallmora on Tuesday.\n';
    writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(
      join(dir, 'be.txt'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    );
    const r = run(['check', 'le.txt', 'be.txt', 'good.txt', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const d = docs(r);
    for (const name of ['le.txt', 'be.txt']) {
      assert.equal(d.get(name)?.skipped, null, name);
      const f = d.get(name)!.findings.find((x) => x.text === '41');
      assert.ok(f, `${name}: "41" found in the decoded text`);
    }
    assertGoodReported(d);
  });

  it('.wirecheck.json: a BOM is applied silently; a bogus profile and a pattern as a team form are named, the rest applies', () => {
    const dir = desk('config');
    writeFileSync(join(dir, 'other.txt'), seed('003').text);
    writeFileSync(join(dir, '.wirecheck.json'), '\uFEFF{"ignoredTerms": [{"term": "onslaught"}]}');
    const bom = run(['check', 'good.txt', 'other.txt', '--format', 'json'], dir);
    assert.equal(bom.stderr, '', 'no "ignored; defaults kept" for a BOM');
    assert.ok(
      !docs(bom)
        .get('other.txt')!
        .findings.some((f) => f.text === 'onslaught'),
      'the ignore entry applies',
    );
    assertGoodReported(docs(bom));
    const greedy = {
      id: 'greedy',
      forms: ['(a+)+$'],
      category: 'emotive-intensifiers',
      why: 'A pattern that should never be a word.',
      alternatives: ['x'],
    };
    writeFileSync(
      join(dir, '.wirecheck.json'),
      JSON.stringify({ profile: 'bogus', ignoredTerms: [{ term: 'onslaught' }], lexicon: { add: [greedy] } }),
    );
    const bad = run(['check', 'good.txt', 'other.txt', '--format', 'json'], dir);
    assert.equal(bad.code, 0, bad.stderr);
    assertOneLine(bad.stderr);
    const where = join(dir, '.wirecheck.json');
    assert.equal(
      bad.stderr,
      `wirecheck: ${where}: lexicon.add[0] ("greedy"): form "(a+)+$" must be words (letters, digits, spaces, hyphens, apostrophes), not a pattern (ignored; defaults kept)\n` +
        `wirecheck: ${where}: profile: must be one of ap, reuters, afp, inhouse, not "bogus" (ignored; defaults kept)\n`,
    );
    const d = docs(bad);
    assert.ok(
      !d.get('other.txt')!.findings.some((f) => f.text === 'onslaught'),
      'the valid ignore entry still applies',
    );
    assert.ok(
      ![...d.values()].some((doc) => doc.findings.some((f) => f.rule === 'loaded-term' && /^a$/i.test(f.text))),
      'no "a" flagged',
    );
    assertGoodReported(d);
  });

  it('an impossible metadata date is no filing time in any message', () => {
    const dir = desk('date');
    writeFileSync(join(dir, 'bad-date.txt'), seed('001').text.replace(/^/, 'date 2024-13-45\n'));
    const r = run(['check', 'bad-date.txt', 'good.txt', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /2024-13-45 \(metadata\)|filed 2024-13-45/);
    assert.equal(docs(r).get('bad-date.txt')?.skipped, null);
    assertGoodReported(docs(r));
  });

  it('only one BOM is stripped: offsets match the editor, which shows the second as text', () => {
    const dir = desk('bom2');
    writeFileSync(join(dir, 'two.txt'), '\uFEFF\uFEFFFloods killed 41 people.\n');
    const r = run(['check', 'two.txt', 'good.txt', '--format', 'json'], dir);
    const f = (
      docs(r).get('two.txt')!.findings as unknown as { text: string; start: number; character: number }[]
    ).find((x) => x.text === '41')!;
    assert.equal(f.start, '\uFEFFFloods killed '.length);
    assert.equal(f.character, f.start);
    assertGoodReported(docs(r));
  });
});
