// The rules in an editor's words: what menus, messages and pickers say (ids stay for settings, the CLI and SARIF).
// Everything here is read from the rule list: no rule id is written in the editor's code.
import { RULES, ruleById } from '../core/rules';
import type { Finding } from '../core/types';

/** The rule's name ("Figure with no source") for its id; an unknown id is shown as written. */
export function ruleName(id: string): string {
  return ruleById(id)?.name ?? id;
}

/** The title of the action that opens a rule's page: a question the editor would ask. */
export function docsTitle(id: string): string {
  return ruleById(id)?.docsQuestion ?? `About "${ruleName(id)}"`;
}

/** A message that starts with its rule's name, so the Problems view reads as a list of kinds of problem. */
export function namedMessage(id: string, message: string): string {
  const name = ruleName(id);
  if (message.toLowerCase().startsWith(name.toLowerCase())) return message;
  return `${name}: ${ruleById(id)?.restate?.(message) ?? message}`;
}

/** The status bar's counts: one per rule that has a tally word, in the rule list's order, then the matches. */
export function tallyText(shown: readonly Pick<Finding, 'rule'>[], matches: number): string {
  const counts = RULES.flatMap((r) => (r.tally ? [`${shown.filter((f) => f.rule === r.id).length} ${r.tally}`] : []));
  return [...counts, `${matches} matching`].join(' · ');
}
