// Bad input, timed: the CLI on an empty file, 10 MB of prose (skipped at the default 1 MB limit, then checked with the
// limit raised), 1 MB of random bytes, a 1 MB single line, and the adversarial one-sentence shapes of the unit tests.
// Each runs in its own process, so the figures include start-up and the peak memory is the file's own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADVERSARIAL_SHAPES } from '../test/unit/adversarialShapes';
import { round, seedTexts } from './analysis';

const ROOT = resolve(__dirname, '..', '..');

interface BadInputRow {
  input: string;
  kb: number;
  ms: number;
  peakRssMb: number;
  exitCode: number | null;
  skipped: string | null;
  findings: number;
}

/** Deterministic pseudo-random bytes (a fixed LCG): the same "binary file" on every run. */
function randomBytes(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) b[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return b;
}

/** Seed paragraphs repeated up to `bytes`: real prose, as a desk might paste a whole day's wire into one file. */
function prose(bytes: number, oneLine: boolean): string {
  const paragraphs = seedTexts(ROOT)
    .flatMap((t) => t.split(/\n\s*\n/))
    .filter((p) => p.length > 80);
  const parts: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!.replace(/\s+/g, ' ');
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join(oneLine ? ' ' : '\n\n');
}

function runCli(file: string, extra: string[]): Omit<BadInputRow, 'input' | 'kb'> {
  // The bundled CLI's main() in a child that reports its own peak memory as it exits.
  const argv = JSON.stringify(['check', file, '--format', 'json', ...extra]);
  const wrapper = `process.on('exit', () => process.stderr.write('\\nPEAK_RSS_KB=' + process.resourceUsage().maxRSS + '\\n')); process.exitCode = require(${JSON.stringify(join(ROOT, 'dist', 'cli.js'))}).main(${argv});`;
  const t0 = performance.now();
  const proc = spawnSync(process.execPath, ['-e', wrapper], { maxBuffer: 1 << 30 });
  const ms = round(performance.now() - t0);
  const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(proc.stderr.toString())?.[1] ?? NaN);
  let skipped: string | null = null;
  let findings = -1;
  try {
    const doc = JSON.parse(proc.stdout.toString()).documents[0];
    skipped = doc.skipped;
    findings = doc.findings.length;
  } catch {
    skipped = `no JSON report: ${proc.stderr.toString().split('\n')[0]}`;
  }
  return { ms, peakRssMb: round(peak / 1024), exitCode: proc.status, skipped, findings };
}

export function benchBadInput(): { rows: BadInputRow[] } {
  const dir = mkdtempSync(join(tmpdir(), 'wirecheck-bad-'));
  try {
    const ten = prose(10 * 2 ** 20, false);
    const cases: { input: string; body: string | Buffer; extra?: string[] }[] = [
      { input: 'empty file', body: '' },
      { input: '10 MB of prose, default limit', body: ten },
      { input: '10 MB of prose, --max-size 12000', body: ten, extra: ['--max-size', '12000'] },
      { input: '1 MB of random bytes', body: randomBytes(2 ** 20) },
      { input: '1 MB single line of prose', body: prose(2 ** 20, true), extra: ['--max-size', '2000'] },
      ...Object.entries(ADVERSARIAL_SHAPES).map(([name, body]) => ({
        input: name,
        body,
        extra: ['--max-size', '2000'],
      })),
    ];
    const rows = cases.map((c, i) => {
      const file = join(dir, `case${i}.txt`);
      writeFileSync(file, c.body);
      return { input: c.input, kb: round(Buffer.byteLength(c.body) / 1024), ...runCli(file, c.extra ?? []) };
    });
    for (const r of rows)
      console.log(
        `  ${r.input.padEnd(50)} ${String(r.kb).padStart(9)} KB ${String(r.ms).padStart(9)} ms ${String(r.peakRssMb).padStart(7)} MB  ${r.skipped ?? `${r.findings} findings`}`,
      );
    return { rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) benchBadInput();
