// Build step: reads the per-category data files, validates them with the schema and generates every entry's
// inflections with the same expandForms that inflects team entries at load, and compiles their patterns and trie
// paths as compileLexicon compiles team entries. scripts/build.mjs runs it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES } from './schema';
import { entryParts, validateLexicon, type CompiledData } from './load';
import { expandForms } from './inflect';
import { patternsData } from './patterns';

/** Every shipped entry from data/<category>.json, with errors for files that are not lexicon files. */
export function readSourceEntries(dir: string): { entries: unknown[]; errors: string[]; files: string[] } {
  const entries: unknown[] = [];
  const from: string[] = [];
  const errors: string[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'patterns.json')
    .sort();
  for (const f of files) {
    const cat = f.slice(0, -5);
    if (!(CATEGORIES as readonly string[]).includes(cat))
      errors.push(`${f}: not a category (use one of: ${CATEGORIES.join(', ')})`);
    let list: unknown;
    try {
      list = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { entries?: unknown }).entries;
    } catch (err) {
      errors.push(`${f}: malformed JSON (${(err as Error).message})`);
      continue;
    }
    if (!Array.isArray(list)) {
      errors.push(`${f}: expected {"entries": [...]}`);
      continue;
    }
    list.forEach((e, i) => {
      const c = (e as { category?: unknown } | null)?.category;
      if (c !== cat) errors.push(`${f}[${i}]: category ${JSON.stringify(c)} is filed in ${f}`);
      entries.push(e);
      from.push(`${f}[${i}]`);
    });
  }
  return { entries, errors, files: from };
}

/** Validates and inflects the shipped lexicon; any error is reported and fails the build. */
export function compileShipped(dir: string): CompiledData {
  const src = readSourceEntries(dir);
  const { entries, errors: raw } = validateLexicon(src.entries, 'lexicon data');
  // Name the data file and position, not the index in the concatenated list.
  const errors = raw.map((m) =>
    m.replace(/^lexicon data\[(\d+)\]/, (_, i: string) => src.files[Number(i)] ?? `lexicon data[${i}]`),
  );
  const surface = entries.map((e) =>
    [...expandForms(e).values()].map(({ form, infl }) => [form, infl] as [string, typeof infl]),
  );
  // Patterns and trie paths too: compiling them took most of a cold check's lexicon load (~0.1 s).
  const table = new Map<string, { n: number; words: string[] }>();
  const parts = entries.map((e, i) => {
    const p = entryParts(
      e,
      surface[i]!.map(([form]) => form),
    );
    return { ...p, exceptions: patternsData(p.exceptions, table), require: patternsData(p.require, table) };
  });
  const wordSets = [...table.values()].map((t) => t.words);
  return { entries, surface, parts, wordSets, errors: [...src.errors, ...errors] };
}
