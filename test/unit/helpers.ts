// Test helpers: seed loading and fixtures whose expected findings are marked inline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Desk } from '../../src/core/desk';
import type { LexiconEntry } from '../../src/core/lexicon/schema';

export const ROOT = join(__dirname, '..', '..', '..');
export const SEEDS_DIR = join(ROOT, 'test', 'fixtures', 'seeds');
export const FIXTURES_DIR = join(ROOT, 'test', 'fixtures', 'articles');

export function seedNames(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** Seed by number prefix ("000") → [file name, text]. */
export function seed(prefix: string): { name: string; text: string } {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return { name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') };
}

export interface Expected {
  start: number;
  end: number;
  text: string;
  severity: 'error' | 'warning' | 'information';
}

const MARKED_SEVERITY = { '#': 'error', '!': 'warning', '?': 'information' } as const;

/**
 * Strips inline markers: `[!text!]` expects a warning on `text`, `[?text?]` an information note, `[#text#]` an error.
 * Returns the clean article and the expected findings with offsets into it.
 */
export function parseMarked(marked: string): { text: string; expected: Expected[] } {
  const expected: Expected[] = [];
  let text = '';
  const re = /\[([!?#])([\s\S]*?)\1\]/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    expected.push({
      start: text.length,
      end: text.length + m[2]!.length,
      text: m[2]!,
      severity: MARKED_SEVERITY[m[1] as keyof typeof MARKED_SEVERITY],
    });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), expected };
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

/** The offset of the n-th occurrence of `needle` in `text` (throws when absent, so tests fail loudly). */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  return at;
}

/** One valid shipped lexicon entry, for tests that change one field at a time. */
export function goodEntry(over: Partial<LexiconEntry> = {}): LexiconEntry {
  return {
    id: 'test-entry',
    forms: ['boffin'],
    category: 'general-loaded',
    why: 'Desk slang that belittles scientists.',
    alternatives: ['scientist'],
    guidance: 'BBC Editorial Guidelines',
    severity: 'warning',
    exceptions: [],
    ref: { guide: 'BBC Editorial Guidelines', section: 'Section 4 Impartiality', advice: 'avoid' },
    ...over,
  };
}

/** The text of every unattributed-figure finding in `text`, checked alone on a fresh Desk. */
export function flaggedFigures(text: string): string[] {
  const desk = new Desk();
  desk.upsert('doc', text);
  return desk
    .check('doc')
    .filter((f) => f.rule === 'unattributed-figure')
    .map((f) => text.slice(f.start, f.end));
}
