// npm run bench:archive (outside CI): a synthetic archive built from the DEV stories at 10,000 and 100,000 stories
// (`--sizes 10000,100000`), indexed into a throwaway PostgreSQL; index time, stories/s, database size, client memory,
// and match latency (one open story → ranked archive matches, client wall time, warm, 200 queries, p50/p95).
// Synthetic copies keep clusters: copy c of a cluster renames every capitalised word the same way in all of its
// stories (another event with its own names), shifts its figures and filing days, and reorders body paragraphs.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Analyzer } from '../src/core/analyze';
import { connect, inTransaction, query, type ArchiveConnection } from '../src/archive/db';
import { prepareItem, type ArchiveItem } from '../src/archive/items';
import { ArchiveMatcher } from '../src/archive/match';
import { migrate } from '../src/archive/schema';
import { dropDeferredIndexes, restoreIndexes, writeFiles } from '../src/archive/store';
import { prepareStory, type PreparedStory } from '../src/core/match';
import { loadStories } from '../eval/matching';
import { budgetAgreement, benchQueries } from './archiveBudget';
import { copyFeatures, copyItem, shiftDate, synthesise } from './archiveSynth';

const ROOT = join(__dirname, '..', '..');
export { synthesise };

const arg = (name: string, fallback: string): string =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback;

/** CPU ms used so far by the PostgreSQL server's processes (Linux /proc; NaN elsewhere): load-independent cost. */
function serverCpuMs(postmasterPid: number): number {
  if (!Number.isInteger(postmasterPid)) return NaN;
  let ticks = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]?.split(' ');
      // After "pid (comm) ": state ppid ... utime (11) stime (12), counted from state = 0.
      if (stat && (Number(d) === postmasterPid || Number(stat[1]) === postmasterPid))
        ticks += Number(stat[11]) + Number(stat[12]);
    } catch {
      // A process that ended between the listing and the read.
    }
  }
  return ticks * 10;
}

function pctile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function fresh(url: string, name: string): Promise<ArchiveConnection> {
  const admin = connect(url);
  await query(admin, `DROP DATABASE IF EXISTS ${name}`);
  await query(admin, `CREATE DATABASE ${name}`);
  await admin.pool.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return connect(u.toString(), { statementTimeoutMs: 3_600_000 });
}

/** The bench database of this size when a previous run filled it, else undefined. */
async function reuse(url: string, name: string, n: number): Promise<ArchiveConnection | undefined> {
  const u = new URL(url);
  u.pathname = `/${name}`;
  const conn = connect(u.toString(), { statementTimeoutMs: 3_600_000 });
  const count = await query<{ n: string }>(conn, 'SELECT stories AS n FROM wc_stats').catch(() => [{ n: '-1' }]);
  if (Number(count[0]!.n) === n) return conn;
  await conn.pool.end();
  return undefined;
}

interface Row {
  stories: number;
  indexS: number;
  storiesPerS: number;
  prepareMsPerStory: number;
  dbMB: number;
  rssMB: number;
  p50: number;
  p95: number;
  /** Median ms per phase of a query (stats, df, candidate SQL, rows, scoring) and of preparing the open story. */
  phases: Record<string, number>;
  prepareP50: number;
  /** Mean CPU ms per query in this process and in the server's processes: what a query costs on an idle machine. */
  cpuClientMs: number;
  cpuServerMs: number;
  load: string;
  /** Ranked match lists identical with and without the posting budget (--agreement N). */
  agreement?: string;
}

/** The DEV stories analysed in full once (copy 0 of the feature-space generator). */
let baseItems: ArchiveItem[] | undefined;

async function runSize(url: string, n: number): Promise<Row> {
  const base = loadStories(resolve(arg('--eval', join(ROOT, '..', 'shared', 'eval'))));
  const synth = arg('--synth', 'features');
  // --reuse: match against the archive a previous run indexed (latency only; index figures are then NaN).
  const reused = process.argv.includes('--reuse') ? await reuse(url, `wc_bench_${n}`, n) : undefined;
  const conn = reused ?? (await fresh(url, `wc_bench_${n}`));
  await migrate(conn);
  const analyzer = new Analyzer();
  const itemOf = (i: number): { path: string; item: ArchiveItem } => {
    const c = Math.floor(i / base.length);
    const d = base[i % base.length]!;
    const path = `synthetic/${c}/${d.id}`;
    if (synth === 'features') {
      baseItems ??= base.map((b) =>
        prepareItem(
          analyzer,
          `synthetic/0/${b.id}`,
          1,
          b.text,
          b.date ? { item: { filed: b.date, filedSource: 'metadata' } } : {},
        ),
      );
      return { path, item: copyItem(baseItems[i % base.length]!, c) };
    }
    const filed = shiftDate(d.date, c);
    return {
      path,
      item: prepareItem(
        analyzer,
        path,
        1,
        synthesise(d.text, c),
        filed ? { item: { filed, filedSource: 'metadata' } } : {},
      ),
    };
  };
  let prepareMs = reused ? NaN : 0;
  const t0 = performance.now();
  const batch = 200;
  // A fresh archive's first load: inverted index built once at the end (as `archive index` does from 2,000 files).
  if (!reused) await inTransaction(conn, dropDeferredIndexes);
  for (let at = 0; at < (reused ? 0 : n); at += batch) {
    const tp = performance.now();
    const items: { path: string; item: ArchiveItem }[] = [];
    for (let i = at; i < Math.min(n, at + batch); i++) items.push(itemOf(i));
    prepareMs += performance.now() - tp;
    await inTransaction(conn, (client) =>
      writeFiles(
        client,
        items.map((x) => ({ path: x.path, hash: 'bench', items: [x.item] })),
      ),
    );
    if ((at / batch) % 25 === 0)
      process.stderr.write(
        `\r${n}: ${Math.min(n, at + batch)} stories indexed, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
  }
  if (!reused) await inTransaction(conn, restoreIndexes);
  process.stderr.write('\n');
  const indexS = reused ? NaN : (performance.now() - t0) / 1000;
  await query(conn, 'VACUUM ANALYZE');
  const dbMB =
    Number((await query<{ b: string }>(conn, 'SELECT pg_database_size(current_database()) AS b'))[0]!.b) / 2 ** 20;
  // Queries: 1,000-word open stories (DEV stories of at least 600 words, trimmed to 1,000), as copy 1 so their reports
  // are in the archive (renamed in text, or in feature space like the archive's copies). Timed: the prepared story
  // to ranked matches (the editor prepares an open story once per edit, off this path) and, apart, the preparing.
  const openDocs = base.filter((d) => d.text.split(/\s+/).length >= 600).slice(0, 220);
  const copy = Math.min(1, Math.floor(n / base.length) - 1 || 0);
  const matcher = new ArchiveMatcher(conn, 3_600_000);
  const dataDir = (
    await query<{ d: string }>(conn, "SELECT current_setting('data_directory') AS d").catch(() => [{ d: '' }])
  )[0]!.d;
  const postmaster = Number(
    (() => {
      try {
        return readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0];
      } catch {
        return 'NaN';
      }
    })(),
  );
  let cpuClient = 0;
  let cpuServer = 0;
  const times: number[] = [];
  const prepTimes: number[] = [];
  const phases: Record<string, number[]> = {};
  for (let q = 0; q < openDocs.length; q++) {
    const d = openDocs[q]!;
    const words = d.text.split(/\s+/).slice(0, 1000).join(' ');
    const tp = performance.now();
    const story: PreparedStory =
      synth === 'features'
        ? copyFeatures(prepareStory(words, d.date ? { filed: d.date } : {}), copy)
        : prepareStory(synthesise(words, copy), d.date ? { filed: d.date } : {});
    const prepMs = performance.now() - tp;
    const timed = q >= openDocs.length - 200;
    const c0 = process.cpuUsage();
    const s0 = timed ? serverCpuMs(postmaster) : 0;
    const t = performance.now();
    await matcher.match(story);
    const wall = performance.now() - t;
    if (timed) {
      const c = process.cpuUsage(c0);
      cpuClient += (c.user + c.system) / 1000;
      cpuServer += serverCpuMs(postmaster) - s0;
      times.push(wall);
      prepTimes.push(prepMs);
      for (const [k, v] of Object.entries(matcher.lastPhases)) (phases[k] ??= []).push(v);
    }
  }
  times.sort((a, b) => a - b);
  const median = (xs: number[]): number =>
    pctile(
      [...xs].sort((a, b) => a - b),
      50,
    );
  const load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ');
  // --agreement N (features generator): N queries matched with and without the posting budget, list by list.
  const agreeN = Number(arg('--agreement', '0'));
  const agreement =
    agreeN > 0 && synth === 'features' ? await budgetAgreement(conn, benchQueries(base, agreeN)) : undefined;
  await conn.pool.end();
  return {
    stories: n,
    indexS,
    storiesPerS: n / indexS,
    prepareMsPerStory: prepareMs / n,
    dbMB,
    rssMB: process.memoryUsage().rss / 2 ** 20,
    p50: pctile(times, 50),
    p95: pctile(times, 95),
    phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(median(v) * 10) / 10])),
    prepareP50: median(prepTimes),
    cpuClientMs: cpuClient / times.length,
    cpuServerMs: cpuServer / times.length,
    load,
    ...(agreement ? { agreement: `${agreement.identical} of ${agreeN}` } : {}),
  };
}

async function main(): Promise<void> {
  const sizesArg = arg('--sizes', '10000,100000');
  const sizes = sizesArg.split(',').map(Number);
  const script = join(ROOT, 'scripts', 'archive.mjs');
  let url = process.env['WIRECHECK_ARCHIVE_URL'];
  let started: { dir: string } | undefined;
  if (!url) {
    const s = JSON.parse(
      execFileSync(process.execPath, [script, 'up', '--json', '--no-record'], { encoding: 'utf8' }).trim(),
    ) as { dir: string; url: string };
    [started, url] = [s, s.url];
  }
  const rows: Row[] = [];
  try {
    for (const n of sizes) {
      rows.push(await runSize(url, n));
      console.log(JSON.stringify(rows[rows.length - 1]));
    }
  } finally {
    if (started) execFileSync(process.execPath, [script, 'down', '--dir', started.dir]);
  }
  console.log('stories   index s  stories/s  prep ms/story  DB MB   client RSS MB  match p50 ms  p95 ms');
  for (const r of rows)
    console.log(
      `${r.stories}: load ${r.load}${r.agreement ? `; budgeted-list agreement ${r.agreement}` : ''}; median phases ms ${JSON.stringify(r.phases)}; preparing the open story p50 ${r.prepareP50.toFixed(1)} ms; mean CPU per query: client ${r.cpuClientMs.toFixed(1)} ms, server ${r.cpuServerMs.toFixed(1)} ms`,
    );
  for (const r of rows)
    console.log(
      `${String(r.stories).padStart(7)} ${r.indexS.toFixed(0).padStart(8)} ${r.storiesPerS.toFixed(0).padStart(10)} ${r.prepareMsPerStory.toFixed(1).padStart(14)} ${r.dbMB.toFixed(0).padStart(6)} ${r.rssMB.toFixed(0).padStart(14)} ${r.p50.toFixed(1).padStart(13)} ${r.p95.toFixed(1).padStart(7)}`,
    );
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    const k = Math.log10(b.stories / a.stories);
    const per = (x: number, y: number): string => `x${Math.pow(y / x, 1 / k).toFixed(2)}`;
    console.log(
      `growth per tenfold (${a.stories} → ${b.stories}): index time ${per(a.indexS, b.indexS)}, DB size ${per(a.dbMB, b.dbMB)}, p50 ${per(a.p50, b.p50)}, p95 ${per(a.p95, b.p95)}`,
    );
  }
  console.log(JSON.stringify(rows));
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
