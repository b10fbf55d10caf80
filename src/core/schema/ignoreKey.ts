// Ignore keys: what a finding is keyed on when the desk accepts it, never offsets. One typed union, written by
// `toKey` (rules, the desk's ignore labels) and read back by `fromKey` (the "Ignore" quick fix); nothing else
// builds or parses the strings.
import type { IgnoredConflict, IgnoredFigure, IgnoredTerm } from './workspaceFile';

export type IgnoreKey =
  /** A figure with no source: figure text (lower case), counted noun lemma (may be empty), sentence hash. */
  | { kind: 'figure'; figure: string; noun: string; sentence: string }
  /** A loaded term under one lexicon entry, or under every entry when `entry` is "*". */
  | { kind: 'term'; entry: string; term: string }
  /** A conflict: the fact's key and both figures as written. */
  | { kind: 'conflict'; fact: string; mine: string; theirs: string }
  | { kind: 'vague'; phrase: string; sentence: string }
  | { kind: 'wire'; item: string }
  | { kind: 'quote'; words: string }
  | { kind: 'source-changed'; fact: string; sentence: string; source: string };

/** Any lexicon entry (a .wirecheck.json `ignoredTerms` item without "entry"). */
export const ANY_ENTRY = '*';

export function toKey(k: IgnoreKey): string {
  switch (k.kind) {
    case 'figure':
      return `figure:${k.figure}|${k.noun}|${k.sentence}`;
    case 'term':
      return `term:${k.entry}:${k.term}`;
    case 'conflict':
      return `conflict:${k.fact}|${k.mine}|${k.theirs}`;
    case 'vague':
      return `vague:${k.phrase}|${k.sentence}`;
    case 'wire':
      return `wire:${k.item}`;
    case 'quote':
      return `quote-mismatch:${k.words}`;
    case 'source-changed':
      return `source-changed:${k.fact}|${k.sentence}|${k.source}`;
  }
}

// The last fields never hold "|" (hashes, lemmas, figures); the first may, so each pattern splits from the right.
const PATTERNS: readonly [RegExp, (m: string[]) => IgnoreKey][] = [
  [/^figure:(.*)\|([^|]*)\|([^|]+)$/s, (m) => ({ kind: 'figure', figure: m[1]!, noun: m[2]!, sentence: m[3]! })],
  [/^term:([^:]*):(.+)$/s, (m) => ({ kind: 'term', entry: m[1]!, term: m[2]! })],
  [/^conflict:(.*)\|([^|]*)\|([^|]*)$/s, (m) => ({ kind: 'conflict', fact: m[1]!, mine: m[2]!, theirs: m[3]! })],
  [/^vague:(.*)\|([^|]*)$/s, (m) => ({ kind: 'vague', phrase: m[1]!, sentence: m[2]! })],
  [/^wire:(.*)$/s, (m) => ({ kind: 'wire', item: m[1]! })],
  [/^quote-mismatch:(.*)$/s, (m) => ({ kind: 'quote', words: m[1]! })],
  [
    /^source-changed:(.*)\|([^|]*)\|([^|]*)$/s,
    (m) => ({ kind: 'source-changed', fact: m[1]!, sentence: m[2]!, source: m[3]! }),
  ],
];

export function fromKey(key: string): IgnoreKey | undefined {
  for (const [pattern, build] of PATTERNS) {
    const m = pattern.exec(key);
    if (m) return build(m);
  }
  return undefined;
}

export type IgnoreFileEntry =
  | { list: 'ignoredFigures'; value: IgnoredFigure }
  | { list: 'ignoredTerms'; value: IgnoredTerm }
  | { list: 'ignoredConflicts' | 'ignoredFindings'; value: IgnoredConflict };

/** The .wirecheck.json entry that hides findings with this key (`sentenceText` is kept for people reading the file). */
export function ignoreFileEntry(key: string, sentenceText: string): IgnoreFileEntry | undefined {
  const k = fromKey(key);
  const text = sentenceText.slice(0, 120);
  if (k?.kind === 'figure')
    return { list: 'ignoredFigures', value: { figure: k.figure, noun: k.noun, sentence: k.sentence, text } };
  if (k?.kind === 'term') return { list: 'ignoredTerms', value: { term: k.term, entry: k.entry } };
  if (k?.kind === 'conflict') return { list: 'ignoredConflicts', value: { key, text } };
  // Vague sources, wire status, quote mismatches and changed sources: the key itself, like a conflict.
  if (k) return { list: 'ignoredFindings', value: { key, text } };
  return undefined;
}

/** The key a workspace file's entry hides (the desk labels findings with it). */
export function figureEntryKey(e: IgnoredFigure): string {
  return toKey({ kind: 'figure', figure: e.figure.toLowerCase(), noun: e.noun, sentence: e.sentence });
}

export function termEntryKey(e: IgnoredTerm): string {
  return toKey({ kind: 'term', entry: e.entry ?? ANY_ENTRY, term: e.term.toLowerCase() });
}

/** The same term under any entry: how a finding's key meets an `ignoredTerms` item that names no entry. */
export function anyEntryKey(key: string): string | undefined {
  const k = fromKey(key);
  return k?.kind === 'term' ? toKey({ ...k, entry: ANY_ENTRY }) : undefined;
}
