// Context patterns of lexicon entries ("exceptions", "requireContext"): compiled from their written form, and turned
// to and from plain JSON so that the build can ship the shipped entries' patterns already compiled.
import namedPatterns from './data/patterns.json';
import { wordTokens } from './match';

/** One context-pattern token: literal word set, any word, capitalised word, proper-name run, or a gap of up to 4 words. */
export type PatTok =
  { kind: 'lit'; words: Set<string> } | { kind: 'any' } | { kind: 'cap' } | { kind: 'name' } | { kind: 'skip' };
export interface Pattern {
  before: PatTok[];
  after: PatTok[];
}

/** Named patterns shared by many entries ("@attributed"), from lexicon.json. */
const NAMED: Record<string, string> = (namedPatterns as { patterns: Record<string, string> }).patterns;

export function compilePattern(src: string, forms: string[][]): Pattern | string {
  if (src.startsWith('@')) {
    const named = NAMED[src];
    return named
      ? compilePattern(named, forms)
      : `unknown named pattern "${src}" (known: ${Object.keys(NAMED).join(', ')})`;
  }
  const toks: (PatTok | '_')[] = [];
  for (const raw of src.trim().split(/\s+/)) {
    if (raw === '_') toks.push('_');
    else if (raw === '*') toks.push({ kind: 'any' });
    else if (raw === '...') toks.push({ kind: 'skip' });
    else if (raw === '<Cap>') toks.push({ kind: 'cap' });
    else if (raw === '<Name>') toks.push({ kind: 'name' });
    else if (/['’]s(\||$)/i.test(raw) && raw.includes('|'))
      return `pattern "${src}": a possessive cannot be one of several alternatives ("${raw}")`;
    else if (raw.includes('|'))
      toks.push({ kind: 'lit', words: new Set(raw.toLowerCase().replace(/’/g, "'").split('|').filter(Boolean)) });
    else for (const w of wordTokens(raw)) toks.push({ kind: 'lit', words: new Set([w]) });
  }
  let at = toks.indexOf('_');
  if (at < 0) {
    // A plain phrase: find the term inside it (any inflection) and treat it as the anchor.
    const lits = toks.map((t) => (t !== '_' && t.kind === 'lit' && t.words.size === 1 ? [...t.words][0] : null));
    for (const f of forms.sort((a, b) => b.length - a.length)) {
      for (let i = 0; i + f.length <= lits.length && at < 0; i++)
        if (f.every((w, k) => lits[i + k] === w)) {
          at = i;
          toks.splice(i, f.length, '_');
        }
      if (at >= 0) break;
    }
    if (at < 0) return `exception "${src}" has no "_" and does not contain the term`;
  }
  const rest = toks.filter((t): t is PatTok => t !== '_');
  if (toks.length - rest.length !== 1) return `pattern "${src}" must contain exactly one "_"`;
  return { before: rest.slice(0, at), after: rest.slice(at) };
}

/** A compiled pattern as the build writes it: each word set as an index into one shared table of word lists. */
export type PatternData = { before: PatTokData[]; after: PatTokData[] };
type PatTokData = { kind: 'lit'; set: number } | Exclude<PatTok, { kind: 'lit' }>;

/** Writes patterns with their word sets interned in `table` (the named patterns recur in hundreds of entries). */
export function patternsData(patterns: Pattern[], table: Map<string, { n: number; words: string[] }>): PatternData[] {
  const tok = (t: PatTok): PatTokData => {
    if (t.kind !== 'lit') return t;
    const words = [...t.words];
    const key = words.join('|');
    let got = table.get(key);
    if (!got) table.set(key, (got = { n: table.size, words }));
    return { kind: 'lit', set: got.n };
  };
  return patterns.map((p) => ({ before: p.before.map(tok), after: p.after.map(tok) }));
}

/** Reads patterns written by patternsData; `sets` is the table as Sets, shared by every pattern that uses them. */
export function patternsOf(data: PatternData[], sets: readonly Set<string>[]): Pattern[] {
  const tok = (t: PatTokData): PatTok => (t.kind === 'lit' ? { kind: 'lit', words: sets[t.set]! } : t);
  return data.map((d) => ({ before: d.before.map(tok), after: d.after.map(tok) }));
}
