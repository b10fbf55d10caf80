import assert from 'node:assert/strict';
import { Desk } from '../../src/core/desk';
import { itemStoryMeta, readWire, toSourceRange, type WireItem } from '../../src/core/formats';
import type { Finding } from '../../src/core/types';
import { seed, seedNames } from './helpers';
import { decodeJsonSlice, decodeMarkup, splitPlain, toNewsML, toNinjs1, toNinjs2, toNitf } from './formatsWrap';

type Wrapper = { name: string; wrap: (text: string, n: number) => string; decode: (slice: string) => string };

const WRAPPERS: Wrapper[] = [
  {
    name: 'NewsML-G2 with an XHTML body',
    wrap: (t, n) => toNewsML(splitPlain(t), `urn:seed:${n}`, { body: 'xhtml' }),
    decode: decodeMarkup,
  },
  {
    name: 'NewsML-G2 with a NITF body',
    wrap: (t, n) => toNewsML(splitPlain(t), `urn:seed:${n}`, { body: 'nitf' }),
    decode: decodeMarkup,
  },
  { name: 'NITF 3.6', wrap: (t) => toNitf(splitPlain(t)), decode: decodeMarkup },
  {
    name: 'ninjs 1.x body_html',
    wrap: (t, n) => toNinjs1(splitPlain(t), `urn:seed:${n}`),
    decode: (s) => decodeMarkup(decodeJsonSlice(s)),
  },
  {
    name: 'ninjs 2.x bodies text/plain',
    wrap: (t, n) => toNinjs2(splitPlain(t), `urn:seed:${n}`),
    decode: decodeJsonSlice,
  },
];

/** What a test compares: the finding's rule, level and words, and its message with filing times and report names
 * left out (the wrapped items carry an agency and a time of their own, which the messages rightly name). */
const key = (f: Finding, text: string): string =>
  `${f.rule}|${f.severity}|${text.slice(f.start, f.end)}|${f.message
    .replace(/filing time unknown/g, 'filed ?')
    .replace(/filed [^;]*?(?=\. |;|$)/g, 'filed …')
    .replace(/ in [^();]*? \(/g, ' in … (')}`;

describe('Seeds wrapped in each wire format', () => {
  const plainDesk = new Desk();
  const names = seedNames();
  for (const name of names) plainDesk.upsert(name, seed(name.slice(0, 3)).text);

  for (const w of WRAPPERS) {
    it(`${w.name}: same findings as the plain seeds, on the right characters of the source`, () => {
      const desk = new Desk();
      const items = new Map<string, { source: string; item: WireItem }>();
      names.forEach((name, n) => {
        const source = w.wrap(seed(name.slice(0, 3)).text, n);
        const read = readWire(source);
        assert.deepEqual(read.problems, [], `${name}: ${read.problems.join('; ')}`);
        assert.equal(read.items.length, 1);
        const item = read.items[0]!;
        assert.equal(
          item.meta.filed?.slice(0, 10),
          splitPlain(seed(name.slice(0, 3)).text).date,
          `${name}: filing date from the item`,
        );
        desk.upsert(name, item.text, { item: itemStoryMeta(item) });
        items.set(name, { source, item });
      });
      let compared = 0;
      for (const name of names) {
        const plainText = plainDesk.get(name)!.text;
        const { source, item } = items.get(name)!;
        const plain = plainDesk
          .check(name)
          .map((f) => key(f, plainText))
          .sort();
        const wrapped = desk.check(name);
        assert.deepEqual(wrapped.map((f) => key(f, item.text)).sort(), plain, `${name} findings`);
        for (const f of wrapped) {
          const r = toSourceRange(item, f.start, f.end);
          assert.equal(
            w.decode(source.slice(r.start, r.end)),
            item.text.slice(f.start, f.end),
            `${name}: source slice of ${f.rule}`,
          );
          compared++;
        }
      }
      assert.ok(compared > 20, `compared ${compared} findings`);
    });
  }
});
