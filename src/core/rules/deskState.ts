// What the Desk keeps for its rules between checks: each article's per-rule state (built by `init`, dropped with the
// analysis it was built from) and document rules' findings per text and configuration.
import type { DocumentAnalysis } from '../analyze';
import type { CheckConfig } from '../config';
import type { Finding } from '../types';
import type { RuleStates } from './engine';
import type { AnyRule } from './rule';

type Article = { id: string; analysis: DocumentAnalysis };

export class RuleStateStore {
  private readonly kept = new Map<string, { analysis: DocumentAnalysis; states: RuleStates }>();

  /** `holds`: whether the Desk holds this analysis (open, or a desk-folder analysis); anything else is built per run. */
  constructor(private readonly holds: (article: Article) => boolean) {}

  of(article: Article): RuleStates {
    const kept = this.kept.get(article.id);
    if (kept && kept.analysis === article.analysis) return kept.states;
    const states: RuleStates = new Map();
    if (this.holds(article)) this.kept.set(article.id, { analysis: article.analysis, states });
    return states;
  }

  forget(id: string): void {
    this.kept.delete(id);
  }
}

/** Document rules' raw findings per (config, rule, text hash): republishing a peer reruns only desk rules. Bounded. */
export class OwnFindingsCache {
  private readonly byConfig = new WeakMap<CheckConfig, Map<string, Finding[]>>();

  get(config: CheckConfig, rule: AnyRule, hash: string, run: () => Finding[]): Finding[] {
    let byKey = this.byConfig.get(config);
    if (!byKey) this.byConfig.set(config, (byKey = new Map<string, Finding[]>()));
    const key = `${rule.id}\u0000${hash}`;
    let found = byKey.get(key);
    if (!found) {
      found = run();
      if (byKey.size > 2_000) byKey.clear();
      byKey.set(key, found);
    }
    return found;
  }
}
