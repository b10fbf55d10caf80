// Writes agency copies of two seeds into a folder, for `npm start -- --add DIR`: seed 000 as a NewsML-G2 newsItem
// (Reuters, version 3) and seed 003 as a ninjs 1.x item, built by the same wrappers the tests use (out/ must be built).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const { splitPlain, toNewsML, toNinjs1 } = require(join(ROOT, 'out/test/unit/formatsWrap.js'));
const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/formatCopies.mjs DIR');
mkdirSync(out, { recursive: true });
const seeds = join(ROOT, 'test/fixtures/seeds');
const seed = (p) =>
  splitPlain(
    readFileSync(
      join(
        seeds,
        readdirSync(seeds).find((n) => n.startsWith(p)),
      ),
      'utf8',
    ),
  );
writeFileSync(
  join(out, '000-reuters.xml'),
  toNewsML(seed('000'), 'urn:newsml:reuters.com:20240408:000', { body: 'xhtml', version: 3 }),
);
writeFileSync(join(out, '003-ap.json'), toNinjs1(seed('003'), 'urn:ap:003'));
console.log(`wrote 000-reuters.xml and 003-ap.json to ${out}`);
