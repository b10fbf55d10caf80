// Agency files open in the editor (NewsML-G2, NITF, ninjs as xml/json documents): sniffed from their first 4 KB, read
// into story text for the desk, and findings mapped back onto the document's characters (fixes escaped for XML or
// JSON). Configuration JSON is never an article. Embargoed items are rechecked when the embargo ends.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { findingToSource, isNeverArticle, itemStoryMeta, readWire, sniffWire, toSourceRange, type WireItem } from '../core/formats';
import type { ModelOptions } from '../core/text/model';
import type { Finding } from '../core/types';
import type { Eligibility } from './articles';

export const WIRE_LANGUAGES = new Set(['xml', 'json', 'jsonc']);
/** setTimeout's longest delay; a later embargo end is rechecked on a later edit or restart. */
const MAX_DELAY = 2 ** 31 - 1;

/** For xml/json documents: an article only when sniffed as one (configuration files never are). */
export function wireEligibility(doc: vscode.TextDocument): Eligibility {
  if (isNeverArticle(basename(doc.uri.path))) return { ok: false, reason: 'a configuration file, never an article', quiet: true };
  if (!sniffWire(doc.getText())) return { ok: false, reason: 'not a wire item (NewsML-G2, NITF or ninjs)', quiet: true };
  return { ok: true };
}

interface Entry {
  source: string;
  item: WireItem;
  /** Items of a newsMessage after the first, and items that could not be read: shown as information, not checked. */
  notices: Notice[];
  guid?: string;
  timer?: ReturnType<typeof setTimeout>;
}

interface Notice {
  start: number;
  end: number;
  message: string;
}

/**
 * The editor checks the first item of a newsMessage (one document, one article on the desk); each later item gets an
 * information message on its start tag saying so, and how to check it (the CLI reads every item).
 */
function messageNotices(items: WireItem[], problems: string[]): Notice[] {
  const first = items[0]?.element;
  const notices: Notice[] = items.slice(1).map((it, i) => {
    const at = it.element ?? { start: 0, end: 0 };
    const end = Math.min(at.end, at.start + 9);
    const name = it.meta.headline ? `"${it.meta.headline}"` : it.meta.guid ?? '';
    return { start: at.start, end, message: `Item ${i + 2} of this newsMessage (${name}) is not checked in the editor: only the first item is. Run "wirecheck check" on the file to check every item, or open the item as its own file.` };
  });
  for (const p of problems) notices.push({ start: first?.start ?? 0, end: first ? Math.min(first.end, first.start + 9) : 0, message: `An item of this newsMessage could not be read: ${p}` });
  return notices;
}

export class WireDocuments implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly recheck: (key: string) => void) {}

  /** The story text and metadata to put on the desk for a wire document; undefined for anything else. */
  read(doc: vscode.TextDocument): { text: string; options: ModelOptions } | { problem: string } | undefined {
    const key = doc.uri.toString();
    if (!WIRE_LANGUAGES.has(doc.languageId)) {
      this.forget(key);
      return undefined;
    }
    const source = doc.getText();
    const { items, problems } = readWire(source);
    const item = items[0];
    if (!item) {
      this.forget(key);
      return { problem: problems.join('; ') };
    }
    clearTimeout(this.entries.get(key)?.timer);
    const entry: Entry = { source, item, notices: messageNotices(items, problems), guid: item.meta.guid };
    const until = item.meta.embargoed ? Date.parse(item.meta.embargoed) - Date.now() : NaN;
    if (until > 0 && until < MAX_DELAY) entry.timer = setTimeout(() => this.recheck(key), until + 1000);
    this.entries.set(key, entry);
    return { text: item.text, options: { item: itemStoryMeta(item) } };
  }

  /** Information diagnostics for what the editor does not check in this document (later items of a newsMessage). */
  noticeDiagnostics(key: string, lines: { position(offset: number): { line: number; character: number } }): vscode.Diagnostic[] {
    return (this.entries.get(key)?.notices ?? []).map((n) => {
      const a = lines.position(n.start);
      const b = lines.position(n.end);
      const d = new vscode.Diagnostic(new vscode.Range(a.line, a.character, b.line, b.character), n.message, vscode.DiagnosticSeverity.Information);
      d.source = 'Wirecheck';
      d.code = 'wire-items';
      return d;
    });
  }

  /** The document text a wire article was read from (for line positions), or undefined. */
  sourceText(key: string): string | undefined {
    return this.entries.get(key)?.source;
  }

  /** Findings in document terms: ranges, related ranges and fixes mapped, inserted text escaped. */
  toSource(key: string, findings: Finding[]): Finding[] {
    const entry = this.entries.get(key);
    const related = (docId: string, start: number, end: number): { start: number; end: number } => {
      const other = this.entries.get(docId);
      return other ? toSourceRange(other.item, start, end) : { start, end };
    };
    if (!entry) return findings.some((f) => f.related.some((r) => this.entries.has(r.docId))) ? findings.map((f) => ({ ...f, related: f.related.map((r) => ({ ...r, ...related(r.docId, r.start, r.end) })) })) : findings;
    return findings.map((f) => findingToSource(entry.item, entry.source, f, related));
  }

  /** The story offset shown at a document offset (hovers), or undefined when it is markup or metadata. */
  storyOffset(key: string, sourceOffset: number): number | undefined {
    const item = this.entries.get(key)?.item;
    if (!item) return sourceOffset;
    for (let i = 0; i < item.text.length; i++) if (item.starts[i]! <= sourceOffset && sourceOffset < item.ends[i]!) return i;
    return undefined;
  }

  /** Document range of a story range, for a wire document (identity for others). */
  sourceRange(key: string, start: number, end: number): { start: number; end: number } {
    const item = this.entries.get(key)?.item;
    return item ? toSourceRange(item, start, end) : { start, end };
  }

  /** Other open wire documents with the same guid: a withdrawal or correction changes their findings. */
  sameItem(key: string): string[] {
    const guid = this.entries.get(key)?.guid;
    return guid ? [...this.entries].filter(([k, e]) => k !== key && e.guid === guid).map(([k]) => k) : [];
  }

  forget(key: string): void {
    clearTimeout(this.entries.get(key)?.timer);
    this.entries.delete(key);
  }

  dispose(): void {
    for (const e of this.entries.values()) clearTimeout(e.timer);
    this.entries.clear();
  }
}
