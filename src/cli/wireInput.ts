// Agency files on the command line: .xml and .json articles are sniffed and read with the core's wire readers;
// each item goes on the desk with its own metadata, and findings are mapped back onto the file's characters.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Desk } from '../core/desk';
import { decodeXml, itemStoryMeta, readWire, sniffWire, toSourceRange, type WireItem } from '../core/formats';
import { decodeArticle, tooLargeReason } from '../core/input';
import { LineIndex } from '../core/lines';
import type { InputDocument, JsonReport } from './report';

export const WIRE_EXTENSIONS = /\.(?:xml|json|nitf|newsml)$/i;
/** Configuration files that are JSON but never articles, whatever they contain. */
const NEVER_ARTICLES = /^(?:package(?:-lock)?\.json|tsconfig(?:\.[\w-]+)?\.json|jsconfig\.json|\.wirecheck\.json|settings\.json|launch\.json|tasks\.json|extensions\.json)$/i;

export const isNeverArticle = (path: string): boolean => NEVER_ARTICLES.test(basename(path));

export interface WireSource {
  /** The file the item was read from, and its decoded text. */
  file: string;
  source: string;
  item: WireItem;
  lines: LineIndex;
}

/** Desk id → where its text came from; filled by `addWireFile`, read by the report and SARIF writers. */
export type WireSources = Map<string, WireSource>;

/**
 * Reads one .xml/.json file onto the desk. Returns the report inputs (one per item; several for a newsMessage), or
 * undefined when the path is not a wire-format file at all, so the caller reads it as plain text.
 */
export function addWireFile(desk: Desk, path: string, maxBytes: number, sources: WireSources): InputDocument[] | undefined {
  if (!WIRE_EXTENSIONS.test(path)) return undefined;
  if (isNeverArticle(path)) return [{ path, skipped: 'a configuration file, never an article' }];
  const size = statSync(path).size;
  if (size > maxBytes) return [{ path, skipped: tooLargeReason(size, maxBytes) }];
  const bytes = readFileSync(path);
  const decoded = /\.json$/i.test(path) ? decodeArticle(bytes, maxBytes) : decodeXml(bytes);
  if (decoded.skipped !== null) return [{ path, skipped: decoded.skipped }];
  const source = decoded.text.replace(/^\uFEFF/, '');
  const offset = decoded.text.length - source.length;
  const format = sniffWire(source);
  if (!format) return [{ path, skipped: 'not a wire item (NewsML-G2 newsItem/newsMessage, NITF 3.x or ninjs)' }];
  const { items, problems } = readWire(source, format);
  const fileTime = statSync(path).mtime.toISOString();
  const lines = new LineIndex(decoded.text);
  const inputs: InputDocument[] = items.map((raw, i) => {
    const item = offset ? shift(raw, offset) : raw;
    const id = items.length + problems.length > 1 ? `${path}#${i + 1}` : path;
    desk.upsert(id, item.text, { fileTime, item: itemStoryMeta(item) });
    sources.set(id, { file: path, source: decoded.text, item, lines });
    return { path: id, skipped: null };
  });
  problems.forEach((p, i) => inputs.push({ path: items.length + problems.length > 1 ? `${path}#skipped-${i + 1}` : path, skipped: p }));
  return inputs;
}

/** A BOM removed before reading: offsets move by its length. */
function shift(item: WireItem, by: number): WireItem {
  return { ...item, starts: item.starts.map((s) => s + by), ends: item.ends.map((e) => e + by) };
}

/** The report with wire documents' findings moved onto their files' characters, and their metadata shown. */
export function mapWireReport(report: JsonReport, sources: WireSources): JsonReport {
  const map = (id: string, start: number, end: number): { start: number; end: number } => {
    const s = sources.get(id);
    return s ? toSourceRange(s.item, start, end) : { start, end };
  };
  for (const doc of report.documents) {
    const s = sources.get(doc.path);
    for (const f of doc.findings) {
      for (const r of f.related) Object.assign(r, map(r.path, r.start, r.end));
      if (!s) continue;
      const r = map(doc.path, f.start, f.end);
      const a = s.lines.position(r.start);
      const b = s.lines.position(r.end);
      Object.assign(f, { start: r.start, end: r.end, line: a.line, character: a.character, endLine: b.line, endCharacter: b.character });
    }
    if (s) Object.assign(doc, { wire: wireSummary(s.item) });
  }
  return report;
}

/** What the item says about itself, as the JSON report shows it. */
function wireSummary(item: WireItem): Record<string, unknown> {
  const m = item.meta;
  const pick = { format: m.format, guid: m.guid, version: m.version, filed: m.filed, agency: m.agency, headline: m.headline, dateline: m.dateline, pubStatus: m.pubStatus, embargoed: m.embargoed, edNote: m.edNote };
  return Object.fromEntries(Object.entries(pick).filter(([, v]) => v !== undefined));
}
