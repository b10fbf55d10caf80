// The extension host's side of the preparation worker: one worker thread started on first use and stopped when idle,
// requests answered in order. Without a worker (no script, or it died) the same work runs in-thread, in small requests.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { Analyzer } from '../../core/analyze';
import type { Prepared, PreparedArticle, PreparedDeskStory } from '../../core/worker/prepared';
import { handle } from './handler';
import type { ArticleJob, Request, Response, StoryJob } from './protocol';

type Pending = { resolve: (r: Response) => void; reject: (e: Error) => void };

/** Only the view's own bytes (cloning a pooled Buffer's view would copy its whole backing store). */
function own(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

export class PrepareWorker {
  private worker: Worker | undefined;
  private failed = false;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private fallbackAnalyzer: Analyzer | undefined;

  /** `script`: path of dist/worker.js; undefined or missing means in-thread work. */
  constructor(
    private readonly script: string | undefined,
    private readonly idleMs = 30_000,
    private readonly onLog: (message: string) => void = () => {},
  ) {}

  /** True when requests run on a worker thread. */
  get threaded(): boolean {
    return !this.failed && !!this.script && existsSync(this.script);
  }

  async stories(jobs: StoryJob[], maxBytes: number): Promise<Prepared<PreparedDeskStory>[]> {
    const res = await this.request({ seq: ++this.seq, kind: 'stories', jobs, maxBytes }, jobs);
    if (res.kind !== 'stories') throw new Error(res.kind === 'error' ? res.message : 'unexpected worker reply');
    return res.results;
  }

  async articles(jobs: ArticleJob[], maxBytes: number): Promise<Prepared<PreparedArticle>[]> {
    const res = await this.request({ seq: ++this.seq, kind: 'articles', jobs, maxBytes }, jobs);
    if (res.kind !== 'articles') throw new Error(res.kind === 'error' ? res.message : 'unexpected worker reply');
    return res.results;
  }

  private async request(req: Request, jobs: { bytes: Uint8Array }[]): Promise<Response> {
    const worker = this.ensure();
    if (worker) {
      clearTimeout(this.idleTimer);
      try {
        // Bytes are copied, not transferred: if the worker dies, the same request runs in-thread.
        return await new Promise<Response>((resolve, reject) => {
          this.pending.set(req.seq, { resolve, reject });
          worker.postMessage({ ...req, jobs: jobs.map((j) => ({ ...j, bytes: own(j.bytes) })) });
        });
      } catch (e) {
        if (!this.failed) throw e;
      }
    }
    // In-thread: the caller keeps requests small; yield first so a burst of requests never runs back to back.
    await new Promise((r) => setImmediate(r));
    return handle(req, (this.fallbackAnalyzer ??= new Analyzer()));
  }

  private ensure(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!this.threaded) return undefined;
    try {
      const worker = new Worker(this.script!);
      worker.on('message', (res: Response) => {
        const p = this.pending.get(res.seq);
        this.pending.delete(res.seq);
        p?.resolve(res);
        if (this.pending.size === 0) this.armIdle();
      });
      const die = (why: string): void => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        if (why) {
          this.failed = true;
          this.onLog(`preparation worker stopped (${why}); continuing in-thread`);
        }
        for (const p of this.pending.values()) p.reject(new Error(`worker stopped: ${why || 'idle'}`));
        this.pending.clear();
      };
      worker.on('error', (e) => die(String(e)));
      worker.on('exit', (code) => die(code === 0 || this.stopping ? '' : `exit code ${code}`));
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (e) {
      this.failed = true;
      this.onLog(`could not start the preparation worker: ${String(e)}`);
      return undefined;
    }
  }

  private stopping = false;

  private armIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.stop(), this.idleMs);
    this.idleTimer.unref?.();
  }

  private async stop(): Promise<void> {
    const w = this.worker;
    if (!w || this.pending.size > 0) return;
    this.stopping = true;
    this.worker = undefined;
    await w.terminate();
    this.stopping = false;
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
    const w = this.worker;
    this.worker = undefined;
    this.stopping = true;
    for (const p of this.pending.values()) p.reject(new Error('disposed'));
    this.pending.clear();
    void w?.terminate();
  }
}
