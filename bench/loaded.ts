// Cost of the loaded-term check alone per article (lexicon compiled once, as in the editor).
import { join } from 'node:path';
import { buildArticleModel } from '../src/core/text/model';
import { findLoadedTerms } from '../src/core/rules/loadedTerm';
import { percentiles, polnearTexts, seedTexts } from './analysis';

export async function benchLoaded(evalDir: string): Promise<object> {
  const t0 = performance.now();
  findLoadedTerms(buildArticleModel('Warm-up sentence with an onslaught.'));
  const firstLoadMs = performance.now() - t0;
  const run = (texts: string[]): object => {
    const models = texts.map((t) => buildArticleModel(t));
    // The first pass scans every paragraph; later passes hit the per-paragraph cache (what an edit mostly sees).
    const scan: number[] = [];
    const perKWords: number[] = [];
    const cached: number[] = [];
    for (let round = 0; round < 5; round++) {
      models.forEach((m, i) => {
        const s = performance.now();
        // A quoted-terms setting no other bench section uses: the first pass cannot hit their cached paragraphs.
        findLoadedTerms(m, { quoted: 'hint' });
        const ms = performance.now() - s;
        if (round === 0) {
          scan.push(ms);
          perKWords.push((ms * 1000) / Math.max(1, texts[i]!.split(/\s+/).length));
        } else cached.push(ms);
      });
    }
    return { articles: texts.length, scanMsPerArticle: percentiles(scan), scanMsPer1000Words: percentiles(perKWords), cachedMsPerArticle: percentiles(cached) };
  };
  return { lexiconCompileMs: Math.round(firstLoadMs * 10) / 10, seeds: run(seedTexts(process.cwd())), polnear: run(polnearTexts(evalDir, 300)) };
}

if (require.main === module) void benchLoaded(join(process.cwd(), '..', 'shared', 'eval')).then((r) => console.log(JSON.stringify(r, null, 2)));
