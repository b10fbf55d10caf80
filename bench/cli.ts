// Whole-process CLI bench (`npm run bench:cli`, also a section of `npm run bench`): `node dist/cli.js check <files>
// --format json` against alex over the same files, each run its own process, start-up included, A B A B … and the
// median of each. The texts come from ../shared/eval by the ids checked in beside this file and are written one
// article per file into a temp folder that is removed afterwards. Also: start-up alone, and time per 1,000 files at
// 500 / 1,000 / 2,000 files so that any cost growing faster than the number of files shows.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
// WIRECHECK_BENCH_CLI times another build (a copy of an earlier dist/cli.js) the same way, for before/after figures.
const CLI = process.env.WIRECHECK_BENCH_CLI ?? join(ROOT, 'dist', 'cli.js');
const ALEX = join(ROOT, 'node_modules', '.bin', 'alex');
const TIME = '/usr/bin/time';
const RUNS = Number(process.env.WIRECHECK_BENCH_RUNS ?? 5);
const SCALE_RUNS = Number(process.env.WIRECHECK_BENCH_SCALE_RUNS ?? 3);

interface Run {
  wallS: number;
  cpuS?: number;
  peakMb?: number;
  exit: number | null;
  outBytes: number;
}

const round = (n: number, d = 2): number => Math.round(n * 10 ** d) / 10 ** d;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Article texts by id, from the eval files (PolNeAR by article, PTC and stories by record id). */
function loadTexts(evalDir: string, wanted: Set<string>): Map<string, string> {
  const texts = new Map<string, string>();
  const read = (file: string, idOf: (r: Record<string, string>) => string): void => {
    for (const line of readFileSync(join(evalDir, file), 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as Record<string, string>;
      const id = idOf(r);
      if (wanted.has(id) && !texts.has(id)) texts.set(id, r.text!);
    }
  };
  read('attribution.jsonl', (r) => `PolNeAR:${r.article}`);
  read('loaded.jsonl', (r) => r.id!);
  read('stories.jsonl', (r) => r.id!);
  return texts;
}

function idList(name: string): string[] {
  return readFileSync(join(ROOT, 'bench', name), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
}

/** Writes the texts one per file into `dir`; returns the file names (relative, as a desk's pipeline would pass them). */
function writeArticles(dir: string, ids: string[], texts: Map<string, string>): { files: string[]; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (const id of ids) {
    const text = texts.get(id);
    if (text === undefined) throw new Error(`bench: no text for id ${id} in the eval data`);
    const name = id.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 120) + '.txt';
    writeFileSync(join(dir, name), text);
    files.push(name);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

/** One whole process, timed from outside: wall from a monotonic clock, CPU and peak memory from /usr/bin/time. */
function runOnce(cmd: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const withTime = existsSync(TIME);
  const timeFile = join(cwd, '..', 'time.txt');
  const outFile = join(cwd, '..', 'out.txt');
  const argv = withTime ? [TIME, '-f', '%U %S %M', '-o', timeFile, ...cmd] : cmd;
  const out = openSync(outFile, 'w');
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', out, out] });
    child.on('error', fail);
    child.on('exit', (code) => {
      const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
      closeSync(out);
      const run: Run = { wallS, exit: code, outBytes: statSync(outFile).size };
      if (withTime) {
        const [u, s, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        run.cpuS = u! + s!;
        run.peakMb = kb! / 1024;
      }
      done(run);
    });
  });
}

function summary(runs: Run[]): object {
  const cpu = runs.map((r) => r.cpuS).filter((x): x is number => x !== undefined);
  return {
    wallS: {
      median: round(median(runs.map((r) => r.wallS)), 3),
      min: round(Math.min(...runs.map((r) => r.wallS)), 3),
      max: round(Math.max(...runs.map((r) => r.wallS)), 3),
    },
    ...(cpu.length ? { cpuS: round(median(cpu), 3), peakMb: round(median(runs.map((r) => r.peakMb!)), 1) } : {}),
    exit: [...new Set(runs.map((r) => r.exit))],
    outBytes: runs[runs.length - 1]!.outBytes,
  };
}

/** A and B in turn (one warm-up each, not counted); the ratio B/A is taken pair by pair, then its median. */
async function interleaved(
  a: string[],
  b: string[],
  cwd: string,
  runs: number,
): Promise<{ a: Run[]; b: Run[]; ratios: number[]; cpuRatios: number[] }> {
  await runOnce(a, cwd);
  await runOnce(b, cwd);
  const ra: Run[] = [];
  const rb: Run[] = [];
  for (let i = 0; i < runs; i++) {
    ra.push(await runOnce(a, cwd));
    rb.push(await runOnce(b, cwd));
  }
  const ratios = ra.map((r, i) => rb[i]!.wallS / r.wallS);
  const cpuRatios = ra.every((r) => r.cpuS) ? ra.map((r, i) => rb[i]!.cpuS! / r.cpuS!) : [];
  return { a: ra, b: rb, ratios, cpuRatios };
}

async function repeated(cmd: string[], cwd: string, runs: number, env?: NodeJS.ProcessEnv): Promise<Run[]> {
  await runOnce(cmd, cwd, env);
  const out: Run[] = [];
  for (let i = 0; i < runs; i++) out.push(await runOnce(cmd, cwd, env));
  return out;
}

const wirecheck = (files: string[]): string[] => [process.execPath, CLI, 'check', ...files, '--format', 'json'];
const alex = (files: string[]): string[] => [process.execPath, ALEX, ...files];

export async function benchCli(evalDir: string): Promise<object> {
  if (!existsSync(CLI)) return { skipped: 'dist/cli.js missing: run npm run build' };
  if (!existsSync(ALEX)) return { skipped: 'node_modules/.bin/alex missing: run npm ci' };
  const head = idList('cli-files.txt');
  const scale = idList('cli-scale-files.txt');
  const texts = loadTexts(evalDir, new Set([...head, ...scale]));
  const work = mkdtempSync(join(tmpdir(), 'wirecheck-cli-bench-'));
  const load0 = loadavg()[0]!;
  try {
    // Headline: the DEV PolNeAR (dev split) and PTC articles, wirecheck against alex.
    const h = writeArticles(join(work, 'head', 'files'), head, texts);
    const cwd = join(work, 'head', 'files');
    const pair = await interleaved(wirecheck(h.files), alex(h.files), cwd, RUNS);
    const headline = {
      files: h.files.length,
      mb: round(h.bytes / 2 ** 20),
      wirecheck: summary(pair.a),
      alex: summary(pair.b),
      alexOverWirecheckWall: {
        median: round(median(pair.ratios)),
        min: round(Math.min(...pair.ratios)),
        max: round(Math.max(...pair.ratios)),
      },
      ...(pair.cpuRatios.length ? { alexOverWirecheckCpu: round(median(pair.cpuRatios)) } : {}),
      target: 5,
      // The CLI analyses on every core (worker threads); alex uses one. CPU is the figure a busy machine distorts least.
      cores: availableParallelism(),
    };
    console.log(`cli headline: ${JSON.stringify(headline)}`);
    // The same files on one thread (WIRECHECK_THREADS=1), against alex's median above: what the workers add.
    const single = await repeated(wirecheck(h.files), cwd, RUNS, { ...process.env, WIRECHECK_THREADS: '1' });
    const alexWall = median(pair.b.map((r) => r.wallS));
    const oneThread = {
      wirecheck: summary(single),
      alexOverWirecheckWall: round(alexWall / median(single.map((r) => r.wallS))),
    };
    console.log(`cli one thread: ${JSON.stringify(oneThread)}`);

    // Start-up: --version (bundle load only) and one tiny article (bundle load, warm-up, one check, JSON out).
    const tiny = writeArticles(join(work, 'tiny', 'files'), [head[0]!], texts);
    const tinyCwd = join(work, 'tiny', 'files');
    const startup = {
      nodeEmptyS: summary(await repeated([process.execPath, '-e', '0'], tinyCwd, RUNS)),
      versionS: summary(await repeated([process.execPath, CLI, '--version'], tinyCwd, RUNS)),
      oneFileS: summary(await repeated(wirecheck(tiny.files), tinyCwd, RUNS)),
      alexOneFileS: summary(await repeated(alex(tiny.files), tinyCwd, RUNS)),
    };
    console.log(`cli start-up: ${JSON.stringify(startup)}`);

    // Linearity: the same mix of corpora at every size (the first N of one fixed order).
    const sizes: Record<string, object> = {};
    for (const n of [500, 1000, 2000]) {
      const s = writeArticles(join(work, `n${n}`, 'files'), scale.slice(0, n), texts);
      const runs = await repeated(wirecheck(s.files), join(work, `n${n}`, 'files'), SCALE_RUNS);
      const wall = median(runs.map((r) => r.wallS));
      const cpu = runs.every((r) => r.cpuS !== undefined) ? median(runs.map((r) => r.cpuS!)) : NaN;
      sizes[n] = {
        files: n,
        mb: round(s.bytes / 2 ** 20),
        ...summary(runs),
        sPer1000Files: round((wall / n) * 1000),
        cpuSPer1000Files: round((cpu / n) * 1000),
        sPerMb: round(wall / (s.bytes / 2 ** 20)),
      };
      console.log(`cli ${n} files: ${JSON.stringify(sizes[n])}`);
    }
    return {
      how: `median of ${RUNS} interleaved runs (A B A B …, one warm-up each); linearity: median of ${SCALE_RUNS}; wall from process.hrtime, CPU (user + sys) and peak memory from ${TIME}`,
      loadAverage: { before: round(load0), after: round(loadavg()[0]!) },
      headline,
      oneThread,
      startup,
      linearity: sizes,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchCli(resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'eval'))).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
