// whatChanged on two 1,000-word versions of one story (budget 20 ms): the analyses exist already (the editor holds them);
// the seeds' own text, cut to 1,000 words, with desk-style edits. `whatChangedMs`: cold, the two fact indexes built inside
// the call (a fresh pair, as `wirecheck diff` reads it); `alignerMs`: warm, the same call again with both fact indexes
// built, as the panel finds them on open articles the desk has checked (figure-conflict builds them). Each round's texts
// carry a round mark, so no cache keyed by text can serve a cold call from an earlier round; the first round (regexp
// compilation, JIT) is left out and reported apart. CPU time beside wall time: on a shared machine wall time is mostly
// waiting for a core. `factIndexCpuMs`: building the two fact indexes alone (src/core/facts), the larger part of cold.
import { Analyzer } from '../src/core/analyze';
import { factsOf } from '../src/core/facts';
import { whatChanged, type VersionSide } from '../src/core/versions';
import { loadavg } from 'node:os';
import { percentiles, round, seedTexts, type Timing } from './analysis';

/** The first `n` words of the text, whole paragraphs kept where they fit. */
function firstWords(text: string, n: number): string {
  const out: string[] = [];
  let count = 0;
  for (const p of text.split('\n')) {
    const w = p.split(/\s+/).filter(Boolean).length;
    if (count + w > n && count > 0) break;
    out.push(p);
    count += w;
  }
  return out.join('\n');
}

/** A later version: every third figure raised by one, a paragraph moved to the end and one added. */
function laterVersion(text: string): string {
  let i = 0;
  const bumped = text.replace(/\b\d{2,}\b/g, (d) => (i++ % 3 === 0 ? String(Number(d) + 1) : d));
  const paragraphs = bumped.split('\n\n');
  if (paragraphs.length > 3) paragraphs.push(paragraphs.splice(2, 1)[0]!);
  paragraphs.push('Negotiators arrived late on Monday, an airport official said, and talks resume on Tuesday.');
  return paragraphs.join('\n\n');
}

export interface VersionsBench {
  pairs: number;
  meanWords: number;
  whatChangedMs: Timing;
  whatChangedCpuMs: Timing;
  alignerMs: Timing;
  alignerCpuMs: Timing;
  factIndexCpuMs: Timing;
  firstCallMs: number;
  loadAverage: number;
  budgetMs: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function benchVersions(root: string): VersionsBench {
  // Seeds long enough for 1,000 words, padded with their own paragraphs where shorter.
  const texts = seedTexts(root).map((t) => firstWords(t.length < 9000 ? `${t}\n\n${t}\n\n${t}` : t, 1000));
  const cold: number[] = [];
  const coldCpu: number[] = [];
  const warm: number[] = [];
  const warmCpu: number[] = [];
  const facts: number[] = [];
  let first = 0;
  let words = 0;
  const load = loadavg()[0] ?? 0;
  for (let round_ = 0; round_ <= 20; round_++) {
    for (const base of texts) {
      const text = base
        .split('\n\n')
        // A letter, not a number: the later version bumps numbers.
        .map((p) => `${p} Mark ${String.fromCharCode(97 + round_)}.`)
        .join('\n\n');
      const pair = (): [VersionSide, VersionSide] => {
        const analyzer = new Analyzer();
        return [
          { path: 'old', analysis: analyzer.analyze(text) },
          { path: 'new', analysis: analyzer.analyze(laterVersion(text)) },
        ];
      };
      const [older, newer] = pair();
      let c = cpuMs();
      const t0 = performance.now();
      whatChanged(older, newer);
      const wall = performance.now() - t0;
      const cpu = cpuMs() - c;
      if (round_ === 0) {
        first = Math.max(first, wall);
        words += text.split(/\s+/).filter(Boolean).length;
        continue;
      }
      cold.push(wall);
      coldCpu.push(cpu);
      c = cpuMs();
      const t1 = performance.now();
      whatChanged(older, newer);
      warm.push(performance.now() - t1);
      warmCpu.push(cpuMs() - c);
      // The fact indexes alone, on a fresh pair of analyses of the same texts.
      const [x, y] = pair();
      c = cpuMs();
      factsOf('old', x.analysis);
      factsOf('new', y.analysis);
      facts.push(cpuMs() - c);
    }
  }
  return {
    pairs: texts.length,
    meanWords: round(words / texts.length),
    whatChangedMs: percentiles(cold),
    whatChangedCpuMs: percentiles(coldCpu),
    alignerMs: percentiles(warm),
    alignerCpuMs: percentiles(warmCpu),
    factIndexCpuMs: percentiles(facts),
    firstCallMs: round(first),
    loadAverage: round(load),
    budgetMs: 20,
  };
}
