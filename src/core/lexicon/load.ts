// Builds the matcher's data: compiles context patterns and the form trie, merges team additions/disables and applies
// a style profile. The shipped entries come compiled from the build (inflections, tokens, patterns); team entries are
// compiled here. Compiled lexicons are cached per profile and team object.
import {
  CATEGORIES,
  type Category,
  type EntrySeverity,
  type LexiconEntry,
  type Profile,
  validateEntries,
} from './schema';
import { tokenize, wordTokens } from './match';
import { americanise, expandForms, type Infl } from './inflect';
import { compilePattern, patternsOf, type Pattern, type PatternData } from './patterns';

// The morphology and patterns live in their own files; their names stay importable from here.
export { americanise, expandForms, inflectPhrase, plural, verbForm, type Infl, type Pos } from './inflect';
export type { PatTok, Pattern } from './patterns';

export interface CompiledEntry {
  entry: LexiconEntry;
  severity: EntrySeverity;
  exceptions: Pattern[];
  require: Pattern[];
  /** Alternatives by part of speech (from "n:"/"v:" prefixes; unprefixed ones go to both). */
  alts: { n: string[]; v: string[] };
}

export interface Hit {
  ce: CompiledEntry;
  infl: Infl[];
  /** Per form token: true when the lexicon writes it in lower case (a capitalised match then suggests a proper name). */
  lowerForm: boolean[];
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  hits?: Hit[];
}

export interface CompiledLexicon {
  profile: Profile;
  root: TrieNode;
  entries: CompiledEntry[];
}

// ---- compile ------------------------------------------------------------------------------------------

function splitAlts(e: LexiconEntry): { n: string[]; v: string[] } {
  const n: string[] = [];
  const v: string[] = [];
  for (const a of e.alternatives) {
    const m = /^([nv]):\s*(.+)$/.exec(a);
    if (!m) {
      n.push(a);
      v.push(a);
    } else (m[1] === 'n' ? n : v).push(m[2]!);
  }
  return { n, v };
}

/** Surface-form collisions between entries (after inflection) are errors: one match must mean one entry. */
export function checkForms(entries: LexiconEntry[]): string[] {
  const seen = new Map<string, string>();
  const errors: string[] = [];
  for (const e of entries)
    for (const key of expandForms(e).keys()) {
      const norm = wordTokens(key).join(' ');
      const other = seen.get(norm);
      if (other && other !== e.id) errors.push(`entry "${e.id}": form "${key}" duplicates entry "${other}"`);
      else seen.set(norm, e.id);
    }
  return errors;
}

/** Validates a whole entry list: shapes, duplicate ids, duplicate forms, compilable patterns. */
export function validateLexicon(
  list: unknown[],
  where = 'lexicon',
  team = false,
): { entries: LexiconEntry[]; errors: string[] } {
  const { entries, errors } = validateEntries(list, where, team);
  for (const e of checkForms(entries)) errors.push(e);
  for (const e of entries) {
    const forms = [...expandForms(e).keys()].map(wordTokens);
    for (const p of [...e.exceptions, ...(e.requireContext ?? [])]) {
      const c = compilePattern(p, forms);
      if (typeof c === 'string') errors.push(`entry "${e.id}": ${c}`);
    }
  }
  return { entries, errors };
}

/** An entry's compiled parts: its patterns, alternatives and each surface form's path in the trie. */
export interface EntryParts<P = Pattern> {
  exceptions: P[];
  require: P[];
  alts: { n: string[]; v: string[] };
  /** Per surface form (in `surface` order): its words in lower case, and which the lexicon writes in lower case. */
  paths: [string[], boolean[]][];
}

/** What the build writes: entries in category order, each entry's surface forms with their inflections, and its
 * compiled parts (patterns' word sets as indices into `wordSets`). */
export interface CompiledData {
  entries: LexiconEntry[];
  surface: [string, Infl[]][][];
  parts: EntryParts<PatternData>[];
  wordSets: string[][];
  errors: string[];
}

/** Compiles one entry's parts from its surface forms: at build time for shipped entries, at load for team ones. */
export function entryParts(e: LexiconEntry, surface: readonly string[]): EntryParts {
  const forms = surface.map((f) => wordTokens(f.toLowerCase()));
  const pats = (list: string[]): Pattern[] =>
    list.map((p) => compilePattern(p, forms)).filter((p): p is Pattern => typeof p !== 'string');
  const paths = surface.map((form): [string[], boolean[]] => {
    const toks = tokenize(form);
    return [toks.map((t) => t.lower), toks.map((t) => !t.cap)];
  });
  return { exceptions: pats(e.exceptions), require: pats(e.requireContext ?? []), alts: splitAlts(e), paths };
}

export function compileLexicon(entries: LexiconEntry[], profile: Profile): CompiledLexicon {
  const root: TrieNode = { next: new Map() };
  const compiled: CompiledEntry[] = [];
  for (const e of entries) {
    const setting = e.profiles?.[profile] ?? e.severity;
    if (setting === 'off') continue;
    const shipped = shippedParts.get(e);
    const surface = shipped?.surface ?? [...expandForms(e).values()].map((s): [string, Infl[]] => [s.form, s.infl]);
    const c =
      shipped?.parts ??
      entryParts(
        e,
        surface.map(([form]) => form),
      );
    const pats = (list: Pattern[] | PatternData[]): Pattern[] =>
      shipped ? patternsOf(list as PatternData[], shipped.sets) : (list as Pattern[]);
    const alts = { n: c.alts.n.slice(), v: c.alts.v.slice() };
    if (profile === 'ap') {
      alts.n = alts.n.map(americanise);
      alts.v = alts.v.map(americanise);
    }
    const ce: CompiledEntry = {
      entry: e,
      severity: setting,
      exceptions: pats(c.exceptions),
      require: pats(c.require),
      alts,
    };
    compiled.push(ce);
    surface.forEach(([, infl], i) => {
      const [words, lowerForm] = c.paths[i]!;
      let node = root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map() }));
        node = child;
      }
      (node.hits ??= []).push({ ce, infl, lowerForm });
    });
  }
  return { profile, root, entries: compiled };
}

// ---- defaults, team merge, cache ------------------------------------------------------------------------

let defaults: { entries: LexiconEntry[]; errors: string[] } | undefined;
/** The build's work for each shipped entry object (compile.ts); team entries are compiled at load. */
const shippedParts = new WeakMap<
  LexiconEntry,
  { surface: [string, Infl[]][]; parts: EntryParts<PatternData>; sets: Set<string>[] }
>();

/** The shipped entries, validated, inflected and compiled at build time (scripts/build.mjs runs compile.ts). */
export function defaultEntries(): { entries: LexiconEntry[]; errors: string[] } {
  if (defaults) return defaults;
  // Generated by the build; a plain require keeps typecheck independent of the build having run.
  const data = require('./generated/lexicon.json') as CompiledData;
  const sets = data.wordSets.map((words) => new Set(words));
  data.entries.forEach((e, i) => shippedParts.set(e, { surface: data.surface[i]!, parts: data.parts[i]!, sets }));
  return (defaults = { entries: data.entries, errors: data.errors });
}

/** Applies a team lexicon; any error in the team part keeps the defaults untouched and reports why. */
export function mergeTeam(base: LexiconEntry[], team: unknown): { entries: LexiconEntry[]; errors: string[] } {
  if (team === undefined || team === null) return { entries: base, errors: [] };
  if (typeof team !== 'object' || Array.isArray(team))
    return {
      entries: base,
      errors: ['lexicon: must be an object {"add": [...], "disable": [...], "disableCategories": [...]}'],
    };
  const t = team as Record<string, unknown>;
  const errors: string[] = [];
  for (const k of Object.keys(t))
    if (!['add', 'disable', 'disableCategories'].includes(k)) errors.push(`lexicon: unknown field "${k}"`);
  const addList = t.add ?? [];
  if (!Array.isArray(addList)) errors.push('lexicon.add: must be a list of entries');
  // Team entries may leave out severity, exceptions and guidance: the team schema fills in its defaults.
  const added = validateLexicon(Array.isArray(addList) ? addList : [], 'lexicon.add', true);
  for (const e of added.errors) errors.push(e);
  // Team entries replace shipped entries with the same id.
  const replaced = new Set(added.entries.map((e) => e.id));
  const merged = [...base.filter((e) => !replaced.has(e.id)), ...added.entries];
  const ids = new Set(merged.map((e) => e.id));
  const disable = t.disable ?? [];
  if (!Array.isArray(disable)) errors.push('lexicon.disable: must be a list of entry ids');
  else
    disable.forEach((id, i) => {
      if (typeof id !== 'string' || !ids.has(id))
        errors.push(`lexicon.disable[${i}]: unknown entry id ${JSON.stringify(id)}`);
    });
  const cats = t.disableCategories ?? [];
  if (!Array.isArray(cats)) errors.push('lexicon.disableCategories: must be a list of categories');
  else
    cats.forEach((c, i) => {
      if (!CATEGORIES.includes(c as Category))
        errors.push(
          `lexicon.disableCategories[${i}]: unknown category ${JSON.stringify(c)} (use one of: ${CATEGORIES.join(', ')})`,
        );
    });
  if (!errors.length) for (const m of checkForms(merged)) errors.push(`lexicon.add: ${m}`);
  if (errors.length) return { entries: base, errors };
  const off = new Set(disable as string[]);
  const offCats = new Set(cats as string[]);
  return { entries: merged.filter((e) => !off.has(e.id) && !offCats.has(e.category)), errors: [] };
}

// Keyed by profile and the team lexicon's JSON: config reloads give new objects with the same content.
const cache = new Map<string, { lexicon: CompiledLexicon; errors: string[] }>();

/** The compiled lexicon for a profile and an optional team lexicon (a TeamLexicon as the user wrote it, validated here), with every validation error found. */
export function loadLexicon(opts: { profile?: Profile; team?: unknown } = {}): {
  lexicon: CompiledLexicon;
  errors: string[];
} {
  const profile = opts.profile ?? 'inhouse';
  const key = `${profile}\u0000${opts.team === undefined ? '' : JSON.stringify(opts.team)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size >= 16) cache.delete(cache.keys().next().value as string);
  const result = build(profile, opts.team);
  cache.set(key, result);
  return result;
}

function build(profile: Profile, team: unknown): { lexicon: CompiledLexicon; errors: string[] } {
  const base = defaultEntries();
  const merged = mergeTeam(base.entries, team);
  return { lexicon: compileLexicon(merged.entries, profile), errors: [...base.errors, ...merged.errors] };
}
