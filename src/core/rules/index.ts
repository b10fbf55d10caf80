// Every rule, listed explicitly (no directory scanning, so the bundler sees them all).
import type { Rule } from './rule';
import { figureConflictRule } from './figureConflict';
import { loadedTermRule } from './loadedTerm';
import { quoteMismatchRule } from './quoteMismatch';
import { sourceChangedRule } from './sourceChanged';
import { unattributedFigureRule } from './unattributedFigure';
import { vagueSourceRule } from './vagueSource';
import { wireStatusRule } from './wireStatus';

export const RULES: readonly Rule[] = [
  unattributedFigureRule,
  loadedTermRule,
  figureConflictRule,
  vagueSourceRule,
  wireStatusRule,
  quoteMismatchRule,
  sourceChangedRule,
];
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
