// JSON with positions: jsonc-parser's tree gives each value's offsets; string values are decoded here with each
// character's source range, so a finding maps back through escapes ("\"", "\u2019", "\n").
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { MappedText } from './offsets';
import { WireError } from './types';

export function parseJson(src: string): Node {
  const errors: ParseError[] = [];
  const root = parseTree(src, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    throw new WireError(
      `malformed JSON: ${e ? `${printParseErrorCode(e.error)} at offset ${e.offset}` : 'empty document'}`,
    );
  }
  return root;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A string node's value with each character's source range (the raw text between the quotes). */
export function mappedString(src: string, node: Node): MappedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const end = node.offset + node.length - 1;
  for (let i = node.offset + 1; i < end;) {
    if (src[i] === '\\') {
      const e = src[i + 1]!;
      const len = e === 'u' ? 6 : 2;
      chars.push(e === 'u' ? String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)) : (ESCAPES[e] ?? e));
      starts.push(i);
      ends.push(i + len);
      i += len;
    } else {
      chars.push(src[i]!);
      starts.push(i);
      ends.push(i + 1);
      i++;
    }
  }
  return { text: chars.join(''), starts, ends };
}

/** A property's value node of an object node. */
export function prop(obj: Node | undefined, key: string): Node | undefined {
  if (obj?.type !== 'object') return undefined;
  for (const p of obj.children ?? []) if (p.children?.[0]?.value === key) return p.children[1];
  return undefined;
}

/** A string property's value, or undefined. */
export function str(obj: Node | undefined, key: string): string | undefined {
  const v = prop(obj, key);
  return v?.type === 'string' ? (v.value as string) : undefined;
}
