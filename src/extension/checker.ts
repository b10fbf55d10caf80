// Runs the desk over the open articles and publishes one DiagnosticCollection: debounced while typing, at once on
// open and save, results kept per document version so nothing stale is ever shown or fixed.
// The edited article is published in the same task; the articles whose findings depend on it (its story peers) are
// queued and republished in slices of at most SLICE_MS, so no keystroke blocks the extension host on 200 open tabs.
// Tabs restored at start-up are read through workspace.fs and analysed on a worker thread (dist/worker.js).
import * as vscode from 'vscode';
import { defaultConfig, type CheckConfig } from '../core/config';
import { Desk } from '../core/desk';
import { LineIndex } from '../core/lines';
import type { Finding } from '../core/types';
import { upsertPrepared } from '../core/worker/prepared';
import { activeFirst, activeTabUri, eligibility as documentEligibility, tabUris } from './articles';
import { eligibility, MARKDOWN_EXTENSIONS } from '../core/eligibility';
import type { Settings } from './settings';
import { WireDocuments, type WireArticle } from './wireDocuments';
import type { ModelOptions } from '../core/text/model';
import { PrepareWorker } from './worker/client';
import { namedMessage } from './ruleNames';
import type { ArticleJob } from './worker/protocol';
import type { WorkspaceFiles } from './workspaceFile';
import { startupMark, startupMarksOn } from './startupTiming';
import { warmUpOnce } from './warmStart';

/** Longest run of queued republishes in one task (ms) before yielding to the event loop. */
const SLICE_MS = 8;
/** Unloaded tabs read and analysed per worker request at start-up. */
const RESTORE_BATCH = 16;

/** Time spent in the checker's synchronous tasks, for the bench and the log. */
export interface CheckerTiming {
  /** Longest single synchronous task (ms): an ingest (analyse + publish self) or a slice of queued republishes. */
  longestTaskMs: number;
  tasks: number;
  republished: number;
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** What was last computed for a document: the version it was computed on and every finding (ignored ones too). */
export interface CheckResult {
  uri: vscode.Uri;
  version: number;
  findings: Finding[];
}

export class Checker implements vscode.Disposable {
  readonly desk = new Desk();
  private readonly collection = vscode.languages.createDiagnosticCollection('wirecheck');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, CheckResult>();
  private readonly skipped = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Articles to republish because a peer changed (key → nothing: the version is read when published). */
  private readonly queued = new Set<string>();
  private flushing: Promise<void> | undefined;
  /** While tabs are being restored, queued republishes wait: each article is then published once, with all its peers in. */
  private holds = 0;
  private configs = new Map<string, { settings: Settings; file: unknown; config: CheckConfig }>();
  /** Off-thread analysis of restored tabs and desk-folder stories (StoryFolders shares it). */
  readonly preparer: PrepareWorker;
  readonly timing: CheckerTiming = { longestTaskMs: 0, tasks: 0, republished: 0 };
  /** Agency files (NewsML-G2, NITF, ninjs): their story text, source maps and embargo timers. */
  readonly wire = new WireDocuments((key) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc && !doc.isClosed) this.checkDocument(doc);
  });
  /** Fires after a document's diagnostics were published (the status bar and panel listen). */
  readonly onDidCheck = this.emitter.event;

  constructor(
    private settings: Settings,
    private readonly files: WorkspaceFiles,
    private readonly log: vscode.LogOutputChannel,
    private readonly extensionUri: vscode.Uri,
  ) {
    const script =
      extensionUri.scheme === 'file' ? vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath : undefined;
    this.preparer = new PrepareWorker(script, 30_000, (m) => this.log.warn(m));
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
    for (const step of await warmUpOnce()) if (step.at >= since) this.noteDuration(step.ms);
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.configs.clear();
  }

  private noteTask(started: number): void {
    this.noteDuration(performance.now() - started);
  }

  private noteDuration(ms: number): void {
    this.timing.tasks++;
    if (ms > this.timing.longestTaskMs) this.timing.longestTaskMs = ms;
  }

  /** Resolves when no republish is queued (tests and the bench wait on it). */
  async whenIdle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  result(uri: vscode.Uri): CheckResult | undefined {
    return this.results.get(uri.toString());
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
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (immediate || this.settings.debounceMs === 0) {
      this.checkDocument(doc);
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // Typing: the story index may lag a keystroke or two behind (see Desk.upsert).
        if (!doc.isClosed) this.checkDocument(doc, 'lazy');
      }, this.settings.debounceMs),
    );
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
    this.desk.upsert(key, text, { markdown, ...options }, story);
    for (const m of more) this.desk.upsert(m.id, m.text, m.options, story);
    for (const id of dropped) this.desk.remove(id);
    const after = ids.flatMap((id) => this.desk.dependents(id));
    // An article's first publish shows its own findings at once; the desk's (conflicts, versions) follow from the queue.
    const first = !this.results.has(key);
    this.publish(key, version, first ? 'own' : 'all');
    if (first) this.enqueue(key);
    const others = new Set([...before, ...after, ...this.wire.sameItem(key)].map((id) => this.wire.documentKey(id)));
    for (const other of others) this.enqueue(other);
    this.noteTask(started);
    this.log.trace(
      `checked ${key} in ${(performance.now() - started).toFixed(1)} ms (${others.size} related article(s) queued)`,
    );
  }

  /** Republishes a document in the background with the version its findings were computed on (folder notes changed). */
  republish(key: string): void {
    if (this.results.has(key)) this.enqueue(key);
  }

  /** Republish later (its findings depend on a peer that changed); many changes to one peer set coalesce. */
  private enqueue(id: string): void {
    // An item of a newsMessage is published with its document.
    const key = this.wire.documentKey(id);
    this.queued.add(key);
    if (this.holds === 0) this.flushing ??= this.flush();
  }

  private async flush(): Promise<void> {
    try {
      // Desk-level rules need the one-time compilation: done in short steps first, never inside one publish.
      await this.warmedUp;
      while (this.queued.size > 0) {
        await new Promise((r) => setImmediate(r));
        const started = performance.now();
        for (const key of this.queued) {
          this.queued.delete(key);
          this.publish(key, this.results.get(key)?.version ?? -1);
          this.timing.republished++;
          if (performance.now() - started >= SLICE_MS) break;
        }
        this.noteTask(started);
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private publish(key: string, version: number, scope: 'all' | 'own' = 'all'): void {
    if (scope === 'all') this.queued.delete(key);
    const uri = vscode.Uri.parse(key);
    const doc = this.desk.get(key);
    if (!doc) return;
    const config = this.configFor(uri);
    // Embargoes are judged against the clock at publish time; the core itself only takes "now" as given.
    config.now = Date.now();
    const findings = this.wire.toSource(key, (id) => this.desk.check(id, config, scope));
    this.results.set(key, { uri, version, findings });
    const lines = new LineIndex(this.wire.sourceText(key) ?? doc.text);
    const diagnostics = [
      ...findings.filter((f) => !f.ignoredBy).map((f) => this.toDiagnostic(f, lines)),
      ...this.wire.noticeDiagnostics(key, lines),
    ];
    this.collection.set(uri, diagnostics);
    startupMark(diagnostics.length > 0 ? 'first-publish-with-warnings' : 'first-publish');
    if (startupMarksOn && key === (vscode.window.activeTextEditor?.document.uri ?? activeTabUri())?.toString())
      startupMark(scope === 'own' ? 'active-own-published' : 'active-published');
    this.emitter.fire(uri);
  }

  private toDiagnostic(f: Finding, lines: LineIndex): vscode.Diagnostic {
    const d = new vscode.Diagnostic(
      toRange(lines, f.start, f.end),
      namedMessage(f.rule, f.message),
      SEVERITY[f.severity],
    );
    d.source = 'Wirecheck';
    d.code = {
      value: f.rule,
      target: vscode.Uri.joinPath(this.extensionUri, f.docs.replace(/#.*$/, '')).with({
        fragment: f.docs.split('#')[1] ?? '',
      }),
    };
    if (f.related.length > 0) {
      d.relatedInformation = f.related.map((r) => {
        // An unopened desk-folder report is linked by its analysed text.
        const other = this.desk.get(r.docId)?.text ?? this.desk.folderAnalysis(r.docId)?.model.text;
        const range =
          other !== undefined
            ? toRange(new LineIndex(this.wire.sourceText(r.docId) ?? other), r.start, r.end)
            : new vscode.Range(0, 0, 0, 0);
        return new vscode.DiagnosticRelatedInformation(
          new vscode.Location(vscode.Uri.parse(this.wire.documentKey(r.docId)), range),
          r.message,
        );
      });
    }
    return d;
  }

  /** Drops a document from the desk and the Problems view; peers are refreshed since their findings may change. */
  forget(uri: vscode.Uri, refreshPeers = true): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const ids = this.wire.itemIds(key);
    const peers = [...ids.flatMap((id) => this.desk.dependents(id)), ...this.wire.sameItem(key)];
    this.wire.forget(key);
    for (const id of ids) this.desk.remove(id);
    // A story leaving the desk can change any article's matches (see Desk.dependents).
    for (const id of ids) peers.push(...this.desk.dependents(id));
    this.results.delete(key);
    this.skipped.delete(key);
    this.collection.delete(uri);
    this.queued.delete(key);
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
        this.noteTask(started);
        // One tab per task: 200 restored editors never run back to back.
        await new Promise((r) => setImmediate(r));
      } else unloaded.push(uri);
    }
    await this.restoreUnloaded(unloaded);
  }

  /**
   * Tabs whose documents are not loaded (restored at start-up): read through workspace.fs in parallel, analysed on
   * the worker thread in batches, inserted here, and published through the queue in slices.
   */
  async restoreUnloaded(uris: readonly vscode.Uri[]): Promise<void> {
    // The same test as a loaded tab (switch, languages, globs), before reading; agency files wait until they load.
    const todo = activeFirst(
      uris.filter((u) => {
        const v = eligibility(
          {
            path: u.scheme === 'file' ? u.fsPath : u.path,
            relativePath: vscode.workspace.asRelativePath(u, false),
            scheme: u.scheme,
          },
          this.settings,
        );
        return v.ok && !v.wire;
      }),
    );
    if (todo.length === 0) return;
    this.holds++;
    try {
      await this.restoreBatches(todo);
    } finally {
      if (--this.holds === 0 && this.queued.size > 0) this.flushing ??= this.flush();
    }
    await this.whenIdle();
  }

  private async restoreBatches(todo: readonly vscode.Uri[]): Promise<void> {
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < todo.length; i += RESTORE_BATCH) {
      const batch = todo.slice(i, i + RESTORE_BATCH);
      const jobs: ArticleJob[] = [];
      await Promise.all(
        batch.map(async (uri) => {
          try {
            const bytes = await vscode.workspace.fs.readFile(uri);
            // Then the text's own tests (review report, prose): the worker still decodes and size-checks the bytes.
            const text = new TextDecoder().decode(bytes.subarray(0, this.settings.maxFileBytes));
            const v = eligibility(
              {
                path: uri.scheme === 'file' ? uri.fsPath : uri.path,
                relativePath: vscode.workspace.asRelativePath(uri, false),
                scheme: uri.scheme,
                text: () => text,
                size: () => 0,
              },
              this.settings,
            );
            if (!v.ok) return void (v.quiet || this.skipped.set(uri.toString(), v.reason));
            jobs.push({ id: uri.toString(), bytes, markdown: MARKDOWN_EXTENSIONS.test(uri.path) });
          } catch (e) {
            this.log.warn(`could not read ${uri.toString()}: ${String(e)}`);
          }
        }),
      );
      // Reading the next batch overlaps with the worker analysing this one.
      inFlight.push(
        this.preparer.articles(jobs, this.settings.maxFileBytes).then(
          (results) => this.insertRestored(results),
          (e) => this.log.warn(`could not restore tabs: ${String(e)}`),
        ),
      );
      if (inFlight.length >= 2) await inFlight.shift();
    }
    await Promise.all(inFlight);
  }

  private async insertRestored(results: Awaited<ReturnType<PrepareWorker['articles']>>): Promise<void> {
    // One-time compilation happens in the warm-up's short steps, never inside an insert.
    await this.warmedUp;
    startupMark('first-restored-insert');
    const open = new Set(tabUris().map((u) => u.toString()));
    for (const r of results) {
      const started = performance.now();
      const key = r.id;
      // A tab loaded (or closed) meanwhile is the editor's business now: its own events check it.
      if (!open.has(key) || vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) continue;
      if (!r.ok) {
        this.skipped.set(key, r.skipped);
        this.emitter.fire(vscode.Uri.parse(key));
        continue;
      }
      this.skipped.delete(key);
      const before = this.desk.dependents(key);
      upsertPrepared(this.desk, key, r.value);
      // The active tab is shown at once; its conflicts follow when the rest of the restore republishes it.
      if (key === (vscode.window.activeTextEditor?.document.uri ?? activeTabUri())?.toString()) this.publish(key, -1);
      this.enqueue(key);
      for (const other of new Set([...before, ...this.desk.dependents(key)])) this.enqueue(other);
      this.noteTask(started);
      await new Promise((r) => setImmediate(r));
      // The rules' per-article state (facts) in a task of its own, before the queued publishes need it.
      const preparing = performance.now();
      this.desk.prepare(key);
      this.noteTask(preparing);
      await new Promise((r) => setImmediate(r));
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.queued.clear();
    this.preparer.dispose();
    this.wire.dispose();
    this.collection.dispose();
    this.emitter.dispose();
  }
}

export function toRange(lines: LineIndex, start: number, end: number): vscode.Range {
  const s = lines.position(start);
  const e = lines.position(end);
  return new vscode.Range(s.line, s.character, e.line, e.character);
}
