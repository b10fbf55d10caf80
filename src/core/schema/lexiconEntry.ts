// The one definition of a loaded-terminology entry: shipped data files and team entries in .wirecheck.json are
// validated by these schemas, and the JSON schema for `lexicon.add` is generated from them (scripts/generate.mjs).
import * as v from 'valibot';
import { once } from './once';

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

export const GUIDANCES = [
  'AP Stylebook',
  'Reuters Handbook of Journalism',
  'BBC Editorial Guidelines',
  'AFP style',
  'Guardian and Observer style guide',
] as const;
/** Team entries may cite the desk's own rules instead of a published guide. */
export const HOUSE_STYLE = 'house style';
export type Guidance = (typeof GUIDANCES)[number] | typeof HOUSE_STYLE;

export const PROFILES = ['ap', 'reuters', 'afp', 'inhouse'] as const;
export type Profile = (typeof PROFILES)[number];

/** Shipped entries use warning/information; a team may also add hint-level entries. */
export type EntrySeverity = 'warning' | 'information' | 'hint';
export type ProfileSetting = EntrySeverity | 'off';

/** How the forms inflect: verbs inflect their first word, nouns their last. */
export const INFLECTS = ['none', 'noun', 'verb', 'both'] as const;
export type Inflect = (typeof INFLECTS)[number];
export const INFL_TAGS = ['base', 's', 'ed', 'en', 'ing', 'pl'] as const;
export type InflTag = (typeof INFL_TAGS)[number];

/** How strongly the guide advises against the term: "avoid" ("avoid", "do not use") → warning; "care" → information. */
export const ADVICES = ['avoid', 'care'] as const;
export type Advice = (typeof ADVICES)[number];

/** Longest form, in words: a finding covers the entry's form only. */
export const MAX_FORM_WORDS = 4;

const nonBlank = (s: string): boolean => s.trim() !== '';
const phrase = (message: string) => v.pipe(v.string(message), v.minLength(1, message), v.check(nonBlank, message));
const phrases = (message: string, nonEmpty: boolean) =>
  nonEmpty ? v.pipe(v.array(phrase(message), message), v.minLength(1, message)) : v.array(phrase(message), message);
const quoted = (xs: readonly string[]): string =>
  xs
    .map((x) => `"${x}"`)
    .join(xs.length === 2 ? ' or ' : ', ')
    .replace(/, ([^,]*)$/, ' or $1');
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const isWords = (f: string): boolean => /[\p{L}\p{N}]/u.test(f) && /^[\s.'’-]*$/.test(f.replace(WORD_RUN, ''));
/** A path key as text: object keys are strings, array indexes numbers; anything else has no name to show. */
const keyText = (key: unknown): string => (typeof key === 'string' || typeof key === 'number' ? String(key) : '');
/** A strict object whose messages say which field is unknown or missing (a missing field gets its own schema's message). */
function strictFields<const E extends v.ObjectEntries>(entries: E, prefix: string, notObject: string) {
  return v.strictObject(entries, (issue) => {
    const key = keyText(issue.path?.[issue.path.length - 1]?.key);
    if (!issue.path?.length) return notObject;
    if (issue.expected === 'never') return `unknown field "${prefix}${key}"`;
    const field = entries[key] as { message?: unknown; pipe?: { message?: unknown }[] } | undefined;
    const message = field?.message ?? field?.pipe?.[0]?.message;
    return typeof message === 'function'
      ? String((message as (i: unknown) => unknown)({ ...issue, input: undefined, path: undefined }))
      : typeof message === 'string'
        ? message
        : `"${prefix}${key}" is required`;
  });
}
const has = (s: string | undefined): boolean => typeof s === 'string' && s.trim() !== '';

/** Where a reviewer checks the advice: the guide and its section or a URL. */
const guideRefSchema = () =>
  v.pipe(
    strictFields(
      {
        guide: v.pipe(
          v.string('"ref.guide" must name the guide'),
          v.check(nonBlank, '"ref.guide" must name the guide'),
        ),
        section: v.optional(v.string('"ref.section" must be text')),
        url: v.optional(v.string('"ref.url" must be text')),
        advice: v.picklist(ADVICES, '"ref.advice" must be "avoid" or "care"'),
      },
      'ref.',
      '"ref" must be {"guide", "section" or "url", "advice"}: where the advice can be checked',
    ),
    // Checked even when another field of the ref is wrong, so both are reported at once.
    v.partialCheck([['section'], ['url']], (r) => has(r.section) || has(r.url), '"ref" needs a "section" or a "url"'),
    v.description('Where a reviewer checks the advice: the guide and its section or a URL.'),
  );
export type GuideRef = v.InferOutput<ReturnType<typeof guideRefSchema>>;

function entrySchema(team: boolean) {
  const guides: string[] = team ? [...GUIDANCES, HOUSE_STYLE] : [...GUIDANCES];
  const severities = (
    team ? ['warning', 'information', 'hint'] : ['warning', 'information']
  ) as readonly EntrySeverity[];
  const profileValues = (
    team ? ['warning', 'information', 'hint', 'off'] : ['warning', 'information', 'off']
  ) as readonly ProfileSetting[];
  const guidance = v.picklist(
    guides as [Guidance, ...Guidance[]],
    (i) => `unknown guidance ${JSON.stringify(i.input)} (use one of: ${guides.join(', ')})`,
  );
  const severity = v.picklist(severities, `"severity" must be ${quoted(severities)}`);
  const guideRef = guideRefSchema();
  const exceptions = v.pipe(
    phrases('"exceptions" must be a list of phrases (may be empty)', false),
    v.description(
      'Context patterns where the term is not loaded: "_" marks the term; "a|b" alternatives, "*" any word, "..." up to 4 words, "<Cap>", "<Name>".',
    ),
  );
  return v.pipe(
    strictFields(
      {
        id: v.pipe(
          v.string('"id" must be lower-case letters, digits and hyphens'),
          v.regex(/^[a-z0-9][a-z0-9-]*$/, '"id" must be lower-case letters, digits and hyphens'),
        ),
        forms: v.pipe(
          phrases('"forms" must be a non-empty list of words or phrases', true),
          // A finding covers the form only: a short phrase, never a clause.
          v.rawCheck(({ dataset, addIssue }) => {
            if (dataset.typed)
              for (const f of dataset.value)
                if (f.trim().split(/\s+/).length > MAX_FORM_WORDS)
                  addIssue({ message: `form "${f}" has more than ${MAX_FORM_WORDS} words` });
          }),
          // A team's forms are words, not patterns: "(a+)+$" would otherwise match as the word "a" and flag every "a".
          v.rawCheck(({ dataset, addIssue }) => {
            if (team && dataset.typed)
              for (const f of dataset.value)
                if (!isWords(f))
                  addIssue({
                    message: `form ${JSON.stringify(f)} must be words (letters, digits, spaces, hyphens, apostrophes), not a pattern`,
                  });
          }),
          v.description('Base forms (phrases allowed); inflections are generated from "inflect".'),
        ),
        category: v.picklist(
          CATEGORIES,
          (i) => `unknown category ${JSON.stringify(i.input)} (use one of: ${CATEGORIES.join(', ')})`,
        ),
        why: v.pipe(
          v.string('"why" must explain in one sentence why the term is loaded'),
          v.check((s) => s.trim().length >= 10, '"why" must explain in one sentence why the term is loaded'),
          v.description('One sentence: why the term is loaded.'),
        ),
        alternatives: v.pipe(
          phrases('"alternatives" must be a non-empty list', true),
          v.description(
            'Neutral wording, best first. "(…)" items are advice, not replacement text. With inflect "both", "n:"/"v:" mark noun/verb alternatives.',
          ),
        ),
        // Team entries may leave out guidance, severity and exceptions: the defaults below are filled in.
        guidance: team ? v.optional(guidance, HOUSE_STYLE) : guidance,
        severity: team ? v.optional(severity, 'warning') : severity,
        exceptions: team ? v.optional(exceptions, () => []) : exceptions,
        profiles: v.optional(
          v.record(
            v.picklist(PROFILES, (i) => `unknown profile ${JSON.stringify(i.input)} (use ${PROFILES.join(', ')})`),
            v.picklist(
              profileValues,
              (i) => `profile "${String(i.path?.[i.path.length - 1]?.key)}" must be ${quoted(profileValues)}`,
            ),
            '"profiles" must be an object',
          ),
        ),
        speechVerb: v.optional(
          v.pipe(
            v.boolean('"speechVerb" must be true or false'),
            v.description('Flag only when the verb introduces speech or a reported clause.'),
          ),
        ),
        inflect: v.optional(v.picklist(INFLECTS, `"inflect" must be one of ${INFLECTS.join(', ')}`)),
        onlyTags: v.optional(
          v.pipe(
            v.array(
              v.picklist(INFL_TAGS, `"onlyTags" must list some of ${INFL_TAGS.join(', ')}`),
              `"onlyTags" must list some of ${INFL_TAGS.join(', ')}`,
            ),
            v.description(
              'Restrict generated inflections (e.g. only "ed"/"ing" for verbs whose base form is mostly a noun).',
            ),
          ),
        ),
        requireContext: v.optional(
          v.pipe(
            phrases('"requireContext" must be a non-empty list of patterns', true),
            v.description('Flag only when one of these context patterns matches (same syntax as exceptions).'),
          ),
        ),
        ref: team ? v.optional(guideRef) : guideRef,
        afterDev: v.optional(v.literal(true, '"afterDev" must be true (or left out)')),
      },
      '',
      'an entry must be an object',
    ),
    // The default severity must match the strength of the guide's advice (a team's hint-level entry excepted).
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed || !dataset.value.ref || dataset.value.severity === 'hint') return;
      const expected = dataset.value.ref.advice === 'avoid' ? 'warning' : 'information';
      if (dataset.value.severity !== expected)
        addIssue({
          message: `"severity" must follow the guide: advice "${dataset.value.ref.advice}" means ${expected}`,
        });
    }),
  );
}

/** An entry of the shipped lexicon (src/core/lexicon/data): a guide reference is required. */
export const shippedEntrySchema = once(() => entrySchema(false));
/** An entry a desk adds in .wirecheck.json `lexicon.add`: may cite house style, be a hint, leave out severity. */
export const teamEntrySchema = once(() => entrySchema(true));

export type LexiconEntry = v.InferOutput<ReturnType<typeof teamEntrySchema>>;

/** Checks one entry; every message starts with `where` and the entry's id ("lexicon.add[2] ("boffin"): …"). */
export function entryIssues(raw: unknown, where: string, team: boolean): { entry?: LexiconEntry; errors: string[] } {
  const result = v.safeParse(team ? teamEntrySchema() : shippedEntrySchema(), raw);
  if (result.success) return { entry: result.output, errors: [] };
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  const name = typeof id === 'string' && id ? `${where} ("${id}")` : where;
  return { errors: [...new Set(result.issues.map((i) => `${name}: ${i.message}`))] };
}

/** The entry the "Add to team lexicon" command writes: house style, warning level, no exceptions yet. */
export function teamTermEntry(input: {
  term: string;
  alternatives: string;
  why: string;
  category: Category;
}): Record<string, unknown> {
  const term = input.term.trim();
  return {
    id: `team-${
      term
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'term'
    }`,
    forms: [term],
    category: input.category,
    why: input.why.trim(),
    alternatives: input.alternatives
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    guidance: HOUSE_STYLE,
    severity: 'warning',
    exceptions: [],
  };
}
