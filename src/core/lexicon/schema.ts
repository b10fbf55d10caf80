// Shape of a loaded-terminology entry and its validation. Errors name the entry so a desk can fix its .wirecheck.json.

export const CATEGORIES = [
  'armed-group-labels',
  'deaths-described',
  'contested-place-names',
  'conflict-framing',
  'speech-verbs',
  'euphemisms',
  'emotive-intensifiers',
  'political-labels',
  'general-loaded',
  // Beats: a desk that does not cover one switches it off with "disableCategories".
  'headlinese',
  'immigration',
  'crime-justice',
  'health',
  'climate',
  'business',
  'culture',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const GUIDANCES = ['AP Stylebook', 'Reuters Handbook of Journalism', 'BBC Editorial Guidelines', 'AFP style', 'Guardian and Observer style guide'] as const;
/** Team entries may cite the desk's own rules instead of a published guide. */
export const HOUSE_STYLE = 'house style';
export type Guidance = (typeof GUIDANCES)[number] | typeof HOUSE_STYLE;

export const PROFILES = ['ap', 'reuters', 'afp', 'inhouse'] as const;
export type Profile = (typeof PROFILES)[number];

/** Shipped entries use warning/information; a team may also add hint-level entries. */
export type EntrySeverity = 'warning' | 'information' | 'hint';
export type ProfileSetting = EntrySeverity | 'off';

/** How the forms inflect: verbs inflect their first word, nouns their last. */
export type Inflect = 'none' | 'noun' | 'verb' | 'both';
export type InflTag = 'base' | 's' | 'ed' | 'en' | 'ing' | 'pl';
const INFLECTS: readonly Inflect[] = ['none', 'noun', 'verb', 'both'];
const TAGS: readonly InflTag[] = ['base', 's', 'ed', 'en', 'ing', 'pl'];

/** How strongly the guide advises against the term: "avoid" ("avoid", "do not use") → warning; "care" → information. */
export type Advice = 'avoid' | 'care';
const ADVICES: readonly Advice[] = ['avoid', 'care'];

/** Where a reviewer checks the advice: the guide and its section or a URL. */
export interface GuideRef {
  guide: string;
  section?: string;
  url?: string;
  advice: Advice;
}

export interface LexiconEntry {
  id: string;
  /** Base forms (phrases allowed); inflections are generated from `inflect`. */
  forms: string[];
  category: Category;
  /** One sentence: why the term is loaded. */
  why: string;
  /** Neutral wording, best first. "(…)" items are advice, not replacement text. With inflect "both", "n:"/"v:" mark noun/verb alternatives. */
  alternatives: string[];
  guidance: Guidance;
  severity: EntrySeverity;
  /** Context patterns where the term is not loaded: "_" marks the term; "a|b" alternatives, "*" any word, "..." up to 4 words, "<Cap>", "<Name>". */
  exceptions: string[];
  profiles?: Partial<Record<Profile, ProfileSetting>>;
  /** Flag only when the verb introduces speech or a reported clause. */
  speechVerb?: boolean;
  inflect?: Inflect;
  /** Restrict generated inflections (e.g. only "ed"/"ing" for verbs whose base form is mostly a noun). */
  onlyTags?: InflTag[];
  /** Flag only when one of these context patterns matches (same syntax as exceptions). */
  requireContext?: string[];
  /** Required on shipped entries; the default severity follows `advice`. */
  ref?: GuideRef;
  /** Shipped entries written after reading DEV words (BABE half 0): the eval reports their held-out precision apart. */
  afterDev?: true;
}

/** Team additions from .wirecheck.json `lexicon`. */
export interface TeamLexicon {
  add?: LexiconEntry[];
  disable?: string[];
  disableCategories?: string[];
}

const KEYS = new Set(['id', 'forms', 'category', 'why', 'alternatives', 'guidance', 'severity', 'exceptions', 'profiles', 'speechVerb', 'inflect', 'onlyTags', 'requireContext', 'ref', 'afterDev']);

/** Longest form, in words: a finding covers the entry's form only. */
export const MAX_FORM_WORDS = 4;

function isStringArray(v: unknown, nonEmpty: boolean): v is string[] {
  return Array.isArray(v) && (!nonEmpty || v.length > 0) && v.every((s) => typeof s === 'string' && s.trim() !== '');
}

/** Checks one entry's shape; `where` prefixes every message ("lexicon.add[2]"). */
export function validateEntry(raw: unknown, where: string, team = false): string[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [`${where}: an entry must be an object`];
  const e = raw as Record<string, unknown>;
  const name = typeof e.id === 'string' && e.id ? `${where} ("${e.id}")` : where;
  const errs: string[] = [];
  const bad = (msg: string): void => void errs.push(`${name}: ${msg}`);
  if (typeof e.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(e.id)) bad('"id" must be lower-case letters, digits and hyphens');
  if (!isStringArray(e.forms, true)) bad('"forms" must be a non-empty list of words or phrases');
  // A finding covers the form only: a short phrase, never a clause.
  else for (const f of e.forms) if (f.trim().split(/\s+/).length > MAX_FORM_WORDS) bad(`form "${f}" has more than ${MAX_FORM_WORDS} words`);
  if (!CATEGORIES.includes(e.category as Category)) bad(`unknown category ${JSON.stringify(e.category)} (use one of: ${CATEGORIES.join(', ')})`);
  if (typeof e.why !== 'string' || e.why.trim().length < 10) bad('"why" must explain in one sentence why the term is loaded');
  if (!isStringArray(e.alternatives, true)) bad('"alternatives" must be a non-empty list');
  const guides: string[] = team ? [...GUIDANCES, HOUSE_STYLE] : [...GUIDANCES];
  if (!guides.includes(e.guidance as string)) bad(`unknown guidance ${JSON.stringify(e.guidance)} (use one of: ${guides.join(', ')})`);
  const sevs = team ? ['warning', 'information', 'hint'] : ['warning', 'information'];
  if (!sevs.includes(e.severity as string)) bad(`"severity" must be ${sevs.map((x) => `"${x}"`).join(' or ')}`);
  if (!isStringArray(e.exceptions, false)) bad('"exceptions" must be a list of phrases (may be empty)');
  if (e.profiles !== undefined) {
    if (!e.profiles || typeof e.profiles !== 'object') bad('"profiles" must be an object');
    else
      for (const [k, v] of Object.entries(e.profiles)) {
        if (!PROFILES.includes(k as Profile)) bad(`unknown profile "${k}" (use ${PROFILES.join(', ')})`);
        if (v !== 'warning' && v !== 'information' && v !== 'off' && !(team && v === 'hint')) bad(`profile "${k}" must be "warning", "information" or "off"`);
      }
  }
  if (e.speechVerb !== undefined && typeof e.speechVerb !== 'boolean') bad('"speechVerb" must be true or false');
  if (e.inflect !== undefined && !INFLECTS.includes(e.inflect as Inflect)) bad(`"inflect" must be one of ${INFLECTS.join(', ')}`);
  if (e.onlyTags !== undefined && !(Array.isArray(e.onlyTags) && e.onlyTags.every((t) => TAGS.includes(t as InflTag)))) bad(`"onlyTags" must list some of ${TAGS.join(', ')}`);
  if (e.requireContext !== undefined && !isStringArray(e.requireContext, true)) bad('"requireContext" must be a non-empty list of patterns');
  if (e.afterDev !== undefined && e.afterDev !== true) bad('"afterDev" must be true (or left out)');
  if (e.ref !== undefined || !team) for (const m of validateRef(e.ref, e.severity)) bad(m);
  for (const k of Object.keys(e)) if (!KEYS.has(k)) bad(`unknown field "${k}"`);
  return errs;
}

/** A reference a reviewer can follow; the default severity must match the strength of the advice. */
function validateRef(raw: unknown, severity: unknown): string[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return ['"ref" must be {"guide", "section" or "url", "advice"}: where the advice can be checked'];
  const r = raw as Record<string, unknown>;
  const errs: string[] = [];
  if (typeof r.guide !== 'string' || !r.guide.trim()) errs.push('"ref.guide" must name the guide');
  const has = (k: string): boolean => typeof r[k] === 'string' && (r[k]).trim() !== '';
  if (!has('section') && !has('url')) errs.push('"ref" needs a "section" or a "url"');
  if (!ADVICES.includes(r.advice as Advice)) errs.push('"ref.advice" must be "avoid" or "care"');
  else if (severity !== 'hint' && severity !== (r.advice === 'avoid' ? 'warning' : 'information')) errs.push(`"severity" must follow the guide: advice "${String(r.advice)}" means ${r.advice === 'avoid' ? 'warning' : 'information'}`);
  for (const k of Object.keys(r)) if (!['guide', 'section', 'url', 'advice'].includes(k)) errs.push(`unknown field "ref.${k}"`);
  return errs;
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
  if (!Array.isArray(list)) return { entries: [], errors: [`${where}: expected a list of entries or {"entries": [...]}`] };
  return { entries: list, errors: [] };
}

/** Shape checks plus duplicate ids; duplicate surface forms are checked in load.ts after inflection. */
export function validateEntries(list: unknown[], where: string, team = false): { entries: LexiconEntry[]; errors: string[] } {
  const errors: string[] = [];
  const entries: LexiconEntry[] = [];
  const ids = new Map<string, number>();
  list.forEach((raw, i) => {
    const errs = validateEntry(raw, `${where}[${i}]`, team);
    if (errs.length) return void errs.forEach((e) => errors.push(e));
    const e = raw as LexiconEntry;
    const prev = ids.get(e.id);
    if (prev !== undefined) return void errors.push(`${where}[${i}] ("${e.id}"): duplicate id (also ${where}[${prev}])`);
    ids.set(e.id, i);
    entries.push(e);
  });
  return { entries, errors };
}
