// Runs the desk over the open articles and publishes one DiagnosticCollection: debounced while typing, at once on
// open and save, results kept per document version so nothing stale is ever shown or fixed.
import * as vscode from 'vscode';
import { defaultConfig, type CheckConfig } from '../core/config';
import { Desk } from '../core/desk';
import { decodeArticle } from '../core/input';
import { LineIndex } from '../core/lines';
import type { Finding } from '../core/types';
import { eligibility, tabUris } from './articles';
import type { Settings } from './settings';
import type { WorkspaceFiles } from './workspaceFile';

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
  /** Fires after a document's diagnostics were published (the status bar and panel listen). */
  readonly onDidCheck = this.emitter.event;

  constructor(
    private settings: Settings,
    private readonly files: WorkspaceFiles,
    private readonly log: vscode.LogOutputChannel,
    private readonly extensionUri: vscode.Uri,
  ) {}

  updateSettings(settings: Settings): void {
    this.settings = settings;
  }

  result(uri: vscode.Uri): CheckResult | undefined {
    return this.results.get(uri.toString());
  }

  skipReason(uri: vscode.Uri): string | undefined {
    return this.skipped.get(uri.toString());
  }

  configFor(uri: vscode.Uri): CheckConfig {
    const file = this.files.forDocument(uri);
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
        if (!doc.isClosed) this.checkDocument(doc);
      }, this.settings.debounceMs),
    );
  }

  /** Analyses a loaded document and republishes it and every article whose findings depend on it. */
  checkDocument(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const ok = eligibility(doc, this.settings);
    if (!ok.ok) {
      this.forget(doc.uri, false);
      if (!ok.quiet) {
        this.skipped.set(key, ok.reason);
        this.log.info(`skipped ${doc.uri.fsPath || key}: ${ok.reason}`);
        this.emitter.fire(doc.uri);
      }
      return;
    }
    this.skipped.delete(key);
    this.ingest(key, doc.getText(), doc.languageId === 'markdown', doc.version);
  }

  /** A tab whose document is not loaded yet (restored at start-up) is read from disk so it counts as open. */
  async checkUnloaded(uri: vscode.Uri): Promise<void> {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    if (!/\.(?:txt|text|md|markdown)$/i.test(uri.path)) return;
    try {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), this.settings.maxFileBytes);
      if (decoded.skipped !== null) {
        this.skipped.set(uri.toString(), decoded.skipped);
        return;
      }
      this.ingest(uri.toString(), decoded.text, /\.(?:md|markdown)$/i.test(uri.path), -1);
    } catch (e) {
      this.log.warn(`could not read ${uri.toString()}: ${String(e)}`);
    }
  }

  private ingest(key: string, text: string, markdown: boolean, version: number): void {
    const started = performance.now();
    const before = this.desk.dependents(key);
    this.desk.upsert(key, text, { markdown });
    const after = this.desk.dependents(key);
    this.publish(key, version);
    const others = new Set([...before, ...after]);
    for (const other of others) this.publish(other, this.results.get(other)?.version ?? -1);
    this.log.trace(`checked ${key} in ${(performance.now() - started).toFixed(1)} ms (${others.size} related article(s) refreshed)`);
  }

  private publish(key: string, version: number): void {
    const uri = vscode.Uri.parse(key);
    const doc = this.desk.get(key);
    if (!doc) return;
    const findings = this.desk.check(key, this.configFor(uri));
    this.results.set(key, { uri, version, findings });
    const lines = new LineIndex(doc.text);
    const diagnostics = findings.filter((f) => !f.ignoredBy).map((f) => this.toDiagnostic(f, lines));
    this.collection.set(uri, diagnostics);
    this.emitter.fire(uri);
  }

  private toDiagnostic(f: Finding, lines: LineIndex): vscode.Diagnostic {
    const d = new vscode.Diagnostic(toRange(lines, f.start, f.end), f.message, SEVERITY[f.severity]);
    d.source = 'Wirecheck';
    d.code = { value: f.rule, target: vscode.Uri.joinPath(this.extensionUri, f.docs.replace(/#.*$/, '')).with({ fragment: f.docs.split('#')[1] ?? '' }) };
    if (f.related.length > 0) {
      d.relatedInformation = f.related.map((r) => {
        const other = this.desk.get(r.docId);
        const range = other ? toRange(new LineIndex(other.text), r.start, r.end) : new vscode.Range(0, 0, 0, 0);
        return new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(r.docId), range), r.message);
      });
    }
    return d;
  }

  /** Drops a document from the desk and the Problems view; peers are refreshed since their findings may change. */
  forget(uri: vscode.Uri, refreshPeers = true): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const peers = this.desk.dependents(key);
    this.desk.remove(key);
    this.results.delete(key);
    this.skipped.delete(key);
    this.collection.delete(uri);
    if (refreshPeers) for (const p of peers) this.publish(p, this.results.get(p)?.version ?? -1);
    this.emitter.fire(uri);
  }

  /** Re-checks every open article (settings or workspace file changed) and drops those whose tab closed. */
  async recheckAll(): Promise<void> {
    const open = new Set(tabUris().map((u) => u.toString()));
    for (const key of this.desk.ids()) if (!open.has(key)) this.forget(vscode.Uri.parse(key));
    for (const uri of tabUris()) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc) {
        // Settings may change the result without changing the text: publish again from the cached analysis.
        this.checkDocument(doc);
        if (this.desk.get(uri.toString())) this.publish(uri.toString(), doc.version);
      } else await this.checkUnloaded(uri);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.collection.dispose();
    this.emitter.dispose();
  }
}

export function toRange(lines: LineIndex, start: number, end: number): vscode.Range {
  const s = lines.position(start);
  const e = lines.position(end);
  return new vscode.Range(s.line, s.character, e.line, e.character);
}
