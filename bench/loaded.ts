// Cost of the loaded-term check alone per article (lexicon compiled once, as in the editor).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildArticleModel } from '../src/core/text/model';
import { findLoadedTerms } from '../src/core/rules/loadedTerm';
import { percentiles, polnearTexts, seedTexts } from './analysis';

// Run in a fresh process: the shipped lexicon (compiled and inflected at build time) is read and its trie built once.
const COLD_LOAD = `
const { performance } = require('node:perf_hooks');
global.gc && global.gc();
const before = process.memoryUsage().heapUsed;
const t0 = performance.now();
const { loadLexicon } = require('./out/src/core/lexicon/load.js');
const { lexicon } = loadLexicon({ profile: 'inhouse' });
const ms = performance.now() - t0;
global.gc && global.gc();
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ entries: lexicon.entries.length, loadMs: Math.round(ms * 10) / 10, heapMB: Math.round(((after - before) / 2 ** 20) * 10) / 10 }));`;

/** Cold lexicon load (require, read the compiled JSON, build the trie) and the heap it keeps, in a fresh process. */
function lexiconLoad(): object {
  const out = spawnSync(process.execPath, ['--expose-gc', '-e', COLD_LOAD], { cwd: process.cwd(), encoding: 'utf8' });
  try {
    return JSON.parse(out.stdout.trim().split('\n').pop() ?? '') as object;
  } catch {
    return { error: (out.stderr || out.stdout).slice(0, 300) };
  }
}

export async function benchLoaded(evalDir: string): Promise<object> {
  const lexiconLoadCold = lexiconLoad();
  console.log(`lexicon load (fresh process): ${JSON.stringify(lexiconLoadCold)}`);
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
    return {
      articles: texts.length,
      scanMsPerArticle: percentiles(scan),
      scanMsPer1000Words: percentiles(perKWords),
      cachedMsPerArticle: percentiles(cached),
    };
  };
  return {
    lexiconLoadCold,
    lexiconCompileMs: Math.round(firstLoadMs * 10) / 10,
    seeds: run(seedTexts(process.cwd())),
    polnear: run(polnearTexts(evalDir, 300)),
  };
}

if (require.main === module)
  void benchLoaded(join(process.cwd(), '..', 'shared', 'eval')).then((r) => console.log(JSON.stringify(r, null, 2)));
