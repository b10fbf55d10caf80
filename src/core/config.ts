// Check configuration: per-rule settings from the editor or CLI, plus the workspace file (.wirecheck.json) that a
// desk shares: ignored findings and team lexicon changes. Parsing never throws: bad parts are reported and skipped.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import * as v from 'valibot';
import { describeIssues } from './schema/issues';
import { ruleSettingSchema, type RuleSetting } from './schema/settings';
import { workspaceSchemas, type IgnoredConflict, type IgnoredFigure, type IgnoredTerm } from './schema/workspaceFile';

export type { RuleSetting } from './schema/settings';

export type { IgnoredConflict, IgnoredFigure, IgnoredTerm } from './schema/workspaceFile';

export interface TeamLexicon {
  add?: unknown[];
  disable?: string[];
  disableCategories?: string[];
}

export interface WorkspaceFile {
  ignoredFigures: IgnoredFigure[];
  ignoredTerms: IgnoredTerm[];
  ignoredConflicts: IgnoredConflict[];
  /** Keyed like a conflict ({ key, text }): every other rule's ignore key. */
  ignoredFindings: IgnoredConflict[];
  lexicon?: TeamLexicon;
  profile?: string;
}

export interface CheckConfig {
  rules: Record<string, RuleSetting>;
  profile: string;
  quotedTerms: 'off' | 'hint' | 'information' | 'warning';
  workspace: WorkspaceFile;
  /** Where the workspace file came from, for messages ("ignoredFigures[2] in /desk/.wirecheck.json"). */
  workspacePath?: string;
  /** The time embargoes are checked against (ms since the epoch), passed in so the core stays deterministic. */
  now?: number;
}

export const WORKSPACE_FILE = '.wirecheck.json';

export function defaultConfig(): CheckConfig {
  return {
    rules: {},
    profile: 'inhouse',
    quotedTerms: 'information',
    workspace: { ignoredFigures: [], ignoredTerms: [], ignoredConflicts: [], ignoredFindings: [] },
  };
}

/**
 * Parses .wirecheck.json text (comments allowed). Returns what is valid and one message per invalid part;
 * `validateLexicon` (the lexicon's own validator) names bad team entries.
 */
export function parseWorkspaceFile(
  text: string,
  validateLexicon?: (team: TeamLexicon) => string[],
): { file: WorkspaceFile; errors: string[] } {
  try {
    return parseWorkspaceText(text, validateLexicon);
  } catch (e) {
    // A file nested thousands of levels deep overflows the parser's stack: report it and apply none of it.
    const why =
      e instanceof RangeError
        ? 'the file is nested too deeply to read'
        : `the file could not be read (${e instanceof Error ? e.message : String(e)})`;
    return { file: { ignoredFigures: [], ignoredTerms: [], ignoredConflicts: [], ignoredFindings: [] }, errors: [why] };
  }
}

function parseWorkspaceText(
  text: string,
  validateLexicon?: (team: TeamLexicon) => string[],
): { file: WorkspaceFile; errors: string[] } {
  const errors: string[] = [];
  const parseErrors: ParseError[] = [];
  // Editors save JSON with a BOM; jsonc-parser would call it an invalid symbol.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const raw = parse(text, parseErrors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  for (const e of parseErrors.slice(0, 5))
    errors.push(`JSON error ${printParseErrorCode(e.error)} at offset ${e.offset}`);
  const file: WorkspaceFile = { ignoredFigures: [], ignoredTerms: [], ignoredConflicts: [], ignoredFindings: [] };
  if (raw === undefined || raw === null) return { file, errors };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { file, errors: [...errors, 'the file must hold a JSON object'] };
  const obj = raw as Record<string, unknown>;
  const { IGNORED_CONFLICT, IGNORED_FIGURE, IGNORED_TERM, WORKSPACE_PARTS } = workspaceSchemas();
  // Each part, and each entry of a list, is checked on its own: one bad entry never loses the others.
  const each = <T>(
    name: 'ignoredFigures' | 'ignoredTerms' | 'ignoredConflicts' | 'ignoredFindings',
    item: v.GenericSchema,
    into: T[],
  ): void => {
    const value = obj[name];
    if (value === undefined) return;
    if (!Array.isArray(value)) return void errors.push(`${name}: must be an array`);
    value.forEach((e, i) => {
      const r = v.safeParse(item, e);
      if (r.success) into.push(e as T);
      else for (const m of describeIssues(r.issues, `${name}[${i}]`)) errors.push(m);
    });
  };
  each<IgnoredFigure>('ignoredFigures', IGNORED_FIGURE, file.ignoredFigures);
  each<IgnoredTerm>('ignoredTerms', IGNORED_TERM, file.ignoredTerms);
  each<IgnoredConflict>('ignoredConflicts', IGNORED_CONFLICT, file.ignoredConflicts);
  each<IgnoredConflict>('ignoredFindings', IGNORED_CONFLICT, file.ignoredFindings);
  if (obj.lexicon !== undefined) {
    // Only the outline here: the lexicon's own validator names bad entries once, with their ids.
    if (typeof obj.lexicon === 'object' && obj.lexicon !== null && !Array.isArray(obj.lexicon)) {
      file.lexicon = obj.lexicon;
      if (validateLexicon) for (const e of validateLexicon(file.lexicon)) errors.push(e);
    } else errors.push('lexicon: must be an object with "add", "disable" and "disableCategories"');
  }
  if (obj.profile !== undefined) {
    const r = v.safeParse(WORKSPACE_PARTS.profile, obj.profile);
    if (r.success && r.output !== undefined) file.profile = r.output;
    else if (!r.success) for (const m of describeIssues(r.issues, 'profile')) errors.push(m);
  }
  for (const key of Object.keys(obj)) if (!(key in WORKSPACE_PARTS)) errors.push(`unknown key "${key}"`);
  return { file, errors };
}

/** Rule settings from untyped input (settings.json, CLI): invalid values are dropped with a message. */
export function parseRuleSettings(
  raw: unknown,
  known: readonly string[],
): { rules: Record<string, RuleSetting>; errors: string[] } {
  const rules: Record<string, RuleSetting> = {};
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { rules, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { rules, errors: ['"wirecheck.rules" must be an object'] };
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.includes(id)) {
      errors.push(`unknown rule "${id}" (known: ${known.join(', ')})`);
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      errors.push(`rule "${id}" needs an object like {"enabled": true, "severity": "warning"}`);
      continue;
    }
    // A bad field is dropped with its reason; the rule's good fields still apply.
    const setting: RuleSetting = {};
    for (const [field, schema] of Object.entries(ruleSettingSchema().entries)) {
      const fieldValue = (value as Record<string, unknown>)[field];
      if (fieldValue === undefined) continue;
      const r = v.safeParse(schema, fieldValue);
      if (r.success) Object.assign(setting, { [field]: r.output });
      else errors.push(`rule "${id}": ${r.issues[0].message}`);
    }
    for (const field of Object.keys(value))
      if (!(field in ruleSettingSchema().entries)) errors.push(`rule "${id}": unknown field "${field}"`);
    rules[id] = setting;
  }
  return { rules, errors };
}
