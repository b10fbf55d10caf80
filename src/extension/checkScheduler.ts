// When the checker runs: a debounce per document while typing, and the queue of articles to republish because a peer
// changed, drained in slices of at most SLICE_MS so no keystroke blocks the extension host on 200 open tabs.

/** Longest run of queued republishes in one task (ms) before yielding to the event loop. */
const SLICE_MS = 8;

/** Time spent in the checker's synchronous tasks, for the bench and the log. */
export interface CheckerTiming {
  /** Longest single synchronous task (ms): an ingest (analyse + publish self) or a slice of queued republishes. */
  longestTaskMs: number;
  tasks: number;
  republished: number;
}

/** Counts one synchronous task begun at `started` (performance.now()). */
export function noteTask(timing: CheckerTiming, started: number): void {
  noteDuration(timing, performance.now() - started);
}

export function noteDuration(timing: CheckerTiming, ms: number): void {
  timing.tasks++;
  if (ms > timing.longestTaskMs) timing.longestTaskMs = ms;
}

/** One pending timer per document key: a new call for a key replaces the old one. */
export class Debouncer {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  schedule(key: string, ms: number, run: () => void): void {
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        run();
      }, ms),
    );
  }

  cancel(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
  }
}

/** Articles to republish (key → nothing: the version is read when published); many changes to one peer coalesce. */
export class RepublishQueue {
  private readonly queued = new Set<string>();
  private flushing: Promise<void> | undefined;
  /** While tabs are being restored, queued republishes wait: each article is then published once, with all its peers in. */
  private holds = 0;

  constructor(
    /** Resolves once one-time compilation ran: done in short steps first, never inside one publish. */
    private readonly ready: () => Promise<void>,
    private readonly republish: (key: string) => void,
    private readonly timing: CheckerTiming,
  ) {}

  get size(): number {
    return this.queued.size;
  }

  add(key: string): void {
    this.queued.add(key);
    if (this.holds === 0) this.flushing ??= this.flush();
  }

  delete(key: string): void {
    this.queued.delete(key);
  }

  clear(): void {
    this.queued.clear();
  }

  /** Queued republishes wait until every hold is released. */
  hold(): void {
    this.holds++;
  }

  release(): void {
    if (--this.holds === 0 && this.queued.size > 0) this.flushing ??= this.flush();
  }

  /** Resolves when no republish is queued (tests and the bench wait on it). */
  async whenIdle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      await this.ready();
      while (this.queued.size > 0) {
        await new Promise((r) => setImmediate(r));
        const started = performance.now();
        for (const key of this.queued) {
          this.queued.delete(key);
          this.republish(key);
          this.timing.republished++;
          if (performance.now() - started >= SLICE_MS) break;
        }
        noteTask(this.timing, started);
      }
    } finally {
      this.flushing = undefined;
    }
  }
}
