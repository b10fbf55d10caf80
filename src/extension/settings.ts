// Typed, read-only snapshot of the wirecheck.* settings; invalid values fall back to defaults with a logged reason.
import * as vscode from 'vscode';
import { parseRuleSettings, type RuleSetting } from '../core/config';
import { RULE_IDS } from '../core/rules';

export interface Settings {
  readonly enable: boolean;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly languages: readonly string[];
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileBytes: number;
  readonly debounceMs: number;
  readonly styleProfile: string;
  readonly quotedTerms: 'off' | 'hint' | 'information' | 'warning';
  readonly storyFolders: readonly string[];
  /** The open folders are the desk: their articles are matched in the background. */
  readonly deskFolder: boolean;
}

const stringList = (v: unknown, fallback: string[]): string[] => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : fallback);
const number = (v: unknown, fallback: number, min: number, max: number): number => (typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback);

export function readSettings(scope?: vscode.ConfigurationScope): { settings: Settings; errors: string[] } {
  const c = vscode.workspace.getConfiguration('wirecheck', scope);
  const { rules, errors } = parseRuleSettings(c.get('rules'), RULE_IDS);
  const quoted = c.get<string>('quotedTerms');
  const profile = c.get<string>('styleProfile');
  const settings: Settings = Object.freeze({
    enable: c.get('enable') !== false,
    rules: Object.freeze(rules),
    languages: stringList(c.get('languages'), ['plaintext', 'markdown', 'xml', 'json']),
    include: stringList(c.get('include'), []),
    exclude: stringList(c.get('exclude'), []),
    maxFileBytes: number(c.get('maxFileSizeKB'), 1024, 1, 1024 * 1024) * 1024,
    debounceMs: number(c.get('debounceMs'), 250, 0, 5000),
    styleProfile: profile && ['ap', 'reuters', 'afp', 'inhouse'].includes(profile) ? profile : 'inhouse',
    quotedTerms: quoted === 'off' || quoted === 'hint' || quoted === 'warning' ? quoted : 'information',
    storyFolders: stringList(c.get('storyFolders'), []),
    deskFolder: c.get('deskFolder') !== false,
  });
  return { settings, errors: errors.map((e) => `settings: ${e}`) };
}
