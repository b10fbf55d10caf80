// Story-matching bench: time and heap to index 500 / 1,000 / 5,000 stories, query and re-upsert latency.
// Texts come from ../shared/eval at run time (repeated when the corpora hold fewer stories).
import { resolve } from 'node:path';
import { StoryIndex } from '../src/core/match';
import { loadStories } from '../eval/matching';

const SIZES = [500, 1000, 5000];
const QUERIES = 300;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

const heapMb = () => process.memoryUsage().heapUsed / 1048576;
const gc = (globalThis as { gc?: () => void }).gc;

export async function benchMatching(sharedEvalDir = resolve('../shared/eval')): Promise<object> {
  const texts = loadStories(sharedEvalDir).map((s) => s.text);
  const results: Record<string, object> = {};
  console.log(
    'stories  index ms  per story ms  heap MB (peak)  query p50 ms  p95 ms  re-upsert p50 ms  after-edit query p50/p95 ms',
  );
  for (const n of SIZES) {
    gc?.();
    const base = heapMb();
    let peak = base;
    const index = new StoryIndex();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      index.upsert(`s${i}`, texts[i % texts.length]!);
      if (i % 100 === 0) peak = Math.max(peak, heapMb());
    }
    const indexMs = performance.now() - t0;
    peak = Math.max(peak, heapMb());
    // Deterministic spread of query ids; each query pays the norm recomputation once after an edit.
    const query: number[] = [];
    const upsert: number[] = [];
    const afterEdit: number[] = [];
    for (let q = 0; q < QUERIES; q++) {
      const id = `s${(q * 7919) % n}`;
      const t1 = performance.now();
      index.matches(id);
      query.push(performance.now() - t1);
    }
    for (let q = 0; q < 50; q++) {
      const i = (q * 104729) % n;
      const t1 = performance.now();
      index.upsert(`s${i}`, texts[i % texts.length] + ' Updated.');
      upsert.push(performance.now() - t1);
      // The first query after an edit recomputes the norms it needs (every df may have moved).
      const t2 = performance.now();
      index.matches(`s${i}`);
      afterEdit.push(performance.now() - t2);
    }
    const r = {
      stories: n,
      indexMs: Math.round(indexMs),
      perStoryMs: +(indexMs / n).toFixed(3),
      heapMb: +(peak - base).toFixed(1),
      queryP50Ms: +percentile(query, 50).toFixed(2),
      queryP95Ms: +percentile(query, 95).toFixed(2),
      reupsertP50Ms: +percentile(upsert, 50).toFixed(2),
      queryAfterEditP50Ms: +percentile(afterEdit, 50).toFixed(2),
      queryAfterEditP95Ms: +percentile(afterEdit, 95).toFixed(2),
    };
    results[String(n)] = r;
    const cols = [
      r.indexMs,
      r.perStoryMs,
      r.heapMb,
      r.queryP50Ms,
      r.queryP95Ms,
      r.reupsertP50Ms,
      r.queryAfterEditP50Ms,
      r.queryAfterEditP95Ms,
    ];
    console.log(`${String(n).padStart(7)}  ${cols.map((c) => String(c).padStart(12)).join('  ')}`);
  }
  return results;
}

if (require.main === module) {
  benchMatching(resolve(process.argv[2] ?? '../shared/eval')).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
