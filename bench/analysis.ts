// Per-article cost of the whole check (all rules): fresh (text never seen) and after a one-character edit.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Desk } from '../src/core/desk';

export interface Timing {
  p50: number;
  p95: number;
  n: number;
}

export function percentiles(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: round(at(0.5)), p95: round(at(0.95)), n: s.length };
}

export const round = (n: number): number => Math.round(n * 100) / 100;

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

/** One character typed in the middle of the article's longest paragraph, as an editor would. */
export function oneCharEdit(text: string, i: number): string {
  const paragraphs = text.split('\n');
  let longest = 0;
  paragraphs.forEach((p, k) => {
    if (p.length > paragraphs[longest]!.length) longest = k;
  });
  const p = paragraphs[longest]!;
  const at = Math.floor(p.length / 2);
  paragraphs[longest] = p.slice(0, at) + (i % 2 ? 'x' : ' ') + p.slice(at);
  return paragraphs.join('\n');
}

export interface ArticleBench {
  corpus: string;
  articles: number;
  meanWords: number;
  freshMs: Timing;
  freshMsPer1000Words: Timing;
  editMs: Timing;
}

export function benchArticles(corpus: string, texts: string[]): ArticleBench {
  const fresh: number[] = [];
  const per1000: number[] = [];
  const edits: number[] = [];
  // Warm-up: compromise builds its lexicon on first use; that is start-up cost, not per-article cost.
  const warm = new Desk();
  texts.slice(0, 3).forEach((t, i) => (warm.upsert(`w${i}`, t), warm.check(`w${i}`)));
  // Enough edits for a p95 that means something: 20 per article on a small corpus (the five seeds), 3 on a large one.
  const editsPerArticle = texts.length < 50 ? 20 : 3;
  texts.forEach((text, i) => {
    const desk = new Desk();
    const t0 = performance.now();
    desk.upsert('a', text);
    desk.check('a');
    const ms = performance.now() - t0;
    fresh.push(ms);
    per1000.push((ms * 1000) / Math.max(1, words(text)));
    for (let k = 0; k < editsPerArticle; k++) {
      const edited = oneCharEdit(text, i + k);
      const e0 = performance.now();
      desk.upsert('a', edited);
      desk.check('a');
      edits.push(performance.now() - e0);
      text = edited;
    }
  });
  return {
    corpus,
    articles: texts.length,
    meanWords: Math.round(texts.reduce((a, t) => a + words(t), 0) / Math.max(1, texts.length)),
    freshMs: percentiles(fresh),
    freshMsPer1000Words: percentiles(per1000),
    editMs: percentiles(edits),
  };
}

export function seedTexts(root: string): string[] {
  const dir = join(root, 'test', 'fixtures', 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** PolNeAR article texts (distinct articles), the longest-form news in the eval data. */
export function polnearTexts(evalDir: string, limit: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of readFileSync(join(evalDir, 'attribution.jsonl'), 'utf8').split('\n')) {
    if (!line.trim() || out.length >= limit) continue;
    const r = JSON.parse(line) as { article: string; text: string };
    if (seen.has(r.article)) continue;
    seen.add(r.article);
    out.push(r.text);
  }
  return out;
}

if (require.main === module) {
  const root = process.cwd();
  for (const b of [
    benchArticles('seeds', seedTexts(root)),
    benchArticles('PolNeAR', polnearTexts(join(root, '..', 'shared', 'eval'), 300)),
  ])
    console.log(JSON.stringify(b));
}
