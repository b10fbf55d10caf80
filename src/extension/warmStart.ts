// The one-time compilation steps (lexicon and casualty patterns: ~0.3 s on an idle machine, seconds on a loaded one)
// run once per extension host, one step per task, after the active article's own findings are published (Checker):
// started at bundle evaluation they delayed activate itself (bench:editor: activate came right after the last step),
// and the desk-level rules that need them publish from the queue once they are done.
import { warmUpSteps } from '../core/warmUp';
import { startupMark } from './startupTiming';

/** One warm-up step: when it started (performance.now()) and how long it took (ms). */
export interface WarmUpStep {
  at: number;
  ms: number;
}

let running: Promise<WarmUpStep[]> | undefined;

/** Starts the warm-up (once per process); resolves with each step's start and duration, for the checker's task timing. */
export function warmUpOnce(): Promise<WarmUpStep[]> {
  running ??= (async () => {
    startupMark('warm-up-start');
    const steps: WarmUpStep[] = [];
    // A second first: the diagnostics just published must reach the editor and be painted before the steps (up to a
    // second each on a loaded machine) hold the host. bench:editor at load 24, publish → squiggle median: 1.61 s with
    // no wait, 0.98 s with 300 ms, 0.43 s with 1 s. Only the desk-level findings, once per host, wait for it.
    await new Promise((r) => setTimeout(r, 1000));
    for (const step of warmUpSteps()) {
      await new Promise((r) => setImmediate(r));
      const started = performance.now();
      step();
      steps.push({ at: started, ms: performance.now() - started });
    }
    startupMark('warm-up-done');
    return steps;
  })();
  return running;
}
