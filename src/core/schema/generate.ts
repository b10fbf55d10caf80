// Build step (scripts/build.mjs): the JSON schemas and package.json `contributes.configuration`, generated from the
// one schema. A unit test regenerates them and fails when a checked-in file is stale.
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import type { AnyRule } from '../rules/rule';
import { SEVERITIES } from '../types';
import { shippedEntrySchema } from './lexiconEntry';
import { settingSchemas } from './settings';
import { workspaceSchemas } from './workspaceFile';

// Refinements (checks across fields) are validation only: JSON schema shows the shape.
const convert = (schema: v.GenericSchema): JsonSchema => toJsonSchema(schema, { errorMode: 'ignore' });

/** A setting's JSON schema as VS Code reads it (no `$schema` on each property). */
function property(schema: v.GenericSchema): JsonSchema {
  const { $schema: _drop, ...rest } = convert(schema);
  return rest;
}

/** What the settings step reads of a rule: its id, default severity and the text its Settings entry shows. */
export type SettingRule = Pick<AnyRule, 'id' | 'defaultSeverity' | 'description' | 'settingDescription'>;

/** `contributes.configuration`: every setting, `wirecheck.rules` built from the rule list (each rule's own text and default severity). */
export function contributesConfiguration(rules: readonly SettingRule[]): unknown {
  const ruleProperties: Record<string, JsonSchema> = {};
  for (const rule of rules) {
    const description = rule.settingDescription ?? rule.description;
    const setting = v.strictObject({
      enabled: v.optional(v.boolean(), true),
      severity: v.optional(v.picklist(SEVERITIES), rule.defaultSeverity),
    });
    ruleProperties[rule.id] = property(
      v.pipe(v.optional(setting, { enabled: true, severity: rule.defaultSeverity }), v.description(description)),
    );
  }
  const rulesSetting: JsonSchema = {
    type: 'object',
    default: {},
    description: 'Per-rule settings: enabled and severity.',
    properties: ruleProperties,
    additionalProperties: false,
  };
  const properties: Record<string, JsonSchema> = {};
  for (const [key, schema] of Object.entries(settingSchemas()) as [string, v.GenericSchema][]) {
    properties[`wirecheck.${key}`] = property(schema);
    // The Settings editor lists them in this order: the switch, then the per-rule settings.
    if (key === 'enable') properties['wirecheck.rules'] = rulesSetting;
  }
  return { title: 'Wirecheck', properties };
}

/** schemas/wirecheck.schema.json: the workspace file, team lexicon entries included. */
export function workspaceJsonSchema(): JsonSchema {
  return convert(workspaceSchemas().file);
}

/** schemas/lexicon-entry.schema.json: one entry of the shipped lexicon (src/core/lexicon/data/<category>.json). */
export function lexiconEntryJsonSchema(): JsonSchema {
  return { ...convert(shippedEntrySchema()), title: 'Wirecheck lexicon entry (src/core/lexicon/data)' };
}

/** The checked-in files this step writes, by path from the project root. */
export function generatedSchemaFiles(): Record<string, string> {
  const text = (o: unknown): string => JSON.stringify(o, null, 2) + '\n';
  return {
    'schemas/wirecheck.schema.json': text(workspaceJsonSchema()),
    'schemas/lexicon-entry.schema.json': text(lexiconEntryJsonSchema()),
  };
}

/** package.json with its `contributes.configuration` regenerated; everything else as it was. */
export function withGeneratedConfiguration(packageJson: string, rules: readonly SettingRule[]): string {
  const pkg = JSON.parse(packageJson) as { contributes: { configuration: unknown } };
  pkg.contributes.configuration = contributesConfiguration(rules);
  return JSON.stringify(pkg, null, 2) + '\n';
}
