// NewsML-G2: a newsItem, or a newsMessage / packageItem holding several. Metadata from itemMeta and contentMeta;
// the story from contentSet (inlineXML holding NITF or XHTML, or inlineData plain text).
import { appendBlocks, find } from './blocks';
import { isoDate } from './dates';
import { asBlock, nitfMeta, nitfStory } from './nitf';
import { oneLine, TextBuilder } from './offsets';
import { plainBlocks } from './plain';
import { agencyOf } from './provider';
import { WireError, type ReadResult, type WireItem, type WireMeta } from './types';
import { child, childrenNamed, codeOrText, parseXml, textOf, type XmlElement } from './xml';

export const NAR_NS = 'http://iptc.org/std/nar/2006-10-01/';

const PUB_STATUS = new Set(['usable', 'withheld', 'canceled']);

/** The provider as named: its `name`, else the code of its QCode, else its URI. */
function providerOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  return oneLine(textOf(child(el, 'name'))) ?? el.attrs['qcode'] ?? el.attrs['literal'] ?? el.attrs['uri'];
}

function itemMeta(item: XmlElement): WireMeta {
  const im = child(item, 'itemMeta');
  const cm = child(item, 'contentMeta');
  const provider = providerOf(child(im, 'provider'));
  const status = child(im, 'pubStatus')?.attrs['qcode']?.replace(/^.*:/, '');
  const headlines = childrenNamed(cm, 'headline');
  const main = headlines.find((h) => !h.attrs['role'] || /main$/.test(h.attrs['role'])) ?? headlines[0];
  const signals = childrenNamed(im, 'signal')
    .map((s) => (s.attrs['qcode'] ?? s.attrs['literal'] ?? '').replace(/^.*:/, ''))
    .filter(Boolean);
  return {
    format: 'newsml-g2',
    guid: item.attrs['guid'],
    version: item.attrs['version'],
    provider,
    agency: agencyOf(provider),
    filed: isoDate(textOf(child(im, 'versionCreated'))),
    firstCreated: isoDate(textOf(child(im, 'firstCreated'))),
    pubStatus: status && PUB_STATUS.has(status) ? (status as WireMeta['pubStatus']) : undefined,
    embargoed: isoDate(textOf(child(im, 'embargoed'))),
    signals,
    edNote: oneLine(childrenNamed(im, 'edNote').map(textOf).join(' ')),
    headline: main ? oneLine(textOf(main)) : undefined,
    dateline: oneLine(textOf(child(cm, 'dateline'))),
    slugline: oneLine(textOf(child(cm, 'slugline'))),
    creditline: oneLine(textOf(child(cm, 'creditline'))),
    located: oneLine(codeOrText(child(cm, 'located'))),
    infoSource: oneLine(codeOrText(child(cm, 'infoSource'))),
    byline: oneLine(textOf(child(cm, 'by'))),
  };
}

/** One newsItem's story: the body's own headline (NITF hl1, XHTML h1) or contentMeta's, then the paragraphs. */
function readNewsItem(item: XmlElement): WireItem {
  const meta = itemMeta(item);
  const headlines = childrenNamed(child(item, 'contentMeta'), 'headline');
  const headline = headlines.find((h) => !h.attrs['role'] || /main$/.test(h.attrs['role'])) ?? headlines[0];
  const set = child(item, 'contentSet');
  // Alternative renditions of one story: the first that holds body text is the story.
  for (const content of set?.children ?? []) {
    if (content.kind !== 'element' || (content.name !== 'inlineXML' && content.name !== 'inlineData')) continue;
    const story = renditionStory(content, headline, meta);
    if (story) return { ...story, meta };
  }
  // A withdrawal notice may carry no text: kept on the desk (its headline only) so its status reaches the other copies.
  if (meta.pubStatus === 'canceled' || meta.pubStatus === 'withheld') {
    const only = new TextBuilder();
    asBlock(headline, only);
    return { ...only.finish(), meta };
  }
  throw new WireError(
    `item ${meta.guid ?? '(no guid)'} has no text body (its contentSet holds no inlineXML or inlineData text)`,
  );
}

/** The story of one rendition, or undefined when it holds no body text. */
function renditionStory(
  content: XmlElement,
  headline: XmlElement | undefined,
  meta: WireMeta,
): ReturnType<TextBuilder['finish']> | undefined {
  const type = (content.attrs['contenttype'] ?? '').toLowerCase();
  const out = new TextBuilder();
  let headed = 0;
  if (content.name === 'inlineData') {
    if (type && !type.startsWith('text/plain')) return undefined;
    asBlock(headline, out);
    headed = out.length;
    for (const c of content.children) if (c.kind === 'text') plainBlocks(c, out);
  } else {
    const nitf = find(content, 'nitf');
    if (nitf) {
      nitfMeta(nitf, meta);
      headed = nitfStory(nitf, out, headline);
    } else {
      const html = find(content, 'html');
      const body = find(html ?? content, 'body') ?? html ?? content;
      const h1 = body.children.find((c): c is XmlElement => c.kind === 'element' && c.name === 'h1');
      asBlock(h1 ?? headline, out);
      headed = out.length;
      appendBlocks({ ...body, children: body.children.filter((c) => c !== h1) }, out);
    }
  }
  const story = out.finish();
  return story.text.length > headed ? story : undefined;
}

/** Reads one item of a document into `items`, or its problem into `problems`. */
function readOne(el: XmlElement, items: WireItem[], problems: string[]): void {
  try {
    if (el.name === 'newsItem') items.push({ ...readNewsItem(el), element: { start: el.start, end: el.end } });
    else if (el.name === 'packageItem')
      problems.push(
        `packageItem ${el.attrs['guid'] ?? ''} lists other items and holds no story text of its own`.replace('  ', ' '),
      );
  } catch (e) {
    if (!(e instanceof WireError)) throw e;
    problems.push(e.message);
  }
}

/** A NewsML-G2 document: every newsItem it holds, in order; a problem with one item leaves the others. */
export function readNewsML(root: XmlElement): ReadResult {
  const items: WireItem[] = [];
  const problems: string[] = [];
  if (root.name === 'newsMessage') {
    for (const set of childrenNamed(root, 'itemSet'))
      for (const c of set.children) if (c.kind === 'element') readOne(c, items, problems);
    if (items.length === 0 && problems.length === 0) problems.push('the newsMessage holds no items');
  } else readOne(root, items, problems);
  return { items, problems };
}

/**
 * A NewsML-G2 document read item by item: each item of a newsMessage is handed to `each` as soon as its element
 * closes, then its element tree is dropped, so memory holds one item at a time (plus the source text; given as
 * chunks, only the part not read yet). Items handed
 * over before a later parse error stay; the error is one more problem. `each` receives the problems too, in order.
 */
export function streamNewsML(
  src: string | Iterable<string>,
  each: (item: WireItem | { problem: string }) => void,
): void {
  let seen = 0;
  const emit = (el: XmlElement): void => {
    const items: WireItem[] = [];
    const problems: string[] = [];
    readOne(el, items, problems);
    seen += items.length + problems.length;
    for (const item of items) each(item);
    for (const problem of problems) each({ problem });
  };
  try {
    const root = parseXml(src, (el, parent) => {
      if (parent?.name !== 'itemSet') return false;
      emit(el);
      return true;
    });
    if (root.name !== 'newsMessage') emit(root);
    else if (seen === 0) each({ problem: 'the newsMessage holds no items' });
  } catch (e) {
    if (e instanceof WireError) each({ problem: e.message });
    else if (e instanceof RangeError) each({ problem: 'the item is too deeply nested or too large to read' });
    else throw e;
  }
}
