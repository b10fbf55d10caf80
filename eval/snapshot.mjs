// Writes the CLI's JSON over every DEV text and the seeds into one folder, for before/after comparisons:
// `node eval/snapshot.mjs OUT_DIR` then `diff -r BEFORE AFTER`. One article per file, grouped by corpus
// (each group is one CLI run, so its files count as open together); file times are pinned so the output
// is deterministic. The texts stay in a temp folder and are never written into the project.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const EVAL = resolve(ROOT, '../shared/eval');
const out = resolve(process.argv[2] ?? 'snapshot');
const cli = join(ROOT, 'dist/cli.js');
const PINNED = new Date('2024-04-08T12:00:00Z');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'wirecheck-snapshot-'));

function group(name, docs) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [id, text] of docs) {
    const file = join(dir, id.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 120) + '.txt');
    writeFileSync(file, text);
    utimesSync(file, PINNED, PINNED);
  }
  const files = readdirSync(dir).sort();
  const json = execFileSync('node', [cli, 'check', ...files, '--format', 'json'], { cwd: dir, maxBuffer: 1 << 30 });
  writeFileSync(join(out, `${name}.json`), json);
  console.log(`${name}: ${files.length} files`);
}

const jsonl = (f) =>
  readFileSync(join(EVAL, f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const seeds = readdirSync(join(ROOT, 'test/fixtures/seeds')).filter((f) => f.endsWith('.txt'));
group(
  'seeds',
  seeds.map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(ROOT, 'test/fixtures/seeds', f), 'utf8')]),
);
const seen = new Set();
const attribution = jsonl('attribution.jsonl').filter((r) => !seen.has(r.article) && seen.add(r.article));
group(
  'polnear',
  attribution.map((r) => [r.article, r.text]),
);
const loaded = jsonl('loaded.jsonl');
for (const corpus of ['BASIL', 'PTC'])
  group(
    corpus.toLowerCase(),
    loaded.filter((r) => r.corpus === corpus).map((r) => [r.id, r.text]),
  );
const babe = loaded.filter((r) => r.corpus === 'BABE');
for (let i = 0; i < babe.length; i += 500)
  group(
    `babe-${i / 500}`,
    babe.slice(i, i + 500).map((r) => [r.id, r.text]),
  );
const stories = jsonl('stories.jsonl');
for (const corpus of ['ECB+', 'GVA']) {
  const docs = stories.filter((r) => r.corpus === corpus);
  for (let i = 0; i < docs.length; i += 800)
    group(
      `${corpus.replace('+', 'plus').toLowerCase()}-${i / 800}`,
      docs.slice(i, i + 800).map((r) => [r.id, r.text]),
    );
}
rmSync(work, { recursive: true, force: true });
