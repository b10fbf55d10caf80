/// <reference lib="dom" />
// DOM helpers for the webview scripts: article strings become text nodes only, never markup.
export type Child = Node | string | undefined | false;
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (/^on/i.test(k)) continue; // never an inline handler
    node.setAttribute(k, v);
  }
  for (const c of children)
    if (c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Article text as a bidi-isolated element; bidi control characters shown as visible code points. */
export function txt(s: string, cls = 'art'): HTMLElement {
  const shown = s.replace(BIDI, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
  const node = el('bdi', { class: cls, dir: 'auto' });
  node.textContent = shown;
  return node;
}
