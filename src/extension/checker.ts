// Runs the desk over the open articles and publishes one DiagnosticCollection: debounced while typing, at once on
// open and save, results kept per document version so nothing stale is ever shown or fixed.
// The edited article is published in the same task; the articles whose findings depend on it (its story peers) are
// queued and republished in slices (checkScheduler.ts), so no keystroke blocks the extension host on 200 open tabs.
// Publishing is diagnosticsPublisher.ts; tabs restored at start-up go through restoreTabs.ts.
import * as vscode from 'vscode';
import { defaultConfig, type CheckConfig } from '../core/config';
import { Desk } from '../core/desk';
import { activeFirst, eligibility as documentEligibility, tabUris } from './articles';
import type { Settings } from './settings';
import { WireDocuments, type WireArticle } from './wireDocuments';
import type { ModelOptions } from '../core/text/model';
import { PrepareWorker } from './worker/client';
import type { WorkspaceFiles } from './workspaceFile';
import { startupMark } from './startupTiming';
import { warmUpOnce } from './warmStart';
import { Debouncer, noteDuration, noteTask, RepublishQueue, type CheckerTiming } from './checkScheduler';
import { DiagnosticsPublisher, type CheckResult } from './diagnosticsPublisher';
import { restoreUnloaded, type RestoreHost } from './restoreTabs';

export type { CheckerTiming } from './checkScheduler';
export type { CheckResult } from './diagnosticsPublisher';

export class Checker implements vscode.Disposable {
  readonly desk = new Desk();
  private readonly debouncer = new Debouncer();
  private readonly skipped = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private configs = new Map<string, { settings: Settings; file: unknown; config: CheckConfig }>();
  /** Off-thread analysis of restored tabs and desk-folder stories (StoryFolders shares it). */
  readonly preparer: PrepareWorker;
  readonly timing: CheckerTiming = { longestTaskMs: 0, tasks: 0, republished: 0 };
  /** Agency files (NewsML-G2, NITF, ninjs): their story text, source maps and embargo timers. */
  readonly wire = new WireDocuments((key) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc && !doc.isClosed) this.checkDocument(doc);
  });
  private readonly publisher: DiagnosticsPublisher;
  /** Articles to republish because a peer changed; drained in slices once warmed up. */
  private readonly queue = new RepublishQueue(
    () => this.warmedUp,
    (key) => this.publish(key, this.publisher.result(key)?.version ?? -1),
    this.timing,
  );
  /** Fires after a document's diagnostics were published (the status bar and panel listen). */
  readonly onDidCheck = this.emitter.event;

  constructor(
    private settings: Settings,
    private readonly files: WorkspaceFiles,
    private readonly log: vscode.LogOutputChannel,
    extensionUri: vscode.Uri,
  ) {
    const script =
      extensionUri.scheme === 'file' ? vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath : undefined;
    this.preparer = new PrepareWorker(script, 30_000, (m) => this.log.warn(m));
    this.publisher = new DiagnosticsPublisher(
      this.desk,
      this.wire,
      (uri) => this.configFor(uri),
      extensionUri,
      (uri) => this.emitter.fire(uri),
    );
  }

  private warming: Promise<void> | undefined;
  /**
   * Resolves once the one-time compilation steps have run (each in its own short task; see warmStart.ts). Started by
   * the first queued publish (after an article's own findings are out), or by activate when no article is open:
   * steps run earlier delayed activate itself.
   */
  get warmedUp(): Promise<void> {
    return (this.warming ??= this.warmUp());
  }

  private async warmUp(): Promise<void> {
    const since = performance.now();
    // Only steps run during this checker's life are its tasks (a second checker in one process reuses the first's).
    for (const step of await warmUpOnce()) if (step.at >= since) noteDuration(this.timing, step.ms);
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.configs.clear();
  }

  /** Resolves when no republish is queued (tests and the bench wait on it). */
  async whenIdle(): Promise<void> {
    await this.queue.whenIdle();
  }

  result(uri: vscode.Uri): CheckResult | undefined {
    return this.publisher.result(uri.toString());
  }

  skipReason(uri: vscode.Uri): string | undefined {
    return this.skipped.get(uri.toString());
  }

  configFor(uri: vscode.Uri): CheckConfig {
    const file = this.files.forDocument(uri);
    // One object per workspace file and settings snapshot: the desk caches per configuration (ignore labels).
    const memoKey = file ? file.uri.toString() : '';
    const memo = this.configs.get(memoKey);
    if (memo && memo.settings === this.settings && memo.file === file?.file) return memo.config;
    const config = this.buildConfig(file);
    this.configs.set(memoKey, { settings: this.settings, file: file?.file, config });
    return config;
  }

  private buildConfig(file: ReturnType<WorkspaceFiles['forDocument']>): CheckConfig {
    const base = defaultConfig();
    return {
      ...base,
      rules: { ...this.settings.rules },
      profile: file?.file.profile ?? this.settings.styleProfile,
      quotedTerms: this.settings.quotedTerms,
      workspace: file?.file ?? base.workspace,
      workspacePath: file ? vscode.workspace.asRelativePath(file.uri) : undefined,
    };
  }

  /** Typing: wait for a pause. Open, save, commands: now. */
  schedule(doc: vscode.TextDocument, immediate: boolean): void {
    const key = doc.uri.toString();
    this.debouncer.cancel(key);
    if (immediate || this.settings.debounceMs === 0) {
      this.checkDocument(doc);
      return;
    }
    // Typing: the story index may lag a keystroke or two behind (see Desk.upsert).
    this.debouncer.schedule(key, this.settings.debounceMs, () => {
      if (!doc.isClosed) this.checkDocument(doc, 'lazy');
    });
  }

  /** Analyses a loaded document and republishes it and every article whose findings depend on it. */
  checkDocument(doc: vscode.TextDocument, story: 'now' | 'lazy' = 'now'): void {
    const key = doc.uri.toString();
    const ok = documentEligibility(doc, this.settings);
    if (!ok.ok) {
      this.forget(doc.uri, false);
      if (!ok.quiet) {
        this.skipped.set(key, ok.reason);
        this.log.info(`skipped ${doc.uri.fsPath || key}: ${ok.reason}`);
        this.emitter.fire(doc.uri);
      }
      return;
    }
    const wire = this.wire.read(doc);
    if (wire && 'problem' in wire) {
      this.forget(doc.uri, false);
      this.skipped.set(key, wire.problem);
      this.log.info(`skipped ${doc.uri.fsPath || key}: ${wire.problem}`);
      this.emitter.fire(doc.uri);
      return;
    }
    this.skipped.delete(key);
    this.ingest(
      key,
      wire?.text ?? doc.getText(),
      doc.languageId === 'markdown',
      doc.version,
      story,
      wire?.options,
      wire?.more,
      wire?.dropped,
    );
  }

  /** A tab whose document is not loaded yet (restored at start-up) is read from disk so it counts as open. */
  async checkUnloaded(uri: vscode.Uri): Promise<void> {
    await this.restoreUnloaded([uri]);
  }

  /** `more`: the other items of an agency document (each its own article); `dropped`: items it no longer holds. */
  private ingest(
    key: string,
    text: string,
    markdown: boolean,
    version: number,
    story: 'now' | 'lazy' = 'now',
    options: ModelOptions = {},
    more: WireArticle[] = [],
    dropped: string[] = [],
  ): void {
    const started = performance.now();
    startupMark('first-ingest');
    const ids = [key, ...more.map((m) => m.id), ...dropped];
    const before = ids.flatMap((id) => this.desk.dependents(id));
    this.desk.upsert(key, text, { markdown, ...options, version }, story);
    for (const m of more) this.desk.upsert(m.id, m.text, { ...m.options, version }, story);
    for (const id of dropped) this.desk.remove(id);
    const after = ids.flatMap((id) => this.desk.dependents(id));
    // An article's first publish shows its own findings at once; the desk's (conflicts, versions) follow from the queue.
    const first = !this.publisher.has(key);
    this.publish(key, version, first ? 'own' : 'all');
    if (first) this.enqueue(key);
    const others = new Set([...before, ...after, ...this.wire.sameItem(key)].map((id) => this.wire.documentKey(id)));
    for (const other of others) this.enqueue(other);
    noteTask(this.timing, started);
    this.log.trace(
      `checked ${key} in ${(performance.now() - started).toFixed(1)} ms (${others.size} related article(s) queued)`,
    );
  }

  /** Republishes a document in the background with the version its findings were computed on (folder notes changed). */
  republish(key: string): void {
    if (this.publisher.has(key)) this.enqueue(key);
  }

  /** Republish later (its findings depend on a peer that changed); many changes to one peer set coalesce. */
  private enqueue(id: string): void {
    // An item of a newsMessage is published with its document.
    this.queue.add(this.wire.documentKey(id));
  }

  private publish(key: string, version: number, scope: 'all' | 'own' = 'all'): void {
    if (scope === 'all') this.queue.delete(key);
    this.publisher.publish(key, version, scope);
  }

  /** Drops a document from the desk and the Problems view; peers are refreshed since their findings may change. */
  forget(uri: vscode.Uri, refreshPeers = true): void {
    const key = uri.toString();
    this.debouncer.cancel(key);
    const ids = this.wire.itemIds(key);
    const peers = [...ids.flatMap((id) => this.desk.dependents(id)), ...this.wire.sameItem(key)];
    this.wire.forget(key);
    for (const id of ids) this.desk.remove(id);
    // A story leaving the desk can change any article's matches (see Desk.dependents).
    for (const id of ids) peers.push(...this.desk.dependents(id));
    this.publisher.delete(uri);
    this.skipped.delete(key);
    this.queue.delete(key);
    if (refreshPeers) for (const p of peers) if (this.wire.documentKey(p) !== key) this.enqueue(p);
    this.emitter.fire(uri);
  }

  /** Re-checks every open article (settings or workspace file changed) and drops those whose tab closed. */
  async recheckAll(): Promise<void> {
    const open = new Set(tabUris().map((u) => u.toString()));
    for (const key of this.desk.ids()) if (!open.has(key)) this.forget(vscode.Uri.parse(key));
    const loaded = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const unloaded: vscode.Uri[] = [];
    startupMark(`recheck-all(${loaded.size}-loaded)`);
    for (const uri of activeFirst(tabUris())) {
      const doc = loaded.get(uri.toString());
      if (doc) {
        const started = performance.now();
        // checkDocument publishes even when the text is unchanged: settings may change the result.
        this.checkDocument(doc);
        noteTask(this.timing, started);
        // One tab per task: 200 restored editors never run back to back.
        await new Promise((r) => setImmediate(r));
      } else unloaded.push(uri);
    }
    await this.restoreUnloaded(unloaded);
  }

  /** Tabs whose documents are not loaded (restored at start-up): see restoreTabs.ts. */
  async restoreUnloaded(uris: readonly vscode.Uri[]): Promise<void> {
    await restoreUnloaded(this.restoreHost(), uris);
  }

  /** What restoring needs from this checker. */
  private restoreHost(): RestoreHost {
    return {
      desk: this.desk,
      preparer: this.preparer,
      timing: this.timing,
      queue: this.queue,
      log: this.log,
      skipped: this.skipped,
      settings: () => this.settings,
      warmedUp: () => this.warmedUp,
      publishNow: (key) => this.publish(key, -1),
      enqueue: (id) => this.enqueue(id),
      changed: (uri) => this.emitter.fire(uri),
    };
  }

  dispose(): void {
    this.debouncer.dispose();
    this.queue.clear();
    this.preparer.dispose();
    this.wire.dispose();
    this.publisher.dispose();
    this.emitter.dispose();
  }
}
