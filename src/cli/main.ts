// wirecheck check <files or folders…> [--format text|json] [--fail-on <severity>] [--config <file>] [--max-size <KB>]
//   [--include <glob>…] [--exclude <glob>…]
import './v8flags';
import { lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs as parseArgv } from 'node:util';
import type { TeamLexicon } from '../core/lexicon/schema';
import { loadedTermErrors } from '../core/rules/loadedTerm';
import { defaultConfig, parseWorkspaceFile, WORKSPACE_FILE, type CheckConfig } from '../core/config';
import { Desk } from '../core/desk';
import { DEFAULT_MAX_BYTES } from '../core/input';
import { SEVERITIES, severityRank, type Severity } from '../core/types';
import { VERSION } from '../core/version';
import { collectFiles, describeError } from './files';
import { applyGlobs, type Globs } from './globs';
import { readRegularFile } from './read';
import { buildReport, formatText, type InputDocument, type JsonReport } from './report';
import { archiveCli } from './archive';
import { toSarif } from './sarif';
import { runDiff } from './diff';
import { addWireFile, checkStreamed, mapWireReport, WireSources } from './wireInput';
import { addPrepared, prepareAll } from './prepare';
import { WIRE_EXTENSIONS } from '../core/formats';

const USAGE = `Usage: wirecheck check <files or folders…> [options]
       wirecheck diff OLD NEW [--format text|json]   (what changed between two versions; diff --help)

Checks wire copy: figures with no source, loaded terminology, conflicts between the articles given
(all files given are treated as articles open together).

Options:
  --format text|json|sarif  output format (default: text); SARIF 2.1.0 for code-scanning dashboards
  --fail-on <severity>    exit 1 when a finding is at least this severe: error, warning, information, hint
                          (default: never)
  --config <file>         workspace file (default: the nearest ${WORKSPACE_FILE} above the current folder)
  --max-size <KB>         skip larger files (default: ${DEFAULT_MAX_BYTES / 1024})
  --include <glob>        check only files matching it (repeatable); as wirecheck.include in the editor
  --exclude <glob>        never check files matching it (repeatable); as wirecheck.exclude in the editor
                          (globs match the path relative to the current folder, or the absolute path:
                          --exclude '**/drafts/**' --include 'stories/**/*.txt')
  -h, --help              this text
  -v, --version           the version`;

class UsageError extends Error {}

interface Args {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  failOn?: Severity;
  config?: string;
  maxBytes: number;
  globs: Globs;
}

const OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  'max-size': { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** node:util's parse errors in the CLI's own words (the option named as typed). */
function usageErrorOf(e: unknown): UsageError {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option "${option}"`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError(
      /does not take an argument/.test(message) ? `${option} takes no value` : `${option} needs a value`,
    );
  return new UsageError(message.split('\n')[0]);
}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.includes('-v') || argv.includes('--version')) return 'version';
  let parsed: ReturnType<typeof parseArgv<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgv({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageErrorOf(e);
  }
  const { values } = parsed;
  const [command, ...paths] = parsed.positionals;
  if (values.help) return 'help';
  if (values.version) return 'version';
  if (command !== 'check')
    throw new UsageError(command ? `unknown command "${command}" (expected "check")` : 'missing command "check"');
  const globs = { include: values.include ?? [], exclude: values.exclude ?? [] };
  if ([...globs.include, ...globs.exclude].some((g) => g.trim() === ''))
    throw new UsageError('--include and --exclude need a glob pattern');
  const args: Args = { paths, format: 'text', maxBytes: DEFAULT_MAX_BYTES, config: values.config, globs };
  if (values.format !== undefined) {
    const v = values.format;
    if (v !== 'text' && v !== 'json' && v !== 'sarif')
      throw new UsageError(`--format must be text, json or sarif, not "${v}"`);
    args.format = v;
  }
  if (values['fail-on'] !== undefined) {
    const v = values['fail-on'] as Severity;
    if (!SEVERITIES.includes(v)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, not "${v}"`);
    args.failOn = v;
  }
  if (values['max-size'] !== undefined) {
    const kb = Number(values['max-size']);
    if (!Number.isFinite(kb) || kb <= 0) throw new UsageError('--max-size must be a positive number of kilobytes');
    args.maxBytes = kb * 1024;
  }
  if (args.paths.length === 0) throw new UsageError('no files or folders given');
  return args;
}

function findWorkspaceFile(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, WORKSPACE_FILE);
    if (lstatSync(candidate, { throwIfNoEntry: false })) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

// A workspace file is small; anything larger is not one.
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

function loadConfig(path: string | undefined, explicit: boolean): CheckConfig {
  const config = defaultConfig();
  if (!path) return config;
  const read = readRegularFile(path, MAX_CONFIG_BYTES);
  if ('reason' in read) {
    // --config names the file to use: failing to read it is a usage error. A file found on the way up is skipped.
    if (explicit)
      throw new UsageError(
        read.reason.includes('(ENOENT)') ? `config file not found: ${path}` : `config file ${path}: ${read.reason}`,
      );
    process.stderr.write(`wirecheck: ${path}: ${read.reason} (ignored; defaults kept)\n`);
    return config;
  }
  const { file, errors } = parseWorkspaceFile(new TextDecoder().decode(read.bytes), (team) =>
    loadedTermErrors({ team: team as TeamLexicon }),
  );
  for (const e of errors) process.stderr.write(`wirecheck: ${path}: ${e} (ignored; defaults kept)\n`);
  return { ...config, workspace: file, workspacePath: path, profile: file.profile ?? config.profile };
}

export function main(argv: string[], augment?: (report: JsonReport) => void): number {
  try {
    return run(argv, augment);
  } catch (e) {
    // Last resort: one line, not a stack trace (per-file failures are already skip reasons).
    process.stderr.write(`wirecheck: internal error: ${describeError(e)}\n`);
    return 2;
  }
}

function run(argv: string[], augment?: (report: JsonReport) => void): number {
  if (argv[0] === 'diff') return runDiff(argv.slice(1));
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`wirecheck: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args === 'version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  let config: CheckConfig;
  try {
    config = loadConfig(args.config ?? findWorkspaceFile(process.cwd()), args.config !== undefined);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`wirecheck: ${e.message}\n`);
    return 2;
  }
  const collected = collectFiles(args.paths);
  if (collected.missing.length > 0) {
    process.stderr.write(`wirecheck: no such file or folder: ${collected.missing.join(', ')}\n`);
    return 2;
  }
  const entries = applyGlobs(collected.entries, args.paths, args.globs, process.cwd());
  // Embargoes are checked against the clock here, at the edge: the core takes "now" as an argument.
  const desk = new Desk({ ...config, now: Date.now() });
  const wire = new WireSources();
  // Plain articles are analysed on every core first (prepare.ts), then added in the order given.
  const articlePaths = entries.filter((e) => e.skipped === null && !WIRE_EXTENSIONS.test(e.path)).map((e) => e.path);
  const prepared = prepareAll({ paths: articlePaths, maxBytes: args.maxBytes });
  let nextArticle = 0;
  const inputs: InputDocument[] = entries.flatMap((e): InputDocument | InputDocument[] => {
    if (e.skipped !== null) return { path: e.path, skipped: e.skipped };
    try {
      return addWireFile(desk, e.path, args.maxBytes, wire) ?? addPrepared(desk, e.path, prepared[nextArticle++]!);
    } catch (err) {
      return { path: e.path, skipped: `internal error while analysing: ${describeError(err)}` };
    }
  });
  const report = checkStreamed(mapWireReport(buildReport(desk, inputs), wire), desk, wire);
  augment?.(report);
  const out =
    args.format === 'sarif'
      ? JSON.stringify(toSarif(report, desk, wire, process.cwd()), null, 2)
      : args.format === 'json'
        ? JSON.stringify(report, null, 2)
        : formatText(report, process.cwd());
  process.stdout.write(out + '\n');
  if (!args.failOn) return 0;
  const threshold = severityRank(args.failOn);
  return report.documents.some((d) => d.findings.some((f) => severityRank(f.severity as Severity) <= threshold))
    ? 1
    : 0;
}

if (require.main === module) {
  const archived = archiveCli(process.argv.slice(2), main);
  if (archived) void archived.then((code) => (process.exitCode = code));
  else process.exitCode = main(process.argv.slice(2));
}
