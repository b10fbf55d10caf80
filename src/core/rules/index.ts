// Every rule, listed explicitly (no directory scanning, so the bundler sees them all).
import * as v from 'valibot';
import type { CheckConfig } from '../config';
import { fromKey } from '../schema/ignoreKey';
import type { AnyRule, LegacyRule, RuleId } from './rule';
import { figureConflictRule } from './figureConflict';
import { loadedTermRule } from './loadedTerm';
import { quoteMismatchRule } from './quoteMismatch';
import { sourceChangedRule } from './sourceChanged';
import { unattributedFigureRule } from './unattributedFigure';
import { vagueSourceRule } from './vagueSource';
import { wireStatusRule } from './wireStatus';

/** Transitional: a rule of the former shape on the contract (its findings re-reported, its config as options). */
export function fromLegacy(rule: LegacyRule): AnyRule {
  return {
    id: rule.id,
    name: rule.id,
    description: rule.description,
    docs: `docs/rules/${rule.id}.md`,
    defaultSeverity: rule.defaultSeverity,
    scope: rule.crossDocument ? 'desk' : 'document',
    options: { schema: () => v.custom<CheckConfig>(() => true), read: (config) => config },
    ...(rule.prepare ? { init: ({ id, analysis }) => rule.prepare!(id, analysis) } : {}),
    check(ctx, report) {
      const config = ctx.options as CheckConfig;
      for (const f of rule.run({ ...ctx, config })) {
        const ignore = f.ignoreKey === undefined ? undefined : fromKey(f.ignoreKey);
        const anchor = f.docs.split('#')[1];
        report({ ...f, ...(anchor ? { anchor } : {}), ...(ignore ? { ignore } : {}) });
      }
    },
  };
}

export const RULES: readonly AnyRule[] = [
  unattributedFigureRule,
  loadedTermRule,
  figureConflictRule,
  vagueSourceRule,
  wireStatusRule,
  quoteMismatchRule,
  sourceChangedRule,
];
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** A rule by its id (a finding's `rule`); undefined for an id no rule has. */
export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}
