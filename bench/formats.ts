// Agency formats, timed: the CLI on a 1 MB and an 8 MB NewsML-G2 newsMessage (limit raised: read from disk in chunks,
// item by item), a folder of 1,000 NewsML-G2 items,
// and the format-specific bad inputs (entity bomb, external entity, deep nesting, malformed XML); each in its own
// process (start-up included, peak memory its own). Then the editor's sniff of the first 4 KB, per call.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sniffWire } from '../src/core/formats';
import { splitPlain, toNewsML, toNinjs1, toNitf } from '../test/unit/formatsWrap';
import { round, seedTexts } from './analysis';

const ROOT = resolve(__dirname, '..', '..');

interface Row {
  input: string;
  kb: number;
  ms: number;
  peakRssMb: number;
  documents: number;
  findings: number;
  skipped: string[];
}

function runCli(paths: string[], extra: string[]): Omit<Row, 'input' | 'kb'> {
  const argv = JSON.stringify(['check', ...paths, '--format', 'json', ...extra]);
  const wrapper = `process.on('exit', () => process.stderr.write('\\nPEAK_RSS_KB=' + process.resourceUsage().maxRSS + '\\n')); process.exitCode = require(${JSON.stringify(join(ROOT, 'dist', 'cli.js'))}).main(${argv});`;
  const t0 = performance.now();
  const proc = spawnSync(process.execPath, ['-e', wrapper], { maxBuffer: 1 << 30 });
  const ms = round(performance.now() - t0);
  const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(proc.stderr.toString())?.[1] ?? NaN);
  try {
    const docs = JSON.parse(proc.stdout.toString()).documents as { skipped: string | null; findings: unknown[] }[];
    const skipped = [...new Set(docs.filter((d) => d.skipped).map((d) => d.skipped!.slice(0, 90)))];
    return {
      ms,
      peakRssMb: round(peak / 1024),
      documents: docs.length,
      findings: docs.reduce((n, d) => n + d.findings.length, 0),
      skipped,
    };
  } catch {
    return {
      ms,
      peakRssMb: round(peak / 1024),
      documents: 0,
      findings: 0,
      skipped: [`no JSON report: ${proc.stderr.toString().split('\n')[0]}`],
    };
  }
}

/** The newsItem elements of a wrapped seed, to gather into one newsMessage. */
const newsItem = (xml: string): string => xml.slice(xml.indexOf('<newsItem'));

export function benchFormats(): { rows: Row[]; sniff: { format: string; usPerCall: number }[] } {
  const dir = mkdtempSync(join(tmpdir(), 'wirecheck-formats-'));
  const seeds = seedTexts(ROOT).map(splitPlain);
  try {
    const items: string[] = [];
    for (let i = 0, n = 0; n < 2 ** 20; i++) {
      const item = newsItem(toNewsML(seeds[i % seeds.length]!, `urn:bench:${i}`, { body: i % 2 ? 'nitf' : 'xhtml' }));
      items.push(item);
      n += item.length;
    }
    const message = `<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2024-04-08T12:00:00Z</sent></header><itemSet>\n${items.join('\n')}</itemSet></newsMessage>\n`;
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    for (let i = 0; i < 1000; i++)
      writeFileSync(
        join(folder, `item${String(i).padStart(4, '0')}.xml`),
        toNewsML(seeds[i % seeds.length]!, `urn:bench:f${i}`, { body: 'xhtml', version: 1 + (i % 3) }),
      );
    const lol = `<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>`;
    const cases: { input: string; file: string; body?: string; extra?: string[] }[] = [
      {
        input: `1 MB newsMessage (${items.length} items, streamed), --max-size 2000`,
        file: 'message.xml',
        body: message,
        extra: ['--max-size', '2000'],
      },
      { input: '1 MB newsMessage, default limit', file: 'message.xml' },
      // Eight times the items: peak memory stays near the 1 MB figure when items are read from disk in chunks.
      {
        input: `8 MB newsMessage (${items.length * 8} items, streamed), --max-size 9000`,
        file: 'message8.xml',
        body: message.replace(
          /<itemSet>\n[\s\S]*<\/itemSet>/,
          () => `<itemSet>\n${Array.from({ length: 8 }, () => items.join('\n')).join('\n')}</itemSet>`,
        ),
        extra: ['--max-size', '9000'],
      },
      { input: 'folder of 1,000 NewsML-G2 items', file: 'folder' },
      { input: 'billion-laughs entity bomb', file: 'lol.xml', body: lol },
      {
        input: 'external entity (XXE)',
        file: 'xxe.xml',
        body: '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf><body><body.content><p>&x;</p></body.content></body></nitf>',
      },
      {
        input: '200,000 nested elements',
        file: 'deep.xml',
        body: `<nitf><body><body.content>${'<block>'.repeat(200_000)}x${'</block>'.repeat(200_000)}</body.content></body></nitf>`,
        extra: ['--max-size', '4000'],
      },
      {
        input: 'malformed XML (unclosed element)',
        file: 'bad.xml',
        body: '<nitf><body><body.content><p>Floods killed 41 people.</body></nitf>',
      },
    ];
    const rows = cases.map((c) => {
      const path = join(dir, c.file);
      if (c.body !== undefined) writeFileSync(path, c.body);
      const kb = c.file === 'folder' ? 0 : round(Buffer.byteLength(c.body ?? message) / 1024);
      return { input: c.input, kb, ...runCli([path], c.extra ?? []) };
    });
    for (const r of rows)
      console.log(
        `  ${r.input.padEnd(54)} ${String(r.kb).padStart(7)} KB ${String(r.ms).padStart(8)} ms ${String(r.peakRssMb).padStart(7)} MB  ${r.documents} docs, ${r.findings} findings ${r.skipped.join(' | ')}`,
      );
    const samples: [string, string][] = [
      ['NewsML-G2', toNewsML(seeds[0]!, 'urn:s', { body: 'xhtml' })],
      ['NITF', toNitf(seeds[0]!)],
      ['ninjs', toNinjs1(seeds[0]!, 'urn:s')],
      [
        'package.json',
        JSON.stringify(
          { name: 'x', dependencies: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`p${i}`, '1.0.0'])) },
          null,
          2,
        ),
      ],
    ];
    const sniff = samples.map(([format, text]) => {
      for (let i = 0; i < 200; i++) sniffWire(text);
      const n = 2000;
      const t0 = performance.now();
      for (let i = 0; i < n; i++) sniffWire(text);
      return { format, usPerCall: round(((performance.now() - t0) * 1000) / n) };
    });
    console.log(`  sniff (first 4 KB): ${sniff.map((s) => `${s.format} ${s.usPerCall} µs`).join(', ')}`);
    return { rows, sniff };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) benchFormats();
