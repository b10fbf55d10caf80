// The text model: furniture, paragraphs (with the headline as a checked paragraph), sentences and quotes.
import { creditedAgency } from '../agency';
import type { ArticleModel, Furniture, Paragraph, ParagraphKind, StoryMeta } from '../types';
import { classifyLine, looksLikeHeadline, matchDateline, matchSlugPrefix, METADATA_PREFIX } from './furniture';
import { isRealDate, parseLooseDate } from './dates';
import { hashText } from './hash';
import { maskText } from './mask';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';

// The date parsers moved to dates.ts; re-exported for the callers that read them with the model.
export { isRealDate, parseLooseDate };

export interface ModelOptions {
  /** Markdown masks code blocks, front matter and headings' markers. */
  markdown?: boolean;
  /** The file's modification time (ISO), the last resort for the filing time. */
  fileTime?: string;
  /** Metadata of an agency item (NewsML-G2, NITF, ninjs): wins over what the text and the file suggest. */
  item?: Partial<StoryMeta>;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const body = m[0].replace(/[\r\n]+$/, '');
    lines.push({ start: m.index, end: m.index + body.length, text: body });
    if (re.lastIndex >= text.length) break;
  }
  return lines;
}

const isBlank = (l: Line | undefined): boolean => !l || l.text.trim() === '';

/** Hard-wrapped prose: a line that does not end a sentence, followed by one that starts in lower case. */
function continues(prev: Line, next: Line): boolean {
  return !/[.!?:"”’)\]]\s*$/.test(prev.text) && /^\s*[\p{Ll}\d(]/u.test(next.text);
}

/** How far into the copy a dateline can still open a paragraph. */
const DATELINE_HEAD_CHARS = 1200;

export function buildArticleModel(text: string, options: ModelOptions = {}): ArticleModel {
  const masked = maskText(text, options.markdown ?? false);
  const furniture: Furniture[] = [];
  const meta: StoryMeta = { filedSource: 'unknown', update: 0, corrected: false };
  const blocks: { start: number; end: number; kind: ParagraphKind }[] = [];
  const addFurniture = (kind: Furniture['kind'], start: number, end: number): void => {
    furniture.push({ kind, start, end, text: text.slice(start, end) });
  };

  const lines = splitLines(masked);
  let bodyStarted = false;
  let headlineSeen = false;
  let bodyBlocks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    let start = line.start + (line.text.length - line.text.trimStart().length);
    let end = line.start + line.text.trimEnd().length;
    if (!bodyStarted && blocks.length === 0) {
      const md = METADATA_PREFIX.exec(masked.slice(start, end));
      if (md && start === line.start + (line.text.length - line.text.trimStart().length)) {
        addFurniture('metadata', start, start + md[0].trimEnd().length);
        // "date 2024-13-45" is furniture still, but no filing time.
        if (isRealDate(md[1]!)) {
          meta.filed = md[1];
          meta.filedSource = 'metadata';
        }
        start += md[0].length;
        if (start >= end) continue;
      }
    }
    const lineText = masked.slice(start, end);
    const alone = isBlank(lines[i - 1]) && isBlank(lines[i + 1]);
    const kind = classifyLine(lineText, alone, bodyStarted);
    if (kind) {
      addFurniture(kind, start, end);
      if (kind === 'corrected') meta.corrected = true;
      if (kind === 'dateOnly' && !meta.filed) {
        const d = parseLooseDate(lineText);
        if (d && isRealDate(d)) {
          meta.filed = d;
          meta.filedSource = 'date line';
        }
      }
      continue;
    }
    if (
      !bodyStarted &&
      !headlineSeen &&
      looksLikeHeadline(lineText) &&
      (isBlank(lines[i + 1]) || i + 1 >= lines.length || isRuleOrDate(lines[i + 1]!.text))
    ) {
      const slug = matchSlugPrefix(lineText);
      if (slug) {
        addFurniture(slug.kind, start, start + slug.length);
        const n = /\d+/.exec(lineText.slice(0, slug.length));
        if (slug.kind === 'slug' && n) meta.update = Number(n[0]);
        if (slug.kind === 'corrected') meta.corrected = true;
        start += slug.length;
      }
      const headlineText = masked.slice(start, end).replace(/^#+\s*/, '');
      start = end - headlineText.length;
      addFurniture('headline', start, end);
      meta.headline = headlineText;
      headlineSeen = true;
      blocks.push({ start, end, kind: 'headline' });
      continue;
    }
    // The dateline opens the body; the second paragraph when the first is a headline with a full stop.
    const dl = !meta.dateline && bodyBlocks < 2 && start < DATELINE_HEAD_CHARS ? matchDateline(lineText) : undefined;
    if (dl) {
      addFurniture('dateline', start, start + dl.length);
      meta.dateline = dl.dateline;
      if (dl.agency) meta.agency = dl.agency;
      start += dl.length;
    }
    // Hard-wrapped lines join the paragraph they continue.
    while (i + 1 < lines.length && !isBlank(lines[i + 1]) && continues(lines[i]!, lines[i + 1]!)) {
      i++;
      end = lines[i]!.start + lines[i]!.text.trimEnd().length;
    }
    bodyStarted = true;
    bodyBlocks++;
    if (end > start) blocks.push({ start, end, kind: 'body' });
  }
  if (!meta.filed && options.fileTime) {
    meta.filed = options.fileTime;
    meta.filedSource = 'file time';
  }
  meta.agency ??= creditedAgency(text);
  if (options.item) Object.assign(meta, options.item);
  return { text, masked, furniture, paragraphs: buildParagraphs(masked, blocks), meta };
}

function isRuleOrDate(line: string): boolean {
  const kind = classifyLine(line.trim(), false, false);
  // "UPDATE 2-Hamas says…" straight above "CAIRO, April 8 (Reuters) -" is a headline all the same.
  return kind === 'rule' || kind === 'dateOnly' || kind === 'slug' || matchDateline(line.trim())?.agency !== undefined;
}

function buildParagraphs(masked: string, blocks: { start: number; end: number; kind: ParagraphKind }[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let quoteOpen = false;
  for (const b of blocks) {
    const text = masked.slice(b.start, b.end);
    const quotes = findQuotes(text, b.start);
    // Quotes and sentences are both in order and quotes never overlap: one sweep clips quotes to sentences.
    let first = 0;
    const sentences = splitSentences(text, b.start).map((s) => {
      while (first < quotes.length && quotes[first]!.end <= s.start) first++;
      const inside: { start: number; end: number }[] = [];
      for (let i = first; i < quotes.length && quotes[i]!.start < s.end; i++) {
        inside.push({ start: Math.max(quotes[i]!.start, s.start), end: Math.min(quotes[i]!.end, s.end) });
      }
      return { start: s.start, end: s.end, text: masked.slice(s.start, s.end), quotes: inside };
    });
    paragraphs.push({
      kind: b.kind,
      start: b.start,
      end: b.end,
      text,
      key: hashText((quoteOpen ? '1' : '0') + b.kind + text),
      sentences,
      quotes,
    });
    quoteOpen = quotes.some((q) => q.runsOn);
  }
  return paragraphs;
}
