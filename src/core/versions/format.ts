// "What changed" as plain lines: the CLI's text output and the panel's row labels share these words.
import type { FigureDiff, FigureSide, QuoteDiff, WhatChanged } from './types';

const quoteText = (s: string): string => `“${s.length > 70 ? `${s.slice(0, 69)}…` : s}”`;
const figureText = (s: FigureSide | null): string =>
  s ? `${s.text}${s.source ? ` (${s.source.text})` : ' (no source)'}` : '—';

const CHANGE_WORDS: Record<FigureDiff['change'], string> = {
  update: 'updated',
  'needs-look': 'moved the wrong way for this count: check',
  corrected: 'corrected',
  added: 'new figure',
  removed: 'figure cut',
  'source-added': 'source added',
  'source-dropped': 'source dropped',
  'source-changed': 'source changed',
};

export function figureLine(f: FigureDiff): string {
  return `${f.label}: ${figureText(f.old)} → ${figureText(f.new)} — ${CHANGE_WORDS[f.change]}`;
}

export function quoteLine(q: QuoteDiff): string {
  const who = (s: QuoteDiff['old']): string => (s?.speaker ? ` (${s.speaker})` : '');
  switch (q.change) {
    case 'added':
      return `quote added: ${quoteText(q.new!.text)}${who(q.new)}`;
    case 'cut':
      return q.new
        ? `quote trimmed: ${quoteText(q.old!.text)} → ${quoteText(q.new.text)}`
        : `quote cut: ${quoteText(q.old!.text)}${who(q.old)}`;
    case 'reworded':
      return `quote reworded: ${quoteText(q.old!.text)} → ${quoteText(q.new!.text)}`;
    case 're-attributed':
      return `quote given to another speaker: ${quoteText(q.new!.text)} — ${q.old!.speaker} → ${q.new!.speaker}`;
  }
}

/** Offsets as 1-based line:column of each side are the caller's business; here, one line per change. */
export function changeLines(w: WhatChanged): string[] {
  const out: string[] = [];
  if (w.headline) out.push(`headline: ${w.headline.old?.text ?? '—'} → ${w.headline.new?.text ?? '—'}`);
  if (w.dateline) out.push(`dateline: ${w.dateline.old?.text ?? '—'} → ${w.dateline.new?.text ?? '—'}`);
  for (const f of w.figures) out.push(figureLine(f));
  for (const s of w.sources) out.push(`source ${s.change}: ${s.source}`);
  for (const q of w.quotes) out.push(quoteLine(q));
  for (const p of w.paragraphs.added) out.push(`paragraph added: ${p.text}`);
  for (const p of w.paragraphs.removed) out.push(`paragraph removed: ${p.text}`);
  for (const m of w.paragraphs.moved) out.push(`paragraph moved (${m.old.index} → ${m.new.index}): ${m.new.text}`);
  return out;
}

export function formatChanges(w: WhatChanged): string {
  const lines = changeLines(w);
  const head = `${w.old} → ${w.new} (${w.context.reason})`;
  return [
    head,
    ...(lines.length ? lines.map((l) => `  ${l}`) : ['  no changes in figures, sources, quotes or paragraphs']),
  ].join('\n');
}
