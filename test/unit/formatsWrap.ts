// Wraps a plain story (a seed) in each wire format, as an agency would send it, and decodes a slice of the source
// back to text, independently of the readers, so tests can check findings land on the right characters.
import { buildArticleModel, parseLooseDate } from '../../src/core/text/model';

export interface PlainStory {
  headline?: string;
  /** Filing date when the story gives one (a plain seed without one has no filing time either). */
  date?: string;
  paragraphs: string[];
}

/** Headline, filing date and paragraphs of a plain story (a " date 2024-04-08 " prefix or a date line give the date). */
export function splitPlain(text: string): PlainStory {
  let date: string | undefined;
  const prefix = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(text);
  if (prefix) [date, text] = [prefix[1]!, text.slice(prefix[0].length)];
  const headline = buildArticleModel(text).meta.headline;
  const paragraphs: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || (headline && line === headline && paragraphs.length === 0)) continue;
    if (/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} \d{2} \d{4}$/.test(line)) {
      date = parseLooseDate(line) ?? date;
      continue;
    }
    paragraphs.push(line);
  }
  return { headline, date, paragraphs };
}

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/’/g, '&#8217;');
/** Inline markup inside sentences, as agencies tag names: every "Hamas" in a span. */
const tagged = (s: string): string => xml(s).replace(/\bHamas\b/g, '<span class="org">Hamas</span>');

export function toNewsML(
  s: PlainStory,
  guid: string,
  opts: { body: 'xhtml' | 'nitf'; status?: string; embargoed?: string; edNote?: string; version?: number } = {
    body: 'xhtml',
  },
): string {
  const body =
    opts.body === 'xhtml'
      ? `<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>\n${s.paragraphs.map((p, i) => (i === 1 ? `  <p><![CDATA[${p}]]></p>` : `  <p>\n    ${tagged(p)}\n  </p>`)).join('\n')}\n</body></html>`
      : toNitfElement(s, false);
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${guid}" version="${opts.version ?? 1}" standard="NewsML-G2" standardversion="2.35">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:REUTERS"/>
${s.date ? `    <versionCreated>${s.date}T09:12:00Z</versionCreated>\n` : ''}    <pubStatus qcode="stat:${opts.status ?? 'usable'}"/>${opts.embargoed ? `\n    <embargoed>${opts.embargoed}</embargoed>` : ''}${opts.edNote ? `\n    <edNote>${xml(opts.edNote)}</edNote>` : ''}
  </itemMeta>
  <contentMeta>${s.headline ? `\n    <headline>${xml(s.headline)}</headline>` : ''}
    <slugline>GAZA-TALKS</slugline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="${opts.body === 'xhtml' ? 'application/xhtml+xml' : 'application/nitf+xml'}">
${body}
    </inlineXML>
  </contentSet>
</newsItem>
`;
}

function toNitfElement(s: PlainStory, withHead: boolean): string {
  const d = s.date?.replace(/-/g, '');
  const release = d ? `<date.release norm="${d}T091200Z"/>` : '';
  const head = withHead
    ? `<head><title>${xml(s.headline ?? '')}</title><docdata management-status="usable"><doc-id id-string="nitf-${d}"/>${release}<du-key key="gaza-talks"/></docdata></head>\n`
    : '';
  const hedline = s.headline ? `<hedline><hl1>${tagged(s.headline)}</hl1></hedline>` : '';
  return `<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN">\n${head}<body><body.head>${hedline}<byline>By Staff</byline><dateline>GAZA</dateline></body.head>\n<body.content>\n${s.paragraphs.map((p) => `<p>${tagged(p)}</p>`).join('\n')}\n</body.content><body.end><tagline>Reporting by Staff</tagline></body.end></body></nitf>`;
}

export const toNitf = (s: PlainStory): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n${toNitfElement(s, true)}\n`;

/** JSON string with every non-ASCII character escaped, so offsets must go through \u escapes. */
const jsonString = (s: string): string =>
  JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function toNinjs1(s: PlainStory, uri: string): string {
  const html = s.paragraphs
    .map(
      (p) =>
        `<p>${p
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/\bHamas\b/g, '<b>Hamas</b>')}</p>`,
    )
    .join('\n');
  return `{\n  "uri": ${jsonString(uri)},\n  "type": "text",${s.date ? `\n  "versioncreated": "${s.date}T09:12:00Z",` : ''}\n  "pubstatus": "usable",${s.headline ? `\n  "headline": ${jsonString(s.headline)},` : ''}\n  "body_html": ${jsonString(html)}\n}\n`;
}

export function toNinjs2(s: PlainStory, uri: string): string {
  const headlines = s.headline ? `\n  "headlines": [{ "role": "main", "value": ${jsonString(s.headline)} }],` : '';
  return `{\n  "uri": ${jsonString(uri)},\n  "type": "text",\n  "version": "1",${s.date ? `\n  "versioncreated": "${s.date}T09:12:00Z",` : ''}${headlines}\n  "bodies": [{ "role": "main", "contenttype": "text/plain", "value": ${jsonString(s.paragraphs.join('\n'))} }]\n}\n`;
}

/** Text of an XML or HTML source slice: tags and CDATA markers dropped, entities decoded, whitespace collapsed. */
export function decodeMarkup(slice: string): string {
  return slice
    .replace(/<!\[CDATA\[|\]\]>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, n: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[n]!)
    .replace(/\s+/g, ' ');
}

/** Text of a slice of a JSON string's raw contents (escapes decoded). */
export const decodeJsonSlice = (slice: string): string => JSON.parse(`"${slice}"`) as string;
