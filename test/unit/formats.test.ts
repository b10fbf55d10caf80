import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { decodeXml, readWire, sniffWire, toSourceRange, type WireItem } from '../../src/core/formats';
import { ROOT } from './helpers';

const DIR = join(ROOT, 'test', 'fixtures', 'formats');
const fixture = (p: string): string => readFileSync(join(DIR, p), 'utf8');
const one = (source: string): WireItem => {
  const r = readWire(source);
  assert.deepEqual(r.problems, []);
  assert.equal(r.items.length, 1);
  return r.items[0]!;
};
/** Every character of the story maps onto source characters that decode to it (or whitespace onto whitespace). */
function assertMapped(item: WireItem, source: string): void {
  for (let i = 0; i < item.text.length; i++) {
    const c = item.text[i]!;
    const raw = source.slice(item.starts[i], item.ends[i]);
    if (c === '\n' || c === ' ') continue;
    assert.ok(raw === c || raw.startsWith('&') || raw.startsWith('\\'), `character ${i} "${c}" maps to "${raw}"`);
  }
}

describe('wire formats: IPTC examples (CC BY 4.0, IPTC)', () => {
  it('NewsML-G2 newsItem with a NITF body: hl1 headline, abstract and paragraphs; metadata from itemMeta/contentMeta', () => {
    const src = fixture('iptc/LISTING_22_Sports_story_in_NewsML-G2NITF.xml');
    assert.equal(sniffWire(src), 'newsml-g2');
    const item = one(src);
    assert.ok(
      item.text.startsWith(
        'Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.\n\nA pair of teams',
      ),
    );
    assert.equal(item.text.split('\n\n').length, 8);
    assert.ok(!item.text.includes('Sports Network\n'), 'the byline is metadata, not text');
    assert.equal(item.meta.guid, 'tag:xmlteam.com,2016:xt.5932656-preview');
    assert.equal(item.meta.version, '11');
    assert.equal(item.meta.filed, '2018-10-19T11:45:00-04:00');
    assert.equal(item.meta.pubStatus, 'usable');
    assert.equal(item.meta.slugline, 'AAV!PREVIEW-ARI-PHI');
    assert.equal(item.meta.located, 'Philadelphia');
    assertMapped(item, src);
    const at = item.text.indexOf('Ryan Howard');
    const r = toSourceRange(item, at, at + 'Ryan Howard flashed'.length);
    assert.equal(src.slice(r.start, r.end), 'Ryan Howard\n               flashed');
  });

  it('NewsML-G2 text document: quotes and entities in the headline, agency from infoSource kept apart from the provider', () => {
    const src = fixture('iptc/LISTING_2_NewsML-G2_Text_Document.xml');
    const item = one(src);
    assert.ok(item.text.startsWith('Fed to halt QE to avert "bubble"\n\n(New York, NY - October 21) Et, sent'));
    assert.equal(item.meta.headline, 'Fed to halt QE to avert "bubble"');
    assert.equal(item.meta.infoSource, 'Associated Press');
    assert.equal(item.meta.agency, 'acmenews.com');
    assertMapped(item, src);
  });

  it('items with no text body, fragments and metadata-only items get a clear message', () => {
    assert.match(readWire(fixture('iptc/LISTING_1_A_NewsML-G2_News_Item.xml')).problems[0]!, /has no text body/);
    assert.match(readWire(fixture('iptc/ap_metadata_example.xml')).problems[0]!, /has no text body/);
    assert.match(
      readWire(fixture('iptc/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml')).problems[0]!,
      /not a wire item/,
    );
    assert.equal(sniffWire(fixture('iptc/LISTING_28_Illustrating_Located_Subject_and_Dateline.xml')), undefined);
  });

  it('LISTING_1 metadata: provider Reuters, embargo, edNote, update signal', () => {
    const src = fixture('iptc/LISTING_1_A_NewsML-G2_News_Item.xml').replace(
      '<!--   Inline XML must contain well-formed XML such as NITF or XHTML       -->',
      '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content><p>Body.</p></body.content></body></nitf>',
    );
    const item = one(src);
    assert.equal(item.meta.agency, 'Reuters');
    assert.equal(item.meta.embargoed, '2018-10-23T12:00:00Z');
    assert.deepEqual(item.meta.signals, ['update']);
    assert.match(
      item.meta.edNote!,
      /^Note to editors: STRICTLY EMBARGOED\. Not for public release until 12noon on Friday/,
    );
    assert.equal(item.text, 'Fed to halt QE to avert "bubble"\n\nBody.');
  });

  it('decodes ISO-8859-1 and windows-1252 by the XML declaration', () => {
    const latin = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><nitf><body><body.content><p>Caf\xe9 cr\xe8me</p></body.content></body></nitf>',
      'latin1',
    );
    assert.equal(decodeXml(latin).text?.includes('Café crème'), true);
    const cp1252 = Buffer.from([
      ...Buffer.from('<?xml version="1.0" encoding="windows-1252"?><nitf><body><body.content><p>'),
      0x93,
      0x41,
      0x94,
      ...Buffer.from('</p></body.content></body></nitf>'),
    ]);
    const text = decodeXml(cp1252).text!;
    assert.equal(one(text).text, '“A”');
    assert.match(
      decodeXml(Buffer.from('<?xml version="1.0" encoding="x-unknown"?><a/>')).skipped!,
      /unsupported XML encoding "x-unknown"/,
    );
    assert.match(decodeXml(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e])).skipped!, /not valid utf-8/);
  });
});

describe('wire formats: markup handling', () => {
  it('entities, CDATA, namespaces, inline markup and whitespace between elements', () => {
    const src = `<?xml version="1.0"?>\r\n<n:nitf xmlns:n="http://iptc.org/std/NITF/2006-10-18/"><n:body><n:body.head><n:hedline><n:hl1>Talks &amp; truce</n:hl1></n:hedline></n:body.head>
      <n:body.content>
        <n:p>The <n:org>UN</n:org>&#8217;s envoy said <![CDATA[<b>50</b> & more]]>
             people   fled.</n:p>   <n:media><n:media-reference source="x.jpg"/><n:media-caption>A caption.</n:media-caption></n:media>
        <!-- a comment --><n:p>Second<n:br/>line.</n:p>
      </n:body.content></n:body></n:nitf>`;
    assert.equal(sniffWire(src), 'nitf');
    const item = one(src);
    assert.equal(
      item.text,
      'Talks & truce\n\nThe UN’s envoy said <b>50</b> & more people fled.\n\nA caption.\n\nSecond line.',
    );
    const amp = item.text.indexOf('&');
    assert.equal(src.slice(item.starts[amp], item.ends[amp]), '&amp;');
    const apos = item.text.indexOf('’');
    assert.equal(src.slice(item.starts[apos], item.ends[apos]), '&#8217;');
    const cdata = item.text.indexOf('<b>');
    assert.equal(src.slice(item.starts[cdata], item.starts[cdata]! + 3), '<b>');
    const r = toSourceRange(item, item.text.indexOf('UN'), item.text.indexOf('envoy') + 5);
    assert.equal(src.slice(r.start, r.end), 'UN</n:org>&#8217;s envoy');
  });

  it('refuses entity bombs and external entities at once, with a clear message', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>`;
    assert.match(readWire(lol, 'nitf').problems[0]!, /declares entities in its DTD; entities are never expanded/);
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>';
    assert.match(readWire(xxe, 'nitf').problems[0]!, /refused/);
    const undeclared = '<nitf><body><body.content><p>A&nbsp;B</p></body.content></body></nitf>';
    assert.match(readWire(undeclared, 'nitf').problems[0]!, /nbsp/);
  });

  it('malformed XML or JSON, an unknown NITF variant and a bodiless NITF: one clear message each', () => {
    assert.match(readWire('<nitf><body><p>open</body></nitf>', 'nitf').problems[0]!, /^malformed XML/);
    assert.match(
      readWire('<nitf version="-//IPTC//DTD NITF 2.5//EN"><body/></nitf>', 'nitf').problems[0]!,
      /unknown NITF variant/,
    );
    assert.match(readWire('<nitf><head><title>T</title></head></nitf>', 'nitf').problems[0]!, /no body/);
    assert.match(readWire('{"uri": "x", "body_text": "a",}', 'ninjs').problems[0]!, /^malformed JSON/);
    assert.match(readWire('{"uri": "x", "body_text": ""}', 'ninjs').problems[0]!, /has no text body/);
    const deep = `<nitf><body><body.content>${'<block>'.repeat(100_000)}x${'</block>'.repeat(100_000)}</body.content></body></nitf>`;
    assert.match(readWire(deep, 'nitf').problems[0]!, /nested more than 256 deep: refused/);
  });

  it('newsMessage: every item read, a bad one reported without losing the others', () => {
    const item = (guid: string, body: string): string =>
      `<newsItem guid="${guid}" version="1"><itemMeta><provider qcode="nprov:AFP"/></itemMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html></inlineXML></contentSet></newsItem>`;
    const src = `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/><itemSet>${item('a', '<h1>One</h1><p>First story.</p>')}${item('b', '')}<packageItem guid="p"/>${item('c', '<p>Third story.</p>')}</itemSet></newsMessage>`;
    assert.equal(sniffWire(src), 'newsml-g2');
    const r = readWire(src);
    assert.deepEqual(
      r.items.map((i) => i.text),
      ['One\n\nFirst story.', 'Third story.'],
    );
    assert.equal(r.items[0]!.meta.agency, 'AFP');
    assert.equal(r.problems.length, 2);
    assert.match(r.problems[0]!, /item b has no text body/);
    assert.match(r.problems[1]!, /packageItem p lists other items/);
  });
});

describe('wire formats: ninjs', () => {
  const ajv = new Ajv({ strict: false, validateFormats: false });
  // ninjs 2.0 points at GeoJSON for geometry (no network in tests; our examples carry no geometry).
  ajv.addSchema({}, 'https://geojson.org/schema/GeoJSON.json');
  for (const [file, schema] of [
    ['ninjs/ninjs1-text.json', 'ninjs/ninjs-schema_1.4.json'],
    ['ninjs/ninjs2-text.json', 'ninjs/ninjs-schema_2.0.json'],
  ] as const) {
    it(`${file} is valid against IPTC's ${schema}`, () => {
      const validate = ajv.compile(JSON.parse(fixture(schema)));
      assert.ok(validate(JSON.parse(fixture(file))), JSON.stringify(validate.errors));
    });
  }

  it('1.x: headline through JSON escapes, body_html through the HTML (entities, inline tags)', () => {
    const src = fixture('ninjs/ninjs1-text.json');
    assert.equal(sniffWire(src), 'ninjs');
    const item = one(src);
    assert.equal(
      item.text,
      'Floods force "hundreds of thousands" from homes\n\nDHAKA (AP) — Floods have forced more than 200,000 people from their homes in the north, the disaster ministry said on Monday.\n\nRescue teams reached 12 villages cut off since Friday, and the army said 40 boats were on the way.\n\nA relief worker called it a catastrophe.',
    );
    const q = item.text.indexOf('"');
    assert.equal(src.slice(item.starts[q], item.ends[q]), '\\"');
    const dash = item.text.indexOf('—');
    assert.equal(src.slice(item.starts[dash], item.ends[dash]), '&mdash;');
    const r = toSourceRange(item, item.text.indexOf('12 villages'), item.text.indexOf('12 villages') + 11);
    assert.equal(src.slice(r.start, r.end), '12 villages');
    assert.equal(item.meta.embargoed, '2024-04-08T12:00:00Z');
    assert.equal(item.meta.edNote, 'Embargoed until 12:00 GMT. Corrects spelling of the minister’s name.');
    assert.equal(item.meta.version, '2');
  });

  it('2.x: headlines[] and bodies[] text/plain, one paragraph per line; status and source', () => {
    const src = fixture('ninjs/ninjs2-text.json');
    const item = one(src);
    assert.equal(
      item.text,
      'Floods force hundreds of thousands from homes\n\nDHAKA (AP) — Floods have forced 200,000 people from their homes, the ministry said.\n\nThe army said 40 boats were on the way.',
    );
    const dash = item.text.indexOf('—');
    assert.equal(src.slice(item.starts[dash], item.ends[dash]), '\\u2014');
    assert.equal(item.meta.pubStatus, 'canceled');
    assert.equal(item.meta.agency, 'AP');
    assert.equal(item.meta.version, '3');
  });

  it('sniffing: only ninjs objects, NewsML-G2 in its namespace and nitf roots are articles', () => {
    const never = [
      readFileSync(join(ROOT, 'package.json'), 'utf8'),
      readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'),
      '{ "ignoredFigures": [], "ignoredTerms": [] }',
      '{ "editor.fontSize": 14, "wirecheck.languages": ["plaintext", "xml", "json"] }',
      '{ "uri": "x", "title": "no body" }',
      '<newsItem xmlns="urn:other"><contentSet/></newsItem>',
      '<html><body><p>Hello</p></body></html>',
      'Plain prose story.',
    ];
    for (const text of never) assert.equal(sniffWire(text), undefined, text.slice(0, 40));
    assert.equal(sniffWire('\uFEFF<?xml version="1.0"?>\n<!-- c --><nitf><body/></nitf>'), 'nitf');
  });
});
