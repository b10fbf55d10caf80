// Archive matching eval (issue 22): the DEV stories indexed into a real PostgreSQL (started here with
// scripts/archive.mjs unless WIRECHECK_ARCHIVE_URL names one), each story matched against the archive, pairwise
// P/R/F1 counted exactly as eval/matching.ts counts the in-memory StoryIndex (ordered pairs, one corpus per index),
// and both printed side by side. Aim: ECB+ (text) F1 and GVA (with dates) precision within 0.01 of in-memory.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DEFAULT_THRESHOLD, prepareStory, StoryIndex, type PreparedStory } from '../src/core/match';
import { connect, inTransaction, query, type ArchiveConnection } from '../src/archive/db';
import type { ArchiveItem } from '../src/archive/items';
import { ArchiveMatcher, DEFAULT_POSTING_BUDGET } from '../src/archive/match';
import { migrate } from '../src/archive/schema';
import { writeFiles } from '../src/archive/store';
import { loadStories } from './matching';

interface Scores {
  predicted: number;
  tp: number;
  goldPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

function scores(pairs: { a: string; b: string }[], cluster: Map<string, string>, goldPairs: number): Scores {
  const tp = pairs.filter((p) => cluster.get(p.a) === cluster.get(p.b)).length;
  const precision = pairs.length ? tp / pairs.length : 1;
  const recall = goldPairs ? tp / goldPairs : 1;
  return {
    predicted: pairs.length,
    tp,
    goldPairs,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

const ROOT = join(__dirname, '..', '..');

/** A fresh database on the server for one corpus (dropped first if a previous run left it). */
async function freshDatabase(url: string, name: string): Promise<ArchiveConnection> {
  const admin = connect(url);
  try {
    await query(admin, `DROP DATABASE IF EXISTS ${name}`);
    await query(admin, `CREATE DATABASE ${name}`);
  } finally {
    await admin.pool.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return connect(u.toString(), { statementTimeoutMs: 600_000 });
}

async function evalOne(
  url: string,
  corpus: string,
  useFiled: boolean,
  stories: ReturnType<typeof loadStories>,
  postingBudget?: number,
): Promise<object> {
  const docs = stories.filter((s) => s.corpus === corpus);
  const cluster = new Map(docs.map((d) => [d.id, d.cluster]));
  const sizes = new Map<string, number>();
  for (const d of docs) sizes.set(d.cluster, (sizes.get(d.cluster) ?? 0) + 1);
  let gold = 0;
  for (const n of sizes.values()) gold += n * (n - 1);
  const prepared = new Map<string, PreparedStory>(
    docs.map((d) => [d.id, prepareStory(d.text, useFiled && d.date ? { filed: d.date } : {})]),
  );

  const memory = new StoryIndex();
  for (const [id, p] of prepared) memory.upsertPrepared(id, p);
  const memPairs = docs.flatMap((d) => memory.matches(d.id).map((m) => ({ a: d.id, b: m.id })));

  const conn = await freshDatabase(
    url,
    `wc_eval_${corpus.replace(/\W/g, '').toLowerCase()}_${useFiled ? 'dated' : 'text'}`,
  );
  try {
    await migrate(conn);
    const t0 = performance.now();
    // The record id stands for the path: one story per "file", written in batches of 200.
    for (let at = 0; at < docs.length; at += 200) {
      const files = docs.slice(at, at + 200).map((d) => {
        const item: ArchiveItem = {
          itemNo: 1,
          text: d.text,
          prepared: prepared.get(d.id)!,
          facts: [],
          ...(useFiled && d.date ? { filed: d.date } : {}),
        };
        return { path: d.id, hash: 'eval', items: [item] };
      });
      await inTransaction(conn, (c) => writeFiles(c, files));
    }
    const indexMs = performance.now() - t0;
    const rowOf = new Map(
      (await query<{ id: string; path: string }>(conn, 'SELECT id, path FROM wc_story')).map((r) => [
        r.path,
        String(r.id),
      ]),
    );
    const matcher = new ArchiveMatcher(conn, 3_600_000);
    const t1 = performance.now();
    const archivePairs: { a: string; b: string }[] = [];
    for (const d of docs) {
      const { matches } = await matcher.match(prepared.get(d.id)!, { selfId: rowOf.get(d.id)!, postingBudget });
      for (const m of matches) archivePairs.push({ a: d.id, b: m.path });
    }
    const matchMs = performance.now() - t1;
    const mem = scores(memPairs, cluster, gold);
    const arc = scores(archivePairs, cluster, gold);
    const memSet = new Set(memPairs.map((p) => `${p.a}\u0000${p.b}`));
    const same = archivePairs.filter((p) => memSet.has(`${p.a}\u0000${p.b}`)).length;
    const pct = (x: number): string => (100 * x).toFixed(1);
    console.log(
      `${corpus.padEnd(6)} ${useFiled ? 'dates' : 'text '}  in-memory P/R/F1 ${pct(mem.precision)}/${pct(mem.recall)}/${pct(mem.f1)}   archive ${pct(arc.precision)}/${pct(arc.recall)}/${pct(arc.f1)}   pairs in both ${same} of ${memPairs.length} / ${archivePairs.length}   index ${(indexMs / 1000).toFixed(1)} s, ${(matchMs / docs.length).toFixed(1)} ms/query`,
    );
    return {
      corpus,
      mode: useFiled ? 'text + filing dates' : 'text only',
      threshold: DEFAULT_THRESHOLD,
      inMemory: mem,
      archive: arc,
      pairsInBoth: same,
      indexMs: Math.round(indexMs),
      msPerQuery: Math.round((matchMs / docs.length) * 10) / 10,
    };
  } finally {
    await conn.pool.end();
  }
}

/** `postingBudget`: the candidate search's (default DEFAULT_POSTING_BUDGET; Infinity reads every rare feature). */
export async function evalArchive(sharedEvalDir: string, postingBudget?: number): Promise<object> {
  const stories = loadStories(sharedEvalDir);
  const script = join(ROOT, 'scripts', 'archive.mjs');
  let started: { dir: string; url: string } | undefined;
  let url = process.env['WIRECHECK_ARCHIVE_URL'];
  if (!url) {
    started = JSON.parse(
      execFileSync(process.execPath, [script, 'up', '--json', '--no-record'], { encoding: 'utf8' }).trim(),
    ) as { dir: string; url: string };
    url = started.url;
  }
  try {
    console.log(
      `archive matching vs in-memory, DEV (ordered pairs, threshold ${DEFAULT_THRESHOLD}, posting budget ${postingBudget ?? DEFAULT_POSTING_BUDGET}):`,
    );
    const ecb = await evalOne(url, 'ECB+', false, stories, postingBudget);
    const gva = await evalOne(url, 'GVA', true, stories, postingBudget);
    return { ecbText: ecb, gvaDated: gva };
  } finally {
    if (started) execFileSync(process.execPath, [script, 'down', '--dir', started.dir]);
  }
}

if (require.main === module) {
  // node out/eval/archive.js [eval dir] [--budget <postings>|Infinity]
  const budget = process.argv.includes('--budget')
    ? Number(process.argv[process.argv.indexOf('--budget') + 1])
    : undefined;
  evalArchive(
    resolve(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '../shared/eval'),
    budget,
  ).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
