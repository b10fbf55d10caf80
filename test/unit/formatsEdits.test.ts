import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import { findingToSource, itemStoryMeta, mapEdit, readWire, type WireItem } from '../../src/core/formats';
import { seed, seedNames } from './helpers';
import { splitPlain, toNewsML, toNinjs1, toNinjs2, toNitf } from './formatsWrap';

const WRAP: [string, (t: string, n: number) => string][] = [
  ['NewsML-G2 / XHTML', (t, n) => toNewsML(splitPlain(t), `urn:seed:${n}`, { body: 'xhtml' })],
  ['NewsML-G2 / NITF', (t, n) => toNewsML(splitPlain(t), `urn:seed:${n}`, { body: 'nitf' })],
  ['NITF', (t) => toNitf(splitPlain(t))],
  ['ninjs 1.x HTML', (t, n) => toNinjs1(splitPlain(t), `urn:seed:${n}`)],
  ['ninjs 2.x text', (t, n) => toNinjs2(splitPlain(t), `urn:seed:${n}`)],
];

const collapse = (s: string): string => s.replace(/[ \t]+/g, ' ');

describe('quick fixes on agency files: escaped for XML / JSON, the file stays valid', () => {
  for (const [name, wrap] of WRAP) {
    it(`${name}: every fix, applied to the source, re-parses and reads as the same fix applied to the story`, () => {
      const desk = new Desk();
      const items = new Map<string, { source: string; item: WireItem }>();
      seedNames().forEach((s, n) => {
        const source = wrap(seed(s.slice(0, 3)).text, n);
        const item = readWire(source).items[0]!;
        desk.upsert(s, item.text, { item: itemStoryMeta(item) });
        items.set(s, { source, item });
      });
      let applied = 0;
      let dropped = 0;
      for (const s of seedNames()) {
        const { source, item } = items.get(s)!;
        for (const f of desk.check(s)) {
          const edits = [
            ...(f.fixes ?? []),
            ...f.suggestions.map((text) => ({ title: 'replace', start: f.start, end: f.end, text })),
          ];
          const mapped = findingToSource(item, source, f);
          assert.equal(mapped.fixes?.length ?? 0, (f.fixes ?? []).filter((x) => mapEdit(item, source, x)).length);
          for (const e of edits) {
            // Something to escape in every fix: the inserted text gets an ampersand, quotes and angle brackets.
            const text = `${e.text} & "<x>"`;
            const m = mapEdit(item, source, { ...e, text });
            if (!m) {
              dropped++;
              continue;
            }
            const edited = source.slice(0, m.start) + m.text + source.slice(m.end);
            const reread = readWire(edited);
            assert.deepEqual(reread.problems, [], `${s}: ${f.rule} fix keeps the file valid`);
            const expected = item.text.slice(0, e.start) + text + item.text.slice(e.end);
            assert.equal(collapse(reread.items[0]!.text), collapse(expected).trim());
            applied++;
          }
        }
      }
      assert.ok(applied > 20, `applied ${applied} fixes (${dropped} dropped as unsafe)`);
      assert.ok(dropped <= applied / 4, `few fixes dropped: ${dropped} of ${applied + dropped}`);
    });
  }
});
