// Scare quotes: one to three words in quotation marks with no speaker ("so-called 'peace plan'") are the reporter's
// framing, not a quotation, so loaded terms inside them stay in the reporter's voice. Quote spans are not changed.
import type { Quote, Span } from '../types';

// Words that give a short quotation a speaker or a source: "described it as 'unacceptable'", "what he called 'theft'".
const SPEAKER = new Set(
  (
    'said says say saying told tells tell according called calls call calling described describes describing dubbed dubs termed terms ' +
    'labelled labeled branded brands wrote writes tweeted posted asked asks added adds stated states declared declares warned warns insisted ' +
    'claimed claims argued argues urged urges vowed promised announced referred refers refer known name named word words term phrase ' +
    'slogan slogans chant chanted chanting headline titled entitled quoted quoting cited citing read reads sign signs banner banners ' +
    'statement letter message report reported spokesman spokeswoman spokesperson officials official minister president he she they ' +
    // A short quotation right after a verb of criticism or praise is the subject's word: "slammed the 'woke mob'".
    'slammed slams criticised criticized attacked denounced condemned mocked praised hailed blasted accused rejected dismissed decried ' +
    // A label people give themselves is theirs: "those who identify as 'pro-choice'".
    'identify identifies identified identifying self-identify self-identifies self-identified self-described'
  ).split(' '),
);
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const FRAMING = /\b(?:so-called|self-styled|self-proclaimed|supposed|alleged)\s*$/i;

/** True when `q` holds one to three words, is not a title, and nothing in its sentence gives it a speaker. */
export function isScareQuote(text: string, q: Quote, sentence: Span): boolean {
  if (q.runsOn) return false;
  const inner = text.slice(q.innerStart, q.innerEnd);
  const words = inner.match(WORD) ?? [];
  if (words.length < 1 || words.length > 3 || (/[.!?,;:]\s*$/.test(inner.trim()) && words.length > 1)) return false;
  const before = text.slice(sentence.start, q.start);
  // "so-called" right before the quote makes it the reporter's framing whatever else the sentence says.
  if (FRAMING.test(before)) return true;
  // Every word capitalised: a title or a name ("The Crown"), not a judgement.
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const rest = `${before} ${text.slice(q.end, sentence.end)}`.toLowerCase().match(WORD) ?? [];
  return !rest.some((w) => SPEAKER.has(w));
}
