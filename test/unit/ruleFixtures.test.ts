// One generic test for every rule's marked fixtures in test/fixtures/<rule-id>/: a file is one article, a folder is a
// desk (its files checked together). Markers give the exact findings of that rule: `[!…!]` warning, `[?…?]`
// information, `[#…#]` error; a file with no marker expects none. Each case runs through the CLI, the path an
// agency file takes in a pipeline (wire formats read, files on one desk), so fixtures test what users get.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules';
import { parseMarked, ROOT, type Expected } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures');

interface Case {
  name: string;
  /** File name → marked text. */
  files: Map<string, string>;
}

function casesOf(ruleId: string): Case[] {
  const dir = join(FIXTURES, ruleId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const names = statSync(path).isDirectory() ? readdirSync(path).sort() : [name];
      const base = statSync(path).isDirectory() ? path : dir;
      return { name, files: new Map(names.map((n) => [n, readFileSync(join(base, n), 'utf8')])) };
    });
}

type Found = Pick<Expected, 'start' | 'end' | 'text' | 'severity'>;

/** Writes the case's clean files into a fresh folder and returns each file's findings of `ruleId`. */
function run(ruleId: string, c: Case): { expected: Map<string, Found[]>; found: Map<string, Found[]> } {
  const dir = mkdtempSync(join(tmpdir(), 'wirecheck-fixture-'));
  mkdirSync(dir, { recursive: true });
  const expected = new Map<string, Found[]>();
  for (const [name, marked] of c.files) {
    const { text, expected: marks } = parseMarked(marked);
    writeFileSync(join(dir, name), text);
    expected.set(name, marks);
  }
  const names = [...c.files.keys()];
  const r = spawnSync(process.execPath, [CLI, 'check', ...names, '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.ok(r.status === 0 || r.status === 1, `CLI exit ${String(r.status)}: ${r.stderr}`);
  const report = JSON.parse(r.stdout) as {
    documents: { path: string; skipped: string | null; findings: (Found & { rule: string })[] }[];
  };
  const found = new Map<string, Found[]>();
  for (const doc of report.documents) {
    assert.equal(doc.skipped, null, `${doc.path} was skipped: ${String(doc.skipped)}`);
    const mine = doc.findings
      .filter((f) => f.rule === ruleId)
      .map(({ start, end, text, severity }) => ({ start, end, text, severity }));
    found.set(doc.path, mine);
  }
  return { expected, found };
}

const byOffset = (a: Found, b: Found): number => a.start - b.start || a.end - b.end;

describe('every rule on its marked fixtures (test/fixtures/<rule-id>/)', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has fixtures, at least one with a finding and one without', () => {
        const cases = casesOf(rule.id);
        const marks = cases.flatMap((c) => [...c.files.values()].map((t) => parseMarked(t).expected.length));
        assert.ok(
          marks.some((n) => n > 0),
          'a fixture with an expected finding',
        );
        assert.ok(
          marks.some((n) => n === 0),
          'a fixture where the rule must stay quiet',
        );
      });
      for (const c of casesOf(rule.id)) {
        it(`finds exactly the marked ${rule.id} findings in ${c.name}`, () => {
          const { expected, found } = run(rule.id, c);
          for (const [name, marks] of expected) {
            assert.deepEqual((found.get(name) ?? []).sort(byOffset), [...marks].sort(byOffset), `${c.name}: ${name}`);
          }
        });
      }
    });
  }
});
