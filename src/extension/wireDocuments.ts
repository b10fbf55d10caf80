// Agency files open in the editor (NewsML-G2, NITF, ninjs as xml/json documents): sniffed from their first 4 KB, read
// into story text for the desk, and findings mapped back onto the document's characters (fixes escaped for XML or
// JSON). Every item of a newsMessage is an article of its own. Configuration JSON is never an article. Embargoed
// items are rechecked when the embargo ends.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import {
  findingToSource,
  isNeverArticle,
  itemStoryMeta,
  readWire,
  sniffWire,
  toSourceRange,
  type WireItem,
} from '../core/formats';
import type { ModelOptions } from '../core/text/model';
import type { Finding } from '../core/types';
import type { Eligibility } from './articles';

export const WIRE_LANGUAGES = new Set(['xml', 'json', 'jsonc']);
/** setTimeout's longest delay; a later embargo end is rechecked on a later edit or restart. */
const MAX_DELAY = 2 ** 31 - 1;

/** For xml/json documents: an article only when sniffed as one (configuration files never are). */
export function wireEligibility(doc: vscode.TextDocument): Eligibility {
  if (isNeverArticle(basename(doc.uri.path)))
    return { ok: false, reason: 'a configuration file, never an article', quiet: true };
  if (!sniffWire(doc.getText()))
    return { ok: false, reason: 'not a wire item (NewsML-G2, NITF or ninjs)', quiet: true };
  return { ok: true };
}

/** One item of an agency document on the desk: the first is keyed by the document's URI, later ones by `#item-N`. */
interface ItemEntry {
  id: string;
  item: WireItem;
}

interface Entry {
  source: string;
  items: ItemEntry[];
  /** Items that could not be read: shown as information on the document, not checked. */
  notices: Notice[];
  timer?: ReturnType<typeof setTimeout>;
}

interface Notice {
  start: number;
  end: number;
  message: string;
}

/** A story for the desk: its id, text and the item's metadata. */
export interface WireArticle {
  id: string;
  text: string;
  options: ModelOptions;
}

/** Desk id of item `index` (0-based) of a document: the first item is the document itself. */
export const itemId = (key: string, index: number): string => (index === 0 ? key : `${key}#item-${index + 1}`);

/** Items of a newsMessage that could not be read: an information message on the first readable item's start tag. */
function problemNotices(items: WireItem[], problems: string[]): Notice[] {
  const first = items[0]?.element;
  return problems.map((p) => ({
    start: first?.start ?? 0,
    end: first ? Math.min(first.end, first.start + 9) : 0,
    message: `An item of this newsMessage could not be read: ${p}`,
  }));
}

/**
 * Every item of a document is its own article on the desk (a newsMessage holds several stories: each is matched and
 * checked against the others, its findings mapped onto its own characters), and the document's diagnostics are
 * those of all its items.
 */
export class WireDocuments implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Desk id of every item → the document key it belongs to. */
  private readonly owners = new Map<string, string>();
  private readonly byId = new Map<string, WireItem>();

  constructor(private readonly recheck: (key: string) => void) {}

  /**
   * The stories to put on the desk for a wire document (the first under the document's key, then the others) and
   * the ids of items it no longer holds; undefined for anything else.
   */
  read(
    doc: vscode.TextDocument,
  ): { text: string; options: ModelOptions; more: WireArticle[]; dropped: string[] } | { problem: string } | undefined {
    const key = doc.uri.toString();
    if (!WIRE_LANGUAGES.has(doc.languageId)) {
      this.forget(key);
      return undefined;
    }
    const source = doc.getText();
    const { items, problems } = readWire(source);
    if (items.length === 0) {
      this.forget(key);
      return { problem: problems.join('; ') };
    }
    const before = this.itemIds(key);
    this.forget(key);
    const entry: Entry = {
      source,
      items: items.map((item, i) => ({ id: itemId(key, i), item })),
      notices: problemNotices(items, problems),
    };
    for (const { id, item } of entry.items) {
      this.owners.set(id, key);
      this.byId.set(id, item);
    }
    // The earliest embargo still running: the document is rechecked when it ends.
    const until = Math.min(
      ...items.map((it) => (it.meta.embargoed ? Date.parse(it.meta.embargoed) - Date.now() : NaN)).filter((t) => t > 0),
    );
    if (until > 0 && until < MAX_DELAY) entry.timer = setTimeout(() => this.recheck(key), until + 1000);
    this.entries.set(key, entry);
    const [first, ...rest] = entry.items.map(({ id, item }) => ({
      id,
      text: item.text,
      options: { item: itemStoryMeta(item) },
    }));
    return {
      text: first!.text,
      options: first!.options,
      more: rest,
      dropped: before.filter((id) => !this.owners.has(id)),
    };
  }

  /** Desk ids of every item of a document (just the key for a plain article). */
  itemIds(key: string): string[] {
    return this.entries.get(key)?.items.map((x) => x.id) ?? [key];
  }

  /** The document a desk id belongs to (an item of a newsMessage → its file). */
  documentKey(id: string): string {
    return this.owners.get(id) ?? id;
  }

  /** Information diagnostics for what the editor could not read in this document (bad items of a newsMessage). */
  noticeDiagnostics(
    key: string,
    lines: { position(offset: number): { line: number; character: number } },
  ): vscode.Diagnostic[] {
    return (this.entries.get(key)?.notices ?? []).map((n) => {
      const a = lines.position(n.start);
      const b = lines.position(n.end);
      const d = new vscode.Diagnostic(
        new vscode.Range(a.line, a.character, b.line, b.character),
        n.message,
        vscode.DiagnosticSeverity.Information,
      );
      d.source = 'Wirecheck';
      d.code = 'wire-items';
      return d;
    });
  }

  /** The document text a wire article (any of its items) was read from, for line positions; undefined for others. */
  sourceText(id: string): string | undefined {
    return this.entries.get(this.documentKey(id))?.source;
  }

  /** Findings of every item of a document in document terms: ranges, related ranges and fixes mapped, inserted text escaped. */
  toSource(key: string, findingsOf: (id: string) => Finding[]): Finding[] {
    const entry = this.entries.get(key);
    const related = (docId: string, start: number, end: number): { start: number; end: number } => {
      const other = this.byId.get(docId);
      return other ? toSourceRange(other, start, end) : { start, end };
    };
    if (!entry) {
      const findings = findingsOf(key);
      return findings.some((f) => f.related.some((r) => this.byId.has(r.docId)))
        ? findings.map((f) => ({
            ...f,
            related: f.related.map((r) => ({ ...r, ...related(r.docId, r.start, r.end) })),
          }))
        : findings;
    }
    return entry.items.flatMap(({ id, item }) =>
      findingsOf(id).map((f) => findingToSource(item, entry.source, f, related)),
    );
  }

  /** The item and story offset shown at a document offset (hovers), or undefined when it is markup or metadata. */
  storyAt(key: string, sourceOffset: number): { id: string; offset: number } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return { id: key, offset: sourceOffset };
    for (const { id, item } of entry.items) {
      if (item.element && (sourceOffset < item.element.start || sourceOffset > item.element.end)) continue;
      for (let i = 0; i < item.text.length; i++)
        if (item.starts[i]! <= sourceOffset && sourceOffset < item.ends[i]!) return { id, offset: i };
    }
    return undefined;
  }

  /** Document range of a story range of a desk id (identity for plain articles). */
  sourceRange(id: string, start: number, end: number): { start: number; end: number } {
    const item = this.byId.get(id);
    return item ? toSourceRange(item, start, end) : { start, end };
  }

  /** Other open wire documents holding an item with one of this document's guids: a withdrawal or correction changes their findings. */
  sameItem(key: string): string[] {
    const guids = new Set((this.entries.get(key)?.items ?? []).map((x) => x.item.meta.guid).filter(Boolean));
    if (guids.size === 0) return [];
    return [...this.entries]
      .filter(([k, e]) => k !== key && e.items.some((x) => guids.has(x.item.meta.guid)))
      .map(([k]) => k);
  }

  forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    for (const { id } of entry.items) {
      this.owners.delete(id);
      this.byId.delete(id);
    }
    this.entries.delete(key);
  }

  dispose(): void {
    for (const e of this.entries.values()) clearTimeout(e.timer);
    this.entries.clear();
    this.owners.clear();
    this.byId.clear();
  }
}
