// Agency files on the command line: .xml and .json articles are sniffed and read with the core's wire readers;
// each item goes on the desk with its own metadata, and findings are mapped back onto the file's characters.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Desk } from '../core/desk';
import {
  decodeXml,
  isNeverArticle,
  itemStoryMeta,
  readWire,
  sniffWire,
  streamNewsML,
  toSourceRange,
  WIRE_EXTENSIONS,
  type WireItem,
} from '../core/formats';
import { decodeArticle, DEFAULT_MAX_BYTES } from '../core/input';
import { readRegularFile } from './read';
import { LineIndex } from '../core/lines';
import { buildReport, type InputDocument, type JsonDocument, type JsonReport } from './report';
import { fingerprint } from './sarif';
import { decodedChunks, RecordedPositions, sniffHead, StreamLines, type Positions } from './wireStream';

export interface WireSource {
  /** The file the item was read from. */
  file: string;
  /** Absent once a streamed item is released (its findings mapped, its fingerprints kept). */
  item?: WireItem;
  lines: Positions;
  /** Streamed items: each reported finding's SARIF fingerprint, taken while the item was on the desk. */
  fingerprints?: string[];
}

/** Desk id → where its text came from; filled by `addWireFile`, read by the report and SARIF writers. */
export class WireSources extends Map<string, WireSource> {
  /** NewsML-G2 files over the whole-file limit (with --max-size raised): read item by item after every other file. */
  readonly streamed = new Map<string, { fileTime: string }>();
}

/** Above this size a NewsML-G2 file is not held whole as a tree: its items are read, checked and released one by one. */
export const STREAM_ABOVE_BYTES = DEFAULT_MAX_BYTES;

/**
 * Reads one .xml/.json file onto the desk. Returns the report inputs (one per item; several for a newsMessage), or
 * undefined when the path is not a wire-format file at all, so the caller reads it as plain text.
 */
export function addWireFile(
  desk: Desk,
  path: string,
  maxBytes: number,
  sources: WireSources,
): InputDocument[] | undefined {
  if (!WIRE_EXTENSIONS.test(path)) return undefined;
  if (isNeverArticle(basename(path))) return [{ path, skipped: 'a configuration file, never an article' }];
  // A large NewsML-G2 file is never held whole: sniffed from its first bytes, then read from disk chunk by chunk.
  const big = largeFile(path, maxBytes);
  if (big && sniffHead(path) === 'newsml-g2') {
    sources.streamed.set(path, { fileTime: big.mtime.toISOString() });
    return [{ path, skipped: null }];
  }
  // Regular files only, opened without blocking, every failure a reason (the same reader as plain articles).
  const read = readRegularFile(path, maxBytes);
  if ('reason' in read)
    return [
      {
        path,
        skipped: read.reason.startsWith('too large')
          ? `${read.reason}; a NewsML-G2 newsMessage is read item by item with --max-size raised`
          : read.reason,
      },
    ];
  const { bytes } = read;
  const decoded = /\.json$/i.test(path) ? decodeArticle(bytes, maxBytes) : decodeXml(bytes);
  if (decoded.skipped !== null) return [{ path, skipped: decoded.skipped }];
  const source = decoded.text.replace(/^\uFEFF/, '');
  const offset = decoded.text.length - source.length;
  const format = sniffWire(source);
  if (!format) return [{ path, skipped: 'not a wire item (NewsML-G2 newsItem/newsMessage, NITF 3.x or ninjs)' }];
  const fileTime = read.mtime.toISOString();
  const { items, problems } = readWire(source, format);
  const lines = new LineIndex(decoded.text);
  const inputs: InputDocument[] = items.map((raw, i) => {
    const item = offset ? shift(raw, offset) : raw;
    const id = items.length + problems.length > 1 ? `${path}#${i + 1}` : path;
    desk.upsert(id, item.text, { fileTime, item: itemStoryMeta(item) });
    sources.set(id, { file: path, item, lines });
    return { path: id, skipped: null };
  });
  problems.forEach((p, i) =>
    inputs.push({ path: items.length + problems.length > 1 ? `${path}#skipped-${i + 1}` : path, skipped: p }),
  );
  return inputs;
}

/** A regular file over the whole-read size but within the limit given, or undefined. */
function largeFile(path: string, maxBytes: number): { mtime: Date } | undefined {
  if (/\.json$/i.test(path)) return undefined;
  try {
    const st = statSync(path);
    return st.isFile() && st.size > STREAM_ABOVE_BYTES && st.size <= maxBytes ? { mtime: st.mtime } : undefined;
  } catch {
    return undefined;
  }
}

/** A BOM removed before reading: offsets move by its length. */
function shift(item: WireItem, by: number): WireItem {
  return { ...item, starts: item.starts.map((s) => s + by), ends: item.ends.map((e) => e + by) };
}

/** The report with wire documents' findings moved onto their files' characters, and their metadata shown. */
export function mapWireReport(report: JsonReport, sources: WireSources): JsonReport {
  const map = (id: string, start: number, end: number): { start: number; end: number } => {
    const item = sources.get(id)?.item;
    return item ? toSourceRange(item, start, end) : { start, end };
  };
  for (const doc of report.documents) {
    const s = sources.get(doc.path);
    if (s && !s.item) continue;
    for (const f of doc.findings) {
      for (const r of f.related) Object.assign(r, map(r.path, r.start, r.end));
      if (!s) continue;
      const r = map(doc.path, f.start, f.end);
      const a = s.lines.position(r.start);
      const b = s.lines.position(r.end);
      Object.assign(f, {
        start: r.start,
        end: r.end,
        line: a.line,
        character: a.character,
        endLine: b.line,
        endCharacter: b.character,
      });
    }
    if (s?.item) Object.assign(doc, { wire: wireSummary(s.item) });
  }
  return report;
}

/** What the item says about itself, as the JSON report shows it. */
function wireSummary(item: WireItem): Record<string, unknown> {
  const m = item.meta;
  const pick = {
    format: m.format,
    guid: m.guid,
    version: m.version,
    filed: m.filed,
    agency: m.agency,
    headline: m.headline,
    dateline: m.dateline,
    pubStatus: m.pubStatus,
    embargoed: m.embargoed,
    edNote: m.edNote,
  };
  return Object.fromEntries(Object.entries(pick).filter(([, v]) => v !== undefined));
}

/**
 * The streamed files' documents in place of their placeholders: each item is put on the desk (where every other file
 * already is), checked, mapped onto the file and removed, so memory holds one item's tree, text and map at a time.
 * Items are checked against the other files given, not against each other; the other files' reports do not see them.
 */
export function checkStreamed(report: JsonReport, desk: Desk, sources: WireSources): JsonReport {
  for (const [path, pending] of sources.streamed) {
    const at = report.documents.findIndex((d) => d.path === path);
    if (at < 0) continue;
    const docs: JsonDocument[] = [];
    const lines = new StreamLines();
    let skipped = 0;
    streamNewsML(decodedChunks(path, lines), (got) => {
      if ('problem' in got) {
        docs.push({ path: `${path}#skipped-${++skipped}`, skipped: got.problem, findings: [], matches: [] });
        return;
      }
      const item = got;
      const id = `${path}#${docs.length - skipped + 1}`;
      desk.upsert(id, item.text, { fileTime: pending.fileTime, item: itemStoryMeta(item) });
      const entry: WireSource = { file: path, item, lines };
      sources.set(id, entry);
      const doc = mapWireReport(buildReport(desk, [{ path: id, skipped: null }]), sources).documents[0]!;
      docs.push(doc);
      // The item's lines are released: the positions its findings need are kept for the SARIF writer.
      const kept = new RecordedPositions();
      for (const f of doc.findings) {
        kept.record(f.start, { line: f.line, character: f.character });
        kept.record(f.end, { line: f.endLine, character: f.endCharacter });
      }
      entry.lines = kept;
      lines.trim(item.element?.end ?? 0);
      entry.fingerprints = desk
        .check(id)
        .filter((f) => !f.ignoredBy)
        .map((f) => fingerprint(f, item.text.slice(f.start, f.end)));
      desk.remove(id);
      delete entry.item;
    });
    sources.streamed.delete(path);
    // One item only: named by the file, as when it is read whole.
    const only = docs.length === 1 ? sources.get(`${path}#1`) : undefined;
    if (only) {
      sources.delete(`${path}#1`);
      sources.set(path, only);
    }
    if (docs.length === 1) docs[0]!.path = path;
    report.documents.splice(at, 1, ...docs);
  }
  return report;
}
