// wirecheck.storyFolders: desk folders of incoming stories, indexed in the background for matching, watched for
// changes, and bounded (at most MAX_STORIES files, each within the size limit).
import * as vscode from 'vscode';
import { decodeArticle } from '../core/input';
import { buildArticleModel } from '../core/text/model';
import type { Checker } from './checker';

const MAX_STORIES = 10_000;
const BATCH = 50;

export class StoryFolders implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private generation = 0;
  private readonly indexed = new Set<string>();

  constructor(
    private readonly checker: Checker,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** (Re)indexes every folder glob; a newer call cancels an older one still running. */
  async refresh(globs: readonly string[], maxBytes: number): Promise<void> {
    const generation = ++this.generation;
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    if (globs.length === 0) {
      for (const id of this.indexed) this.checker.desk.removeStory(id);
      this.indexed.clear();
      return;
    }
    const uris = new Map<string, vscode.Uri>();
    for (const glob of globs) for (const uri of await vscode.workspace.findFiles(glob, undefined, MAX_STORIES)) uris.set(uri.toString(), uri);
    for (const id of this.indexed) if (!uris.has(id)) this.checker.desk.removeStory(id);
    const all = [...uris.values()].slice(0, MAX_STORIES);
    if (uris.size > MAX_STORIES) this.log.warn(`wirecheck.storyFolders matches ${uris.size} files; indexing the first ${MAX_STORIES}`);
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Wirecheck: indexing desk stories', cancellable: true },
      async (progress, token) => {
        const started = performance.now();
        for (let i = 0; i < all.length; i += BATCH) {
          if (token.isCancellationRequested || generation !== this.generation) return;
          await Promise.all(all.slice(i, i + BATCH).map((uri) => this.indexOne(uri, maxBytes)));
          progress.report({ increment: (100 * Math.min(BATCH, all.length - i)) / all.length, message: `${Math.min(i + BATCH, all.length)} of ${all.length}` });
          // Yield between batches so typing in an editor never waits on indexing.
          await new Promise((r) => setImmediate(r));
        }
        this.log.info(`indexed ${all.length} desk stories in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    );
    for (const glob of globs) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const reindex = (uri: vscode.Uri): void => void this.indexOne(uri, maxBytes).then(() => this.checker.recheckAll());
      this.watchers.push(watcher, watcher.onDidCreate(reindex), watcher.onDidChange(reindex), watcher.onDidDelete((uri) => {
        this.checker.desk.removeStory(uri.toString());
        this.indexed.delete(uri.toString());
      }));
    }
    await this.checker.recheckAll();
  }

  private async indexOne(uri: vscode.Uri, maxBytes: number): Promise<void> {
    try {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), maxBytes);
      if (decoded.skipped !== null) {
        this.log.info(`desk story ${uri.fsPath} skipped: ${decoded.skipped}`);
        return;
      }
      const meta = buildArticleModel(decoded.text).meta;
      this.checker.desk.indexStory(uri.toString(), decoded.text, meta);
      this.indexed.add(uri.toString());
    } catch (e) {
      this.log.warn(`could not index ${uri.toString()}: ${String(e)}`);
    }
  }

  dispose(): void {
    this.generation++;
    for (const w of this.watchers) w.dispose();
  }
}
