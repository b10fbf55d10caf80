// Builds the matcher's data: expands forms into inflections, compiles context patterns, merges team
// additions/disables and applies a style profile. Compiled lexicons are cached per profile and team object.
import namedPatterns from './data/patterns.json';
import {
  CATEGORIES,
  type Category,
  type EntrySeverity,
  type InflTag,
  type LexiconEntry,
  type Profile,
  validateEntries,
} from './schema';
import { tokenize, wordTokens } from './match';

export type Pos = 'n' | 'v' | '-';
export interface Infl {
  pos: Pos;
  tag: InflTag;
}

/** One context-pattern token: literal word set, any word, capitalised word, proper-name run, or a gap of up to 4 words. */
export type PatTok =
  { kind: 'lit'; words: Set<string> } | { kind: 'any' } | { kind: 'cap' } | { kind: 'name' } | { kind: 'skip' };
export interface Pattern {
  before: PatTok[];
  after: PatTok[];
}

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

// ---- morphology -------------------------------------------------------------------------------------

const IRREGULAR: Record<string, [string, string, string, string]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  slay: ['slays', 'slew', 'slain', 'slaying'],
  hit: ['hits', 'hit', 'hit', 'hitting'],
  take: ['takes', 'took', 'taken', 'taking'],
  lose: ['loses', 'lost', 'lost', 'losing'],
  shoot: ['shoots', 'shot', 'shot', 'shooting'],
  mow: ['mows', 'mowed', 'mown', 'mowing'],
  stand: ['stands', 'stood', 'stood', 'standing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  give: ['gives', 'gave', 'given', 'giving'],
  spread: ['spreads', 'spread', 'spread', 'spreading'],
  fight: ['fights', 'fought', 'fought', 'fighting'],
  wipe: ['wipes', 'wiped', 'wiped', 'wiping'],
  go: ['goes', 'went', 'gone', 'going'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  strike: ['strikes', 'struck', 'struck', 'striking'],
  set: ['sets', 'set', 'set', 'setting'],
};
// Final-stress verbs that double their last consonant ("admitted"); monosyllables are handled by rule.
const DOUBLING = new Set([
  'admit',
  'commit',
  'submit',
  'omit',
  'permit',
  'regret',
  'occur',
  'refer',
  'prefer',
  'deter',
  'compel',
  'propel',
  'rebel',
  'control',
  'patrol',
  'abhor',
  'equip',
  'upset',
  'outwit',
]);

function doubles(w: string): boolean {
  const last = w.split('-').pop() ?? w;
  return DOUBLING.has(last) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(last);
}

function sForm(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

export function verbForm(w: string, tag: InflTag): string {
  if (tag === 'base' || tag === 'pl') return w;
  const irr = IRREGULAR[w.toLowerCase()];
  if (irr) return irr[['s', 'ed', 'en', 'ing'].indexOf(tag)]!;
  if (tag === 's') return sForm(w);
  if (tag === 'ing') {
    if (/ie$/.test(w)) return w.slice(0, -2) + 'ying';
    if (/[^aeioy]e$/.test(w)) return w.slice(0, -1) + 'ing';
    return (doubles(w) ? w + w.slice(-1) : w) + 'ing';
  }
  if (/e$/.test(w)) return w + 'd';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ied';
  return (doubles(w) ? w + w.slice(-1) : w) + 'ed';
}

export function plural(w: string): string {
  if (/man$/i.test(w) && !/(human|german)$/i.test(w)) return w.slice(0, -3) + 'men';
  return sForm(w);
}

/** Inflects a phrase: verbs on the first word ("lash out" → "lashed out"), nouns on the last ("killing spree" → "killing sprees"). */
export function inflectPhrase(phrase: string, pos: Pos, tag: InflTag): string {
  if (tag === 'base' || pos === '-') return phrase;
  const words = phrase.split(' ');
  if (pos === 'v') words[0] = verbForm(words[0]!, tag);
  else if (tag === 'pl') words[words.length - 1] = plural(words[words.length - 1]!);
  return words.join(' ');
}

/** Every surface form of an entry with the inflections it stands for. */
export function expandForms(e: LexiconEntry): Map<string, { form: string; infl: Infl[] }> {
  const out = new Map<string, { form: string; infl: Infl[] }>();
  const add = (form: string, infl: Infl): void => {
    for (const f of spellings(form)) {
      const key = f.toLowerCase();
      const have = out.get(key);
      if (have) have.infl.push(infl);
      else out.set(key, { form: f, infl: [infl] });
    }
  };
  const kind = e.inflect ?? 'none';
  const ok = (t: InflTag): boolean => !e.onlyTags || e.onlyTags.includes(t);
  for (const form of e.forms) {
    if (kind === 'none') add(form, { pos: '-', tag: 'base' });
    if (kind === 'noun' || kind === 'both')
      for (const t of ['base', 'pl'] as InflTag[]) if (ok(t)) add(inflectPhrase(form, 'n', t), { pos: 'n', tag: t });
    if (kind === 'verb' || kind === 'both')
      for (const t of ['base', 's', 'ed', 'en', 'ing'] as InflTag[])
        if (ok(t)) add(inflectPhrase(form, 'v', t), { pos: 'v', tag: t });
  }
  return out;
}

// British and American spellings are both matched ("neutralised"/"neutralized").
function spellings(form: string): string[] {
  const us = americanise(form);
  return us === form ? [form] : [form, us];
}

const US_WORDS: Record<string, string> = {
  favouritism: 'favoritism',
  defence: 'defense',
  offence: 'offense',
  behaviour: 'behavior',
  organisation: 'organization',
  organisations: 'organizations',
};
export function americanise(s: string): string {
  return s
    .replace(
      /\b(critic|apolog|organ|recogn|character|minim|emphas|legitim|neutral|marginal|stigmat|radical|normal|jeopard|demon|terror|brutal|real|util|mobil)is(e|ed|es|ing|ation|ations)\b/gi,
      '$1iz$2',
    )
    .replace(/\b[a-z]+\b/gi, (w) => US_WORDS[w.toLowerCase()] ?? w);
}

// ---- context patterns ---------------------------------------------------------------------------------

/** Named patterns shared by many entries ("@attributed"), from lexicon.json. */
const NAMED: Record<string, string> = (namedPatterns as { patterns: Record<string, string> }).patterns;

function compilePattern(src: string, forms: string[][]): Pattern | string {
  if (src.startsWith('@')) {
    const named = NAMED[src];
    return named
      ? compilePattern(named, forms)
      : `unknown named pattern "${src}" (known: ${Object.keys(NAMED).join(', ')})`;
  }
  const toks: (PatTok | '_')[] = [];
  for (const raw of src.trim().split(/\s+/)) {
    if (raw === '_') toks.push('_');
    else if (raw === '*') toks.push({ kind: 'any' });
    else if (raw === '...') toks.push({ kind: 'skip' });
    else if (raw === '<Cap>') toks.push({ kind: 'cap' });
    else if (raw === '<Name>') toks.push({ kind: 'name' });
    else if (/['’]s(\||$)/i.test(raw) && raw.includes('|'))
      return `pattern "${src}": a possessive cannot be one of several alternatives ("${raw}")`;
    else if (raw.includes('|'))
      toks.push({ kind: 'lit', words: new Set(raw.toLowerCase().replace(/’/g, "'").split('|').filter(Boolean)) });
    else for (const w of wordTokens(raw)) toks.push({ kind: 'lit', words: new Set([w]) });
  }
  let at = toks.indexOf('_');
  if (at < 0) {
    // A plain phrase: find the term inside it (any inflection) and treat it as the anchor.
    const lits = toks.map((t) => (t !== '_' && t.kind === 'lit' && t.words.size === 1 ? [...t.words][0] : null));
    for (const f of forms.sort((a, b) => b.length - a.length)) {
      for (let i = 0; i + f.length <= lits.length && at < 0; i++)
        if (f.every((w, k) => lits[i + k] === w)) {
          at = i;
          toks.splice(i, f.length, '_');
        }
      if (at >= 0) break;
    }
    if (at < 0) return `exception "${src}" has no "_" and does not contain the term`;
  }
  const rest = toks.filter((t): t is PatTok => t !== '_');
  if (toks.length - rest.length !== 1) return `pattern "${src}" must contain exactly one "_"`;
  return { before: rest.slice(0, at), after: rest.slice(at) };
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

export function compileLexicon(entries: LexiconEntry[], profile: Profile): CompiledLexicon {
  const root: TrieNode = { next: new Map() };
  const compiled: CompiledEntry[] = [];
  for (const e of entries) {
    const setting = e.profiles?.[profile] ?? e.severity;
    if (setting === 'off') continue;
    const surface = shippedSurface.get(e) ?? expandForms(e);
    const forms = [...surface.keys()].map(wordTokens);
    const pats = (list: string[]): Pattern[] =>
      list.map((p) => compilePattern(p, forms)).filter((p): p is Pattern => typeof p !== 'string');
    const alts = splitAlts(e);
    if (profile === 'ap') {
      alts.n = alts.n.map(americanise);
      alts.v = alts.v.map(americanise);
    }
    const ce: CompiledEntry = {
      entry: e,
      severity: setting,
      exceptions: pats(e.exceptions),
      require: pats(e.requireContext ?? []),
      alts,
    };
    compiled.push(ce);
    for (const { form, infl } of surface.values()) {
      const toks = tokenize(form);
      const words = toks.map((t) => t.lower);
      const lowerForm = toks.map((t) => !t.cap);
      let node = root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map() }));
        node = child;
      }
      (node.hits ??= []).push({ ce, infl, lowerForm });
    }
  }
  return { profile, root, entries: compiled };
}

// ---- defaults, team merge, cache ------------------------------------------------------------------------

let defaults: { entries: LexiconEntry[]; errors: string[] } | undefined;
/** Surface forms generated at build time (compile.ts), keyed by the shipped entry object: team entries expand at load. */
const shippedSurface = new WeakMap<LexiconEntry, Map<string, { form: string; infl: Infl[] }>>();

/** The shipped entries, validated and inflected at build time (scripts/build.mjs runs compile.ts). */
export function defaultEntries(): { entries: LexiconEntry[]; errors: string[] } {
  if (defaults) return defaults;
  // Generated by the build; a plain require keeps typecheck independent of the build having run.
  const data = require('./generated/lexicon.json') as CompiledData;
  data.entries.forEach((e, i) =>
    shippedSurface.set(e, new Map(data.surface[i]!.map(([form, infl]) => [form.toLowerCase(), { form, infl }]))),
  );
  return (defaults = { entries: data.entries, errors: data.errors });
}

/** What the build writes: entries in category order, each entry's surface forms with their inflections. */
export interface CompiledData {
  entries: LexiconEntry[];
  surface: [string, Infl[]][][];
  errors: string[];
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
