// Plain text inside a wire item (NewsML-G2 inlineData, ninjs body_text): each non-blank line is a paragraph.
import type { MappedText, TextBuilder } from './offsets';

export function plainBlocks(t: MappedText, out: TextBuilder): void {
  let from = 0;
  for (let i = 0; i <= t.text.length; i++) {
    if (i < t.text.length && t.text[i] !== '\n') continue;
    out.endBlock();
    out.inline({ text: t.text.slice(from, i), starts: sub(t.starts, from, i), ends: sub(t.ends, from, i) });
    out.endBlock();
    from = i + 1;
  }
}

const sub = (a: ArrayLike<number>, from: number, to: number): number[] =>
  Array.prototype.slice.call(a, from, to) as number[];
