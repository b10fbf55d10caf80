// Start-up marks for `npm run bench:editor`: with WIRECHECK_STARTUP_LOG set (the bench sets it), each mark is appended
// to that file as "<epoch ms> <pid> <name>", so the harness can split reload → first warnings into host start, bundle load,
// activation and first publish. Without the variable nothing is written. Imported first by extension.ts.
import { appendFileSync } from 'node:fs';

const file = process.env.WIRECHECK_STARTUP_LOG;
const marked = new Set<string>();
/** True when marks are written (callers skip work done only for a mark). */
export const startupMarksOn = !!file;

/** Notes a start-up moment once per extension-host process (later calls with the same name are ignored). */
export function startupMark(name: string, at = Date.now()): void {
  if (!file || marked.has(name)) return;
  marked.add(name);
  try {
    appendFileSync(file, `${Math.round(at)} ${process.pid} ${name}\n`);
  } catch {
    // A bench aid only: never let it disturb the extension.
  }
}

startupMark('host-process-start', Date.now() - process.uptime() * 1000);
startupMark('bundle-evaluating');
