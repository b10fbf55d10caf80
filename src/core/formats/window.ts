// The part of an XML source still needed while it is parsed chunk by chunk: text is appended as chunks arrive and
// released once an item is read, while offsets stay those of the whole file (UTF-16 code units from its start).

export class SourceWindow {
  private text = '';
  private base = 0;

  /** A whole document held at once (nothing is ever released). */
  static of(src: string): SourceWindow {
    const w = new SourceWindow();
    w.text = src;
    return w;
  }

  append(chunk: string): void {
    this.text += chunk;
  }

  /** Offset just past the last character received. */
  get end(): number {
    return this.base + this.text.length;
  }

  /** Characters held (for memory accounting in tests). */
  get held(): number {
    return this.text.length;
  }

  charAt(at: number): string {
    return this.text[at - this.base] ?? '';
  }

  slice(from: number, to: number): string {
    return this.text.slice(from - this.base, to - this.base);
  }

  indexOf(s: string, from: number): number {
    const i = this.text.indexOf(s, Math.max(0, from - this.base));
    return i < 0 ? -1 : i + this.base;
  }

  lastIndexOf(s: string, from: number): number {
    const i = this.text.lastIndexOf(s, from - this.base);
    return i < 0 ? -1 : i + this.base;
  }

  /** Forgets every character before `offset` (they were read into elements already). */
  release(offset: number): void {
    if (offset <= this.base) return;
    const cut = Math.min(offset, this.end) - this.base;
    // A slice may keep its parent alive, but only until the next append flattens the window into a new string.
    this.text = this.text.slice(cut);
    this.base += cut;
  }
}
