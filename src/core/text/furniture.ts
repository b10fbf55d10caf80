// Recognisers for story furniture: the lines and prefixes of a wire story that are not the reporter's prose.
import type { FurnitureKind } from '../types';
import { AGENCY_LIST, agencyAlternation, canonicalAgency } from './agencies';
import { MONTH_ALT } from './dates';

const AGENCY_ALT = agencyAlternation(AGENCY_LIST, true);

/** ` date 2024-04-08` (optionally with a time) glued before the first paragraph by desk systems. */
export const METADATA_PREFIX =
  /^\uFEFF?[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)[ \t]*/i;

/** "CAIRO, April 8 (Reuters) -", "JERUSALEM (AP) —", "Gaza City (AFP) -", "GAZA:" */
const DATELINE_AGENCY = new RegExp(
  `^((?:[A-Z][A-Za-z'’.-]*)(?:[ ][A-Z][A-Za-z'’.-]*){0,4}(?:,[ ][A-Z][A-Za-z'’.]*(?:[ ][A-Za-z0-9'’.]+){0,3})?)[ ]*\\((${AGENCY_ALT})\\)[ ]*[-—–:]+[ ]*`,
);
const DATELINE_CAPS =
  /^([A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3}(?:,[ ][A-Za-z'’. ]{2,30})?)(?::|[ ]+[-—–]+)[ ]+(?=[A-Z“"‘])/;

/** Capitals that open a paragraph but name no place: "UPDATE: A source tells…". */
const NOT_PLACE = /^(?:UPDATE|CORRECTED|REFILE)\b/;

export interface PrefixMatch {
  kind: FurnitureKind;
  length: number;
  dateline?: string;
  agency?: string;
}

/** A dateline at the start of a body paragraph, returned as a prefix to keep out of the prose. */
export function matchDateline(line: string): PrefixMatch | undefined {
  const a = DATELINE_AGENCY.exec(line);
  if (a) return { kind: 'dateline', length: a[0].length, dateline: a[1], agency: canonicalAgency(a[2]!) };
  const c = DATELINE_CAPS.exec(line);
  // An all-caps word must be a place, not an acronym opening a sentence ("NATO said…"): demand 3+ letters and a colon or dash.
  if (c && c[1]!.replace(/[^A-Z]/g, '').length >= 3 && !NOT_PLACE.test(c[1]!))
    return { kind: 'dateline', length: c[0].length, dateline: c[1] };
  return undefined;
}

/**
 * The place of the first dateline-like line in the head of a page, lower case: "GAZA (Reuters) -", "GAZA:",
 * "ROGERS PARK —", "MIAMI (CBSMiami) –". Looser than `matchDateline` (any line, any credit in brackets): matching's
 * fallback when the model found no dateline opening the body, as scraped pages put menus and updates above it.
 */
export function headDatelinePlace(head: string): string | undefined {
  const dl =
    /(?:^|\n)\s*(?:date \d{4}-\d{2}-\d{2}\s+)?(\p{Lu}[\p{Lu}.'’ -]{1,40}?\p{Lu})(?:,\s*[\p{L}\d. ]{2,30})?\s*(?:\([^)\n]{1,40}\)\s*)?[:—–-]\s/u.exec(
      head,
    );
  return dl && !/^(?:UPDATE|CORRECTED|REFILE)/.test(dl[1]!) ? dl[1]!.trim().toLowerCase() : undefined;
}

/** "UPDATE 2-", "CORRECTED-", "REFILE-" glued before a headline. */
export function matchSlugPrefix(line: string): PrefixMatch | undefined {
  const m =
    /^(?:(?:UPDATE|WRAPUP)[ ]?\d*|CORRECTED|REFILE|RPT|EXCLUSIVE|FACTBOX|ANALYSIS|BREAKINGVIEWS)(?:[ ]?\d+)?[ ]?[-:–][ ]?(?=\S)/.exec(
      line,
    );
  return m ? { kind: /^CORRECTED/.test(m[0]) ? 'corrected' : 'slug', length: m[0].length } : undefined;
}

const MONTH = `(?:${MONTH_ALT})\\.?`;
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?';
const DATE_ONLY = new RegExp(
  `^(?:${DAY}[ ]+)?(?:${MONTH}[ ]+\\d{1,2},?[ ]+\\d{4}|\\d{1,2}[ ]+${MONTH},?[ ]+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[ ,]+\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:[ ]?[AP]M)?(?:[ ]+(?:GMT|UTC|[A-Z]{2,4}))?)?$`,
  'i',
);

/** Whole-line furniture; `context` tells whether the line stands alone between blank lines and whether the body has begun. */
export function classifyLine(line: string, alone: boolean, bodyStarted: boolean): FurnitureKind | undefined {
  const t = line.trim();
  if (/^([-=_*~•])(?:\s*\1){2,}$/.test(t)) return 'rule';
  if (DATE_ONLY.test(t)) return 'dateOnly';
  if (
    /^\((?:Adds|Updates|Recasts|Changes|Rewrites|Refiles|Writes through|Corrects|Fixes|Removes|Inserts|Tops|Edits)\b[^)]*\)$/i.test(
      t,
    )
  ) {
    return /^\(Corrects/i.test(t) ? 'corrected' : 'adds';
  }
  if (/^CORRECTED\b/.test(t)) return 'corrected';
  if (/^[A-Z0-9][A-Z0-9&]*(?:[-/][A-Z0-9&]+)+(?:[ ]\((?:UPDATE|URGENT|CORRECTED)[ 0-9]*\))?$/.test(t)) return 'slug';
  if (isCaption(t)) return 'caption';
  if (isCredit(t)) return 'credit';
  if (bodyStarted && alone && isCrosshead(t)) return 'crosshead';
  return undefined;
}

function isCaption(t: string): boolean {
  if (/^(?:photo|picture|pictured|file photo|caption)\s*:/i.test(t)) return true;
  if (
    /\((?:[A-Z][\w.]* )?(?:AFP|Reuters|AP|EPA|Getty|AFPTV|ANSA)[ /]*(?:Photo|Images|Pictures|TV|Video)?(?:\s*\/[^)]*)?\)$/.test(
      t,
    ) &&
    /\b(?:picture|photo|photograph|image|shows|seen|pictured)\b/i.test(t)
  )
    return true;
  return /^(?:This|A|An|The)\s+(?:handout\s+|file\s+|undated\s+|still\s+|satellite\s+)*(?:picture|photo|photograph|image|video grab|frame grab)\b.*\b(?:shows|taken|released|obtained)\b/i.test(
    t,
  );
}

function isCredit(t: string): boolean {
  if (
    /^\(?\s*(?:Reporting|Additional reporting|Writing|Editing|Compiled|Edited|Produced|Graphics|Research)\s+by\b/i.test(
      t,
    )
  )
    return true;
  if (/^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|with|in)\s*[A-Z][\w.'’ -]*)?\s*$/.test(t))
    return true;
  return /^(?:©|\(c\)|Copyright\b)/i.test(t) || /^-{1,2}\s*(?:AFP|Reuters|AP)\s*$/.test(t);
}

function isCrosshead(t: string): boolean {
  const md = /^#{1,6}\s+\S/.test(t);
  if (md) return true;
  const words = t.split(/\s+/).length;
  return words <= 6 && t.length <= 60 && /^[A-Z“"‘]/.test(t) && !/[.!?:;,"”’]$/.test(t) && !/\d{3,}/.test(t);
}

/** A short first line with no final full stop, standing alone: the headline. */
export function looksLikeHeadline(t: string): boolean {
  return t.length > 0 && t.length <= 200 && !/[.;,]$/.test(t) && t.split(/\s+/).length <= 30;
}
