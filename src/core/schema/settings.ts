// The one definition of the wirecheck.* settings: the extension reads them through `parseSettings`, and package.json
// `contributes.configuration` is generated from these schemas (scripts/generate.mjs, see contributes.ts).
import * as v from 'valibot';
import { SEVERITIES } from '../types';
import { PROFILES } from './lexiconEntry';
import { once } from './once';

/** One rule's entry in `wirecheck.rules`. */
export const ruleSettingSchema = once(() =>
  v.strictObject({
    enabled: v.optional(v.boolean('"enabled" must be true or false')),
    severity: v.optional(v.picklist(SEVERITIES, `"severity" must be one of ${SEVERITIES.join(', ')}`)),
  }),
);
export type RuleSetting = v.InferOutput<ReturnType<typeof ruleSettingSchema>>;

export const QUOTED_TERMS = ['off', 'hint', 'information', 'warning'] as const;
export const DEFAULT_LANGUAGES = ['plaintext', 'markdown', 'xml', 'json'];
export const DEFAULT_EXCLUDE = ['**/*.log', '**/*.csv', '**/*.tsv', '**/node_modules/**', '**/CHANGELOG.md'];

const strings = (fallback: string[]) =>
  v.optional(v.array(v.string('must be a list of strings'), 'must be a list of strings'), () => [...fallback]);
const number = (fallback: number) => v.optional(v.number('must be a number'), fallback);

/** Every setting but `rules` (built from the rule list), in the order the Settings editor shows them. */
const buildSettings = () => ({
  enable: v.pipe(
    v.optional(v.boolean('must be true or false'), true),
    v.description('Check plain-text and Markdown articles as you edit.'),
  ),
  languages: v.pipe(
    strings(DEFAULT_LANGUAGES),
    v.description(
      'Language ids of documents to check. XML and JSON documents are checked only when they are agency items (NewsML-G2, NITF, ninjs); configuration files never are.',
    ),
  ),
  include: v.pipe(
    strings([]),
    v.description('Glob patterns of files to check (empty: every plain-text and Markdown file that looks like prose).'),
  ),
  exclude: v.pipe(strings(DEFAULT_EXCLUDE), v.description('Glob patterns of files never checked.')),
  maxFileSizeKB: v.pipe(
    number(1024),
    v.minValue(1, 'must be at least 1'),
    v.maxValue(1024 * 1024, 'must be at most 1048576 (1 GB)'),
    v.description('Larger documents are skipped, with a message in the status bar.'),
  ),
  debounceMs: v.pipe(
    number(250),
    v.minValue(0, 'must be at least 0'),
    v.maxValue(5000, 'must be at most 5000'),
    v.description('Delay after the last keystroke before checking again.'),
  ),
  styleProfile: v.pipe(
    v.optional(v.picklist(PROFILES, `must be one of ${PROFILES.join(', ')}`), 'inhouse'),
    v.description('Style guide the loaded-term lexicon follows.'),
    v.metadata({
      enumDescriptions: [
        'AP Stylebook emphasis',
        'Reuters Handbook of Journalism emphasis',
        'AFP style emphasis',
        'Every entry at its default severity, plus the team lexicon (default)',
      ],
    }),
  ),
  quotedTerms: v.pipe(
    v.optional(v.picklist(QUOTED_TERMS, `must be one of ${QUOTED_TERMS.join(', ')}`), 'information'),
    v.description("How loaded terms inside direct quotations (the speaker's words) are shown."),
  ),
  storyFolders: v.pipe(
    strings([]),
    v.description('Glob patterns of desk folders whose stories are matched against open articles.'),
  ),
  deskFolder: v.pipe(
    v.optional(v.boolean('must be true or false'), true),
    v.metadata({
      markdownDescription:
        'The open folders are the desk: their `.txt` and `.md` articles are matched in the background, so the panel, Compare and hovers list other versions of the story without opening them. Skipped, with a message, when the folders hold more than 5,000 text files.',
    }),
  ),
  archive: v.pipe(
    v.optional(v.string('must be a string'), ''),
    v.metadata({
      markdownDescription:
        'A desk archive in PostgreSQL (`postgres://user@host:port/database`, no password: set it with **Wirecheck: Set Archive Password**). The active article is matched against it in the background; see docs/archive.md.',
    }),
  ),
});
export const settingSchemas = once(buildSettings);
type SettingSchemas = ReturnType<typeof buildSettings>;

export type SettingValues = { [K in keyof SettingSchemas]: v.InferOutput<SettingSchemas[K]> };

/** Reads each setting through its schema: a bad value falls back to the default, with "wirecheck.<key>: why". */
export function parseSettings(get: (key: string) => unknown): { values: SettingValues; errors: string[] } {
  const values: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [key, schema] of Object.entries(settingSchemas()) as [string, v.GenericSchema][]) {
    const r = v.safeParse(schema, get(key));
    if (r.success) values[key] = r.output;
    else {
      values[key] = v.parse(schema, undefined);
      errors.push(`wirecheck.${key}: ${r.issues[0].message} (default ${JSON.stringify(values[key])} used)`);
    }
  }
  return { values: values as SettingValues, errors };
}
