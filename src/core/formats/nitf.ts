// NITF 3.x: docdata metadata (dates, doc-id, ed-msg, urgency, du-key, management status) and the story from
// body.head (hedline, abstract) and body.content; byline, dateline and body.end are metadata, never checked text.
import { appendBlocks, find } from './blocks';
import { isoDate } from './dates';
import { oneLine, TextBuilder } from './offsets';
import { WireError, type WireItem, type WireMeta } from './types';
import { child, textOf, type XmlElement } from './xml';

const STATUSES = new Set(['usable', 'withheld', 'canceled', 'embargoed']);

/** NITF metadata from head/docdata; `meta` may already hold what an enclosing NewsML-G2 item said (it wins). */
export function nitfMeta(nitf: XmlElement, meta: WireMeta): void {
  const head = child(nitf, 'head');
  const docdata = child(head, 'docdata');
  const d = (name: string): string | undefined => child(docdata, name)?.attrs['norm'];
  meta.filed ??= isoDate(d('date.release')) ?? isoDate(d('date.issue'));
  meta.expires ??= isoDate(d('date.expire'));
  meta.guid ??= child(docdata, 'doc-id')?.attrs['id-string'];
  meta.edNote ??= oneLine(child(docdata, 'ed-msg')?.attrs['info']);
  meta.urgency ??= child(docdata, 'urgency')?.attrs['ed-urg'];
  meta.duKey ??= child(docdata, 'du-key')?.attrs['key'];
  const status = docdata?.attrs['management-status'];
  if (status && STATUSES.has(status) && status !== 'embargoed') meta.pubStatus ??= status as WireMeta['pubStatus'];
  // NITF says "embargoed" with the release date as the end of the embargo.
  if (status === 'embargoed') meta.embargoed ??= isoDate(d('date.release'));
  const bodyHead = child(child(nitf, 'body'), 'body.head');
  meta.byline ??= oneLine(textOf(child(bodyHead, 'byline')));
  meta.dateline ??= oneLine(textOf(child(bodyHead, 'dateline')));
  meta.headline ??= oneLine(textOf(child(head, 'title')));
}

/** The story text of a NITF document: the hl1 headline (else `fallback`), then abstract and body.content. */
/** Returns the length of the headline written, so callers can tell a story with a body from a bare headline. */
export function nitfStory(nitf: XmlElement, out: TextBuilder, fallbackHeadline?: XmlElement): number {
  const version = nitf.attrs['version'] ?? nitf.attrs['change.version'];
  if (version && !/NITF 3\.|^3\./.test(version))
    throw new WireError(`unknown NITF variant "${version}": only NITF 3.x is read`);
  const body = child(nitf, 'body');
  if (!body) throw new WireError('the NITF document has no body');
  const bodyHead = child(body, 'body.head');
  const hl1 = find(child(bodyHead, 'hedline'), 'hl1') ?? fallbackHeadline ?? child(child(nitf, 'head'), 'title');
  asBlock(hl1, out);
  const headed = out.length;
  for (const hl2 of child(bodyHead, 'hedline')?.children ?? [])
    if (hl2.kind === 'element' && hl2.name === 'hl2') asBlock(hl2, out);
  asBlock(child(bodyHead, 'abstract'), out);
  asBlock(child(body, 'body.content'), out);
  return headed;
}

/** Appends an element as its own block(s), closing the block before and after. */
export function asBlock(el: XmlElement | undefined, out: TextBuilder): void {
  if (!el) return;
  out.endBlock();
  appendBlocks(el, out);
  out.endBlock();
}

/** A root `nitf` document as one item. */
export function readNitf(nitf: XmlElement): WireItem {
  const meta: WireMeta = { format: 'nitf' };
  nitfMeta(nitf, meta);
  const out = new TextBuilder();
  const headed = nitfStory(nitf, out);
  const story = out.finish();
  if (story.text.length <= headed)
    throw new WireError('the NITF document has no story text (no hedline, abstract or body.content)');
  return { ...story, meta };
}
