// wirecheck.storyFolders: desk folders of incoming stories, indexed in the background for matching, watched for
// changes, and bounded (at most MAX_STORIES files, each within the size limit).
// Files are read through workspace.fs, decoded and featurised on the preparation worker (dist/worker.js), and only
// inserted into the desk's story index here, in slices of at most SLICE_MS: indexing 5,000 stories never blocks typing.
import * as vscode from 'vscode';
import { isReviewReport } from './articles';
import { indexPrepared, type Prepared, type PreparedDeskStory } from '../core/worker/prepared';
import type { Checker } from './checker';
import type { StoryJob } from './worker/protocol';

const MAX_STORIES = 10_000;
/** The open folders are the desk up to this many article files; past it they are skipped with a message. */
export const DESK_FOLDER_LIMIT = 5_000;
const ARTICLE_GLOB = '**/*.{txt,text,md,markdown}';
const NOT_STORIES = '**/{node_modules,.git,.vscode,.vscode-test,out,dist}/**';
/** Files read from workspace.fs at once, and sent to the worker per request. */
const BATCH = 100;
/** Longest run of index inserts in one task (ms). */
const SLICE_MS = 8;

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

export class StoryFolders implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private generation = 0;
  private readonly indexed = new Set<string>();
  /** Longest single insert slice (ms), for the log and the bench. */
  longestSliceMs = 0;

  constructor(
    private readonly checker: Checker,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Resolves when the latest refresh has finished (tests and the bench wait on it). */
  done: Promise<void> = Promise.resolve();

  /**
   * (Re)indexes every folder glob, and with `deskFolder` every article file of the open folders (up to
   * DESK_FOLDER_LIMIT); a newer call cancels an older one still running.
   */
  refresh(globs: readonly string[], maxBytes: number, deskFolder = false): Promise<void> {
    this.done = this.refreshNow(globs, maxBytes, deskFolder);
    return this.done;
  }

  private async refreshNow(storyGlobs: readonly string[], maxBytes: number, deskFolder: boolean): Promise<void> {
    const generation = ++this.generation;
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const globs = [...storyGlobs];
    if (deskFolder && (vscode.workspace.workspaceFolders?.length ?? 0) > 0) {
      const found = await vscode.workspace.findFiles(ARTICLE_GLOB, NOT_STORIES, DESK_FOLDER_LIMIT + 1);
      if (found.length > DESK_FOLDER_LIMIT) {
        const why = `the open folders hold more than ${DESK_FOLDER_LIMIT.toLocaleString('en')} text files, so they are not matched as a desk. Set wirecheck.storyFolders to the folders that hold stories.`;
        this.log.warn(why);
        void vscode.window.showInformationMessage(`Wirecheck: ${why}`);
      } else globs.push(ARTICLE_GLOB);
    }
    if (globs.length === 0) {
      for (const id of this.indexed) this.checker.desk.removeStory(id);
      this.indexed.clear();
      return;
    }
    const uris = new Map<string, vscode.Uri>();
    for (const glob of globs)
      for (const uri of await vscode.workspace.findFiles(
        glob,
        glob === ARTICLE_GLOB ? NOT_STORIES : undefined,
        MAX_STORIES,
      ))
        uris.set(uri.toString(), uri);
    for (const id of this.indexed) if (!uris.has(id)) this.checker.desk.removeStory(id);
    const all = [...uris.values()].slice(0, MAX_STORIES);
    if (uris.size > MAX_STORIES)
      this.log.warn(`wirecheck.storyFolders matches ${uris.size} files; indexing the first ${MAX_STORIES}`);
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: 'Wirecheck: matching the stories in your folders',
        cancellable: true,
      },
      async (progress, token) => {
        const started = performance.now();
        const stale = (): boolean => token.isCancellationRequested || generation !== this.generation;
        let pending: Promise<void> | undefined;
        for (let i = 0; i < all.length; i += BATCH) {
          if (stale()) return false;
          const batch = all.slice(i, i + BATCH);
          const jobs = await this.read(batch);
          // The worker prepares this batch while the previous one is inserted and the next one read.
          const prepared = this.checker.preparer.stories(jobs, maxBytes);
          await pending;
          const done = Math.min(i + BATCH, all.length);
          pending = prepared
            .then(
              (results) => this.insert(results, stale),
              (e) => this.log.warn(`could not index desk stories: ${String(e)}`),
            )
            .then(() =>
              progress.report({ increment: (100 * batch.length) / all.length, message: `${done} of ${all.length}` }),
            );
        }
        await pending;
        if (stale()) return false;
        this.log.info(
          `indexed ${all.length} desk stories in ${((performance.now() - started) / 1000).toFixed(1)} s (longest insert slice ${this.longestSliceMs.toFixed(1)} ms)`,
        );
        return true;
      },
    );
    // A newer refresh owns the watchers; a cancelled one keeps what it indexed and watches it.
    if (generation !== this.generation) return;
    for (const glob of globs) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const reindex = (uri: vscode.Uri): void =>
        void this.indexOne(uri, maxBytes).then(() => this.checker.recheckAll());
      this.watchers.push(
        watcher,
        watcher.onDidCreate(reindex),
        watcher.onDidChange(reindex),
        watcher.onDidDelete((uri) => {
          this.checker.desk.removeStory(uri.toString());
          this.indexed.delete(uri.toString());
        }),
      );
    }
    await this.checker.recheckAll();
  }

  private async read(uris: readonly vscode.Uri[]): Promise<StoryJob[]> {
    const jobs: StoryJob[] = [];
    await Promise.all(
      uris.map(async (uri) => {
        try {
          const bytes = await vscode.workspace.fs.readFile(uri);
          // A review report Wirecheck wrote sits beside the stories: it is not one of them.
          if (!isReviewReport(new TextDecoder().decode(bytes.subarray(0, 200))))
            jobs.push({ id: uri.toString(), bytes });
        } catch (e) {
          this.log.warn(`could not index ${uri.toString()}: ${String(e)}`);
        }
      }),
    );
    return jobs;
  }

  /** Inserts prepared stories in slices, yielding between them. */
  private async insert(results: Prepared<PreparedDeskStory>[], stale: () => boolean = () => false): Promise<void> {
    let started = performance.now();
    for (const r of results) {
      if (stale()) return;
      if (!r.ok) {
        this.log.info(`desk story ${vscode.Uri.parse(r.id).fsPath} skipped: ${r.skipped}`);
        continue;
      }
      indexPrepared(this.checker.desk, r.id, r.value);
      this.indexed.add(r.id);
      const ms = performance.now() - started;
      if (ms >= SLICE_MS) {
        this.longestSliceMs = Math.max(this.longestSliceMs, ms);
        await tick();
        started = performance.now();
      }
    }
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - started);
  }

  private async indexOne(uri: vscode.Uri, maxBytes: number): Promise<void> {
    try {
      await this.insert(await this.checker.preparer.stories(await this.read([uri]), maxBytes));
    } catch (e) {
      this.log.warn(`could not index ${uri.toString()}: ${String(e)}`);
    }
  }

  dispose(): void {
    this.generation++;
    for (const w of this.watchers) w.dispose();
  }
}
