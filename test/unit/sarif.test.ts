import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { decodeJsonSlice, decodeMarkup, splitPlain, toNewsML, toNinjs1 } from './formatsWrap';
import { ROOT, seed } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const run = (args: string[], cwd: string): { code: number; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

/** A desk folder: seed 000 as NewsML-G2, 003 as ninjs, the others as plain text, plus files that are never articles. */
function deskFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wirecheck-sarif-'));
  writeFileSync(
    join(dir, '000 reuters.xml'),
    toNewsML(splitPlain(seed('000').text), 'urn:seed:000', { body: 'xhtml' }),
  );
  writeFileSync(join(dir, '003.json'), toNinjs1(splitPlain(seed('003').text), 'urn:seed:003'));
  for (const n of ['001', '002', '004']) writeFileSync(join(dir, `${n}.txt`), seed(n).text);
  writeFileSync(join(dir, 'package.json'), '{ "name": "x", "uri": "x", "body_text": "Not an article." }');
  writeFileSync(join(dir, 'notes.xml'), '<?xml version="1.0"?><notes><p>Not a wire item.</p></notes>');
  return dir;
}

describe('CLI: wire formats and SARIF', () => {
  const dir = deskFolder();
  const json = run(['check', '.', '--format=json'], dir);
  const sarifRun = run(['check', '.', '--format', 'sarif'], dir);

  it('reads NewsML-G2 and ninjs files in place: findings land on the source characters, metadata is the filing time', () => {
    assert.equal(json.code, 0, json.stderr);
    const report = JSON.parse(json.stdout);
    const byName = (n: string) => report.documents.find((d: { path: string }) => d.path.endsWith(n));
    const xml = byName('000 reuters.xml');
    const ninjs = byName('003.json');
    assert.equal(xml.skipped, null);
    assert.equal(xml.wire.format, 'newsml-g2');
    assert.equal(xml.wire.filed, '2024-04-08T09:12:00Z');
    assert.equal(xml.wire.agency, 'Reuters');
    assert.equal(ninjs.wire.format, 'ninjs');
    assert.ok(xml.findings.length > 5 && ninjs.findings.length > 5);
    const xmlSource = readFileSync(join(dir, '000 reuters.xml'), 'utf8');
    const ninjsSource = readFileSync(join(dir, '003.json'), 'utf8');
    for (const f of xml.findings) assert.equal(decodeMarkup(xmlSource.slice(f.start, f.end)), f.text);
    for (const f of ninjs.findings)
      assert.equal(decodeMarkup(decodeJsonSlice(ninjsSource.slice(f.start, f.end))), f.text);
    // The conflict with a plain seed names the other side at its own characters.
    const conflict = ninjs.findings.find(
      (f: { rule: string; related: unknown[] }) => f.rule === 'figure-conflict' && f.related.length > 0,
    );
    assert.ok(conflict, 'a conflict across formats');
    assert.equal(byName('package.json'), undefined, 'a folder walk never lists configuration JSON');
    const explicit = JSON.parse(run(['check', 'package.json', '--format', 'json'], dir).stdout);
    assert.equal(explicit.documents[0].skipped, 'a configuration file, never an article');
    assert.match(byName('notes.xml').skipped, /not a wire item/);
  });

  it('--format sarif is valid SARIF 2.1.0 (schema shipped as a fixture) and its results are the JSON findings', () => {
    assert.equal(sarifRun.code, 0, sarifRun.stderr);
    const sarif = JSON.parse(sarifRun.stdout);
    const ajv = new Ajv({ strict: false, validateFormats: false });
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'formats', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')),
    );
    assert.ok(validate(JSON.parse(sarifRun.stdout)), JSON.stringify(validate.errors?.slice(0, 3)));
    const runObj = sarif.runs[0];
    assert.equal(sarif.version, '2.1.0');
    assert.equal(runObj.columnKind, 'utf16CodeUnits');
    assert.match(runObj.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
    assert.deepEqual(runObj.tool.driver.rules.map((r: { id: string }) => r.id).slice(0, 3), [
      'unattributed-figure',
      'loaded-term',
      'figure-conflict',
    ]);
    for (const r of runObj.tool.driver.rules) assert.match(r.helpUri, /^file:\/\/.*\/docs\/rules\/[a-z-]+\.md$/);
    const report = JSON.parse(json.stdout);
    const expected = report.documents.flatMap(
      (d: {
        path: string;
        findings: {
          rule: string;
          severity: string;
          message: string;
          line: number;
          character: number;
          endLine: number;
          endCharacter: number;
          related: unknown[];
        }[];
      }) =>
        d.findings.map((f) => ({
          uri: d.path
            .replace(/#[^#/]*$/, '')
            .split('/')
            .map(encodeURIComponent)
            .join('/'),
          rule: f.rule,
          level: { error: 'error', warning: 'warning', information: 'note', hint: 'none' }[f.severity],
          message: f.message,
          region: [f.line + 1, f.character + 1, f.endLine + 1, f.endCharacter + 1],
          related: f.related.length,
        })),
    );
    const actual = runObj.results.map(
      (r: {
        ruleId: string;
        level: string;
        message: { text: string };
        locations: {
          physicalLocation: {
            artifactLocation: { uri: string; uriBaseId: string };
            region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
          };
        }[];
        relatedLocations?: unknown[];
      }) => {
        const p = r.locations[0]!.physicalLocation;
        assert.equal(p.artifactLocation.uriBaseId, '%SRCROOT%');
        return {
          uri: p.artifactLocation.uri,
          rule: r.ruleId,
          level: r.level,
          message: r.message.text,
          region: [p.region.startLine, p.region.startColumn, p.region.endLine, p.region.endColumn],
          related: r.relatedLocations?.length ?? 0,
        };
      },
    );
    assert.deepEqual(actual, expected);
    assert.ok(actual.length > 30);
    for (const r of runObj.results) assert.match(r.partialFingerprints['wirecheck/v1'], /^[0-9a-f]{64}$/);
    const notes = runObj.invocations[0].toolExecutionNotifications.map(
      (n: { message: { text: string } }) => n.message.text,
    );
    assert.ok(notes.some((t: string) => t.startsWith('notes.xml: skipped (not a wire item')));
  });
});
