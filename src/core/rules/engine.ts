// Running a rule: its options read once per configuration, its per-article state kept per text, and what it reports
// stamped into findings (rule id, severity, docs link, ignore key), so no rule builds or retypes those itself.
import * as v from 'valibot';
import type { DocumentAnalysis } from '../analyze';
import type { CheckConfig } from '../config';
import { toKey } from '../schema/ignoreKey';
import type { Finding } from '../types';
import type { AnyRule, FindingInit, Peer, RuleContext, RuleId } from './rule';

/** The finding a rule's report becomes. */
export function stamp(rule: AnyRule, f: FindingInit): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: f.severity ?? rule.defaultSeverity,
    start: f.start,
    end: f.end,
    message: f.message,
    suggestions: f.suggestions ?? [],
    docs: f.anchor ? `${rule.docs}#${f.anchor}` : rule.docs,
    related: f.related ?? [],
  };
  if (f.ignore) finding.ignoreKey = toKey(f.ignore);
  if (f.fixes) finding.fixes = f.fixes;
  return finding;
}

const optionsByConfig = new WeakMap<CheckConfig, Map<RuleId, unknown>>();

/** A rule's options for one configuration, parsed through its schema once (configurations are replaced, not edited). */
export function optionsOf(rule: AnyRule, config: CheckConfig): unknown {
  if (!rule.options) return undefined;
  let byRule = optionsByConfig.get(config);
  if (!byRule) optionsByConfig.set(config, (byRule = new Map<RuleId, unknown>()));
  if (byRule.has(rule.id)) return byRule.get(rule.id);
  const options = v.parse(rule.options.schema(), rule.options.read(config)) as unknown;
  byRule.set(rule.id, options);
  return options;
}

/** Per-rule state of one article's text: created with the Desk's document and dropped with it. */
export type RuleStates = Map<RuleId, unknown>;

export function stateIn(states: RuleStates, rule: AnyRule, doc: { id: string; analysis: DocumentAnalysis }): unknown {
  if (!rule.init) return undefined;
  if (states.has(rule.id)) return states.get(rule.id);
  const state: unknown = rule.init(doc);
  states.set(rule.id, state);
  return state;
}

export interface RunInput {
  id: string;
  analysis: DocumentAnalysis;
  peers?: Peer[];
  folderPeers?: Peer[];
  config: CheckConfig;
  open?: () => Iterable<{ id: string; analysis: DocumentAnalysis }>;
  relation?: RuleContext['relation'];
  /** This article's states, and a peer's, when the caller keeps them (the Desk); otherwise built per run. */
  states?: RuleStates;
  statesOf?: (peer: { id: string; analysis: DocumentAnalysis }) => RuleStates | undefined;
}

/** One rule over one article: the findings it reports, stamped. */
export function runRule(rule: AnyRule, input: RunInput): Finding[] {
  const own = input.states ?? new Map<RuleId, unknown>();
  const doc = { id: input.id, analysis: input.analysis };
  const ctx: RuleContext<unknown, unknown> = {
    id: input.id,
    analysis: input.analysis,
    peers: input.peers ?? [],
    folderPeers: input.folderPeers ?? [],
    options: optionsOf(rule, input.config),
    // Read on use: a desk rule with no peers never builds the state it would compare.
    get state() {
      return stateIn(own, rule, doc);
    },
    stateOf: (peer) => stateIn(input.statesOf?.(peer) ?? new Map<RuleId, unknown>(), rule, peer),
    open: input.open ?? (() => []),
    relation: input.relation,
  };
  const findings: Finding[] = [];
  rule.check(ctx, (f) => findings.push(stamp(rule, f)));
  return findings;
}
