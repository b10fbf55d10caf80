// HTML bodies (ninjs body_html, bodies[] text/html): htmlparser2 tokenises the HTML as browsers do (implied end
// tags, void elements, named entities) and reports each text run's source range, entities included.
import { Parser } from 'htmlparser2';
import { BLOCK, LINE_BREAK, SKIP } from './blocks';
import type { MappedText, TextBuilder } from './offsets';

/** Appends the paragraphs of an HTML fragment whose characters are mapped by `html` (offsets into the file). */
export function htmlBlocks(html: MappedText, out: TextBuilder): void {
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        else if (skipping) return;
        else if (LINE_BREAK.has(name)) out.space(html.starts[parser.startIndex] ?? 0);
        else if (BLOCK.has(name)) out.endBlock();
      },
      onclosetag(name, implied) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (!skipping && BLOCK.has(name)) out.endBlock();
        void implied;
      },
      ontext(text) {
        if (skipping) return;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        const starts: number[] = [];
        const ends: number[] = [];
        // A run as written maps character by character; an entity maps every character it decodes to to all of it.
        const literal = to - from === text.length;
        for (let i = 0; i < text.length; i++) {
          starts.push(literal ? html.starts[from + i]! : html.starts[from]!);
          ends.push(literal ? html.ends[from + i]! : html.ends[to - 1]!);
        }
        out.inline({ text, starts, ends });
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html.text);
  parser.end();
  out.endBlock();
}
