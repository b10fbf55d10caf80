// SARIF 2.1.0 for pipelines and code-scanning dashboards: one run, UTF-16 columns, rules with their docs, results
// with relative locations under %SRCROOT%, the other side of a conflict as a related location, a fingerprint that
// matches the workspace ignore key, and skipped files as tool notifications.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Desk } from '../core/desk';
import { LineIndex } from '../core/lines';
import { RULES } from '../core/rules';
import type { Finding, Severity } from '../core/types';
import { VERSION } from '../core/version';
import type { JsonReport } from './report';
import type { WireSources } from './wireInput';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note' | 'none'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'none',
};

/** The installed package's root (the folder holding package.json and docs/), for rule help URIs. */
function packageRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'docs', 'rules'))) return dir;
    if (dirname(dir) === dir) return __dirname;
  }
}

// node:crypto is required on first use: only SARIF output needs it, and loading it slows every CLI start.
const sha256 = (): import('node:crypto').Hash =>
  (require('node:crypto') as typeof import('node:crypto')).createHash('sha256');

/** "wirecheck/v1": sha256 of the rule id and the finding's ignore key, the same key .wirecheck.json ignores by. */
export function fingerprint(f: Pick<Finding, 'rule' | 'ignoreKey' | 'message'>, text: string): string {
  return sha256()
    .update(`${f.rule}\u0000${f.ignoreKey ?? `${text}\u0000${f.message}`}`)
    .digest('hex');
}

/** A path relative to the source root, as a URI reference with forward slashes and escaped segments. */
const relativeUri = (path: string, root: string): string =>
  relative(root, path.replace(/#[^#/\\]*$/, ''))
    .split(sep)
    .map(encodeURIComponent)
    .join('/');

export function toSarif(report: JsonReport, desk: Desk, wire: WireSources, cwd: string): object {
  const root = packageRoot();
  const fileOf = (id: string): string => wire.get(id)?.file ?? id;
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    helpUri: pathToFileURL(join(root, r.docs)).href,
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
  }));
  const ruleIndex = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const lineIndexes = new Map<string, Pick<LineIndex, 'position'>>();
  const region = (id: string, start: number, end: number): object => {
    let lines = lineIndexes.get(id);
    if (!lines) lineIndexes.set(id, (lines = wire.get(id)?.lines ?? new LineIndex(desk.get(id)?.text ?? '')));
    const a = lines.position(start);
    const b = lines.position(end);
    return {
      startLine: a.line + 1,
      startColumn: a.character + 1,
      endLine: b.line + 1,
      endColumn: b.character + 1,
      charOffset: start,
      charLength: end - start,
    };
  };
  const location = (id: string, start: number, end: number): object => ({
    physicalLocation: {
      artifactLocation: { uri: relativeUri(fileOf(id), cwd), uriBaseId: '%SRCROOT%' },
      region: region(id, start, end),
    },
  });
  const results: object[] = [];
  const notifications: object[] = [];
  for (const doc of report.documents) {
    if (doc.skipped) {
      notifications.push({
        level: 'note',
        message: { text: `${relativeUri(fileOf(doc.path), cwd)}: skipped (${doc.skipped})` },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: relativeUri(fileOf(doc.path), cwd), uriBaseId: '%SRCROOT%' } },
          },
        ],
      });
      continue;
    }
    // The report lists unignored findings in the desk's order: pair them to reach each finding's ignore key.
    const raw = desk.check(doc.path).filter((f) => !f.ignoredBy);
    const text = desk.get(doc.path)?.text ?? '';
    const kept = wire.get(doc.path)?.fingerprints;
    doc.findings.forEach((f, i) => {
      const finding = raw[i];
      results.push({
        ruleId: f.rule,
        ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
        level: LEVEL[f.severity as Severity] ?? 'warning',
        message: { text: f.message },
        locations: [location(doc.path, f.start, f.end)],
        ...(f.related.length
          ? {
              relatedLocations: f.related.map((r, k) => ({
                id: k + 1,
                message: { text: r.message },
                ...location(r.path, r.start, r.end),
              })),
            }
          : {}),
        partialFingerprints: {
          'wirecheck/v1':
            kept?.[i] ??
            (finding
              ? fingerprint(finding, text.slice(finding.start, finding.end))
              : fingerprint({ rule: f.rule, message: f.message }, f.text)),
        },
      });
    });
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'wirecheck', version: VERSION, semanticVersion: VERSION, rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}
