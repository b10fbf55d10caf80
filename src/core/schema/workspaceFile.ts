// The one definition of .wirecheck.json: config.ts validates each part with these schemas (bad parts are reported and
// skipped), and schemas/wirecheck.schema.json is generated from them (scripts/generate.mjs).
import * as v from 'valibot';
import { CATEGORIES, PROFILES, teamEntrySchema } from './lexiconEntry';
import { once } from './once';

const text = (message: string) => v.pipe(v.string(message), v.minLength(1, message));

function build() {
  const IGNORED_FIGURE = v.pipe(
    v.strictObject(
      {
        figure: v.pipe(text('needs a "figure" string'), v.description('The figure as written, lower case.')),
        noun: v.pipe(
          v.string('needs a "noun" string (may be empty)'),
          v.description('What it counts (lemma), may be empty.'),
        ),
        sentence: v.pipe(text('needs a "sentence" string'), v.description('Hash of the sentence it stands in.')),
        text: v.optional(
          v.pipe(v.string('"text" must be a string'), v.description('The sentence, for people reading this file.')),
        ),
      },
      (i) => unknownOrMissing(i, 'needs "figure", "noun" and "sentence" strings'),
    ),
  );

  const IGNORED_TERM = v.strictObject(
    {
      term: v.pipe(text('needs a "term" string'), v.description('The term as matched, lower case.')),
      entry: v.optional(
        v.pipe(
          v.string('"entry" must be a string'),
          v.description('Lexicon entry id; omit to ignore the term under every entry.'),
        ),
      ),
    },
    (i) => unknownOrMissing(i, 'needs a "term" string'),
  );

  const IGNORED_CONFLICT = v.strictObject(
    {
      key: v.pipe(text('needs a "key" string'), v.description('The fact and both figures.')),
      text: v.optional(
        v.pipe(v.string('"text" must be a string'), v.description('The sentence, for people reading this file.')),
      ),
    },
    (i) => unknownOrMissing(i, 'needs a "key" string'),
  );

  const TEAM_LEXICON = v.pipe(
    v.strictObject(
      {
        add: v.optional(
          v.pipe(
            v.array(teamEntrySchema(), 'must be a list of entries'),
            v.description('Terms the desk flags, with its own alternatives.'),
          ),
        ),
        disable: v.optional(
          v.pipe(
            v.array(v.string('must be an entry id'), 'must be a list of entry ids'),
            v.description('Entry ids to switch off.'),
          ),
        ),
        disableCategories: v.optional(
          v.pipe(
            v.array(v.picklist(CATEGORIES, 'must be a category'), 'must be a list of categories'),
            v.description('Categories to switch off.'),
          ),
        ),
      },
      (i) => unknownOrMissing(i, 'must be an object with "add", "disable" and "disableCategories"'),
    ),
    v.description('Team lexicon: additions and switched-off entries or categories.'),
  );

  const PROFILE = v.pipe(
    v.picklist(PROFILES, (i) => `must be one of ${PROFILES.join(', ')}, not ${JSON.stringify(i.input)}`),
    v.description('Style profile for loaded terms.'),
  );

  const list = <T extends v.GenericSchema>(item: T, description: string) =>
    v.optional(v.pipe(v.array(item, 'must be an array'), v.description(description)));

  /** Every part of the file, in the order they are read. */
  const WORKSPACE_PARTS = {
    $schema: v.optional(v.string('must be a string')),
    profile: v.optional(PROFILE),
    ignoredFigures: list(
      IGNORED_FIGURE,
      'Figures the desk accepts without a source. Keyed on the figure, its counted noun and its sentence, never on offsets.',
    ),
    ignoredTerms: list(IGNORED_TERM, 'Loaded terms the desk accepts.'),
    lexicon: v.optional(TEAM_LEXICON),
    ignoredConflicts: list(
      IGNORED_CONFLICT,
      'Conflicts between articles the desk has decided (written by the "Ignore this conflict" quick fix).',
    ),
    ignoredFindings: list(
      IGNORED_CONFLICT,
      'Other findings the desk accepts: vague sources, wire status, quote mismatches, changed sources (written by their "Ignore" quick fix).',
    ),
  };

  const WORKSPACE_FILE_SCHEMA = v.pipe(
    v.strictObject(WORKSPACE_PARTS, (i) => unknownOrMissing(i, 'the file must hold a JSON object')),
    v.title('Wirecheck workspace file (.wirecheck.json)'),
    v.description('Shared by a desk: findings to ignore and the team lexicon. Comments are allowed.'),
  );
  return { IGNORED_FIGURE, IGNORED_TERM, IGNORED_CONFLICT, TEAM_LEXICON, WORKSPACE_PARTS, file: WORKSPACE_FILE_SCHEMA };
}

/** The file's schemas, built on first use. */
export const workspaceSchemas = once(build);
type Schemas = ReturnType<typeof build>;

export type IgnoredFigure = v.InferOutput<Schemas['IGNORED_FIGURE']>;
export type IgnoredTerm = v.InferOutput<Schemas['IGNORED_TERM']>;
export type IgnoredConflict = v.InferOutput<Schemas['IGNORED_CONFLICT']>;

/** An unknown key names itself; anything else (not an object, a field missing) gets the part's own message. */
function unknownOrMissing(issue: v.BaseIssue<unknown>, message: string): string {
  const key = issue.path?.[issue.path.length - 1]?.key;
  return issue.expected === 'never' && (typeof key === 'string' || typeof key === 'number')
    ? `unknown key "${key}"`
    : message;
}
