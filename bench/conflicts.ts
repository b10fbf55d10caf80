// figure-conflict bench: ms per one-character edit (re-analyse + check, and the rule alone) with 1, 50 and 200 articles
// open, and the rule on an article with 500 figures against 200 peers. Texts: the seeds and generated variants of them.
import { readFileSync, readdirSync } from 'node:fs';
import { runRule } from '../src/core/rules/engine';
import { join, resolve } from 'node:path';
import { Desk } from '../src/core/desk';
import { figureConflictRule } from '../src/core/rules/figureConflict';

const EDITS = 60;
const seedsDir = resolve(__dirname, '..', '..', 'test', 'fixtures', 'seeds');

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** Variant i of a seed: every figure nudged by i, so the variants disagree with each other and with the seeds. */
function variant(text: string, i: number): string {
  return (
    text.replace(/\b\d{2,3}(?:,\d{3})?\b/g, (m) => {
      const n = Number(m.replace(/,/g, '')) + (i % 7);
      return m.includes(',') ? n.toLocaleString('en-US') : String(n);
    }) + `\n\nDesk note ${i}.\n`
  );
}

function openDesk(n: number, seeds: string[]): Desk {
  const desk = new Desk(undefined, [figureConflictRule]);
  for (let i = 0; i < n; i++) desk.upsert(`a${i}`, i < seeds.length ? seeds[i]! : variant(seeds[i % seeds.length]!, i));
  return desk;
}

export async function benchConflicts(): Promise<object> {
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const results: Record<string, object> = {};
  console.log(
    'open  peers  edit+check p50 ms  p95 ms  rule p50 ms  p95 ms  | all open as peers: n  rule p50 ms  p95 ms  findings',
  );
  for (const n of [1, 50, 200]) {
    const desk = openDesk(n, seeds);
    const id = 'a0';
    const base = desk.get(id)!.text;
    const total: number[] = [];
    const rule: number[] = [];
    const all: number[] = [];
    // The matcher may pair fewer: the rule is also timed with every other open article as a peer.
    const everyone = desk
      .ids()
      .filter((x) => x !== id)
      .map((x) => ({ id: x, analysis: desk.get(x)!.analysis, score: 1 }));
    let findings = 0;
    for (let e = 0; e < EDITS; e++) {
      // One character typed (or deleted) in the middle of the story, as the editor does.
      const at = Math.floor(base.length / 2);
      const text = e % 2 === 0 ? base.slice(0, at) + 'x' + base.slice(at) : base;
      const t0 = performance.now();
      desk.upsert(id, text);
      findings = desk.check(id).length;
      total.push(performance.now() - t0);
      const peers = desk.peers(id);
      const t1 = performance.now();
      runRule(figureConflictRule, { id, analysis: desk.get(id)!.analysis, peers, config: desk.getConfig() });
      rule.push(performance.now() - t1);
      const t2 = performance.now();
      runRule(figureConflictRule, { id, analysis: desk.get(id)!.analysis, peers: everyone, config: desk.getConfig() });
      all.push(performance.now() - t2);
    }
    const r = {
      open: n,
      peers: desk.peers(id).length,
      editP50Ms: +percentile(total, 50).toFixed(2),
      editP95Ms: +percentile(total, 95).toFixed(2),
      ruleP50Ms: +percentile(rule, 50).toFixed(3),
      ruleP95Ms: +percentile(rule, 95).toFixed(3),
      allPeers: everyone.length,
      ruleAllP50Ms: +percentile(all, 50).toFixed(3),
      ruleAllP95Ms: +percentile(all, 95).toFixed(3),
      findings,
    };
    results[String(n)] = r;
    console.log(
      [
        r.open,
        r.peers,
        r.editP50Ms,
        r.editP95Ms,
        r.ruleP50Ms,
        r.ruleP95Ms,
        r.allPeers,
        r.ruleAllP50Ms,
        r.ruleAllP95Ms,
        r.findings,
      ]
        .map((c) => String(c).padStart(6))
        .join('  '),
    );
  }
  // 500 figures, each its own fact (distinct counted things), against 200 peers handed to the rule directly.
  const desk = openDesk(201, seeds);
  const lines = Array.from(
    { length: 500 },
    (_, i) => `Depot ${i} received ${i + 11} crates of item${i} on Monday.`,
  ).join(' ');
  desk.upsert('big', `${seeds[4]}\n\n${lines}\n`);
  const peers = Array.from({ length: 200 }, (_, i) => ({
    id: `a${i + 1}`,
    analysis: desk.get(`a${i + 1}`)!.analysis,
    score: 1,
  }));
  const times: number[] = [];
  let big = 0;
  for (let e = 0; e < 20; e++) {
    const t0 = performance.now();
    big = runRule(figureConflictRule, {
      id: 'big',
      analysis: desk.get('big')!.analysis,
      peers,
      config: desk.getConfig(),
    }).length;
    times.push(performance.now() - t0);
    desk.upsert('big', `${seeds[4]}\n\n${lines}${e % 2 ? '' : 'x'}\n`);
  }
  const claims = desk.get('big')!.analysis.claims.length;
  results.big = {
    figures: claims,
    peers: 200,
    ruleP50Ms: +percentile(times, 50).toFixed(2),
    ruleP95Ms: +percentile(times, 95).toFixed(2),
    findings: big,
  };
  console.log(
    `500-figure article (${claims} figures) vs 200 peers: rule p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, ${big} findings`,
  );
  return results;
}

if (require.main === module) {
  benchConflicts().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
