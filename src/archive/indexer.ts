// `wirecheck archive index`: files and folders into the archive in batches (one transaction each), skipping files
// whose hash is already stored, replacing changed ones, with a progress line; a killed run resumes by hash.
import { Analyzer } from '../core/analyze';
import { collectFiles } from '../cli/files';
import { type ArchiveConnection, inTransaction, query } from './db';
import { readItems, type ArchiveItem } from './items';
import { migrate } from './schema';
import { dropDeferredIndexes, restoreIndexes, writeFiles } from './store';

export interface IndexStats {
  files: number;
  indexed: number;
  unchanged: number;
  skipped: { path: string; reason: string }[];
  stories: number;
  ms: number;
}

export interface IndexOptions {
  batchFiles?: number;
  maxBytes?: number;
  /** One progress line per batch (the CLI rewrites it in place on a terminal). */
  progress?: (done: number, total: number, stories: number) => void;
  /** Files from which a load into an empty archive defers the inverted index's build to its end (default 2,000). */
  deferIndexesFrom?: number;
}

export async function indexPaths(
  conn: ArchiveConnection,
  paths: readonly string[],
  opts: IndexOptions = {},
): Promise<IndexStats> {
  const t0 = Date.now();
  await migrate(conn);
  const { entries, missing } = collectFiles(paths);
  const stats: IndexStats = {
    files: 0,
    indexed: 0,
    unchanged: 0,
    skipped: missing.map((path) => ({ path, reason: 'no such file or folder' })),
    stories: 0,
    ms: 0,
  };
  const files = entries.filter((e) => {
    if (e.skipped !== null) stats.skipped.push({ path: e.path, reason: e.skipped });
    return e.skipped === null;
  });
  stats.files = files.length;
  const analyzer = new Analyzer();
  const batch = opts.batchFiles ?? 100;
  // A first load of many files builds the inverted index once at the end: a sorted build instead of one B-tree
  // insert per posting. Any run starts by rebuilding an index a killed first load left dropped.
  const empty = Number((await query<{ stories: string }>(conn, 'SELECT stories FROM wc_stats'))[0]?.stories ?? 0) === 0;
  const defer = empty && files.length >= (opts.deferIndexesFrom ?? 2000);
  await inTransaction(conn, (client) => (defer ? dropDeferredIndexes(client) : restoreIndexes(client)));
  for (let at = 0; at < files.length; at += batch) {
    const paths = files.slice(at, at + batch).map((e) => e.path);
    const known = new Map(
      (
        await query<{ path: string; hash: string }>(
          conn,
          'SELECT path, hash FROM wc_file WHERE path = ANY($1::text[])',
          [paths],
        )
      ).map((r) => [r.path, r.hash]),
    );
    const toWrite: { path: string; hash: string; items: ArchiveItem[] }[] = [];
    for (const path of paths) {
      const got = readItems(analyzer, path, opts.maxBytes ?? 16 * 1024 * 1024, known.get(path));
      if ('unchanged' in got) stats.unchanged++;
      else if ('skipped' in got) stats.skipped.push({ path, reason: got.skipped });
      else {
        for (const p of got.problems) stats.skipped.push({ path, reason: p });
        toWrite.push({ path, hash: got.hash, items: got.items });
      }
    }
    if (toWrite.length > 0) {
      await inTransaction(conn, (client) => writeFiles(client, toWrite));
      stats.indexed += toWrite.length;
      stats.stories += toWrite.reduce((n, f) => n + f.items.length, 0);
    }
    opts.progress?.(Math.min(at + batch, files.length), files.length, stats.stories);
  }
  if (defer) await inTransaction(conn, restoreIndexes);
  stats.ms = Date.now() - t0;
  return stats;
}
