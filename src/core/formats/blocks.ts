// Story text from a marked-up body (XHTML or NITF, as XML elements): block elements are paragraphs, inline markup
// inside a sentence is read through, and what is not prose (media references, tables, scripts) is left out.
import { TextBuilder } from './offsets';
import type { XmlElement } from './xml';

/** Elements whose content is one paragraph (or a container of paragraphs, when they hold blocks themselves). */
export const BLOCK = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'blockquote',
  'div',
  'section',
  'article',
  'figcaption',
  'pre',
  'address',
  'hl1',
  'hl2',
  'block',
  'bq',
  'media-caption',
  'abstract',
  'body.content',
  'body',
  'ul',
  'ol',
  'dl',
  'nitf-table',
  'fn',
  'note',
  'credit',
]);

/** Never story prose: code, media references, data tables, NITF metadata inside the body. */
export const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'img',
  'video',
  'audio',
  'object',
  'iframe',
  'svg',
  'math',
  'table',
  'media-reference',
  'media-metadata',
  'media-object',
  'media-producer',
  'nitf-table-metadata',
  'table-reference',
  'byline',
  'dateline',
  'distributor',
  'series',
  'tagline',
  'bibliography',
]);

export const LINE_BREAK = new Set(['br', 'hr']);

/** Appends an element's text as paragraphs. */
export function appendBlocks(el: XmlElement, out: TextBuilder): void {
  for (const c of el.children) {
    if (c.kind === 'text') {
      out.inline(c);
      continue;
    }
    if (SKIP.has(c.name)) continue;
    if (LINE_BREAK.has(c.name)) {
      out.space(c.start);
      continue;
    }
    const block = BLOCK.has(c.name);
    if (block) out.endBlock();
    appendBlocks(c, out);
    if (block) out.endBlock();
  }
}

/** The first element with this local name, depth first. */
export function find(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) {
    if (c.kind !== 'element') continue;
    if (c.name === name) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return undefined;
}
