// Every rule, listed explicitly (no directory scanning, so the bundler sees them all).
import type { AnyRule, RuleId } from './rule';
import { figureConflictRule } from './figureConflict';
import { loadedTermRule } from './loadedTerm';
import { quoteMismatchRule } from './quoteMismatch';
import { sourceChangedRule } from './sourceChanged';
import { unattributedFigureRule } from './unattributedFigure';
import { vagueSourceRule } from './vagueSource';
import { wireStatusRule } from './wireStatus';

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
