// Panel bench: time to build the Matching reports model after switching the active article, with 200 articles
// open (the five seeds plus synthetic variants: renumbered, trimmed, and re-targeted to other stories).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Desk } from '../src/core/desk';
import { buildPanelModel } from '../src/extension/panel/model';

const OPEN = 200;
const SWITCHES = 100;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** Deterministic variants of a seed: numbers nudged, paragraphs dropped, and (for most) the story moved elsewhere. */
const STORIES: [RegExp, string][][] = [
  [],
  [
    [/\bGaza\b/g, 'Darfur'],
    [/\bHamas\b/g, 'the RSF'],
    [/\bIsrael(i)?\b/g, 'Sudan$1'],
    [/\bCairo\b/g, 'Jeddah'],
    [/\bhostages?\b/g, 'detainees'],
  ],
  [
    [/\bGaza\b/g, 'Donetsk'],
    [/\bHamas\b/g, 'separatists'],
    [/\bIsrael(i)?\b/g, 'Ukraine'],
    [/\bCairo\b/g, 'Istanbul'],
    [/\bEgypt(ian)?\b/g, 'Turkey'],
  ],
  [
    [/\bGaza\b/g, 'Tigray'],
    [/\bHamas\b/g, 'the TPLF'],
    [/\bIsrael(i)?\b/g, 'Ethiopia'],
    [/\bCairo\b/g, 'Pretoria'],
    [/\bQatar\b/g, 'Kenya'],
  ],
];

function variant(text: string, i: number): string {
  let out = text.replace(/\d[\d,]*/g, (n) => (i % 3 === 0 ? n : String(Number(n.replace(/,/g, '')) + (i % 7))));
  for (const [re, to] of STORIES[i % STORIES.length]!) out = out.replace(re, to);
  const paras = out.split(/\n\s*\n/);
  const keep = paras.filter((_, k) => k === 0 || (k + i) % 5 !== 0);
  return `${keep.join('\n\n')}\n\nVariant ${i} of the desk's copy.\n`;
}

export async function benchPanel(seedsDir = resolve(__dirname, '../../test/fixtures/seeds')): Promise<object> {
  const seeds = readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(seedsDir, n), 'utf8') }));
  const desk = new Desk();
  const ids: string[] = [];
  const t0 = performance.now();
  for (const s of seeds) {
    desk.upsert(`file:///desk/${s.name}`, s.text);
    ids.push(`file:///desk/${s.name}`);
  }
  for (let i = 0; ids.length < OPEN; i++) {
    const s = seeds[i % seeds.length]!;
    const id = `file:///desk/variant-${String(i).padStart(3, '0')}-${s.name}`;
    desk.upsert(id, variant(s.text, i));
    ids.push(id);
  }
  const loadMs = performance.now() - t0;
  // The checker has each article's findings already when the editor switches: precompute, as it does.
  const findings = new Map(ids.map((id) => [id, desk.check(id)]));
  const build: number[] = [];
  let reports = 0;
  let facts = 0;
  for (let k = 0; k < SWITCHES; k++) {
    const id = ids[(k * 37) % ids.length]!;
    const t1 = performance.now();
    const model = buildPanelModel(desk, { activeId: id, findings: findings.get(id)!, seq: k });
    build.push(performance.now() - t1);
    reports += model.reports.length;
    facts += model.reports.reduce((n, r) => n + r.facts.length, 0);
  }
  const result = {
    open: ids.length,
    switches: SWITCHES,
    loadMs: Math.round(loadMs),
    buildMs: {
      p50: +percentile(build, 50).toFixed(2),
      p95: +percentile(build, 95).toFixed(2),
      max: +Math.max(...build).toFixed(2),
    },
    meanReportsListed: +(reports / SWITCHES).toFixed(1),
    meanFactRows: +(facts / SWITCHES).toFixed(1),
  };
  console.log(
    `panel: ${result.open} open, model after a switch p50 ${result.buildMs.p50} ms, p95 ${result.buildMs.p95} ms, max ${result.buildMs.max} ms; ${result.meanReportsListed} reports listed on average`,
  );
  return result;
}

if (require.main === module) void benchPanel().then((r) => console.log(JSON.stringify(r)));
