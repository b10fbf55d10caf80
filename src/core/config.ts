// Check configuration: per-rule settings from the editor or CLI, plus the workspace file (.wirecheck.json) that a
// desk shares: ignored findings and team lexicon changes. Parsing never throws: bad parts are reported and skipped.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { PROFILES } from './lexicon/schema';
import { SEVERITIES, type Severity } from './types';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface IgnoredFigure {
  figure: string;
  noun: string;
  sentence: string;
  text?: string;
}

export interface IgnoredTerm {
  term: string;
  entry?: string;
}

export interface IgnoredConflict {
  key: string;
  text?: string;
}

export interface TeamLexicon {
  add?: unknown[];
  disable?: string[];
  disableCategories?: string[];
}

export interface WorkspaceFile {
  ignoredFigures: IgnoredFigure[];
  ignoredTerms: IgnoredTerm[];
  ignoredConflicts: IgnoredConflict[];
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
  return { rules: {}, profile: 'inhouse', quotedTerms: 'information', workspace: { ignoredFigures: [], ignoredTerms: [], ignoredConflicts: [] } };
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * Parses .wirecheck.json text (comments allowed). Returns what is valid and one message per invalid part;
 * `validateLexicon` (the lexicon's own validator) names bad team entries.
 */
export function parseWorkspaceFile(text: string, validateLexicon?: (team: TeamLexicon) => string[]): { file: WorkspaceFile; errors: string[] } {
  try {
    return parseWorkspaceText(text, validateLexicon);
  } catch (e) {
    // A file nested thousands of levels deep overflows the parser's stack: report it and apply none of it.
    const why = e instanceof RangeError ? 'the file is nested too deeply to read' : `the file could not be read (${e instanceof Error ? e.message : String(e)})`;
    return { file: { ignoredFigures: [], ignoredTerms: [], ignoredConflicts: [] }, errors: [why] };
  }
}

function parseWorkspaceText(text: string, validateLexicon?: (team: TeamLexicon) => string[]): { file: WorkspaceFile; errors: string[] } {
  const errors: string[] = [];
  const parseErrors: ParseError[] = [];
  // Editors save JSON with a BOM; jsonc-parser would call it an invalid symbol.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const raw = parse(text, parseErrors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  for (const e of parseErrors.slice(0, 5)) errors.push(`JSON error ${printParseErrorCode(e.error)} at offset ${e.offset}`);
  const file: WorkspaceFile = { ignoredFigures: [], ignoredTerms: [], ignoredConflicts: [] };
  if (raw === undefined || raw === null) return { file, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { file, errors: [...errors, 'the file must hold a JSON object'] };
  const obj = raw as Record<string, unknown>;
  const list = (name: string): unknown[] => {
    const v = obj[name];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      errors.push(`"${name}" must be an array`);
      return [];
    }
    return v;
  };
  list('ignoredFigures').forEach((e, i) => {
    const o = e as Partial<IgnoredFigure> | null;
    if (o && typeof o === 'object' && isString(o.figure) && typeof o.noun === 'string' && isString(o.sentence)) file.ignoredFigures.push(o as IgnoredFigure);
    else errors.push(`ignoredFigures[${i}] needs "figure", "noun" and "sentence" strings`);
  });
  list('ignoredTerms').forEach((e, i) => {
    const o = e as Partial<IgnoredTerm> | null;
    if (o && typeof o === 'object' && isString(o.term)) file.ignoredTerms.push(o as IgnoredTerm);
    else errors.push(`ignoredTerms[${i}] needs a "term" string`);
  });
  list('ignoredConflicts').forEach((e, i) => {
    const o = e as Partial<IgnoredConflict> | null;
    if (o && typeof o === 'object' && isString(o.key)) file.ignoredConflicts.push(o as IgnoredConflict);
    else errors.push(`ignoredConflicts[${i}] needs a "key" string`);
  });
  if (obj.lexicon !== undefined) {
    if (typeof obj.lexicon === 'object' && obj.lexicon !== null && !Array.isArray(obj.lexicon)) {
      file.lexicon = obj.lexicon;
      if (validateLexicon) for (const e of validateLexicon(file.lexicon)) errors.push(e);
    } else errors.push('"lexicon" must be an object with "add", "disable" and "disableCategories"');
  }
  if (obj.profile !== undefined) {
    if (typeof obj.profile === 'string' && (PROFILES as readonly string[]).includes(obj.profile)) file.profile = obj.profile;
    else errors.push(`"profile" must be one of ${PROFILES.join(', ')}, not ${JSON.stringify(obj.profile)}`);
  }
  for (const key of Object.keys(obj)) {
    if (!['$schema', 'ignoredFigures', 'ignoredTerms', 'ignoredConflicts', 'lexicon', 'profile'].includes(key)) errors.push(`unknown key "${key}"`);
  }
  return { file, errors };
}

/** Rule settings from untyped input (settings.json, CLI): invalid values are dropped with a message. */
export function parseRuleSettings(raw: unknown, known: readonly string[]): { rules: Record<string, RuleSetting>; errors: string[] } {
  const rules: Record<string, RuleSetting> = {};
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { rules, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { rules, errors: ['"wirecheck.rules" must be an object'] };
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.includes(id)) {
      errors.push(`unknown rule "${id}" (known: ${known.join(', ')})`);
      continue;
    }
    const v = value as RuleSetting | null;
    if (!v || typeof v !== 'object') {
      errors.push(`rule "${id}" needs an object like {"enabled": true, "severity": "warning"}`);
      continue;
    }
    const setting: RuleSetting = {};
    if (typeof v.enabled === 'boolean') setting.enabled = v.enabled;
    else if (v.enabled !== undefined) errors.push(`rule "${id}": "enabled" must be true or false`);
    if (v.severity !== undefined) {
      if (SEVERITIES.includes(v.severity)) setting.severity = v.severity;
      else errors.push(`rule "${id}": "severity" must be one of ${SEVERITIES.join(', ')}`);
    }
    rules[id] = setting;
  }
  return { rules, errors };
}
