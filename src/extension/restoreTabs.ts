// Tabs whose documents are not loaded (restored at start-up): read through workspace.fs in parallel, analysed on the
// worker thread (dist/worker.js) in batches, inserted into the desk, and published through the republish queue.
import * as vscode from 'vscode';
import type { Desk } from '../core/desk';
import { eligibility, MARKDOWN_EXTENSIONS } from '../core/eligibility';
import { upsertPrepared } from '../core/worker/prepared';
import { activeFirst, activeTabUri, tabUris } from './articles';
import { noteTask, type CheckerTiming, type RepublishQueue } from './checkScheduler';
import type { Settings } from './settings';
import { startupMark } from './startupTiming';
import type { PrepareWorker } from './worker/client';
import type { ArticleJob } from './worker/protocol';

/** Unloaded tabs read and analysed per worker request at start-up. */
const RESTORE_BATCH = 16;

/** What restoring needs from the checker. */
export interface RestoreHost {
  readonly desk: Desk;
  readonly preparer: PrepareWorker;
  readonly timing: CheckerTiming;
  readonly queue: RepublishQueue;
  readonly log: vscode.LogOutputChannel;
  readonly skipped: Map<string, string>;
  settings(): Settings;
  warmedUp(): Promise<void>;
  /** Publishes an article at once (version unknown: -1). */
  publishNow(key: string): void;
  /** Queues an article (or an item of one) for republishing. */
  enqueue(id: string): void;
  /** Tells listeners an article's state changed (a skip reason). */
  changed(uri: vscode.Uri): void;
}

/** Restores `uris` that pass the same eligibility test as a loaded tab; resolves once they are all published. */
export async function restoreUnloaded(host: RestoreHost, uris: readonly vscode.Uri[]): Promise<void> {
  // The same test as a loaded tab (switch, languages, globs), before reading; agency files wait until they load.
  const todo = activeFirst(
    uris.filter((u) => {
      const v = eligibility(
        {
          path: u.scheme === 'file' ? u.fsPath : u.path,
          relativePath: vscode.workspace.asRelativePath(u, false),
          scheme: u.scheme,
        },
        host.settings(),
      );
      return v.ok && !v.wire;
    }),
  );
  if (todo.length === 0) return;
  host.queue.hold();
  try {
    await restoreBatches(host, todo);
  } finally {
    host.queue.release();
  }
  await host.queue.whenIdle();
}

async function restoreBatches(host: RestoreHost, todo: readonly vscode.Uri[]): Promise<void> {
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < todo.length; i += RESTORE_BATCH) {
    const batch = todo.slice(i, i + RESTORE_BATCH);
    const jobs: ArticleJob[] = [];
    await Promise.all(
      batch.map(async (uri) => {
        try {
          const bytes = await vscode.workspace.fs.readFile(uri);
          // Then the text's own tests (review report, prose): the worker still decodes and size-checks the bytes.
          const text = new TextDecoder().decode(bytes.subarray(0, host.settings().maxFileBytes));
          const v = eligibility(
            {
              path: uri.scheme === 'file' ? uri.fsPath : uri.path,
              relativePath: vscode.workspace.asRelativePath(uri, false),
              scheme: uri.scheme,
              text: () => text,
              size: () => 0,
            },
            host.settings(),
          );
          if (!v.ok) return void (v.quiet || host.skipped.set(uri.toString(), v.reason));
          jobs.push({ id: uri.toString(), bytes, markdown: MARKDOWN_EXTENSIONS.test(uri.path) });
        } catch (e) {
          host.log.warn(`could not read ${uri.toString()}: ${String(e)}`);
        }
      }),
    );
    // Reading the next batch overlaps with the worker analysing this one.
    inFlight.push(
      host.preparer.articles(jobs, host.settings().maxFileBytes).then(
        (results) => insertRestored(host, results),
        (e) => host.log.warn(`could not restore tabs: ${String(e)}`),
      ),
    );
    if (inFlight.length >= 2) await inFlight.shift();
  }
  await Promise.all(inFlight);
}

async function insertRestored(
  host: RestoreHost,
  results: Awaited<ReturnType<PrepareWorker['articles']>>,
): Promise<void> {
  // One-time compilation happens in the warm-up's short steps, never inside an insert.
  await host.warmedUp();
  startupMark('first-restored-insert');
  const open = new Set(tabUris().map((u) => u.toString()));
  for (const r of results) {
    const started = performance.now();
    const key = r.id;
    // A tab loaded (or closed) meanwhile is the editor's business now: its own events check it.
    if (!open.has(key) || vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) continue;
    if (!r.ok) {
      host.skipped.set(key, r.skipped);
      host.changed(vscode.Uri.parse(key));
      continue;
    }
    host.skipped.delete(key);
    const before = host.desk.dependents(key);
    upsertPrepared(host.desk, key, r.value);
    // The active tab is shown at once; its conflicts follow when the rest of the restore republishes it.
    if (key === (vscode.window.activeTextEditor?.document.uri ?? activeTabUri())?.toString()) host.publishNow(key);
    host.enqueue(key);
    for (const other of new Set([...before, ...host.desk.dependents(key)])) host.enqueue(other);
    noteTask(host.timing, started);
    await new Promise((r) => setImmediate(r));
    // The rules' per-article state (facts) in a task of its own, before the queued publishes need it.
    const preparing = performance.now();
    host.desk.prepare(key);
    noteTask(host.timing, preparing);
    await new Promise((r) => setImmediate(r));
  }
}
