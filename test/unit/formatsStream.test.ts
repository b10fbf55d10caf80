import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWire, streamNewsML, type WireItem } from '../../src/core/formats';
import { parseXml } from '../../src/core/formats/xml';
import { SourceWindow } from '../../src/core/formats/window';
import { LineIndex } from '../../src/core/lines';
import { StreamLines } from '../../src/cli/wireStream';
import { decodeMarkup, splitPlain, toNewsML } from './formatsWrap';
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
const newsItem = (xml: string): string => xml.slice(xml.indexOf('<newsItem'));
/** A newsMessage of these items; `padding` characters of comment in its header push it over the size limit. */
const message = (items: string[], padding = 0): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><!--${' '.repeat(padding)}--><sent>2024-04-08T12:00:00Z</sent></header><itemSet>\n${items.join('\n')}</itemSet></newsMessage>\n`;

describe('wire formats: a newsMessage read item by item', () => {
  it('streamNewsML hands over the same items and problems as reading the whole tree, in order', () => {
    const bad = '<newsItem guid="urn:empty" version="1"><contentSet/></newsItem>';
    const src = message([
      newsItem(toNewsML(splitPlain(seed('000').text), 'urn:a', { body: 'xhtml' })),
      bad,
      newsItem(toNewsML(splitPlain(seed('001').text), 'urn:b', { body: 'nitf' })),
    ]);
    const whole = readWire(src);
    const got: (WireItem | { problem: string })[] = [];
    streamNewsML(src, (x) => got.push(x));
    assert.deepEqual(
      got.filter((x): x is WireItem => !('problem' in x)),
      whole.items,
    );
    assert.deepEqual(
      got.filter((x) => 'problem' in x).map((x) => x.problem),
      whole.problems,
    );
    assert.ok('problem' in got[1]!, 'the bad item is reported in its place');
  });

  it('items read before a parse error stay; the error is one more problem', () => {
    const src = message([newsItem(toNewsML(splitPlain(seed('000').text), 'urn:a', { body: 'xhtml' }))]).replace(
      '</itemSet>',
      '<newsItem guid="urn:cut"><contentSet></itemSet>',
    );
    const got: (WireItem | { problem: string })[] = [];
    streamNewsML(src, (x) => got.push(x));
    assert.equal((got[0] as WireItem).meta.guid, 'urn:a');
    assert.equal(got.filter((x) => !('problem' in x)).length, 1);
    assert.match((got[got.length - 1] as { problem: string }).problem, /^malformed XML/);
  });

  it('read in chunks of any size (split inside entities, CDATA, CR LF, tags): the same items as the whole text', () => {
    const items = [
      newsItem(toNewsML(splitPlain(seed('000').text), 'urn:a', { body: 'xhtml' })),
      newsItem(toNewsML(splitPlain(seed('003').text), 'urn:b', { body: 'nitf' })),
    ];
    const src = message(items).replace(/\n/g, '\r\n');
    const whole: (WireItem | { problem: string })[] = [];
    streamNewsML(src, (x) => whole.push(x));
    assert.equal(whole.filter((x) => !('problem' in x)).length, 2);
    for (const size of [1, 7, 64, 4096]) {
      const chunks = function* (): Generator<string> {
        for (let i = 0; i < src.length; i += size) yield src.slice(i, i + size);
      };
      const got: (WireItem | { problem: string })[] = [];
      streamNewsML(chunks(), (x) => got.push(x));
      assert.deepEqual(got, whole, `chunks of ${size}`);
    }
  });

  it('a source window keeps file offsets and lets go of what was read', () => {
    const w = new SourceWindow();
    w.append('<a>hello');
    w.append(' world</a>');
    w.release(3);
    assert.equal(w.held, 15);
    assert.equal(w.charAt(3), 'h');
    assert.equal(w.slice(3, 8), 'hello');
    assert.equal(w.indexOf('</a>', 3), 14);
    assert.equal(w.lastIndexOf('h', 10), 3);
    assert.equal(w.end, 18);
  });

  it('line positions of a file read in chunks equal those of the whole text, after older lines are dropped', () => {
    const text = 'a\r\nbb\rccc\ndd\r\n\r\neee'.repeat(20);
    const whole = new LineIndex(text);
    for (const size of [1, 2, 3, 5]) {
      const lines = new StreamLines();
      for (let i = 0; i < text.length; i += size) lines.add(text.slice(i, i + size));
      lines.trim(100);
      for (let at = 100; at <= text.length; at++)
        assert.deepEqual(lines.position(at), whole.position(at), `offset ${at}, chunks of ${size}`);
    }
  });

  it('a detached element leaves the tree: memory holds one item at a time', () => {
    const src = message(['<newsItem guid="1"/>', '<newsItem guid="2"><x/></newsItem>']);
    const closed: string[] = [];
    const root = parseXml(src, (el, parent) => {
      if (parent?.name !== 'itemSet') return false;
      closed.push(el.attrs['guid']!);
      return true;
    });
    const itemSet = root.children.find((c) => c.kind === 'element' && c.name === 'itemSet');
    assert.deepEqual(closed, ['2'], 'self-closing elements have no subtree and are not handed over');
    assert.ok(itemSet && itemSet.kind === 'element');
    assert.deepEqual(
      itemSet.children
        .filter((c) => c.kind === 'element')
        .map((c) => (c as { attrs: Record<string, string> }).attrs['guid']),
      ['1'],
    );
  });

  it('CLI: a newsMessage over 1 MB with --max-size raised is checked item by item; findings equal each item read alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirecheck-stream-'));
    const wrapped = ['000', '004'].map((n) => toNewsML(splitPlain(seed(n).text), `urn:seed:${n}`, { body: 'xhtml' }));
    wrapped.forEach((x, i) => writeFileSync(join(dir, `alone${i}.xml`), x));
    const big = message(
      [...wrapped.map(newsItem), '<newsItem guid="urn:empty" version="1"><contentSet/></newsItem>'],
      1100 * 1024,
    );
    writeFileSync(join(dir, 'feed.xml'), big);
    const skipped = JSON.parse(run(['check', 'feed.xml', '--format', 'json'], dir).stdout);
    assert.match(skipped.documents[0].skipped, /^too large: .*read item by item with --max-size raised/);
    const r = run(['check', 'feed.xml', '--format', 'json', '--max-size', '2000'], dir);
    assert.equal(r.code, 0, r.stderr);
    const docs = JSON.parse(r.stdout).documents;
    assert.deepEqual(
      docs.map((d: { path: string }) => d.path),
      ['feed.xml#1', 'feed.xml#2', 'feed.xml#skipped-1'],
    );
    assert.match(docs[2].skipped, /item urn:empty has no text body/);
    const key = (f: { rule: string; text: string; message: string }): string => `${f.rule}|${f.text}|${f.message}`;
    const sarif = JSON.parse(run(['check', 'feed.xml', '--format', 'sarif', '--max-size', '2000'], dir).stdout).runs[0]
      .results;
    let k = 0;
    for (let i = 0; i < 2; i++) {
      const alone = JSON.parse(run(['check', `alone${i}.xml`, '--format', 'json'], dir).stdout).documents[0];
      assert.equal(docs[i].wire.guid, alone.wire.guid);
      assert.deepEqual(docs[i].findings.map(key), alone.findings.map(key));
      assert.ok(docs[i].findings.length > 0);
      const aloneSarif = JSON.parse(run(['check', `alone${i}.xml`, '--format', 'sarif'], dir).stdout).runs[0].results;
      for (const f of docs[i].findings) {
        // Mapped onto the feed's own characters, and fingerprinted as when read alone.
        assert.equal(decodeMarkup(big.slice(f.start, f.end)).replace(/\s+/g, ' '), f.text.replace(/\s+/g, ' '));
        assert.equal(
          sarif[k].partialFingerprints['wirecheck/v1'],
          aloneSarif[k - (i ? docs[0].findings.length : 0)].partialFingerprints['wirecheck/v1'],
        );
        k++;
      }
    }
  });
});
