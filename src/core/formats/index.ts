// Wire formats as agencies send them: sniffing, reading to the article model's text with a source map, and the
// metadata the desk uses in place of the file's (filing time, agency, headline, status).
import { readNewsML } from './newsml';
import { readNitf } from './nitf';
import { readNinjs } from './ninjs';
import { sniffWire } from './sniff';
import { WireError, type ReadResult, type WireFormat, type WireItem } from './types';
import { parseXml } from './xml';
import type { StoryMeta } from '../types';

export { sniffWire } from './sniff';
export { isNeverArticle, WIRE_EXTENSIONS } from './names';
export { decodeXml, xmlDecoder } from './encoding';
export { toSourceRange } from './offsets';
export { streamNewsML } from './newsml';
export type { ReadResult, WireFormat, WireItem, WireMeta } from './types';

/** Reads an item already sniffed (or known) as `format`; every failure is a message in `problems`, never a throw. */
export function readWire(text: string, format: WireFormat | undefined = sniffWire(text)): ReadResult {
  try {
    if (!format) return { items: [], problems: ['not a wire item (NewsML-G2, NITF 3.x or ninjs)'] };
    if (format === 'ninjs') return readNinjs(text);
    const root = parseXml(text);
    if (format === 'nitf') {
      if (root.name !== 'nitf') return { items: [], problems: [`not NITF: the root element is <${root.name}>`] };
      return { items: [readNitf(root)], problems: [] };
    }
    return readNewsML(root);
  } catch (e) {
    if (e instanceof WireError) return { items: [], problems: [e.message] };
    if (e instanceof RangeError) return { items: [], problems: ['the item is too deeply nested or too large to read'] };
    throw e;
  }
}

/** The article model's metadata from the item: it wins over what the text suggests and over the file's time. */
export function itemStoryMeta(item: WireItem): Partial<StoryMeta> {
  const m = item.meta;
  const meta: Partial<StoryMeta> = {
    wire: {
      guid: m.guid,
      version: m.version,
      provider: m.provider,
      pubStatus: m.pubStatus,
      embargoed: m.embargoed,
      signals: m.signals,
      edNote: m.edNote,
      duKey: m.duKey,
    },
  };
  if (m.filed) {
    meta.filed = m.filed;
    meta.filedSource = 'metadata';
  }
  if (m.agency) meta.agency = m.agency;
  if (m.headline) meta.headline = m.headline;
  if (m.dateline ?? m.located) meta.dateline = m.dateline ?? m.located;
  if (m.signals?.includes('correction')) meta.corrected = true;
  return meta;
}
export { findingToSource, mapEdit } from './edits';
