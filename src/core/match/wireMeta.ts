// What wire copy says about itself, for matching: agency credit, UPDATE/CORRECTED, dateline place, the date it
// states under its headline, agencies it cites as sources, and the streets it places its event on.
import { AGENCY_LIST, agencyAlternation } from '../text/agencies';
import { detectDated } from '../text/dates';
import { headDatelinePlace } from '../text/furniture';
import type { ArticleModel } from '../types';

export interface WireMeta {
  agency?: string;
  /** UPDATE number from a slug ("UPDATE 2-"), 0 when none. */
  update: number;
  corrected: boolean;
  dateline?: string;
  /** ISO date the copy itself carries near its top ("September 17, 2013", "Posted 2007-11-12", " date 2024-04-08"). */
  dated?: string;
  /** News agencies the copy cites as a source in its body ("told the Reuters news agency", "AFP reported"). */
  cites?: string[];
  /** Streets of "N block of X" addresses: two shootings on different streets are different events. */
  streets?: string[];
  /** The agency item this copy is (from its metadata: guid, @version, versionCreated): see itemVersion.ts. */
  guid?: string;
  itemVersion?: number;
  versionCreated?: string;
}

/** Agencies as credited (dateline parentheses, credit lines), not as mentioned ("told Reuters"): the list's credited ones. */
const CREDITED = AGENCY_LIST.filter((a) => a.matching);
const creditRe = (alt: string): RegExp =>
  new RegExp(
    `\\((?:[^)\\n]*/)?(?:${alt})(?:/[^)\\n]*)?\\)|^\\s*(?:[-—–]\\s*)?(?:${alt})(?: and news agencies)?\\s*$|[-—–]\\s*(?:${alt})\\s*$`,
    'm',
  );
const CREDIT_RES: [RegExp, string, string[]][] = CREDITED.map((a) => [
  creditRe(agencyAlternation([a])),
  a.name,
  a.spellings,
]);

export { detectDated };

/** Wire agencies that other outlets build on; a broadcaster quoting itself ("told Al Jazeera") is not one. */
const WIRE = AGENCY_LIST.filter((a) => a.matching === 'wire');
const citeRe = (alt: string): RegExp =>
  new RegExp(
    `\\b(?:told|to|according to|quoted by|cited by|reported by|via)\\s+(?:the\\s+)?(?:${alt})\\b|\\b(?:${alt})(?:\\s+news\\s+agency)?\\s+(?:reported|said|quoted|cited|reports|says)\\b|\\bthe\\s+(?:${alt})\\s+news\\s+agency\\b`,
  );
const CITE_RES: [RegExp, string, string[]][] = WIRE.map((a) => [citeRe(agencyAlternation([a])), a.name, a.spellings]);

/** Whether the text holds one of the words: a plain search, before a regex that scans the whole text. */
const mentions = (text: string, words: string[]): boolean => words.some((w) => text.includes(w));

/** Agencies cited as a source in the body (not credited in the dateline): a sign the copy is built on theirs. */
export function detectCites(text: string): string[] {
  const out: string[] = [];
  for (const [re, name, words] of CITE_RES) if (mentions(text, words) && re.test(text)) out.push(name);
  return out;
}

/** Agency, slug and dateline from the first lines of wire copy. */
export function detectWireMeta(text: string): WireMeta {
  const head = text.slice(0, 1200);
  const upd = /^\s*UPDATE\s*(\d+)\s*[-–—:]/m.exec(head);
  const corrected = /^\s*(?:CORRECTED|REFILE|CORRECTION)\b/m.test(head);
  let agency: string | undefined;
  for (const [re, name, words] of CREDIT_RES)
    if (mentions(text, words) && re.test(text)) {
      agency = name;
      break;
    }
  const dateline = headDatelinePlace(head);
  const meta: WireMeta = { agency, update: upd ? Number(upd[1]) : 0, corrected, dateline };
  return withTextMeta(meta, text);
}

const ORDINAL_WORDS: Record<string, string> = {
  first: '1st',
  second: '2nd',
  third: '3rd',
  fourth: '4th',
  fifth: '5th',
  sixth: '6th',
  seventh: '7th',
  eighth: '8th',
  ninth: '9th',
  tenth: '10th',
};
// "the 5300 block of South Fairfield", "1900 block of 16th Street": US police-blotter addresses, by street.
const BLOCK_RE =
  /\b\d{1,3}00 block of (?:(?:[NSEW]\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest|NE|NW|SE|SW)[ \t]+)?(\d+(?:st|nd|rd|th)|[A-Z][a-zA-Z'’]+)/g;

// "5301 Mitscher Avenue", "on Mohawk Street", "near Middleground Road": a street named with its type.
const ADDRESS_RE =
  /\b(?:\d{1,5}[ \t]+|(?:on|near|along|off|at)[ \t]+)(?:(?:[NSEW]\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest|NE|NW|SE|SW)[ \t]+)?(\d+(?:st|nd|rd|th)|[A-Z][a-zA-Z'’]+)(?:[ \t]+[A-Z][a-zA-Z'’]+){0,2}[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Trail|Pike)\b/g;
/** Words that head a street name in prose but name no place of their own. */
const NOT_STREET = new Set(['the', 'a', 'an', 'this', 'that']);

/** Streets a story places its event on ("5300 block of South Fairfield" -> "fairfield"), sorted, for the verifier. */
export function detectStreets(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(BLOCK_RE)) {
    const w = m[1]!.toLowerCase();
    out.add(ORDINAL_WORDS[w] ?? w);
  }
  for (const m of text.matchAll(ADDRESS_RE)) {
    const w = m[1]!.toLowerCase();
    if (NOT_STREET.has(w)) continue;
    out.add(ORDINAL_WORDS[w] ?? w);
  }
  return [...out].sort();
}

/** The dateline's place as matching compares it: "CAIRO, April 8" -> "cairo". */
export function datelinePlace(dateline: string | undefined): string | undefined {
  const place = dateline?.split(',')[0]!.trim().toLowerCase();
  return place || undefined;
}

/** Wire meta of an article: agency, UPDATE, CORRECTED and dateline as the model read them; the rest from its text. */
export function wireMetaOf(model: Pick<ArticleModel, 'text' | 'meta'>): WireMeta {
  const text = model.text.replace(/\r(?!\n)/g, '\n');
  const { agency, update, corrected } = model.meta;
  // The model's dateline; else a place leading a later paragraph of a scraped page ("MIAMI (CBSMiami) –" below a menu).
  const dateline = datelinePlace(model.meta.dateline) ?? headDatelinePlace(text.slice(0, 1200));
  const meta: WireMeta = { agency, update, corrected, dateline };
  return withTextMeta(meta, text);
}

/** What only the body text tells: a filing date under the headline, the other agencies cited, street names. */
function withTextMeta(meta: WireMeta, text: string): WireMeta {
  const dated = detectDated(text);
  if (dated) meta.dated = dated;
  const cites = detectCites(text).filter((c) => c !== meta.agency);
  if (cites.length) meta.cites = cites;
  const streets = detectStreets(text);
  if (streets.length) meta.streets = streets;
  return meta;
}
