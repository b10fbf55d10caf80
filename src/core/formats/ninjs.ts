// ninjs (IPTC News in JSON) 1.x and 2.x: headline(s), bodies as plain text or HTML, and the item's metadata.
import type { Node } from 'jsonc-parser';
import { isoDate } from './dates';
import { htmlBlocks } from './html';
import { mappedString, parseJson, prop, str } from './json';
import { oneLine, TextBuilder, type MappedText } from './offsets';
import { plainBlocks } from './plain';
import { agencyOf } from './provider';
import { WireError, type ReadResult, type WireMeta } from './types';

const PUB_STATUS = new Set(['usable', 'withheld', 'canceled']);

/** The `name` of the first object in an array property (ninjs 2 infosources, 1.x infosource). */
function firstName(obj: Node, key: string): string | undefined {
  const arr = prop(obj, key);
  return arr?.type === 'array' ? str(arr.children?.[0], 'name') : undefined;
}

/** The main entry of a 2.x headlines/bodies array: role "main" (or none), else the first. */
function mainEntry(arr: Node | undefined, accept: (entry: Node) => boolean): Node | undefined {
  const entries = (arr?.type === 'array' ? (arr.children ?? []) : []).filter(
    (e) => e.type === 'object' && prop(e, 'value')?.type === 'string' && accept(e),
  );
  return entries.find((e) => !str(e, 'role') || /main/i.test(str(e, 'role')!)) ?? entries[0];
}

const isHtml = (contentType: string | undefined): boolean => !!contentType && /html|xml/i.test(contentType);

export function readNinjs(src: string): ReadResult {
  const root = parseJson(src);
  if (root.type !== 'object') throw new WireError('not a ninjs item: the JSON is not an object');
  const status = str(root, 'pubstatus');
  const provider = firstName(root, 'infosources') ?? firstName(root, 'infosource') ?? str(root, 'copyrightholder');
  const meta: WireMeta = {
    format: 'ninjs',
    guid: str(root, 'uri'),
    version: str(root, 'version'),
    provider,
    agency: provider ? agencyOf(provider) : undefined,
    filed: isoDate(str(root, 'versioncreated')),
    firstCreated: isoDate(str(root, 'firstcreated')),
    pubStatus: status && PUB_STATUS.has(status) ? (status as WireMeta['pubStatus']) : undefined,
    embargoed: isoDate(str(root, 'embargoed')),
    expires: isoDate(str(root, 'expires')),
    edNote: oneLine(str(root, 'ednote')),
    located: oneLine(str(root, 'located')),
    byline: oneLine(str(root, 'byline') ?? str(root, 'by')),
    slugline: oneLine(str(root, 'slugline')),
    urgency: scalarText(prop(root, 'urgency')?.value as unknown),
    signals: [],
  };
  // 1.x: "headline"; 2.x: headlines[] of {role, contenttype, value}.
  const headlineNode =
    prop(root, 'headline') ??
    prop(
      mainEntry(prop(root, 'headlines'), () => true),
      'value',
    );
  const headline = headlineNode?.type === 'string' ? mappedString(src, headlineNode) : undefined;
  meta.headline = oneLine(headline?.text);
  const body = pickBody(root, src);
  const out = new TextBuilder();
  if (headline) out.inline(headline);
  out.endBlock();
  const headed = out.length;
  if (body) (body.html ? htmlBlocks : plainBlocks)(body.text, out);
  const story = out.finish();
  if (story.text.length <= headed && meta.pubStatus !== 'canceled' && meta.pubStatus !== 'withheld') {
    throw new WireError(`ninjs item ${meta.guid ?? '(no uri)'} has no text body (body_text, body_html or bodies)`);
  }
  return { items: [{ ...story, meta, ...(body?.html ? { htmlFrom: headed } : {}) }], problems: [] };
}

/** The story body: HTML preferred (it keeps paragraphs), then plain text. */
function pickBody(root: Node, src: string): { text: MappedText; html: boolean } | undefined {
  const bodies = prop(root, 'bodies');
  if (bodies) {
    const entry = mainEntry(bodies, (e) => isHtml(str(e, 'contenttype'))) ?? mainEntry(bodies, () => true);
    if (!entry) return undefined;
    return { text: mappedString(src, prop(entry, 'value')!), html: isHtml(str(entry, 'contenttype')) };
  }
  for (const [key, html] of [
    ['body_html', true],
    ['body_xhtml', true],
    ['body_text', false],
  ] as const) {
    const node = prop(root, key);
    if (node?.type === 'string') return { text: mappedString(src, node), html };
  }
  return undefined;
}

/** A JSON scalar as text (urgency may be sent as 3 or "3"); absent or null stays absent. */
function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}
