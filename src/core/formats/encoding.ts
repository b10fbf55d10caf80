// Decoding an XML file by its declared encoding (XML 1.0 appendix F): a byte order mark, else the encoding named in
// the XML declaration, else UTF-8. ISO-8859-1 and windows-1252 are what older wire systems still send.
export type DecodedXml = { text: string; skipped: null } | { text: null; skipped: string };

/** The `encoding` pseudo-attribute of an `<?xml …?>` declaration at the very start, read as ASCII. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  if (!head.startsWith('<?xml')) return undefined;
  const decl = head.slice(0, head.indexOf('?>') >>> 0);
  const at = decl.indexOf('encoding');
  if (at < 0) return undefined;
  const rest = decl.slice(at + 8).trimStart();
  if (rest[0] !== '=') return undefined;
  const value = rest.slice(1).trimStart();
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = value.indexOf(quote, 1);
  return end > 1 ? value.slice(1, end) : undefined;
}

/** windows-1252's 0x80–0x9F (WHATWG also reads ISO-8859-1 labels so: C1 controls never occur in news text). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const SINGLE_BYTE = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii']);

function decodeCp1252(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out.push(
      String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b))),
    );
  }
  return out.join('');
}

/** Decodes an XML file's bytes chunk by chunk: `skip` BOM bytes first, then each chunk in turn (`last` on the final one). */
export interface XmlDecoder {
  label: string;
  skip: number;
  decode(bytes: Uint8Array, last: boolean): string;
}

/** The decoder for a file starting with `head` (its first bytes), or why it cannot be decoded. */
export function xmlDecoder(head: Uint8Array): XmlDecoder | { skipped: string } {
  let label = 'utf-8';
  let skip = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) skip = 3;
  else if (head[0] === 0xff && head[1] === 0xfe) [label, skip] = ['utf-16le', 2];
  else if (head[0] === 0xfe && head[1] === 0xff) [label, skip] = ['utf-16be', 2];
  else label = declaredEncoding(head)?.toLowerCase() ?? 'utf-8';
  // Node's TextDecoder reads windows-1252 as plain Latin-1 (0x93 stays a control): decoded here instead.
  if (SINGLE_BYTE.has(label)) return { label, skip, decode: (bytes) => decodeCp1252(bytes) };
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { skipped: `unsupported XML encoding "${label}"` };
  }
  return { label, skip, decode: (bytes, last) => decoder.decode(bytes, { stream: !last }) };
}

export const invalidBytes = (label: string): string =>
  `not valid ${label}: the bytes do not match the declared encoding`;

export function decodeXml(bytes: Uint8Array): DecodedXml {
  const d = xmlDecoder(bytes);
  if ('skipped' in d) return { text: null, skipped: d.skipped };
  try {
    return { text: d.decode(bytes.subarray(d.skip), true), skipped: null };
  } catch {
    return { text: null, skipped: invalidBytes(d.label) };
  }
}
