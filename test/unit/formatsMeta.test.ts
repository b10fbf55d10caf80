// Every metadata field the issue lists, read from invented items (NewsML-G2, NITF 3.x, ninjs 1.x / 2.x), and the
// editor's sniff of the first 4 KB timed against its 1 ms budget.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { itemStoryMeta, readWire, sniffWire, type WireItem } from '../../src/core/formats';
import { ROOT } from './helpers';

const one = (source: string): WireItem => {
  const r = readWire(source);
  assert.deepEqual(r.problems, []);
  assert.equal(r.items.length, 1);
  return r.items[0]!;
};

const NEWSML = `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20240408:flood" version="4" standard="NewsML-G2" standardversion="2.35">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:REUTERS"><name>Reuters</name></provider>
    <versionCreated>2024-04-08T09:12:00Z</versionCreated>
    <firstCreated>2024-04-08T07:00:00Z</firstCreated>
    <embargoed>2024-04-08T12:00:00Z</embargoed>
    <pubStatus qcode="stat:usable"/>
    <signal qcode="sig:update"/>
    <signal qcode="sig:correction"/>
    <edNote>Corrects the toll in paragraph 2.</edNote>
  </itemMeta>
  <contentMeta>
    <infoSource role="cpnat:originating"><name>Riverside Herald</name></infoSource>
    <located qcode="geo:1"><name>Riverside</name></located>
    <headline>River floods homes in Riverside</headline>
    <slugline>FLOOD-RIVERSIDE</slugline>
    <dateline>RIVERSIDE, April 8</dateline>
    <by>Jane Doe</by>
    <creditline>Reuters/Jane Doe</creditline>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>The river rose two metres overnight, officials said.</p></body></html></inlineXML></contentSet>
</newsItem>`;

const NITF = `<?xml version="1.0"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>Storm cuts power</title>
    <docdata management-status="withheld">
      <doc-id id-string="AP-2024-0408-storm"/>
      <urgency ed-urg="3"/>
      <date.issue norm="20240408T080000Z"/>
      <date.release norm="20240408T091200Z"/>
      <date.expire norm="20240409T000000Z"/>
      <du-key key="storm-power" version="2"/>
      <ed-msg info="Holding for legal review."/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Storm cuts power to towns</hl1><hl2>Crews at work</hl2></hedline>
      <byline>By John Roe</byline>
      <dateline>HILLTOWN, April 8</dateline>
      <abstract><p>Power is out in three towns.</p></abstract>
    </body.head>
    <body.content>
      <p>A storm cut power to 9,000 homes, the utility said.</p>
      <block><p>Repairs will take two days.</p></block>
      <media><media-caption>Crews repair a line in Hilltown.</media-caption></media>
    </body.content>
    <body.end><tagline>Reporting by John Roe</tagline></body.end>
  </body>
</nitf>`;

describe('wire formats: every listed metadata field', () => {
  it('NewsML-G2: @guid, @version, provider, versionCreated, firstCreated, pubStatus, embargoed, signal, edNote, headline, dateline, slugline, creditline, located, infoSource', () => {
    const m = one(NEWSML).meta;
    assert.deepEqual(
      {
        guid: m.guid,
        version: m.version,
        provider: m.provider,
        agency: m.agency,
        filed: m.filed,
        firstCreated: m.firstCreated,
        pubStatus: m.pubStatus,
        embargoed: m.embargoed,
        signals: m.signals,
        edNote: m.edNote,
      },
      {
        guid: 'urn:newsml:example.com:20240408:flood',
        version: '4',
        provider: 'Reuters',
        agency: 'Reuters',
        filed: '2024-04-08T09:12:00Z',
        firstCreated: '2024-04-08T07:00:00Z',
        pubStatus: 'usable',
        embargoed: '2024-04-08T12:00:00Z',
        signals: ['update', 'correction'],
        edNote: 'Corrects the toll in paragraph 2.',
      },
    );
    assert.deepEqual(
      {
        headline: m.headline,
        dateline: m.dateline,
        slugline: m.slugline,
        creditline: m.creditline,
        located: m.located,
        infoSource: m.infoSource,
        byline: m.byline,
      },
      {
        headline: 'River floods homes in Riverside',
        dateline: 'RIVERSIDE, April 8',
        slugline: 'FLOOD-RIVERSIDE',
        creditline: 'Reuters/Jane Doe',
        located: 'Riverside',
        infoSource: 'Riverside Herald',
        byline: 'Jane Doe',
      },
    );
    // The desk takes filing time, agency, headline and dateline from the item, and a correction signal marks it corrected.
    const meta = itemStoryMeta(one(NEWSML));
    assert.deepEqual(
      [meta.filed, meta.filedSource, meta.agency, meta.headline, meta.dateline, meta.corrected],
      ['2024-04-08T09:12:00Z', 'metadata', 'Reuters', 'River floods homes in Riverside', 'RIVERSIDE, April 8', true],
    );
  });

  it('NITF 3.x: head/title, docdata (date.issue, date.release, date.expire, doc-id, ed-msg, urgency, du-key, management-status), body.head, body.content, body.end left out', () => {
    const item = one(NITF);
    const m = item.meta;
    assert.deepEqual(
      {
        format: m.format,
        headline: m.headline,
        guid: m.guid,
        urgency: m.urgency,
        filed: m.filed,
        expires: m.expires,
        duKey: m.duKey,
        edNote: m.edNote,
        pubStatus: m.pubStatus,
        byline: m.byline,
        dateline: m.dateline,
      },
      {
        format: 'nitf',
        headline: 'Storm cuts power',
        guid: 'AP-2024-0408-storm',
        urgency: '3',
        filed: '2024-04-08T09:12:00Z',
        expires: '2024-04-09T00:00:00Z',
        duKey: 'storm-power',
        edNote: 'Holding for legal review.',
        pubStatus: 'withheld',
        byline: 'By John Roe',
        dateline: 'HILLTOWN, April 8',
      },
    );
    assert.deepEqual(item.text.split('\n\n'), [
      'Storm cuts power to towns',
      'Crews at work',
      'Power is out in three towns.',
      'A storm cut power to 9,000 homes, the utility said.',
      'Repairs will take two days.',
      'Crews repair a line in Hilltown.',
    ]);
    assert.ok(
      !item.text.includes('John Roe') && !item.text.includes('HILLTOWN'),
      'byline, dateline and body.end are metadata, never checked text',
    );
    // date.issue is the filing time when there is no date.release; "embargoed" takes date.release as the embargo's end.
    assert.equal(one(NITF.replace(/<date.release[^>]*>/, '')).meta.filed, '2024-04-08T08:00:00Z');
    assert.equal(
      one(NITF.replace('management-status="withheld"', 'management-status="embargoed"')).meta.embargoed,
      '2024-04-08T09:12:00Z',
    );
  });

  it('ninjs 1.x: headline, body_text, versioncreated, firstcreated, pubstatus, embargoed, located, byline, ednote, expires; 2.x: headlines[], bodies[] HTML, version', () => {
    const v1 = one(
      JSON.stringify({
        uri: 'urn:ninjs:1',
        type: 'text',
        versioncreated: '2024-04-08T09:12:00Z',
        firstcreated: '2024-04-08T07:00:00Z',
        pubstatus: 'canceled',
        embargoed: '2024-04-08T12:00:00Z',
        expires: '2024-04-10T00:00:00Z',
        located: 'Riverside',
        byline: 'Jane Doe',
        ednote: 'Kill: legal.',
        headline: 'River floods homes',
        body_text: 'The river rose two metres.\nOfficials said so.',
      }),
    );
    assert.deepEqual(
      [
        v1.meta.guid,
        v1.meta.filed,
        v1.meta.firstCreated,
        v1.meta.pubStatus,
        v1.meta.embargoed,
        v1.meta.expires,
        v1.meta.located,
        v1.meta.byline,
        v1.meta.edNote,
        v1.meta.headline,
      ],
      [
        'urn:ninjs:1',
        '2024-04-08T09:12:00Z',
        '2024-04-08T07:00:00Z',
        'canceled',
        '2024-04-08T12:00:00Z',
        '2024-04-10T00:00:00Z',
        'Riverside',
        'Jane Doe',
        'Kill: legal.',
        'River floods homes',
      ],
    );
    assert.equal(v1.text, 'River floods homes\n\nThe river rose two metres.\n\nOfficials said so.');
    const v2 = one(
      JSON.stringify({
        uri: 'urn:ninjs:2',
        version: '5',
        infosources: [{ name: 'AP' }],
        headlines: [
          { role: 'sub', value: 'Sub' },
          { role: 'main', value: 'Storm cuts power' },
        ],
        bodies: [
          { role: 'main', contenttype: 'text/plain', value: 'Plain.' },
          { role: 'main', contenttype: 'text/html', value: '<p>A storm cut power to <b>9,000</b> homes.</p>' },
        ],
      }),
    );
    assert.deepEqual([v2.meta.version, v2.meta.agency, v2.meta.headline], ['5', 'AP', 'Storm cuts power']);
    assert.equal(v2.text, 'Storm cuts power\n\nA storm cut power to 9,000 homes.', 'the HTML body is preferred');
  });

  it('sniffing the first 4 KB takes under 1 ms per document, and configuration files never sniff as articles', () => {
    const big = NEWSML.replace('<contentSet>', `<contentSet><!--${' '.repeat(200_000)}-->`);
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const texts = [
      big,
      NITF,
      JSON.stringify({ uri: 'u', body_text: 'x'.repeat(200_000) }),
      pkg,
      readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'),
    ];
    for (const t of texts) for (let i = 0; i < 20; i++) sniffWire(t);
    for (const t of texts) {
      const times: number[] = [];
      for (let i = 0; i < 101; i++) {
        const t0 = performance.now();
        sniffWire(t);
        times.push(performance.now() - t0);
      }
      const median = times.sort((a, b) => a - b)[50]!;
      assert.ok(median < 1, `median ${median.toFixed(3)} ms for ${t.slice(0, 30)}`);
    }
    assert.deepEqual(
      texts.map((t) => sniffWire(t) ?? null),
      ['newsml-g2', 'nitf', 'ninjs', null, null],
    );
  });
});
