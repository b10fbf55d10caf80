// The one-time compilation steps (lexicon and casualty patterns: ~0.3 s on an idle machine, seconds on a loaded one)
// run once per extension host, one step per task, from the moment extension.ts is evaluated: VS Code calls activate
// seconds later on a busy machine (bench:editor), so the warm-up fills that wait instead of delaying the first check
// (a cold first check pays the same compilation in one task, 2-3 s at load 18 against 0.4 s warm).
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
