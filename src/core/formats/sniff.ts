// Is this text an agency item? Decided from its first 4 KB only: an XML root newsItem / newsMessage / packageItem in
// the NewsML-G2 namespace, or a root nitf; a JSON object with `uri` and a body (ninjs). Cheap enough for every open.
import { visit } from 'jsonc-parser';
import { SaxesParser } from 'saxes';
import { NAR_NS } from './newsml';
import type { WireFormat } from './types';

export const SNIFF_BYTES = 4096;
const NEWSML_ROOTS = new Set(['newsItem', 'newsMessage', 'packageItem']);
const NINJS_BODIES = new Set(['body_text', 'body_html', 'body_xhtml', 'bodies']);

class Found extends Error {
  constructor(readonly root: { local: string; uri: string } | undefined) {
    super('sniffed');
  }
}

/** The root element of an XML prefix, or undefined when the prefix holds none (or is not XML). */
function xmlRoot(head: string): { local: string; uri: string } | undefined {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    throw new Found({ local: tag.local, uri: tag.uri });
  });
  parser.on('error', () => {
    throw new Found(undefined);
  });
  try {
    parser.write(head);
  } catch (e) {
    if (e instanceof Found) return e.root;
    return undefined;
  }
  return undefined;
}

function jsonIsNinjs(head: string): boolean {
  let depth = 0;
  let uri = false;
  let body = false;
  visit(head, {
    onObjectBegin: () => void depth++,
    onObjectEnd: () => void depth--,
    onArrayBegin: () => void depth++,
    onArrayEnd: () => void depth--,
    onObjectProperty: (name) => {
      if (depth !== 1) return;
      if (name === 'uri') uri = true;
      if (NINJS_BODIES.has(name)) body = true;
    },
  });
  return uri && body;
}

export function sniffWire(text: string): WireFormat | undefined {
  const head = text.slice(0, SNIFF_BYTES).replace(/^\uFEFF/, '');
  const first = head.trimStart()[0];
  if (first === '<') {
    const root = xmlRoot(head);
    if (!root) return undefined;
    if (NEWSML_ROOTS.has(root.local) && root.uri === NAR_NS) return 'newsml-g2';
    return root.local === 'nitf' ? 'nitf' : undefined;
  }
  if (first === '{') return jsonIsNinjs(head) ? 'ninjs' : undefined;
  return undefined;
}
