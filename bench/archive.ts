// npm run bench:archive (outside CI): a synthetic archive built from the DEV stories at 10,000 and 100,000 stories
// (`--sizes 10000,100000`), indexed into a throwaway PostgreSQL; index time, stories/s, database size, client memory,
// and match latency (one open story → ranked archive matches, client wall time, warm, 200 queries, p50/p95).
// Synthetic copies keep clusters: copy c of a cluster renames every capitalised word the same way in all of its
// stories (another event with its own names), shifts its figures and filing days, and reorders body paragraphs.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Analyzer } from '../src/core/analyze';
import { connect, inTransaction, query, type ArchiveConnection } from '../src/archive/db';
import { prepareItem, type ArchiveItem } from '../src/archive/items';
import { ArchiveMatcher } from '../src/archive/match';
import { migrate } from '../src/archive/schema';
import { writeFile } from '../src/archive/store';
import { prepareStory } from '../src/core/match';
import { loadStories } from '../eval/matching';

const ROOT = join(__dirname, '..', '..');
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'vo', 'ri', 'de', 'ba'];
const suffix = (c: number): string => (c === 0 ? '' : String(c).split('').map((d) => SYLLABLES[Number(d)]).join(''));

/** Copy c of a story: names renamed, figures shifted, body paragraphs rotated (headline kept first). */
export function synthesise(text: string, c: number): string {
  if (c === 0) return text;
  const s = suffix(c);
  const renamed = text.replace(/\b([A-Z][a-z]{3,})\b/g, `$1${s}`).replace(/\b(\d{2,4})\b/g, (n) => String(Number(n) + (c % 7) + 1));
  const paras = renamed.split(/\n\s*\n/);
  if (paras.length < 4) return renamed;
  const [head, ...body] = paras;
  const k = c % (body.length - 1);
  return [head, body[0], ...body.slice(1 + k), ...body.slice(1, 1 + k)].join('\n\n');
}

const shiftDate = (date: string | undefined, c: number): string | undefined => (date ? new Date(Date.parse(date) + (c % 400) * 86_400_000).toISOString().slice(0, 10) : undefined);

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
  const count = await query<{ n: string }>(conn, 'SELECT count(*) AS n FROM wc_story').catch(() => [{ n: '-1' }]);
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
}

async function runSize(url: string, n: number): Promise<Row> {
  const base = loadStories(resolve(process.argv.includes('--eval') ? process.argv[process.argv.indexOf('--eval') + 1]! : join(ROOT, '..', 'shared', 'eval')));
  // --reuse: match against the archive a previous run indexed (latency only; index figures are then NaN).
  const reused = process.argv.includes('--reuse') ? await reuse(url, `wc_bench_${n}`, n) : undefined;
  const conn = reused ?? (await fresh(url, `wc_bench_${n}`));
  await migrate(conn);
  const analyzer = new Analyzer();
  let prepareMs = reused ? NaN : 0;
  const t0 = performance.now();
  const batch = 200;
  for (let at = 0; at < (reused ? 0 : n); at += batch) {
    const items: { path: string; item: ArchiveItem }[] = [];
    const tp = performance.now();
    for (let i = at; i < Math.min(n, at + batch); i++) {
      const c = Math.floor(i / base.length);
      const d = base[i % base.length]!;
      const path = `synthetic/${c}/${d.id}`;
      const filed = shiftDate(d.date, c);
      items.push({ path, item: prepareItem(analyzer, path, 1, synthesise(d.text, c), filed ? { item: { filed, filedSource: 'metadata' } } : {}) });
    }
    prepareMs += performance.now() - tp;
    await inTransaction(conn, async (client) => {
      for (const x of items) await writeFile(client, x.path, 'bench', [x.item]);
    });
    if ((at / batch) % 25 === 0) process.stderr.write(`\r${n}: ${Math.min(n, at + batch)} stories indexed`);
  }
  process.stderr.write('\n');
  const indexS = reused ? NaN : (performance.now() - t0) / 1000;
  await query(conn, 'VACUUM ANALYZE');
  const dbMB = Number((await query<{ b: string }>(conn, 'SELECT pg_database_size(current_database()) AS b'))[0]!.b) / 2 ** 20;
  // Queries: 1,000-word open stories (DEV stories of at least 600 words, trimmed to 1,000), renamed as copy 1 so
  // their reports are in the archive; prepare + match is the client's wall time.
  const open = base.filter((d) => d.text.split(/\s+/).length >= 600).slice(0, 220).map((d) => ({ text: synthesise(d.text.split(/\s+/).slice(0, 1000).join(' '), Math.min(1, Math.floor(n / base.length) - 1 || 0)), date: d.date }));
  const matcher = new ArchiveMatcher(conn, 3_600_000);
  const times: number[] = [];
  for (let q = 0; q < open.length; q++) {
    const t = performance.now();
    await matcher.match(prepareStory(open[q]!.text, open[q]!.date ? { filed: open[q]!.date } : {}));
    if (q >= open.length - 200) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  await conn.pool.end();
  return { stories: n, indexS, storiesPerS: n / indexS, prepareMsPerStory: prepareMs / n, dbMB, rssMB: process.memoryUsage().rss / 2 ** 20, p50: pctile(times, 50), p95: pctile(times, 95) };
}

async function main(): Promise<void> {
  const sizesArg = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1]! : '10000,100000';
  const sizes = sizesArg.split(',').map(Number);
  const script = join(ROOT, 'scripts', 'archive.mjs');
  let url = process.env['WIRECHECK_ARCHIVE_URL'];
  let started: { dir: string } | undefined;
  if (!url) {
    const s = JSON.parse(execFileSync(process.execPath, [script, 'up', '--json', '--no-record'], { encoding: 'utf8' }).trim()) as { dir: string; url: string };
    [started, url] = [s, s.url];
  }
  const rows: Row[] = [];
  try {
    for (const n of sizes) rows.push(await runSize(url, n));
  } finally {
    if (started) execFileSync(process.execPath, [script, 'down', '--dir', started.dir]);
  }
  console.log('stories   index s  stories/s  prep ms/story  DB MB   client RSS MB  match p50 ms  p95 ms');
  for (const r of rows) console.log(`${String(r.stories).padStart(7)} ${r.indexS.toFixed(0).padStart(8)} ${r.storiesPerS.toFixed(0).padStart(10)} ${r.prepareMsPerStory.toFixed(1).padStart(14)} ${r.dbMB.toFixed(0).padStart(6)} ${r.rssMB.toFixed(0).padStart(14)} ${r.p50.toFixed(1).padStart(13)} ${r.p95.toFixed(1).padStart(7)}`);
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    const k = Math.log10(b.stories / a.stories);
    const per = (x: number, y: number): string => `x${Math.pow(y / x, 1 / k).toFixed(2)}`;
    console.log(`growth per tenfold (${a.stories} → ${b.stories}): index time ${per(a.indexS, b.indexS)}, DB size ${per(a.dbMB, b.dbMB)}, p50 ${per(a.p50, b.p50)}, p95 ${per(a.p95, b.p95)}`);
  }
  console.log(JSON.stringify(rows));
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
