import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SEEDS_DIR } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI', () => {
  it('exits 2 with a clear message on usage errors', () => {
    for (const [args, needle] of [
      [[], 'missing command'],
      [['lint', 'x'], 'unknown command "lint"'],
      [['check'], 'no files or folders given'],
      [['check', SEEDS_DIR, '--format', 'xml'], '--format must be text, json or sarif'],
      [['check', SEEDS_DIR, '--fail-on', 'fatal'], '--fail-on must be one of'],
      [['check', SEEDS_DIR, '--bogus'], 'unknown option "--bogus"'],
      [['check', SEEDS_DIR, '-z'], 'unknown option "-z"'],
      [['check', SEEDS_DIR, '--format'], '--format needs a value'],
      [['check', SEEDS_DIR, '--format', '--fail-on', 'error'], '--format needs a value'],
      [['check', SEEDS_DIR, '--format=xml'], '--format must be text, json or sarif, not "xml"'],
      [['check', SEEDS_DIR, '--max-size', '0'], '--max-size must be a positive number of kilobytes'],
      [['check', '/no/such/file.txt'], 'no such file or folder'],
    ] as [string[], string][]) {
      const r = run(args);
      assert.equal(r.code, 2, `exit code for ${args.join(' ')}`);
      assert.ok(r.stderr.includes(needle), `stderr for ${args.join(' ')}: ${r.stderr}`);
    }
  });

  it('prints the documented JSON shape for a folder of articles', () => {
    const r = run(['check', SEEDS_DIR, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.version, 1);
    assert.equal(report.tool.name, 'wirecheck');
    assert.match(report.tool.version, /^\d+\.\d+\.\d+/);
    assert.equal(report.documents.length, 5);
    const doc = report.documents[0];
    assert.equal(doc.path, join(SEEDS_DIR, '000_0724527d9ff2bd15.txt'));
    assert.equal(doc.skipped, null);
    assert.ok(doc.findings.length > 0);
    for (const f of doc.findings) {
      for (const k of [
        'rule',
        'severity',
        'start',
        'end',
        'line',
        'character',
        'endLine',
        'endCharacter',
        'text',
        'message',
        'suggestions',
        'related',
      ])
        assert.ok(k in f, `finding has ${k}`);
    }
    assert.ok(Array.isArray(doc.matches));
  });

  it('--format=json and --format json are the same option (node:util parseArgs); -- ends options', () => {
    const a = run(['check', SEEDS_DIR, '--format=json']);
    const b = run(['check', '--format', 'json', SEEDS_DIR]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.equal(JSON.parse(a.stdout).documents.length, 5);
    assert.equal(run(['check', '--format', 'json', '--', SEEDS_DIR]).stdout, a.stdout);
  });

  it('--fail-on decides the exit code', () => {
    assert.equal(run(['check', SEEDS_DIR, '--fail-on', 'warning']).code, 1);
    assert.equal(run(['check', SEEDS_DIR, '--fail-on', 'error']).code, 0);
  });

  it('skips bad input with a reason instead of failing: binary, not UTF-8, too large; copes with empty and one long line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirecheck-cli-'));
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    writeFileSync(join(dir, 'random.txt'), bytes);
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x32]));
    writeFileSync(join(dir, 'huge.txt'), 'Officials said 12 people died. '.repeat(340_000));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'oneline.txt'), 'Some 1,200 people were seen and '.repeat(30_000));
    const r = run(['check', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const byName = Object.fromEntries(
      JSON.parse(r.stdout).documents.map((d: { path: string }) => [d.path.split('/').pop(), d]),
    );
    assert.match(byName['random.txt'].skipped, /^binary/);
    assert.match(byName['latin1.txt'].skipped, /^not UTF-8/);
    assert.match(byName['huge.txt'].skipped, /^too large: 10\.\d MB/);
    assert.equal(byName['empty.txt'].skipped, null);
    assert.deepEqual(byName['empty.txt'].findings, []);
    assert.equal(byName['oneline.txt'].skipped, null);
    assert.ok(byName['oneline.txt'].findings.length > 0, 'the long line is analysed, not dropped');
  });

  it('removes a BOM and reports UTF-16 offsets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirecheck-bom-'));
    writeFileSync(join(dir, 'bom.txt'), '\uFEFFFloods 😀 killed 41 people.\n');
    const doc = JSON.parse(run(['check', dir, '--format', 'json']).stdout).documents[0];
    const f = doc.findings.find((x: { text: string }) => x.text.includes('41'));
    assert.ok(f, 'figure flagged');
    const text = 'Floods 😀 killed 41 people.\n';
    assert.equal(text.slice(f.start, f.end), f.text);
  });

  it('names a bad team-lexicon entry and a malformed setting in .wirecheck.json, keeping the defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirecheck-config-'));
    writeFileSync(join(dir, 'story.txt'), 'Israel launched a brutal onslaught on Monday, killing 12 people.\n');
    writeFileSync(
      join(dir, '.wirecheck.json'),
      '// desk file\n{ "lexicon": { "add": [ { "id": "team-x", "forms": ["foo"], "category": "team" } ] }, "ignoredFigures": [ { "figure": 3 } ] }',
    );
    const r = run(['check', 'story.txt', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /team-x/);
    assert.match(r.stderr, /ignoredFigures\[0\]/);
    const findings = JSON.parse(r.stdout).documents[0].findings as { rule: string; text: string }[];
    assert.ok(
      findings.some((f) => f.rule === 'loaded-term' && f.text === 'onslaught'),
      'default lexicon still applies',
    );
    assert.ok(
      findings.some((f) => f.rule === 'unattributed-figure'),
      'figures still checked',
    );
    const broken = mkdtempSync(join(tmpdir(), 'wirecheck-broken-'));
    writeFileSync(join(broken, 'story.txt'), 'Floods killed 12 people.\n');
    writeFileSync(join(broken, '.wirecheck.json'), '{ "ignoredFigures": [ ');
    const b = run(['check', 'story.txt'], broken);
    assert.equal(b.code, 0);
    assert.match(b.stderr, /JSON error/);
  });
});
