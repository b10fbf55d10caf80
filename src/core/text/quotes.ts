// Direct quotations in a paragraph. ’ is both a closing single quote and an apostrophe ("Hamas’s"), so it only
// closes a quote that a ‘ opened and only when no letter follows.
import type { Quote } from '../types';

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** A straight double mark right after a word or closing punctuation and before a space or the end cannot open a quote. */
const closesRunOn = (prev: string | undefined, next: string | undefined): boolean =>
  prev !== undefined && /[\p{L},.!?…\-—]/u.test(prev) && (next === undefined || /[\s,.;:!?)\]—-]/u.test(next));

interface Open {
  mark: string;
  at: number;
}

/** Quotes in `text` (a paragraph) with offsets shifted by `base`; a quote left open runs on to the paragraph's end. */
export function findQuotes(text: string, base: number): Quote[] {
  const quotes: Quote[] = [];
  let open: Open | undefined;
  const close = (end: number, runsOn: boolean): void => {
    if (!open) return;
    const innerEnd = runsOn ? end : end - 1;
    if (innerEnd > open.at + 1) {
      quotes.push({
        start: base + open.at,
        end: base + end,
        innerStart: base + open.at + 1,
        innerEnd: base + innerEnd,
        runsOn,
      });
    }
    open = undefined;
  };
  // A quote that ran on from the previous paragraph closes here: it starts where this paragraph starts.
  const closeRanOn = (end: number): void => {
    quotes.push({ start: base, end: base + end, innerStart: base, innerEnd: base + end - 1, runsOn: false });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    switch (ch) {
      case '“':
      case '«':
      case '„':
        if (!open) open = { mark: ch, at: i };
        break;
      case '”':
      case '»':
        if (open && open.mark !== '‘' && open.mark !== "'") close(i + 1, false);
        else if (!open && quotes.length === 0 && i > 0) {
          // A closing mark with no opening: the quote ran on from the previous paragraph.
          closeRanOn(i + 1);
        }
        break;
      case '"':
        if (open?.mark === '"') close(i + 1, false);
        else if (!open && quotes.length === 0 && i > 0 && closesRunOn(prev, next)) {
          // A straight mark that can only close (after ",", before a space) with nothing open: the quote ran on
          // from the previous paragraph; read as an opening it would make the narrative after it a quotation.
          closeRanOn(i + 1);
        } else if (!open) open = { mark: ch, at: i };
        break;
      case '‘':
        if (!open && isLetter(next)) open = { mark: ch, at: i };
        break;
      case '’':
        if (open?.mark === '‘' && !isLetter(next)) close(i + 1, false);
        break;
      case "'":
        if (!open && !isLetter(prev) && isLetter(next)) open = { mark: ch, at: i };
        else if (open?.mark === "'" && !isLetter(next) && (isLetter(prev) || /[.,!?]/.test(prev ?? '')))
          close(i + 1, false);
        break;
      default:
        break;
    }
  }
  if (open) {
    // A single quote left open was probably an apostrophe ("the Jones' house"): only double quotes run on.
    if (open.mark === "'" || open.mark === '‘') open = undefined;
    else close(text.length, true);
  }
  return quotes;
}
