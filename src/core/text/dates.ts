// The one date module: month names, the date a date line states, the filing date a copy states under its
// headline, and whether an ISO date exists. Pure: no clock.
/** Month names and abbreviations, lower case, to month numbers. */
export const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
export const MONTH_NAME = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const MONTH_MAP = new Map(Object.entries(MONTHS));
/** The month a lower-case name or abbreviation names, undefined for any other word. */
export const monthOf = (name: string): number | undefined => MONTH_MAP.get(name);

/** Every month name, longest first, as a regex alternation (no group; match case-insensitively). */
export const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** "2024-04-08" from numbers. */
const isoDay = (y: number, mo: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A calendar date (and time, if given) that exists: "2024-02-29", not "2024-13-45" or "2023-02-29 25:00". */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return (
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= days &&
    (m[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60))
  );
}

/** "Mon Apr 08 2024", "April 8, 2024", "8 April 2024", "2024-04-08" → "2024-04-08" (a date line's date). */
export function parseLooseDate(s: string): string | undefined {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return iso[0];
  const md = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s) ?? undefined;
  const dm = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(s) ?? undefined;
  const [mon, day, year] = md ? [md[1]!, md[2]!, md[3]!] : dm ? [dm[2]!, dm[1]!, dm[3]!] : [];
  const m = mon ? monthOf(mon.toLowerCase()) : undefined;
  if (!m || !day || !year) return undefined;
  return isoDay(Number(year), m, Number(day));
}

const MONTH_RE = `(${MONTH_ALT})\\.?`;
/** A full date with its year: "September 17, 2013", "17 September 2013", "Mon Apr 08 2024", "2007-11-12". */
const FULL_DATE_RE = new RegExp(
  `\\b(?:${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)|(\\d{1,2})\\s+${MONTH_RE},?\\s+((?:19|20)\\d\\d)|((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d))\\b`,
  'i',
);
/** How far into the copy a date still reads as its filing date (a date line or "Posted ..." under the headline). */
const DATED_HEAD_CHARS = 400;

/** The filing date a copy states near its top, as an ISO date, or undefined. */
export function detectDated(text: string): string | undefined {
  const m = FULL_DATE_RE.exec(text.slice(0, DATED_HEAD_CHARS));
  if (!m) return undefined;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [Number(m[3]), monthOf(m[1].toLowerCase().slice(0, 3))!, Number(m[2])];
  else if (m[5]) [y, mo, d] = [Number(m[6]), monthOf(m[5].toLowerCase().slice(0, 3))!, Number(m[4])];
  else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
  return isoDay(y, mo, d);
}
