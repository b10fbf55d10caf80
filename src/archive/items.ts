// One file's stories as the archive stores them: read with the CLI's own readers (plain, Markdown, NewsML-G2, NITF,
// ninjs), analysed with the core (article model, figures, facts) and prepared for matching (features, shingles).
import { basename } from 'node:path';
import { Analyzer } from '../core/analyze';
import { factsOf, type Fact } from '../core/facts';
import { decodeXml, isNeverArticle, itemStoryMeta, readWire, sniffWire, WIRE_EXTENSIONS } from '../core/formats';
import { decodeArticle, notProseReason } from '../core/input';
import { prepareStory, type MatchMeta, type PreparedStory } from '../core/match';
import type { ModelOptions } from '../core/text/model';
import type { StoryMeta } from '../core/types';
import { ARTICLE_EXTENSIONS } from '../cli/files';
import { readRegularFile } from '../cli/read';

export interface ArchiveItem {
  itemNo: number;
  text: string;
  guid?: string;
  version?: string;
  agency?: string;
  headline?: string;
  /** ISO time, only when the item or the copy states it (a file's time is not a filing time). */
  filed?: string;
  status?: 'usable' | 'withheld' | 'canceled';
  prepared: PreparedStory;
  facts: Fact[];
}

export type ReadOutcome = { hash: string; items: ArchiveItem[]; problems: string[] } | { skipped: string };

/** The filing metadata matching uses, as the Desk gives it (file times are not filing times). */
export function matchMetaOf(m: Partial<StoryMeta>): MatchMeta {
  const filed = m.filedSource === 'file time' || m.filedSource === 'unknown' ? undefined : m.filed;
  return { agency: m.agency, update: m.update, corrected: m.corrected, dateline: m.dateline, filed, wire: m.wire };
}

/** An item prepared from its text and model options; `id` names its facts. */
export function prepareItem(
  analyzer: Analyzer,
  id: string,
  itemNo: number,
  text: string,
  options: ModelOptions,
): ArchiveItem {
  const analysis = analyzer.analyze(text, options);
  const meta = analysis.model.meta;
  const match = matchMetaOf(meta);
  return {
    itemNo,
    text,
    guid: meta.wire?.guid,
    version: meta.wire?.version,
    agency: meta.agency,
    headline: meta.headline,
    filed: match.filed,
    status: meta.wire?.pubStatus,
    prepared: prepareStory(text, match),
    facts: factsOf(id, analysis),
  };
}

// node:crypto on first use: `wirecheck check` bundles this module but never hashes, and loading crypto is slow.
export const hashBytes = (bytes: Uint8Array): string =>
  (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex');

/** Reads one file into archive items, or the reason it is skipped; the hash lets an unchanged file cost nothing. */
export function readItems(
  analyzer: Analyzer,
  path: string,
  maxBytes: number,
  knownHash?: string,
): ReadOutcome | { unchanged: true } {
  if (WIRE_EXTENSIONS.test(path) && isNeverArticle(basename(path)))
    return { skipped: 'a configuration file, never an article' };
  const read = readRegularFile(path, maxBytes);
  if ('reason' in read) return { skipped: read.reason };
  const hash = hashBytes(read.bytes);
  if (hash === knownHash) return { unchanged: true };
  const fileTime = read.mtime.toISOString();
  if (WIRE_EXTENSIONS.test(path)) {
    const decoded = /\.json$/i.test(path) ? decodeArticle(read.bytes, maxBytes) : decodeXml(read.bytes);
    if (decoded.skipped !== null) return { skipped: decoded.skipped };
    const source = decoded.text.replace(/^\uFEFF/, '');
    const format = sniffWire(source);
    if (format) {
      const { items, problems } = readWire(source, format);
      return {
        hash,
        problems,
        items: items.map((item, i) =>
          prepareItem(analyzer, `${path}#${i + 1}`, i + 1, item.text, { fileTime, item: itemStoryMeta(item) }),
        ),
      };
    }
    if (!ARTICLE_EXTENSIONS.test(path))
      return { skipped: 'not a wire item (NewsML-G2 newsItem/newsMessage, NITF 3.x or ninjs)' };
  }
  const decoded = decodeArticle(read.bytes, maxBytes);
  if (decoded.skipped !== null) return { skipped: decoded.skipped };
  const notProse = ARTICLE_EXTENSIONS.test(path) ? undefined : notProseReason(decoded.text);
  if (notProse) return { skipped: notProse };
  const markdown = /\.(?:md|markdown|mdown|mkd)$/i.test(path);
  return { hash, problems: [], items: [prepareItem(analyzer, path, 1, decoded.text, { markdown, fileTime })] };
}
