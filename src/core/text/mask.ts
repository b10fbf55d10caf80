// Masking keeps offsets: masked characters become spaces, line breaks stay, so every range still fits the text.

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"”’)\]]+/g;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

/** Front matter, fenced and indented code blocks (markdown only), and URLs / e-mail addresses (always). */
export function maskText(text: string, markdown: boolean): string {
  // Most wire copy has nothing to mask: look before copying the text into a character array.
  if (!markdown && !/(?:https?:\/\/|www\.|@)/.test(text)) return text;
  const chars = text.split('');
  if (markdown) maskMarkdown(text, chars);
  for (const re of [URL_RE, EMAIL_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) blank(chars, m.index, m.index + m[0].length);
  }
  return chars.join('');
}

function maskMarkdown(text: string, chars: string[]): void {
  const front = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
  if (front) blank(chars, 0, front[0].length);
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[`~]*[ \t]*$|(?![\s\S]))/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) blank(chars, m.index, m.index + m[0].length);
  const inline = /(`+)[^`\n]+?\1/g;
  for (let m = inline.exec(text); m; m = inline.exec(text)) blank(chars, m.index, m.index + m[0].length);
  // HTML comments and link targets are not prose either.
  const other = /<!--[\s\S]*?-->|\]\([^)\s]*\)/g;
  for (let m = other.exec(text); m; m = other.exec(text))
    blank(chars, m.index + (m[0][0] === ']' ? 1 : 0), m.index + m[0].length);
}
