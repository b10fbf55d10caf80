// Quick fixes for Wirecheck diagnostics. Every edit goes through wirecheck.applyFix, which refuses to touch a
// document whose version moved on since the finding was computed. No fix ever edits inside a direct quotation:
// the words there are the speaker's.
import * as vscode from 'vscode';
import { fromKey, type IgnoreKey } from '../core/schema/ignoreKey';
import type { Finding, Span } from '../core/types';
import type { Checker } from './checker';
import { findingOf } from './findings';
import { docsTitle } from './ruleNames';

export interface FixArgs {
  uri: string;
  version: number;
  edits: { start: number; end: number; text: string; snippet?: string }[];
}

const WORKSPACE_FILE = 'for all reports in this workspace (.wirecheck.json)';

/** True when an edit would change or insert text inside a quotation (its marks included). */
export function touchesQuote(edit: Span, quotes: readonly Span[]): boolean {
  return quotes.some((q) =>
    edit.start === edit.end ? edit.start > q.start && edit.start < q.end : edit.start < q.end && edit.end > q.start,
  );
}

/** What a finding's ignore key is keyed on (its kind says what an "Ignore" covers), never its rule id. */
const ignoreKind = (finding: Finding): IgnoreKey['kind'] | undefined =>
  finding.ignoreKey === undefined ? undefined : fromKey(finding.ignoreKey)?.kind;

/** Offers, for one finding, each choice with a label that says what it covers. */
function ignoreChoices(finding: Finding, current: string): { title: string; key: string }[] {
  if (!finding.ignoreKey) return [];
  // A finding that pairs this report with others (a conflict) is ignored one pair at a time.
  const pairs = finding.related.filter((r) => r.ignoreKey !== undefined);
  if (pairs.length > 0) {
    const seen = new Set<string>();
    return pairs
      .filter((r) => !seen.has(r.ignoreKey!) && seen.add(r.ignoreKey!))
      .map((r) => ({ title: `Ignore ${current} vs ${r.text} ${WORKSPACE_FILE}`, key: r.ignoreKey! }));
  }
  const kind = ignoreKind(finding);
  if (kind === 'figure')
    return [{ title: `Ignore "${current}" in this sentence ${WORKSPACE_FILE}`, key: finding.ignoreKey }];
  if (kind === 'term') return [{ title: `Ignore "${current}" ${WORKSPACE_FILE}`, key: finding.ignoreKey }];
  return [{ title: `Ignore this ${WORKSPACE_FILE}`, key: finding.ignoreKey }];
}

/**
 * A conflict with a folder report that is not open offers to open that report at its figure, never to copy its figure
 * into this one: the desk looks first. The diagnostic's related locations follow the finding's related order.
 */
function openUnopened(checker: Checker, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  return finding.related.flatMap((r, i) => {
    const location = diagnostic.relatedInformation?.[i]?.location;
    // Only another report's figure (a conflict pairs them): a rule pointing elsewhere in a closed file does not ask.
    if (!location || !r.conflict || checker.desk.get(r.docId)) return [];
    const title = `Open ${decodeURIComponent(location.uri.path.split('/').pop() ?? '')} (${r.text}, not open)`;
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.command = {
      title,
      command: 'vscode.open',
      arguments: [location.uri, { selection: location.range, preview: false }],
    };
    return [action];
  });
}

export class WirecheckCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly checker: Checker) {}

  provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const quotes = this.checker.desk.get(doc.uri.toString())?.analysis.model.paragraphs.flatMap((p) => p.quotes) ?? [];
    const titles = new Set<string>();
    const add = (action: vscode.CodeAction): void => {
      // The same choice offered by two diagnostics on one span appears once.
      if (titles.has(action.title)) return;
      titles.add(action.title);
      actions.push(action);
    };
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'Wirecheck') continue;
      const finding = findingOf(this.checker, doc, diagnostic);
      if (!finding) continue;
      const current = doc.getText().slice(finding.start, finding.end);
      // A loaded term inside a quotation is the speaker's: the only choices are to learn why and to ignore it.
      const quotedTerm = touchesQuote(finding, quotes) && ignoreKind(finding) === 'term';
      const fix = (title: string, edits: FixArgs['edits'], preferred: boolean): void => {
        if (edits.some((e) => touchesQuote(e, quotes))) return;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = preferred;
        action.command = {
          title,
          command: 'wirecheck.applyFix',
          // The version the Desk stamped on the finding: the fix applies to that text only.
          arguments: [{ uri: doc.uri.toString(), version: finding.version ?? doc.version, edits } satisfies FixArgs],
        };
        add(action);
      };
      if (!quotedTerm) {
        if (finding.fixes && finding.fixes.length > 0) {
          finding.fixes.forEach((f, i) =>
            fix(f.title, [{ start: f.start, end: f.end, text: f.text, snippet: f.snippet }], i === 0),
          );
        } else {
          finding.suggestions.forEach((s, i) =>
            fix(`Replace "${current}" with "${s}"`, [{ start: finding.start, end: finding.end, text: s }], i === 0),
          );
        }
      }
      for (const action of openUnopened(this.checker, finding, diagnostic)) add(action);
      const docs = new vscode.CodeAction(docsTitle(finding.rule), vscode.CodeActionKind.QuickFix);
      docs.diagnostics = [diagnostic];
      docs.command = { title: docs.title, command: 'wirecheck.openRuleDocs', arguments: [finding.rule] };
      if (quotedTerm) add(docs);
      for (const choice of ignoreChoices(finding, current)) {
        const title = quotedTerm ? `Ignore here — "${current}" ${WORKSPACE_FILE}` : choice.title;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = {
          title,
          command: 'wirecheck.ignoreFinding',
          arguments: [doc.uri.toString(), choice.key, current],
        };
        add(action);
      }
      if (quotedTerm) continue;
      // A loaded term: the desk may add its own terms beside it.
      if (ignoreKind(finding) === 'term') {
        const action = new vscode.CodeAction('Add a term to the team lexicon…', vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command: 'wirecheck.addTeamTerm', arguments: [doc.uri.toString()] };
        add(action);
      }
      add(docs);
    }
    return actions;
  }
}

/** Applies a fix only to the version it was computed for and never inside a quotation; a snippet goes through the visible editor. */
export async function applyFix(args: FixArgs, quotesOf: (uri: string) => readonly Span[] = () => []): Promise<boolean> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
  if (!doc || doc.version !== args.version) {
    void vscode.window.showInformationMessage(
      'Wirecheck: the article changed since this fix was computed; nothing was edited. Try again.',
    );
    return false;
  }
  if (args.edits.some((e) => touchesQuote(e, quotesOf(args.uri)))) {
    void vscode.window.showInformationMessage(
      'Wirecheck: that fix would change words inside a quotation; nothing was edited.',
    );
    return false;
  }
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const single = args.edits.length === 1 ? args.edits[0] : undefined;
  if (editor && single?.snippet) {
    const range = new vscode.Range(doc.positionAt(single.start), doc.positionAt(single.end));
    return editor.insertSnippet(new vscode.SnippetString(single.snippet), range);
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of args.edits)
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  return vscode.workspace.applyEdit(edit);
}
