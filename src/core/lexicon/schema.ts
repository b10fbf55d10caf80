// Shape of a loaded-terminology entry and its validation. The shape itself is defined once, in
// src/core/schema/lexiconEntry.ts; errors name the entry so a desk can fix its .wirecheck.json.
import { entryIssues, type LexiconEntry } from '../schema/lexiconEntry';

export {
  ADVICES,
  CATEGORIES,
  GUIDANCES,
  HOUSE_STYLE,
  INFL_TAGS,
  INFLECTS,
  MAX_FORM_WORDS,
  PROFILES,
  type Advice,
  type Category,
  type EntrySeverity,
  type Guidance,
  type GuideRef,
  type Inflect,
  type InflTag,
  type LexiconEntry,
  type Profile,
  type ProfileSetting,
} from '../schema/lexiconEntry';

/** Team additions from .wirecheck.json `lexicon`. */
export interface TeamLexicon {
  add?: LexiconEntry[];
  disable?: string[];
  disableCategories?: string[];
}

/** Checks one entry's shape; `where` prefixes every message ("lexicon.add[2]"). */
export function validateEntry(raw: unknown, where: string, team = false): string[] {
  return entryIssues(raw, where, team).errors;
}

/** Parses lexicon JSON text ({"entries": [...]} or a bare list); never throws. */
export function parseLexiconJson(text: string, where = 'lexicon'): { entries: unknown[]; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { entries: [], errors: [`${where}: malformed JSON (${(err as Error).message})`] };
  }
  const list = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  if (!Array.isArray(list))
    return { entries: [], errors: [`${where}: expected a list of entries or {"entries": [...]}`] };
  return { entries: list, errors: [] };
}

/** Shape checks plus duplicate ids; duplicate surface forms are checked in load.ts after inflection. */
export function validateEntries(
  list: unknown[],
  where: string,
  team = false,
): { entries: LexiconEntry[]; errors: string[] } {
  const errors: string[] = [];
  const entries: LexiconEntry[] = [];
  const ids = new Map<string, number>();
  list.forEach((raw, i) => {
    const { entry, errors: errs } = entryIssues(raw, `${where}[${i}]`, team);
    if (!entry) return void errs.forEach((e) => errors.push(e));
    // Shipped entries stay as written (the compiled lexicon keeps their key order); team entries get the defaults.
    const e = team ? entry : (raw as LexiconEntry);
    const prev = ids.get(e.id);
    if (prev !== undefined)
      return void errors.push(`${where}[${i}] ("${e.id}"): duplicate id (also ${where}[${prev}])`);
    ids.set(e.id, i);
    entries.push(e);
  });
  return { entries, errors };
}
