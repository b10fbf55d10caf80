// compromise on demand only (the hover): when the word lists found no counted noun for a figure, tag that one sentence
// (≈13 ms here, against 0.02 ms for the word-list parser, so never on the keystroke path) and take the first common
// plural noun of the phrase after the figure. Proper nouns are refused: "33,207 in Gaza" does not count Gazas.
import type { Figure } from './types';

type Nlp = typeof import('compromise').default;
let loaded: Nlp | undefined;
/** Loaded on first use: requiring compromise builds its lexicon (~210 ms here), which must not happen at activation. */
function nlp(text: string): ReturnType<Nlp> {
  loaded ??= (require('compromise') as { default?: Nlp }).default ?? (require('compromise') as Nlp);
  return loaded(text);
}

/** Head noun of the noun phrase containing or following the figure, from compromise's tagger. */
export function nounFromTagger(
  sentenceText: string,
  sentenceStart: number,
  figure: Figure,
): { noun: string; lemma: string; start: number } | undefined {
  const rel = figure.end - sentenceStart;
  const doc = nlp(sentenceText);
  const phrases = doc.nouns().json({ offset: true, terms: { offset: true } }) as {
    offset: { start: number; length: number };
    terms: { text: string; tags: string[]; offset: { start: number } }[];
  }[];
  for (const p of phrases) {
    const end = p.offset.start + p.offset.length;
    // Only the noun phrase that holds the figure, or follows it after "of" ("300 of the coastal shacks"):
    // "300 stranded in the hills" does not count hills.
    const gap = p.offset.start >= rel ? sentenceText.slice(rel, p.offset.start) : '';
    if (end <= rel || (p.offset.start >= rel && !/^\s+of\s+$/.test(gap))) continue;
    const head = p.terms.find(
      (t) =>
        t.offset.start >= rel &&
        t.tags.includes('Plural') &&
        !t.tags.includes('ProperNoun') &&
        !t.tags.includes('Value') &&
        !t.tags.includes('Date'),
    );
    if (!head) continue;
    const word = head.text.replace(/[^\p{L}'’-]/gu, '');
    if (!word) continue;
    const lemma = singular(word.toLowerCase());
    return { noun: word, lemma, start: sentenceStart + head.offset.start };
  }
  return undefined;
}

/** Plain English singular for display: "shacks" → "shack", "families" → "family", "boxes" → "box". */
function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  return /[^s]s$/.test(w) ? w.slice(0, -1) : w;
}
