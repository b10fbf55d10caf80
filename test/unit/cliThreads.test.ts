// The CLI's worker threads (src/cli/prepare.ts) must not change what is found: the same invented desk checked on one
// thread and on several gives byte-identical JSON, with findings and matches in it (so the comparison means something).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');

function checkWith(threads: string, cwd: string, files: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', ...files, '--format', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
    env: { ...process.env, WIRECHECK_THREADS: threads },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Invented reports: each event told by three outlets with differing tolls, plus a loaded term and a bad file. */
function writeDesk(dir: string): string[] {
  const towns = [
    'Millbrook',
    'Castleton',
    'Harwick',
    'Ostend Falls',
    'Pinecrest',
    'Dunmore',
    'Eastvale',
    'Greystone',
    'Lakemont',
    'Redfield',
    'Stonebridge',
    'Westhaven',
  ];
  const files: string[] = [];
  towns.forEach((town, t) => {
    for (let v = 0; v < 3; v++) {
      const dead = 4 + t + v;
      const text =
        `${town.toUpperCase()} (Reuters) - A fire at a ${town} warehouse killed ${dead} workers on Tuesday, fire chief Dana ${town}son said.\n\n` +
        `Crews from ${town} and nearby Ashford fought the blaze for ${6 + v} hours. The warehouse stored ${120 + t} tonnes of paper.\n\n` +
        `Officials said ${30 + t} people were evacuated and the damage was estimated at $${2 + v} million. ${v === 1 ? 'Critics called the owners a regime of neglect.' : ''}\n`;
      const name = `${town.replace(/ /g, '_')}-${v}.txt`;
      writeFileSync(join(dir, name), text);
      files.push(name);
    }
  });
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
  files.push('binary.txt');
  return files;
}

describe('CLI worker threads', function () {
  this.timeout(240_000);
  it('gives byte-identical JSON on one thread and on several, findings and matches included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirecheck-threads-'));
    const files = writeDesk(dir);
    const one = checkWith('1', dir, files);
    const many = checkWith('3', dir, files);
    assert.equal(one.code, 0, one.stderr);
    assert.equal(many.code, 0, many.stderr);
    assert.equal(many.stdout, one.stdout);
    const report = JSON.parse(one.stdout) as {
      documents: { path: string; skipped: string | null; findings: { rule: string }[]; matches: unknown[] }[];
    };
    assert.equal(report.documents.length, files.length);
    assert.deepEqual(
      report.documents.map((d) => d.path),
      files,
      'documents in the order given',
    );
    assert.ok(
      report.documents.find((d) => d.path === 'binary.txt')?.skipped,
      'the binary file is skipped with a reason',
    );
    assert.ok(
      report.documents.some((d) => d.matches.length > 0),
      'some reports match',
    );
    assert.ok(
      report.documents.some((d) => d.findings.length > 0),
      'some findings',
    );
  });
});
