// wirecheck diff OLD NEW [--format text|json]: what changed between two versions of a story (figures, sources, quotes,
// paragraphs, headline and dateline). Offsets in the JSON are UTF-16 code units into each file's text; for an agency
// file (.xml/.json) the first item is compared and offsets are mapped back onto the file's characters.
import { parseArgs } from 'node:util';
import { Analyzer, type DocumentAnalysis } from '../core/analyze';
import { decodeXml, itemStoryMeta, readWire, toSourceRange, WIRE_EXTENSIONS, type WireItem } from '../core/formats';
import { decodeArticle, DEFAULT_MAX_BYTES } from '../core/input';
import { formatChanges, whatChanged, type WhatChanged } from '../core/versions';
import { describeError } from './files';
import { readArticle, readRegularFile } from './read';

export const DIFF_USAGE = `Usage: wirecheck diff OLD NEW [--format text|json]

Lists what changed from OLD to NEW: figures (same fact, old → new, and whether that is an update, a correction or
needs a look), sources added, dropped or changed, quotes added, cut, reworded or given to another speaker, paragraphs
added, removed and moved, headline and dateline. Unchanged figures are not listed.`;

interface Loaded {
  analysis: DocumentAnalysis;
  item?: WireItem;
}

function load(path: string, analyzer: Analyzer): Loaded | { error: string } {
  if (WIRE_EXTENSIONS.test(path)) {
    const read = readRegularFile(path, DEFAULT_MAX_BYTES);
    if ('reason' in read) return { error: read.reason };
    const decoded = /\.json$/i.test(path) ? decodeArticle(read.bytes, DEFAULT_MAX_BYTES) : decodeXml(read.bytes);
    if (decoded.skipped !== null) return { error: decoded.skipped };
    const { items, problems } = readWire(decoded.text);
    const item = items[0];
    if (!item) return { error: problems[0] ?? 'no story in the file' };
    return {
      analysis: analyzer.analyze(item.text, { fileTime: read.mtime.toISOString(), item: itemStoryMeta(item) }),
      item,
    };
  }
  const read = readArticle(path, DEFAULT_MAX_BYTES);
  if ('skipped' in read) return { error: read.skipped };
  return {
    analysis: analyzer.analyze(read.text, {
      markdown: /\.(?:md|markdown|mdown|mkd)$/i.test(path),
      fileTime: read.mtime.toISOString(),
    }),
  };
}

type Spanned = { start: number; end: number };
const isSpan = (x: unknown): x is Spanned =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Spanned).start === 'number' &&
  typeof (x as Spanned).end === 'number';

/** Moves every span of one side (old or new) from the item's text onto its file's characters. */
function mapSpans(node: unknown, item: WireItem | undefined, side: 'old' | 'new', at: 'old' | 'new' | undefined): void {
  if (!item || typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) return node.forEach((x) => mapSpans(x, item, side, at));
  for (const [k, v] of Object.entries(node)) {
    const here = k === 'old' || k === 'removed' ? 'old' : k === 'new' || k === 'added' ? 'new' : at;
    if (typeof v === 'object') mapSpans(v, item, side, here);
  }
  if (at === side && isSpan(node)) Object.assign(node, toSourceRange(item, node.start, node.end));
}

export function runDiff(argv: string[]): number {
  let values: { format?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`wirecheck: ${describeError(e).split('\n')[0]}\n\n${DIFF_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(DIFF_USAGE + '\n');
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`wirecheck: --format must be text or json, not "${format}"\n`);
    return 2;
  }
  if (positionals.length !== 2) {
    process.stderr.write(`wirecheck: diff takes two files, OLD and NEW (got ${positionals.length})\n\n${DIFF_USAGE}\n`);
    return 2;
  }
  const [oldPath, newPath] = positionals as [string, string];
  const analyzer = new Analyzer();
  const a = load(oldPath, analyzer);
  const b = load(newPath, analyzer);
  for (const [path, r] of [
    [oldPath, a],
    [newPath, b],
  ] as const) {
    if ('error' in r) {
      process.stderr.write(`wirecheck: ${path}: ${r.error}\n`);
      return 2;
    }
  }
  const [x, y] = [a as Loaded, b as Loaded];
  const w: WhatChanged = whatChanged({ path: oldPath, analysis: x.analysis }, { path: newPath, analysis: y.analysis });
  mapSpans(w, x.item, 'old', undefined);
  mapSpans(w, y.item, 'new', undefined);
  process.stdout.write((format === 'json' ? JSON.stringify(w, null, 2) : formatChanges(w)) + '\n');
  return 0;
}
