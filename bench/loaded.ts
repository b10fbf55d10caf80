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
    const samples: number[] = [];
    const perKWords: number[] = [];
    for (let round = 0; round < 5; round++) {
      models.forEach((m, i) => {
        const s = performance.now();
        findLoadedTerms(m);
        const ms = performance.now() - s;
        samples.push(ms);
        perKWords.push((ms * 1000) / Math.max(1, texts[i]!.split(/\s+/).length));
      });
    }
    return { articles: texts.length, msPerArticle: percentiles(samples), msPer1000Words: percentiles(perKWords) };
  };
  return { lexiconCompileMs: Math.round(firstLoadMs * 10) / 10, seeds: run(seedTexts(process.cwd())), polnear: run(polnearTexts(evalDir, 300)) };
}

if (require.main === module) void benchLoaded(join(process.cwd(), '..', 'shared', 'eval')).then((r) => console.log(JSON.stringify(r, null, 2)));
