// Builds story text character by character while remembering where each character came from in the source, and
// maps a range of the story text back onto the source.
import type { WireItem } from './types';

/** A run of decoded characters with, for each, the source range it was decoded from. */
export interface MappedText {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** Taken as written (XML CDATA): text inserted there is not escaped. */
  verbatim?: boolean;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

export class TextBuilder {
  private chars: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  /** Offsets (in the story text) of characters read from CDATA. */
  private verbatim: number[] = [];
  /** Characters of the paragraph being built (collapsed whitespace), flushed as one block. */
  private para: { c: string; s: number; e: number; v?: boolean }[] = [];

  /** Inline text: whitespace runs collapse to one space (as a browser renders markup), mapped to the first. */
  inline(t: MappedText): void {
    for (let i = 0; i < t.text.length; i++) {
      const code = t.text.charCodeAt(i);
      if (isSpace(code)) {
        const last = this.para[this.para.length - 1];
        if (!last || last.c === ' ') continue;
        this.para.push({ c: ' ', s: t.starts[i]!, e: t.ends[i]!, v: t.verbatim });
      } else this.para.push({ c: t.text[i]!, s: t.starts[i]!, e: t.ends[i]!, v: t.verbatim });
    }
  }

  /** A line break inside a block (`<br>`): a space in the model, where a sentence may still run on. */
  space(at: number): void {
    const last = this.para[this.para.length - 1];
    if (last && last.c !== ' ') this.para.push({ c: ' ', s: at, e: at });
  }

  /** Ends the current block: trailing space dropped, blank line before it when text precedes. */
  endBlock(): void {
    while (this.para.length && this.para[this.para.length - 1]!.c === ' ') this.para.pop();
    if (this.para.length === 0) return;
    if (this.chars.length) {
      const at = this.ends[this.ends.length - 1]!;
      for (let k = 0; k < 2; k++) this.push('\n', at, at);
    }
    for (const p of this.para) {
      if (p.v) this.verbatim.push(this.chars.length);
      this.push(p.c, p.s, p.e);
    }
    this.para = [];
  }

  private push(c: string, s: number, e: number): void {
    this.chars.push(c);
    this.starts.push(s);
    this.ends.push(e);
  }

  get length(): number {
    return this.chars.length;
  }

  finish(): Pick<WireItem, 'text' | 'starts' | 'ends' | 'verbatim'> {
    this.endBlock();
    const story = { text: this.chars.join(''), starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) };
    return this.verbatim.length ? { ...story, verbatim: Int32Array.from(this.verbatim) } : story;
  }
}

/** Source range of the story-text range [start, end): from the first character's start to the last one's end. */
export function toSourceRange(
  item: Pick<WireItem, 'starts' | 'ends' | 'text'>,
  start: number,
  end: number,
): { start: number; end: number } {
  const n = item.text.length;
  if (n === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), n - 1);
  if (end <= start) {
    const at = start >= n ? item.ends[n - 1]! : item.starts[s]!;
    return { start: at, end: at };
  }
  const e = Math.min(end, n) - 1;
  return { start: item.starts[s]!, end: Math.max(item.ends[e]!, item.starts[s]!) };
}

/** A run of source text taken as is: character i comes from offset `from + i`. */
export function identity(text: string, from: number): MappedText {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = from + i;
    ends[i] = from + i + 1;
  }
  return { text, starts, ends };
}

/** Collapses whitespace and trims: metadata values as one line ("Fed to halt QE"). */
export const oneLine = (s: string | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};
