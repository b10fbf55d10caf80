// Invented wire stories for the archive tests (no eval corpus text): one Reuters item in versions, an unrelated
// AP story, and a NITF item of another event.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function newsItem(o: {
  guid: string;
  version: number;
  filed: string;
  killed: number;
  status?: 'usable' | 'canceled' | 'withheld';
}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${o.guid}" version="${o.version}" standard="NewsML-G2" standardversion="2.29">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Reuters"/><versionCreated>${o.filed}</versionCreated><pubStatus qcode="stat:${o.status ?? 'usable'}"/></itemMeta>
  <contentMeta><headline>Floods kill ${o.killed} in Valdoria river valley</headline><located><name>MERIDA</name></located></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
  <p>MERIDA, Valdoria (Reuters) - Floods killed ${o.killed} people in the Tamsin river valley of Valdoria on Thursday, the interior ministry said, after three days of rain swept away bridges near the town of Corvel.</p>
  <p>Rescue teams from the Valdorian Red Cross searched for 40 people still missing in Corvel and Oster, spokeswoman Alina Brevik said.</p>
  </body></html></inlineXML></contentSet>
</newsItem>
`;
}

export const BUDGET = `Parliament passes budget in Estoria

TALLIN, Estoria (AP) - Estoria's parliament passed a 4.2 billion euro budget on Tuesday after a 14-hour debate, Finance Minister Oskar Lind said.

The opposition Green Union voted against the plan, which raises teachers' pay by 6 percent.
`;

export const QUAKE = `<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN"><head><title>Quake shakes Norland coast</title><docdata><doc-id id-string="quake-77"/><date.issue norm="20260301T080000Z"/></docdata></head>
<body><body.head><hedline><hl1>Quake shakes Norland coast</hl1></hedline><distributor>AFP</distributor></body.head>
<body.content><p>HAVIK, Norland (AFP) - A magnitude 6.1 earthquake struck off the Norland coast on Sunday, injuring 12 people in the port of Havik, the coastguard said.</p></body.content></body></nitf>
`;

export const GUID = 'urn:newsml:example.com:20260409:flood-1';

/** The desk folder both archive suites index: two versions of the flood item, an unrelated budget story, a quake item. */
export function writeDeskStories(dir: string): void {
  writeFileSync(
    join(dir, 'flood-v1.xml'),
    newsItem({ guid: GUID, version: 1, filed: '2026-04-09T09:12:00Z', killed: 120 }),
  );
  writeFileSync(
    join(dir, 'flood-v2.xml'),
    newsItem({ guid: GUID, version: 2, filed: '2026-04-09T10:02:00Z', killed: 133 }),
  );
  writeFileSync(join(dir, 'budget.txt'), BUDGET);
  writeFileSync(join(dir, 'quake.xml'), QUAKE);
}
