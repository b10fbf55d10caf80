// Typed, read-only snapshot of the wirecheck.* settings; each is read through the one schema (src/core/schema/settings.ts)
// and an invalid value falls back to its default with a logged reason.
import * as vscode from 'vscode';
import { parseRuleSettings, type RuleSetting } from '../core/config';
import { RULE_IDS } from '../core/rules';
import { parseSettings } from '../core/schema/settings';

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

export function readSettings(scope?: vscode.ConfigurationScope): { settings: Settings; errors: string[] } {
  const c = vscode.workspace.getConfiguration('wirecheck', scope);
  const rules = parseRuleSettings(c.get('rules'), RULE_IDS);
  const { values, errors } = parseSettings((key) => c.get(key));
  const settings: Settings = Object.freeze({
    enable: values.enable,
    rules: Object.freeze(rules.rules),
    languages: values.languages,
    include: values.include,
    exclude: values.exclude,
    maxFileBytes: values.maxFileSizeKB * 1024,
    debounceMs: values.debounceMs,
    styleProfile: values.styleProfile,
    quotedTerms: values.quotedTerms,
    storyFolders: values.storyFolders,
    deskFolder: values.deskFolder,
  });
  return { settings, errors: [...rules.errors.map((e) => `settings: ${e}`), ...errors.map((e) => `settings: ${e}`)] };
}
