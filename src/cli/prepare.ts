// The costly half of adding an article to the desk (read, decode, model, claims, facts, story features), spread over
// worker threads and the main thread. The desk itself is filled afterwards on the main thread, in the order the files
// were given, so feature interning, matching and findings are the same as with one thread.
// main() stays synchronous: results come back through receiveMessageOnPort, and Atomics.wait sleeps between them.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { MessagePort, Worker } from 'node:worker_threads';
import { Analyzer } from '../core/analyze';
import type { Desk } from '../core/desk';
import { factIndex } from '../core/facts';
import { eligibility, MARKDOWN_EXTENSIONS } from '../core/eligibility';
import { prepareArticle, upsertPrepared, type PreparedArticle } from '../core/worker/prepared';
import { describeError } from './files';
import { readArticle } from './read';

/** One article ready for the desk, or why it is skipped. */
export type PreparedInput = { article: PreparedArticle } | { skipped: string };

export interface PrepareJob {
  paths: readonly string[];
  maxBytes: number;
}

/** Fewer articles than this are prepared in-thread: a worker's start-up (~40 ms CPU) would cost more than it saves. */
const MIN_FILES_FOR_WORKERS = 24;
/** Without any result for this long, the main thread prepares what the workers still owe (a worker may have died). */
const STALL_MS = 5_000;

/** The CLI reads every article language; globs and size are applied before a file is read. */
const CLI_POLICY = {
  enable: true,
  languages: ['plaintext', 'markdown'],
  include: [],
  exclude: [],
  maxFileBytes: Infinity,
};

/**
 * What `addArticle` did before the desk insert: read, screen, analyse; any failure is the file's skip reason.
 * `withFacts` for a result that crosses threads; on the main thread the desk rules build an article's facts on first
 * use, which is only for articles with a matched peer (265 DEV files: 161 built; factIndex 784 -> 293 ms profiled).
 */
export function prepareInput(analyzer: Analyzer, path: string, maxBytes: number, withFacts = false): PreparedInput {
  const read = readArticle(path, maxBytes);
  if ('skipped' in read) return { skipped: read.skipped };
  // A path the user gave: the one eligibility test, past the walk's globs; the reader already checked the size.
  const verdict = eligibility({ path, named: true, text: () => read.text, size: () => 0 }, CLI_POLICY);
  if (!verdict.ok) return { skipped: verdict.reason };
  try {
    const article = prepareArticle(analyzer, read.text, {
      markdown: MARKDOWN_EXTENSIONS.test(path),
      fileTime: read.mtime.toISOString(),
    });
    // Built here, in the same message as the analysis, so that its claims stay the analysis's own objects.
    if (withFacts) article.facts = factIndex(path, article.analysis);
    return { article };
  } catch (e) {
    return { skipped: `internal error while analysing: ${describeError(e)}` };
  }
}

/** Inserts a prepared article (Desk.upsert with the work already done); a failure is the file's skip reason. */
export function addPrepared(desk: Desk, path: string, input: PreparedInput): { path: string; skipped: string | null } {
  if ('skipped' in input) return { path, skipped: input.skipped };
  try {
    upsertPrepared(desk, path, input.article);
  } catch (e) {
    return { path, skipped: `internal error while analysing: ${describeError(e)}` };
  }
  return { path, skipped: null };
}

/**
 * Threads to use: WIRECHECK_THREADS when set (1 = no workers). Otherwise one thread on machines with fewer than four
 * cores, where workers measured slower (2 cores, 265 files: 3.28 s one thread vs 3.55 s two, quiet), else one per core.
 * Why: one thread is not one core. V8's compiler and GC threads used ~1.5 s CPU beside the main thread's ~3.5 s (per
 * /proc task times), so the second core is half taken; a worker adds its own start-up and its own compiler threads
 * (every isolate optimises the same functions again), and each result is structured-cloned (all 265 written and read
 * in-process: ~0.2 s; the later checks on cloned articles measured no slower).
 */
export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.WIRECHECK_THREADS);
  if (Number.isInteger(set) && set >= 1) return Math.min(set, 16);
  const cores = availableParallelism();
  return cores < 4 ? 1 : Math.min(cores, 8);
}

/** Control words shared with the workers: the next path index to take, and how many results were posted. */
export const NEXT = 0;
export const POSTED = 1;

/** Prepares every path; result i belongs to paths[i]. */
export function prepareAll(job: PrepareJob, threads = threadCount()): PreparedInput[] {
  const n = job.paths.length;
  const results = new Array<PreparedInput | undefined>(n);
  const analyzer = new Analyzer();
  const workers =
    threads > 1 && n >= MIN_FILES_FOR_WORKERS
      ? startWorkers(job, Math.min(threads - 1, Math.ceil(n / MIN_FILES_FOR_WORKERS)))
      : undefined;
  if (!workers) {
    for (let i = 0; i < n; i++) results[i] = prepareInput(analyzer, job.paths[i]!, job.maxBytes);
    return results as PreparedInput[];
  }
  let done = 0;
  const { receiveMessageOnPort } = threadsModule();
  const drain = (): boolean => {
    let got = false;
    for (const port of workers.ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const { i, result } = m.message as { i: number; result: PreparedInput };
        if (results[i] === undefined) done++;
        results[i] ??= result;
        got = true;
      }
    }
    return got;
  };
  // The main thread takes paths like any worker.
  for (let i = Atomics.add(workers.ctl, NEXT, 1); i < n; i = Atomics.add(workers.ctl, NEXT, 1)) {
    results[i] = prepareInput(analyzer, job.paths[i]!, job.maxBytes);
    done++;
    drain();
  }
  let lastProgress = Date.now();
  while (done < n) {
    const posted = Atomics.load(workers.ctl, POSTED);
    if (drain()) {
      lastProgress = Date.now();
      continue;
    }
    if (Date.now() - lastProgress < STALL_MS) {
      Atomics.wait(workers.ctl, POSTED, posted, 200);
      continue;
    }
    // No word from the workers for a while: prepare the first missing path here (results are the same either way).
    const i = results.findIndex((r) => r === undefined);
    results[i] = prepareInput(analyzer, job.paths[i]!, job.maxBytes);
    done++;
  }
  for (const w of workers.threads) void w.terminate();
  for (const p of workers.ports) p.close();
  return results as PreparedInput[];
}

interface Workers {
  threads: Worker[];
  ports: MessagePort[];
  ctl: Int32Array;
}

// node:worker_threads on first use: the default on small machines is one thread, and loading it slows every CLI start.
const threadsModule = (): typeof import('node:worker_threads') =>
  require('node:worker_threads') as typeof import('node:worker_threads');

function startWorkers(job: PrepareJob, count: number): Workers | undefined {
  const ctl = new Int32Array(new SharedArrayBuffer(8));
  const threads: Worker[] = [];
  const ports: MessagePort[] = [];
  try {
    const { MessageChannel, Worker } = threadsModule();
    for (let k = 0; k < count; k++) {
      const { port1, port2 } = new MessageChannel();
      const w = new Worker(join(__dirname, 'prepareWorker.js'), {
        workerData: { paths: job.paths, maxBytes: job.maxBytes, ctl, port: port2 },
        transferList: [port2],
      });
      // Never keeps the process alive, and a failing worker only leaves its share to the main thread.
      w.unref();
      w.on('error', () => undefined);
      threads.push(w);
      ports.push(port1);
    }
  } catch {
    // No worker could be started (a missing bundle file, a locked-down runtime): the main thread does it all.
  }
  return threads.length ? { threads, ports, ctl } : undefined;
}
