// The one list of news agencies (data/agencies.json): canonical names, spellings, and which ones matching treats
// as credits or wire sources. Furniture (datelines), agency credits and story matching all read it from here.
import list from './data/agencies.json';

export interface Agency {
  /** Canonical name: "AFP", "Reuters", "AP", "Al Jazeera"… */
  name: string;
  /** Every spelling a story uses, case as written ("Agence France-Presse", "DPA"). */
  spellings: string[];
  /** Story matching: "wire" agencies are credited and cited as sources other outlets build on; "credit" only credited. */
  matching?: 'wire' | 'credit';
  /** false: named only in a dateline's brackets ("LONDON (PA) -"); elsewhere "(PA)" or "told CNN" credits no one. */
  credits?: boolean;
}

export const AGENCY_LIST: readonly Agency[] = list as Agency[];
/** Agencies that credit lines and prose credit ("(AFP Photo)", "told Reuters"). */
export const CREDITING_AGENCIES: readonly Agency[] = AGENCY_LIST.filter((a) => a.credits !== false);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of every spelling of `agencies` (no group), spaces matching any white space when `anySpace`. */
export function agencyAlternation(agencies: readonly Agency[] = AGENCY_LIST, anySpace = false): string {
  return agencies
    .flatMap((a) => a.spellings)
    .map((s) => (anySpace ? escape(s).replace(/ /g, '\\s') : escape(s)))
    .join('|');
}

const BY_SPELLING = new Map<string, string>();
for (const a of AGENCY_LIST)
  for (const s of a.spellings) BY_SPELLING.set(s.toLowerCase().replace(/[ -]+/g, ' '), a.name);

/** Canonical name of an agency as written ("Agence France-Presse" → "AFP"), or undefined when it is no known agency. */
export function canonicalAgency(name: string): string | undefined {
  return BY_SPELLING.get(name.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[ -]+/g, ' '));
}
