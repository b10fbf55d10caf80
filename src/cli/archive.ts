// The CLI's archive commands (issue 22): `archive index`, `archive purge`, `history`, and `check … --archive`.
// Exit codes: 0 done, 2 usage, 3 the archive could not be used (unreachable, too slow, refused): one line on stderr.
import { parseArgs } from 'node:util';
import { figureConflictRule } from '../core/rules/figureConflict';
import { unattributedFigureRule } from '../core/rules/unattributedFigure';
import { Analyzer } from '../core/analyze';
import { disagreements, factTableHistory, inFilingOrder, latestUsable } from '../core/archive/figureHistory';
import { DEFAULT_MAX_BYTES } from '../core/input';
import {
  ArchiveError,
  connect,
  describeDbError,
  inTransaction,
  redactUrl,
  type ArchiveConnection,
} from '../archive/db';
import { factsOfVersions, openFacts, versionChain } from '../archive/history';
import { indexPaths } from '../archive/indexer';
import { readItems } from '../archive/items';
import { ArchiveMatcher, type ArchiveMatch } from '../archive/match';
import { migrate } from '../archive/schema';
import { purgeOlderThan } from '../archive/store';
import { collectFiles } from './files';
import type { JsonReport } from './report';

export const ARCHIVE_EXIT = 3;

const USAGE = `Usage:
  wirecheck archive index [--archive <url>] [--retention-days <n>] <files or folders…>
  wirecheck archive purge [--archive <url>] --retention-days <n>
  wirecheck history <file> [--archive <url>] [--format json|text]
  wirecheck check <files or folders…> --archive <url> [check options]

The archive URL (postgres://user@host:port/database) may also come from WIRECHECK_ARCHIVE_URL (not for check).
Passwords only from PGPASSWORD or a PGPASSFILE, never in the URL. Exit code 3: the archive could not be used.`;

type Augment = (report: JsonReport) => void;
type Main = (argv: string[], augment?: Augment) => number;

function say(line: string): void {
  process.stderr.write(`wirecheck: ${line}\n`);
}

/** The archive URL given after --archive (removed from argv), else undefined. */
function takeArchive(argv: string[]): { url?: string; rest: string[] } {
  const rest: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--archive') url = argv[++i] ?? '';
    else if (a.startsWith('--archive=')) url = a.slice('--archive='.length);
    else rest.push(a);
  }
  return { url, rest };
}

/** Handles the archive's commands and `check --archive`; undefined when argv is none of them (main handles it). */
export function archiveCli(argv: string[], main: Main): Promise<number> | undefined {
  const { url, rest } = takeArchive(argv);
  const command = rest[0];
  if (command !== 'archive' && command !== 'history' && url === undefined) return undefined;
  return runArchive(command, url, rest, main).catch((e: unknown) => {
    if (e instanceof ArchiveError) {
      say(e.message);
      return e.kind === 'usage' ? 2 : ARCHIVE_EXIT;
    }
    say(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  });
}

async function runArchive(
  command: string | undefined,
  url: string | undefined,
  rest: string[],
  main: Main,
): Promise<number> {
  if (rest.includes('-h') || rest.includes('--help')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const target = url ?? (command !== 'check' ? process.env['WIRECHECK_ARCHIVE_URL'] : undefined);
  if (!target) throw new ArchiveError('no archive given: --archive <url> or WIRECHECK_ARCHIVE_URL', 'usage');
  const conn = connect(target, { statementTimeoutMs: 120_000 });
  try {
    if (command === 'archive') return await archiveCommand(conn, rest.slice(1));
    if (command === 'history') return await historyCommand(conn, rest.slice(1));
    return await checkWithArchive(conn, rest, main);
  } finally {
    await conn.pool.end().catch(() => undefined);
  }
}

function positiveInt(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new ArchiveError(`${name} must be a positive whole number`, 'usage');
  return n;
}

async function archiveCommand(conn: ArchiveConnection, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'retention-days': { type: 'string' }, batch: { type: 'string' } },
  });
  const [sub, ...paths] = positionals;
  const retention = positiveInt(values['retention-days'], '--retention-days');
  if (sub === 'purge') {
    if (!retention) throw new ArchiveError('archive purge needs --retention-days <n>', 'usage');
    await migrate(conn);
    const gone = await inTransaction(conn, (c) => purgeOlderThan(c, retention, new Date()));
    say(`purged ${gone} file(s) older than ${retention} day(s) from ${redactUrl(conn.url)}`);
    return 0;
  }
  if (sub !== 'index')
    throw new ArchiveError(
      sub ? `unknown archive command "${sub}" (expected index or purge)` : 'missing archive command (index or purge)',
      'usage',
    );
  if (paths.length === 0) throw new ArchiveError('no files or folders given', 'usage');
  const tty = process.stderr.isTTY;
  const stats = await indexPaths(conn, paths, {
    batchFiles: positiveInt(values.batch, '--batch'),
    progress: (done, total, stories) =>
      process.stderr.write(
        `${tty ? '\r' : ''}wirecheck: indexing into ${redactUrl(conn.url)}: ${done}/${total} files, ${stories} stories${tty ? '' : '\n'}`,
      ),
  });
  if (tty) process.stderr.write('\n');
  for (const s of stats.skipped) say(`${s.path}: skipped (${s.reason})`);
  say(
    `${stats.indexed} file(s) indexed (${stats.stories} stories), ${stats.unchanged} unchanged, ${stats.skipped.length} skipped in ${(stats.ms / 1000).toFixed(1)} s`,
  );
  if (retention) {
    const gone = await inTransaction(conn, (c) => purgeOlderThan(c, retention, new Date()));
    say(`purged ${gone} file(s) older than ${retention} day(s)`);
  }
  return 0;
}

async function historyCommand(conn: ArchiveConnection, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' } },
  });
  const format = values.format ?? 'text';
  if (format !== 'json' && format !== 'text')
    throw new ArchiveError(`--format must be json or text, not "${format}"`, 'usage');
  if (positionals.length !== 1) throw new ArchiveError('history takes one file', 'usage');
  const path = positionals[0]!;
  const got = readItems(new Analyzer(), path, DEFAULT_MAX_BYTES);
  if ('skipped' in got || 'unchanged' in got)
    throw new ArchiveError(`${path}: ${'skipped' in got ? got.skipped : 'unreadable'}`, 'usage');
  await migrate(conn);
  const matcher = new ArchiveMatcher(conn);
  const stories = [];
  for (const item of got.items) {
    const { matches } = await matcher.match(item.prepared, { excludePath: path });
    const chain = await versionChain(conn, item, matches);
    const facts = await factsOfVersions(
      conn,
      chain.map((v) => v.id),
    );
    const withdrawn = chain.some((v) => v.withdrawn);
    stories.push({
      path: got.items.length > 1 ? `${path}#${item.itemNo}` : path,
      ...(item.guid ? { guid: item.guid } : {}),
      ...(withdrawn ? { withdrawn: true } : {}),
      versions: inFilingOrder(chain),
      figures: factTableHistory.history(chain, facts),
    });
  }
  if (format === 'json') process.stdout.write(JSON.stringify({ version: 1, stories }, null, 2) + '\n');
  else {
    for (const s of stories) {
      process.stdout.write(
        `${s.path}: ${s.versions.length} archived version(s)${s.withdrawn ? ', WITHDRAWN by the agency' : ''}\n`,
      );
      for (const f of s.figures) {
        const line = f.values.map((v) =>
          v.withdrawn
            ? `${v.filed ?? '?'} withdrawn`
            : `${v.filed ?? '?'} ${v.agency ?? ''} ${v.figure}${v.source ? ` (${v.source})` : ''}`.replace(/ +/g, ' '),
        );
        process.stdout.write(`  ${f.label ?? f.key}: ${line.join(' → ')}\n`);
      }
    }
  }
  return 0;
}

interface ArchiveFindings {
  matches: ArchiveMatch[];
  notes: {
    start: number;
    end: number;
    figure: string;
    message: string;
    path: string;
    latestStart: number;
    latestEnd: number;
    latestFigure: string;
  }[];
}

/** Archive matches and notes for every story the check reads, then the ordinary check with them added. */
async function checkWithArchive(conn: ArchiveConnection, argv: string[], main: Main): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      'max-size': { type: 'string' },
    },
  });
  const maxKb = Number(values['max-size']);
  const maxBytes = Number.isFinite(maxKb) && maxKb > 0 ? maxKb * 1024 : DEFAULT_MAX_BYTES;
  await migrate(conn);
  const matcher = new ArchiveMatcher(conn);
  const analyzer = new Analyzer();
  const byDoc = new Map<string, ArchiveFindings>();
  for (const entry of collectFiles(positionals.slice(1)).entries) {
    if (entry.skipped !== null) continue;
    const got = readItems(analyzer, entry.path, maxBytes);
    if (!('items' in got)) continue;
    for (const item of got.items) {
      const { matches } = await matcher.match(item.prepared, { excludePath: entry.path });
      const found: ArchiveFindings = { matches, notes: [] };
      const latest = latestUsable(await versionChain(conn, item, matches));
      if (latest) {
        const latestFacts = await factsOfVersions(conn, [latest.id]);
        for (const d of disagreements(openFacts(item.facts), latest, latestFacts)) {
          found.notes.push({
            start: d.fact.start,
            end: d.fact.end,
            figure: d.fact.figure,
            message: d.message,
            path: latest.path,
            latestStart: d.latestFact.start,
            latestEnd: d.latestFact.end,
            latestFigure: d.latestFact.figure,
          });
        }
      }
      byDoc.set(got.items.length > 1 ? `${entry.path}#${item.itemNo}` : entry.path, found);
    }
  }
  return main(argv, (report) => addArchive(report, byDoc));
}

/** Archive matches after the desk's own; a note goes on the figure's diagnostic (the one whose text is the figure). */
export function addArchive(report: JsonReport, byDoc: Map<string, ArchiveFindings>): void {
  for (const doc of report.documents) {
    const found = byDoc.get(doc.path);
    if (!found || doc.skipped) continue;
    (doc.matches as unknown[]).push(...found.matches);
    for (const n of found.notes) {
      const figureFindings = doc.findings.filter(
        (f) => f.rule === unattributedFigureRule.id || f.rule === figureConflictRule.id,
      );
      // Plain text keeps the story's offsets; an agency file's were mapped onto the file, so its figure text decides.
      const finding =
        figureFindings.find((f) => f.start === n.start && f.end === n.end) ??
        figureFindings.find((f) => f.text.includes(n.figure) && !f.related.some((r) => r.report === 'archive'));
      if (!finding || finding.related.some((r) => r.report === 'archive' && r.message === n.message)) continue;
      finding.related.push({
        path: n.path,
        start: n.latestStart,
        end: n.latestEnd,
        text: n.latestFigure,
        message: n.message,
        report: 'archive',
      });
    }
  }
}

export { describeDbError };
