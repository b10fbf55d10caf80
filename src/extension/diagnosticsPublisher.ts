// Publishes the desk's findings for one article as diagnostics, stamped with the document version they were computed
// on, and keeps that last result (every finding, ignored ones too) for code actions, hovers and the panel.
import * as vscode from 'vscode';
import type { CheckConfig } from '../core/config';
import type { Desk } from '../core/desk';
import { LineIndex } from '../core/lines';
import type { Finding } from '../core/types';
import { activeTabUri } from './articles';
import { namedMessage } from './ruleNames';
import { startupMark, startupMarksOn } from './startupTiming';
import type { WireDocuments } from './wireDocuments';

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

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('wirecheck');
  private readonly results = new Map<string, CheckResult>();

  constructor(
    private readonly desk: Desk,
    private readonly wire: WireDocuments,
    private readonly configFor: (uri: vscode.Uri) => CheckConfig,
    private readonly extensionUri: vscode.Uri,
    private readonly published: (uri: vscode.Uri) => void,
  ) {}

  result(key: string): CheckResult | undefined {
    return this.results.get(key);
  }

  has(key: string): boolean {
    return this.results.has(key);
  }

  /** Checks an article on the desk and publishes its diagnostics with `version`; `own`: its own findings only. */
  publish(key: string, version: number, scope: 'all' | 'own'): void {
    const uri = vscode.Uri.parse(key);
    const doc = this.desk.get(key);
    if (!doc) return;
    const config = this.configFor(uri);
    // Embargoes are judged against the clock at publish time; the core itself only takes "now" as given.
    config.now = Date.now();
    const findings = this.wire.toSource(key, (id) => this.desk.check(id, config, scope));
    // The Desk's stamp wins: it is the version of the text these findings were computed on.
    this.results.set(key, { uri, version: doc.version ?? version, findings });
    const lines = new LineIndex(this.wire.sourceText(key) ?? doc.text);
    const diagnostics = [
      ...findings.filter((f) => !f.ignoredBy).map((f) => this.toDiagnostic(f, lines)),
      ...this.wire.noticeDiagnostics(key, lines),
    ];
    this.collection.set(uri, diagnostics);
    startupMark(diagnostics.length > 0 ? 'first-publish-with-warnings' : 'first-publish');
    if (startupMarksOn && key === (vscode.window.activeTextEditor?.document.uri ?? activeTabUri())?.toString())
      startupMark(scope === 'own' ? 'active-own-published' : 'active-published');
    this.published(uri);
  }

  /** Drops an article's result and diagnostics. */
  delete(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
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
}

export function toRange(lines: LineIndex, start: number, end: number): vscode.Range {
  const s = lines.position(start);
  const e = lines.position(end);
  return new vscode.Range(s.line, s.character, e.line, e.character);
}
