// Findings onto the source of an agency item: ranges mapped to the file's characters, and every text a quick fix
// inserts escaped for XML or JSON (and HTML inside JSON). A fix whose range crosses markup or leaves its JSON string
// is dropped: it could not keep the file valid.
import { toSourceRange } from './offsets';
import type { WireItem } from './types';
import type { Finding, FixEdit } from '../types';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeJson = (s: string): string => JSON.stringify(s).slice(1, -1);

/** Whether story offset `at` (or, for an insertion, the character before it) was read from CDATA. */
function inCdata(item: WireItem, at: number): boolean {
  const v = item.verbatim;
  if (!v) return false;
  let lo = 0;
  let hi = v.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return v[lo] === at || (at > 0 && v[lo - 1] === at - 1);
}

/** How text inserted at story offset `at` must be written in the source. */
function escaperAt(item: WireItem, at: number): (s: string) => string {
  if (inCdata(item, at)) return (s) => s.replace(/]]>/g, ']]]]><![CDATA[>');
  if (item.meta.format !== 'ninjs') return escapeXml;
  return item.htmlFrom !== undefined && at >= item.htmlFrom ? (s) => escapeJson(escapeXml(s)) : escapeJson;
}

/** Whether replacing this source slice with escaped text keeps the file valid: plain characters of one text run. */
function replaceable(item: WireItem, slice: string, at: number): boolean {
  const html = item.meta.format !== 'ninjs' || (item.htmlFrom !== undefined && at >= item.htmlFrom);
  if (html && /[<>]/.test(slice)) return false;
  if (item.meta.format !== 'ninjs') return true;
  try {
    JSON.parse(`"${slice}"`);
    return true;
  } catch {
    return false;
  }
}

/** A story-text edit as an edit of the source, or undefined when it cannot be made safely. */
export function mapEdit(
  item: WireItem,
  source: string,
  edit: Pick<FixEdit, 'start' | 'end' | 'text'>,
): { start: number; end: number; text: string } | undefined {
  const r = toSourceRange(item, edit.start, edit.end);
  if (!replaceable(item, source.slice(r.start, r.end), edit.start)) return undefined;
  return { start: r.start, end: r.end, text: escaperAt(item, edit.start)(edit.text) };
}

/**
 * The finding with its range, fixes and suggestions in source terms. `related` ranges are mapped by `relatedMap`
 * (the other article may be an agency item too). Snippets are dropped: their placeholders are not escaped.
 */
export function findingToSource(
  item: WireItem,
  source: string,
  f: Finding,
  relatedMap: (docId: string, start: number, end: number) => { start: number; end: number } = (_, start, end) => ({
    start,
    end,
  }),
): Finding {
  const r = toSourceRange(item, f.start, f.end);
  const whole = mapEdit(item, source, { start: f.start, end: f.end, text: '' });
  const fixes = f.fixes?.flatMap((x): FixEdit[] => {
    const m = mapEdit(item, source, x);
    return m ? [{ title: x.title, ...m }] : [];
  });
  return {
    ...f,
    start: r.start,
    end: r.end,
    suggestions: whole ? f.suggestions.map(escaperAt(item, f.start)) : [],
    related: f.related.map((x) => ({ ...x, ...relatedMap(x.docId, x.start, x.end) })),
    ...(fixes ? { fixes } : {}),
  };
}
