// The Matching reports webview view: follows the active article, rebuilds the model (debounced) when the
// checker publishes or the editor changes, and posts it to the webview. The webview gets no article text in
// its HTML (panelHtml.ts): everything arrives as data in a 'render' message and is inserted with DOM text APIs.
import * as vscode from 'vscode';
import type { Checker } from '../checker';
import { buildPanelModel, emptyModel } from './model';
import { panelHtml } from './panelHtml';
import {
  parseWebviewMessage,
  type ExtensionMessage,
  type PanelModel,
  type WebviewMessage,
  type WhatChangedView,
} from './protocol';
import { buildWhatChangedView, previousVersion } from './whatChangedView';
import { withArchive } from './archiveReports';
import { archiveResults } from '../archive/results';

export const VIEW_ID = 'wirecheck.matchingReports';
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);
const DEBOUNCE_MS = 60;

type Rendered = Extract<WebviewMessage, { type: 'rendered' }>;

/** What tests and the commands can see of the panel (no second copy of the desk's state). */
export interface PanelSnapshot {
  activeId?: string;
  model?: PanelModel;
  rendered?: Rendered;
  /** The last "What changed" view the panel asked for. */
  whatChanged?: WhatChangedView;
  /** Messages from the webview that did not validate (an injected script's message would land here). */
  rejected: unknown[];
  accepted: string[];
  visible: boolean;
}

export class MatchingReportsProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private activeId: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private reveal: string | undefined;
  private model: PanelModel | undefined;
  private rendered: Rendered | undefined;
  private whatChanged: WhatChangedView | undefined;
  private readonly rejected: unknown[] = [];
  private readonly accepted: string[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderedEmitter = new vscode.EventEmitter<Rendered>();
  /** Fires when the webview reports it has drawn a model. */
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly checker: Checker,
  ) {
    this.track(vscode.window.activeTextEditor);
    this.disposables.push(
      this.renderedEmitter,
      vscode.window.onDidChangeActiveTextEditor((e) => {
        this.track(e);
        this.refresh();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => {
        if (this.activeId && !this.isOpen(this.activeId)) {
          this.track(vscode.window.activeTextEditor);
          this.refresh();
        }
      }),
      checker.onDidCheck(() => this.refresh()),
      archiveResults.onDidChange((uri) => (uri === '' || uri === this.activeId) && this.refresh()),
    );
  }

  /** The article the panel shows: the active editor's, kept while the panel itself (or a non-file view) has focus. */
  private track(editor: vscode.TextEditor | undefined): void {
    if (editor && SCHEMES.has(editor.document.uri.scheme)) {
      this.activeId = editor.document.uri.toString();
    } else if (!editor && this.activeId && !this.isOpen(this.activeId)) {
      this.activeId = undefined;
    }
  }

  private isOpen(id: string): boolean {
    return (
      vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === id) || !!this.checker.desk.get(id)
    );
  }

  get currentId(): string | undefined {
    return this.activeId;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
    view.webview.html = panelHtml(view.webview, this.extensionUri);
    view.onDidDispose(
      () => {
        if (this.view === view) this.view = undefined;
      },
      undefined,
      this.disposables,
    );
    view.onDidChangeVisibility(() => view.visible && this.refresh(true), undefined, this.disposables);
    view.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw), undefined, this.disposables);
  }

  /** Rebuilds and posts the model, after a short pause unless `immediate`. */
  refresh(immediate = false): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (immediate) {
      this.post();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.post();
    }, DEBOUNCE_MS);
  }

  /** Expands and scrolls to one report on the next render (Compare With…). */
  revealReport(id: string): void {
    this.reveal = id;
    this.refresh(true);
  }

  buildModel(): PanelModel {
    const seq = ++this.seq;
    const id = this.activeId;
    if (!id) return emptyModel(seq);
    const uri = vscode.Uri.parse(id);
    const reveal = this.reveal;
    this.reveal = undefined;
    const model = buildPanelModel(this.checker.desk, {
      activeId: id,
      findings: this.checker.result(uri)?.findings ?? [],
      skipped: this.checker.skipReason(uri),
      ...(reveal ? { reveal } : {}),
      seq,
    });
    const versions = model.reports.filter((r) => r.relation === 'version').map((r) => r.id);
    const previous = versions.length ? previousVersion(this.checker.desk, id, versions) : undefined;
    return withArchive(previous ? { ...model, previousVersion: previous } : model, archiveResults.get(id));
  }

  /** "What changed" between the active article and one listed report: computed now, on the panel's request. */
  showWhatChanged(docId: string): WhatChangedView | undefined {
    const activeId = this.model?.active?.id;
    if (!activeId || !this.known(docId) || docId === activeId) return undefined;
    this.whatChanged = buildWhatChangedView(this.checker.desk, activeId, docId);
    const message: ExtensionMessage = { type: 'whatChanged', view: this.whatChanged };
    void this.view?.webview.postMessage(message);
    return this.whatChanged;
  }

  private post(): void {
    if (!this.view) return;
    this.model = this.buildModel();
    const message: ExtensionMessage = { type: 'render', model: this.model };
    void this.view.webview.postMessage(message);
  }

  /** Every message from the webview comes through here: validated, then handled. Returns whether it was accepted. */
  async receive(raw: unknown): Promise<boolean> {
    const msg = parseWebviewMessage(raw);
    if (!msg) {
      if (this.rejected.length < 100) this.rejected.push(raw);
      return false;
    }
    this.accepted.push(msg.type);
    if (this.accepted.length > 200) this.accepted.splice(0, 100);
    switch (msg.type) {
      case 'ready':
        this.refresh(true);
        return true;
      case 'rendered':
        this.rendered = msg;
        this.renderedEmitter.fire(msg);
        return true;
      case 'open':
        return this.openAt(msg.docId, msg.start, msg.end);
      case 'whatChanged':
        return !!this.showWhatChanged(msg.docId);
      case 'compare':
        if (!this.known(msg.docId)) return false;
        await vscode.commands.executeCommand('wirecheck.compareWith', msg.docId);
        return true;
    }
  }

  /** Only the active article and the reports the panel listed may be opened from the webview. */
  private known(docId: string): boolean {
    return docId === this.model?.active?.id || !!this.model?.reports.some((r) => r.id === docId);
  }

  /** Opens an article with the figure at [start, end) selected and in view. */
  async openAt(docId: string, start: number, end: number): Promise<boolean> {
    const stored = this.model?.archive?.find((r) => r.id === docId);
    if (stored) return this.openArchived(stored.uri);
    if (!this.known(docId)) return false;
    // An agency item: its file, and the figure's characters in it (story offsets mapped through the markup).
    const key = this.checker.wire.documentKey(docId);
    ({ start, end } = this.checker.wire.sourceRange(docId, start, end));
    const uri = vscode.Uri.parse(key);
    const doc = await vscode.workspace.openTextDocument(uri);
    const length = doc.getText().length;
    if (end > length || start > end) return false;
    const selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(end));
    const existing = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    const editor = await vscode.window.showTextDocument(doc, {
      preview: false,
      selection,
      ...(existing?.viewColumn ? { viewColumn: existing.viewColumn } : {}),
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  /** An archived version's file, when this machine reaches the path the indexer stored. */
  private async openArchived(uri: string): Promise<boolean> {
    try {
      await vscode.window.showTextDocument(vscode.Uri.parse(uri, true), { preview: true });
      return true;
    } catch {
      void vscode.window.showWarningMessage(`${uri} (from the archive) is not reachable from this machine`);
      return false;
    }
  }

  snapshot(): PanelSnapshot {
    return {
      ...(this.activeId ? { activeId: this.activeId } : {}),
      ...(this.model ? { model: this.model } : {}),
      ...(this.rendered ? { rendered: this.rendered } : {}),
      ...(this.whatChanged ? { whatChanged: this.whatChanged } : {}),
      rejected: [...this.rejected],
      accepted: [...this.accepted],
      visible: !!this.view?.visible,
    };
  }

  /**
   * Resolves once the webview has drawn a model for `activeId` (any article when undefined) that is at least as
   * new as the latest model posted; rejects after timeoutMs. Event-driven: no polling.
   */
  whenRendered(
    activeId: string | undefined,
    timeoutMs = 10_000,
    predicate: (s: PanelSnapshot) => boolean = () => true,
  ): Promise<PanelSnapshot> {
    const done = (): boolean =>
      !!this.model &&
      !!this.rendered &&
      this.rendered.seq === this.model.seq &&
      (activeId === undefined || this.model.active?.id === activeId) &&
      !this.timer &&
      predicate(this.snapshot());
    if (done()) return Promise.resolve(this.snapshot());
    return new Promise((resolve, reject) => {
      const sub = this.onDidRender(() => {
        if (!done()) return;
        sub.dispose();
        clearTimeout(timer);
        resolve(this.snapshot());
      });
      const timer = setTimeout(() => {
        sub.dispose();
        reject(
          new Error(
            `panel did not render ${activeId ?? 'a model'} within ${timeoutMs} ms; last: ${JSON.stringify({ active: this.model?.active?.id, seq: this.model?.seq, rendered: this.rendered?.seq })}`,
          ),
        );
      }, timeoutMs);
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
