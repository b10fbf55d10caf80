// What the configuration does to a rule's findings: its configured severity, and the workspace file entry that hides
// a finding (`ignoredBy`, named for the editor's message).
import type { CheckConfig } from '../config';
import { anyEntryKey, figureEntryKey, termEntryKey } from '../schema/ignoreKey';
import { severityRank, type Finding, type Severity } from '../types';
import type { AnyRule } from './rule';

/** A rule's configured severity replaces its default level; weaker findings (notes) are capped, never raised. */
export function adjustSeverity(finding: Finding, rule: AnyRule, configured: Severity | undefined): Severity {
  if (!configured) return finding.severity;
  if (finding.severity === rule.defaultSeverity) return configured;
  return severityRank(finding.severity) < severityRank(configured) ? configured : finding.severity;
}

const labelsByConfig = new WeakMap<CheckConfig, Map<string, string>>();

/** Ignore keys of a configuration's workspace file, each with the entry that names it. */
export function ignoreLabels(config: CheckConfig): Map<string, string> {
  let labels = labelsByConfig.get(config);
  if (labels) return labels;
  const where = config.workspacePath ?? '.wirecheck.json';
  labels = new Map();
  config.workspace.ignoredFigures.forEach((e, i) => labels.set(figureEntryKey(e), `ignoredFigures[${i}] in ${where}`));
  config.workspace.ignoredTerms.forEach((e, i) => labels.set(termEntryKey(e), `ignoredTerms[${i}] in ${where}`));
  config.workspace.ignoredConflicts.forEach((e, i) => labels.set(e.key, `ignoredConflicts[${i}] in ${where}`));
  config.workspace.ignoredFindings.forEach((e, i) => labels.set(e.key, `ignoredFindings[${i}] in ${where}`));
  labelsByConfig.set(config, labels);
  return labels;
}

/** A copy of a rule's raw finding with the configuration applied (severity, and `ignoredBy` when an entry hides it). */
export function settle(raw: Finding, rule: AnyRule, config: CheckConfig, labels: Map<string, string>): Finding {
  const f = { ...raw };
  f.severity = adjustSeverity(f, rule, config.rules[rule.id]?.severity);
  const ignoredBy = f.ignoreKey ? (labels.get(f.ignoreKey) ?? labels.get(anyEntryKey(f.ignoreKey) ?? '')) : undefined;
  if (ignoredBy) f.ignoredBy = ignoredBy;
  return f;
}
