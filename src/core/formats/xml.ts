// XML to a small element tree with, for every character of text, its source range. saxes does the parsing and
// well-formedness checks; DTDs are never fetched and their entities never expanded: a document that declares
// entities (an entity bomb, an external entity) is refused with a clear message before any expansion.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { MappedText } from './offsets';
import { WireError } from './types';
import { SourceWindow } from './window';

export interface XmlText extends MappedText {
  kind: 'text';
}

export interface XmlElement {
  kind: 'element';
  /** Local name and namespace URI ("" when none). */
  name: string;
  ns: string;
  /** Attributes by local name (namespaced ones also by prefix:name). */
  attrs: Record<string, string>;
  children: (XmlElement | XmlText)[];
  /** Source offsets of the start tag's `<` and of the end of the element. */
  start: number;
  end: number;
}

/** Deepest element nesting read; agency items nest a dozen levels. */
export const MAX_DEPTH = 256;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes a raw text run (character and predefined entity references, CR LF) keeping each character's source range. */
function decodeRaw(src: SourceWindow, from: number, to: number, cdata: boolean): XmlText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: string, a: number, b: number): void => {
    for (let k = 0; k < s.length; k++) {
      chars.push(s[k]!);
      starts.push(a);
      ends.push(b);
    }
  };
  for (let i = from; i < to;) {
    const c = src.charAt(i);
    if (c === '\r') {
      const next = src.charAt(i + 1) === '\n' ? 2 : 1;
      push('\n', i, i + next);
      i += next;
    } else if (c === '&' && !cdata) {
      const semi = src.indexOf(';', i);
      const name = src.slice(i + 1, semi);
      const decoded = name.startsWith('#x')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(parseInt(name.slice(1), 10))
          : PREDEFINED[name];
      if (semi < 0 || decoded === undefined)
        throw new WireError(`entity &${name}; is not defined (DTDs are never read)`);
      push(decoded, i, semi + 1);
      i = semi + 1;
    } else {
      push(c, i, i + 1);
      i++;
    }
  }
  return { kind: 'text', text: chars.join(''), starts, ends, ...(cdata ? { verbatim: true } : {}) };
}

/** Called as each element closes; returning true detaches it from its parent, so its subtree can be released. */
export type OnClose = (el: XmlElement, parent: XmlElement | undefined) => boolean;

/**
 * Parses a whole XML document, given as one string or as chunks read in turn (then only what is not yet read into
 * elements is held, and a subtree `onClose` detaches is released); throws WireError with a user-facing message.
 */
export function parseXml(input: string | Iterable<string>, onClose?: OnClose): XmlElement {
  const src = typeof input === 'string' ? SourceWindow.of(input) : new SourceWindow();
  const chunks = typeof input === 'string' ? [input] : input;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  // `cursor`: where the next unread markup or text starts (saxes reports positions just past what it read).
  let cursor = 0;
  let tagStart = 0;
  let failure: string | undefined;
  const afterMarkup = (): void => {
    let p = parser.position;
    if (src.charAt(p - 1) !== '>') p = src.indexOf('>', p) + 1;
    cursor = p;
  };
  parser.on('error', (e) => {
    failure ??= e.message;
  });
  parser.on('doctype', (d) => {
    // Entity declarations (internal or external) are what entity bombs and XXE are made of: refuse them all.
    if (d.includes('<!ENTITY'))
      throw new WireError(
        'the document declares entities in its DTD; entities are never expanded (entity bomb or external entity): refused',
      );
    afterMarkup();
  });
  parser.on('xmldecl', afterMarkup);
  parser.on('comment', afterMarkup);
  parser.on('processinginstruction', afterMarkup);
  parser.on('opentagstart', () => {
    // Namespace lookups walk the open elements: nesting is bounded so time stays linear (news nests a few levels).
    if (stack.length >= MAX_DEPTH) throw new WireError(`elements nested more than ${MAX_DEPTH} deep: refused`);
    tagStart = src.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      attrs[a.local] ??= a.value;
      if (a.prefix) attrs[`${a.prefix}:${a.local}`] = a.value;
    }
    const el: XmlElement = {
      kind: 'element',
      name: tag.local,
      ns: tag.uri,
      attrs,
      children: [],
      start: tagStart,
      end: tagStart,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    if (tag.isSelfClosing) el.end = parser.position;
    else stack.push(el);
    afterMarkup();
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) {
      const el = stack.pop();
      if (el) el.end = parser.position;
      const parent = stack[stack.length - 1];
      if (el && onClose?.(el, parent) && parent?.children[parent.children.length - 1] === el) {
        parent.children.pop();
        afterMarkup();
        // Everything before the end of a detached element is read: a chunked source lets it go.
        if (typeof input !== 'string') src.release(cursor);
        return;
      }
    }
    afterMarkup();
  });
  parser.on('text', (t) => {
    const end = parser.position - 1;
    const parent = stack[stack.length - 1];
    if (parent && end > cursor) {
      const node = decodeRaw(src, cursor, end, false);
      if (node.text !== t) throw new WireError('internal: text offsets disagree with the parser');
      parent.children.push(node);
    }
    cursor = end;
  });
  parser.on('cdata', (t) => {
    const open = src.indexOf('<![CDATA[', cursor);
    const end = parser.position - 3;
    const parent = stack[stack.length - 1];
    if (parent && open >= 0) parent.children.push(decodeRaw(src, open + 9, end, true));
    cursor = parser.position;
    void t;
  });
  try {
    for (const chunk of chunks) {
      if (typeof input !== 'string') src.append(chunk);
      parser.write(chunk);
      if (failure) break;
    }
    if (!failure) parser.close();
  } catch (e) {
    if (e instanceof WireError) throw e;
    failure ??= e instanceof Error ? e.message : String(e);
  }
  if (failure) throw new WireError(`malformed XML: ${failure.replace(/^undefined:/, 'line ')}`);
  if (!root) throw new WireError('malformed XML: no root element');
  return root;
}

/** Children elements with this local name. */
export const childrenNamed = (el: XmlElement | undefined, name: string): XmlElement[] =>
  (el?.children.filter((c) => c.kind === 'element' && c.name === name) as XmlElement[] | undefined) ?? [];

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => childrenNamed(el, name)[0];

/** Every text inside an element, in order, as one string. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (c.kind === 'text' ? c.text : textOf(c))).join('');
}

/** A value from a QCode ("stat:canceled" → "canceled"), else the element's text. */
export function codeOrText(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const q = el.attrs['qcode'] ?? el.attrs['literal'] ?? el.attrs['uri'];
  const name = child(el, 'name');
  return (name ? textOf(name) : textOf(el)).trim() || (q ? q.replace(/^.*[:/]/, '') : undefined);
}
