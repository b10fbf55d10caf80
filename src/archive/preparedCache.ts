// The open stories' prepared forms keyed by a hash of their text: the editor asks the archive again after every
// pause in typing, and a story whose text has not changed (or has changed back) is not analysed again.
import { createHash } from 'node:crypto';
import { prepareStory, type PreparedStory } from '../core/match';

export class PreparedByText {
  private readonly kept = new Map<string, PreparedStory>();
  /** Stories prepared (not found in the cache) so far. */
  prepared = 0;

  constructor(
    private readonly size = 16,
    private readonly prepare: (text: string) => PreparedStory = (text) => prepareStory(text),
  ) {}

  get(text: string): PreparedStory {
    const key = createHash('sha1').update(text).digest('base64');
    let p = this.kept.get(key);
    if (p) this.kept.delete(key);
    else {
      p = this.prepare(text);
      this.prepared++;
    }
    // Least recently used goes first.
    this.kept.set(key, p);
    if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value!);
    return p;
  }
}
