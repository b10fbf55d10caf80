// The desk: every open article, analysed once per change, matched into stories, and checked by every rule.
// The editor and the CLI both drive this class, so they report the same findings.
import { anyEntryKey, figureEntryKey, termEntryKey } from './schema/ignoreKey';
import { Analyzer, type DocumentAnalysis } from './analyze';
import { restoreDroppedSources } from './versions/restoreSource';
import { defaultConfig, type CheckConfig } from './config';
import { StoryIndex, type MatchMeta, type PreparedStory, type StoryMatch } from './match';
import { RULES } from './rules';
import type { Peer, Rule } from './rules/rule';
import { hashText } from './text/hash';
import type { ModelOptions } from './text/model';
import { severityRank, type Finding, type Severity, type StoryMeta } from './types';

export interface DeskDocument {
  id: string;
  text: string;
  hash: string;
  analysis: DocumentAnalysis;
}

/** A rule's configured severity replaces its default level; weaker findings (notes) are capped, never raised. */
function adjustSeverity(finding: Finding, rule: Rule, configured: Severity | undefined): Severity {
  if (!configured) return finding.severity;
  if (finding.severity === rule.defaultSeverity) return configured;
  return severityRank(finding.severity) < severityRank(configured) ? configured : finding.severity;
}

/** Matching meta from a story's model. A file's modification time says when it was copied, not filed: only dates
 * from the copy itself weigh in matching (`fileTimesAreNotFiling` false keeps a desk folder's meta as is). */
function storyMeta(m: Partial<StoryMeta>, fileTimesAreNotFiling = true): MatchMeta {
  const filed =
    fileTimesAreNotFiling && (m.filedSource === 'file time' || m.filedSource === 'unknown') ? undefined : m.filed;
  return { agency: m.agency, update: m.update, corrected: m.corrected, dateline: m.dateline, filed, wire: m.wire };
}

/** Unopened desk-folder stories compared per article at most (the hover reads the same number). */
export const MAX_FOLDER_PEERS = 8;

const rankOf = (score: number): number => Math.round(score * 1e9);

export class Desk {
  private readonly analyzer = new Analyzer();
  private readonly docs = new Map<string, DeskDocument>();
  private readonly stories = new StoryIndex();
  /** Desk-folder stories: matched against open articles but not checked or compared (no analysis kept). */
  private readonly background = new Map<string, string>();
  private readonly labelsByConfig = new WeakMap<CheckConfig, Map<string, string>>();
  /** Per article: the length of the text last put in the story index, and how far typing has drifted from it. */
  private readonly storyDrift = new Map<string, { indexedLength: number; drift: number }>();
  /** Bumped on every change to the story index: cached matches are valid for one revision only. */
  private revision = 0;
  /** Bumped when a story enters or leaves the index (not when one is re-indexed), and as last seen by `dependents`. */
  private membership = 0;
  private membershipSeen = 0;
  private readonly matchCache = new Map<string, { revision: number; matches: StoryMatch[] }>();
  /** Analyses of desk-folder stories that are not open (set from the background), for notes on their conflicts. */
  private readonly folderAnalyses = new Map<string, DocumentAnalysis>();
  /** Single-document rules' raw findings per (config, rule, text hash): republishing a peer reruns only cross-document rules. */
  private readonly ownFindings = new WeakMap<CheckConfig, Map<string, Finding[]>>();

  constructor(
    private config: CheckConfig = defaultConfig(),
    private readonly rules: readonly Rule[] = RULES,
  ) {
    this.setConfig(config);
  }

  setConfig(config: CheckConfig): void {
    this.config = config;
  }

  /** Ignore keys of a configuration's workspace file, each with the entry that names it. */
  private ignoreLabels(config: CheckConfig): Map<string, string> {
    let labels = this.labelsByConfig.get(config);
    if (labels) return labels;
    const where = config.workspacePath ?? '.wirecheck.json';
    labels = new Map();
    config.workspace.ignoredFigures.forEach((e, i) =>
      labels.set(figureEntryKey(e), `ignoredFigures[${i}] in ${where}`),
    );
    config.workspace.ignoredTerms.forEach((e, i) => labels.set(termEntryKey(e), `ignoredTerms[${i}] in ${where}`));
    config.workspace.ignoredConflicts.forEach((e, i) => labels.set(e.key, `ignoredConflicts[${i}] in ${where}`));
    config.workspace.ignoredFindings.forEach((e, i) => labels.set(e.key, `ignoredFindings[${i}] in ${where}`));
    this.labelsByConfig.set(config, labels);
    return labels;
  }

  getConfig(): CheckConfig {
    return this.config;
  }

  /**
   * Adds or replaces an article; unchanged text is not analysed again. With `story: 'lazy'` (typing), the article keeps
   * the story features of the text last indexed until edits drift past 2 % of it: one keystroke barely moves a
   * story's similarity, and re-extracting features was most of an edit's cost on long articles.
   */
  upsert(id: string, text: string, options: ModelOptions = {}, story: 'now' | 'lazy' = 'now'): DeskDocument {
    const hash = hashText(text);
    const existing = this.docs.get(id);
    if (existing && existing.hash === hash) return existing;
    const analysis = this.analyzer.analyze(text, options);
    const doc: DeskDocument = { id, text, hash, analysis };
    this.docs.set(id, doc);
    const state = this.storyDrift.get(id);
    const drift = state && existing ? state.drift + Math.abs(text.length - existing.text.length) + 1 : Infinity;
    if (story === 'lazy' && state && drift <= Math.max(200, 0.02 * state.indexedLength)) state.drift = drift;
    else {
      if (!this.stories.has(id)) this.membership++;
      this.stories.upsert(id, analysis.model, storyMeta(analysis.model.meta));
      this.storyDrift.set(id, { indexedLength: text.length, drift: 0 });
    }
    this.revision++;
    return doc;
  }

  /** `upsert` with the analysis and story features computed elsewhere (a worker thread). */
  upsertPrepared(
    id: string,
    p: { text: string; hash: string; analysis: DocumentAnalysis; story: PreparedStory },
  ): DeskDocument {
    const existing = this.docs.get(id);
    if (existing && existing.hash === p.hash) return existing;
    const doc: DeskDocument = { id, text: p.text, hash: p.hash, analysis: p.analysis };
    this.docs.set(id, doc);
    if (!this.stories.has(id)) this.membership++;
    this.stories.upsertPrepared(id, p.story);
    this.storyDrift.set(id, { indexedLength: p.text.length, drift: 0 });
    this.analyzer.seed(p.analysis);
    this.revision++;
    return doc;
  }

  /** Lets rules build their per-article state ahead of the first check (a separate short task when restoring tabs). */
  prepare(id: string): void {
    const doc = this.docs.get(id);
    if (doc) for (const rule of this.rules) rule.prepare?.(id, doc.analysis);
  }

  /** Closes an article; a desk-folder story stays matchable (with the text last seen). */
  remove(id: string): boolean {
    if (!this.background.has(id) && this.stories.remove(id)) this.membership++;
    this.storyDrift.delete(id);
    this.revision++;
    return this.docs.delete(id);
  }

  /** Indexes a desk-folder story for matching only; an open article with the same id takes precedence. */
  indexStory(id: string, text: string, meta: Partial<StoryMeta> = {}): void {
    this.indexPrepared(id, { hash: hashText(text), story: undefined, text, meta });
  }

  /** `indexStory` with the features computed elsewhere (a worker thread); `story` undefined computes them here. */
  indexPrepared(
    id: string,
    p: { hash: string; story: PreparedStory | undefined; text?: string; meta?: Partial<StoryMeta> },
  ): void {
    if (this.background.get(id) === p.hash) return;
    this.background.set(id, p.hash);
    if (this.docs.has(id)) return;
    if (!this.stories.has(id)) this.membership++;
    if (p.story) this.stories.upsertPrepared(id, p.story);
    else this.stories.upsert(id, p.text ?? '', storyMeta(p.meta ?? {}, false));
    this.revision++;
  }

  removeStory(id: string): void {
    this.folderAnalyses.delete(id);
    if (!this.background.delete(id)) return;
    if (!this.docs.has(id) && this.stories.remove(id)) this.membership++;
    this.revision++;
  }

  isBackground(id: string): boolean {
    return this.background.has(id) && !this.docs.has(id);
  }

  backgroundCount(): number {
    return this.background.size;
  }

  get(id: string): DeskDocument | undefined {
    return this.docs.get(id);
  }

  ids(): string[] {
    return [...this.docs.keys()];
  }

  /** Other articles on the same story, best first; an exact duplicate of this text is not a peer. */
  matches(id: string): StoryMatch[] {
    const self = this.docs.get(id);
    if (!self) return [];
    const cached = this.matchCache.get(id);
    if (cached && cached.revision === this.revision) return cached.matches;
    const matches = this.computeMatches(id, self.hash);
    this.matchCache.set(id, { revision: this.revision, matches });
    if (this.matchCache.size > 4 * this.docs.size + 64) this.matchCache.clear();
    return matches;
  }

  private computeMatches(id: string, selfHash: string): StoryMatch[] {
    const seen = new Set([selfHash]);
    // Scores differ in their last bits with the order stories were indexed in (feature ids are interned on first
    // sight): ranked at 1e-9 with the id as tie-break, the peer a conflict names does not depend on opening order.
    const ranked = [...this.stories.matches(id)].sort(
      (a, b) => rankOf(b.score) - rankOf(a.score) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    // Open articles first, so a desk-folder copy of one never takes its place, whatever their ranks.
    const kept = new Set<string>();
    const keep = (m: StoryMatch, hash: string | undefined): void => {
      if (!hash || seen.has(hash)) return;
      seen.add(hash);
      kept.add(m.id);
    };
    for (const m of ranked) keep(m, this.docs.get(m.id)?.hash);
    // What an open article (this one too) holds on disk while edited: a folder copy of that text is the same article.
    for (const open of [id, ...kept]) {
      const disk = this.background.get(open);
      if (disk) seen.add(disk);
    }
    for (const m of ranked) if (!this.docs.has(m.id)) keep(m, this.background.get(m.id));
    return ranked.filter((m) => kept.has(m.id));
  }

  relation(a: string, b: string, opts?: { linked?: boolean }): ReturnType<StoryIndex['relation']> {
    return this.stories.relation(a, b, opts);
  }

  /** Open articles on the same story (desk-folder stories are listed as matches but not compared). */
  peers(id: string): Peer[] {
    return this.matches(id)
      .filter((m) => this.docs.has(m.id))
      .map((m) => ({ id: m.id, analysis: this.docs.get(m.id)!.analysis, score: m.score }));
  }

  /**
   * Keeps the analysis of a desk-folder story read in the background (the caller bounds how many), so open articles
   * that match it get information notes on conflicting figures; undefined forgets it. Returns whether anything changed.
   */
  setFolderAnalysis(id: string, analysis: DocumentAnalysis | undefined): boolean {
    if (this.folderAnalyses.get(id) === analysis) return false;
    if (analysis) this.folderAnalyses.set(id, analysis);
    else this.folderAnalyses.delete(id);
    return true;
  }

  folderAnalysis(id: string): DocumentAnalysis | undefined {
    return this.docs.has(id) ? undefined : this.folderAnalyses.get(id);
  }

  /** Matched desk-folder stories that are not open, among the first `limit` such matches, with an analysis at hand. */
  folderPeers(id: string, limit = MAX_FOLDER_PEERS): Peer[] {
    if (this.folderAnalyses.size === 0) return [];
    return this.matches(id)
      .filter((m) => !this.docs.has(m.id) && this.background.has(m.id))
      .slice(0, limit)
      .flatMap((m) => {
        const analysis = this.folderAnalyses.get(m.id);
        return analysis ? [{ id: m.id, analysis, score: m.score }] : [];
      });
  }

  /**
   * All findings for one article, ignored ones included but marked (`ignoredBy`), sorted by position. `own`: only the
   * rules that read this article alone (no peers), for a first publish that must not wait for the desk.
   */
  check(id: string, config: CheckConfig = this.config, scope: 'all' | 'own' = 'all'): Finding[] {
    const doc = this.docs.get(id);
    if (!doc) return [];
    const labels = this.ignoreLabels(config);
    const findings: Finding[] = [];
    let peers: Peer[] | undefined;
    let folderPeers: Peer[] | undefined;
    for (const rule of this.rules) {
      const setting = config.rules[rule.id];
      if (setting?.enabled === false || (scope === 'own' && rule.crossDocument)) continue;
      if (rule.crossDocument) {
        peers ??= this.peers(id);
        folderPeers ??= this.folderPeers(id);
      }
      for (const raw of this.runRule(rule, id, doc, peers ?? [], config, folderPeers ?? [])) {
        const f = { ...raw };
        f.severity = adjustSeverity(f, rule, setting?.severity);
        const ignoredBy = f.ignoreKey
          ? (labels.get(f.ignoreKey) ?? labels.get(anyEntryKey(f.ignoreKey) ?? ''))
          : undefined;
        if (ignoredBy) f.ignoredBy = ignoredBy;
        findings.push(f);
      }
    }
    return restoreDroppedSources(id, doc.analysis, peers ?? [], findings, (peer) => this.relation(id, peer)).sort(
      (a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule),
    );
  }

  /** A rule's raw findings; single-document rules are cached per text and configuration (callers get copies). */
  private runRule(
    rule: Rule,
    id: string,
    doc: DeskDocument,
    peers: Peer[],
    config: CheckConfig,
    folderPeers: Peer[] = [],
  ): Finding[] {
    if (rule.crossDocument)
      return rule.run({
        id,
        analysis: doc.analysis,
        peers,
        folderPeers,
        config,
        open: () => this.docs.values(),
        relation: (peer) => this.relation(id, peer),
      });
    let byKey = this.ownFindings.get(config);
    if (!byKey) this.ownFindings.set(config, (byKey = new Map<string, Finding[]>()));
    const key = `${rule.id}\u0000${doc.hash}`;
    let found = byKey.get(key);
    if (!found) {
      found = rule.run({ id, analysis: doc.analysis, peers: [], config });
      if (byKey.size > 2_000) byKey.clear();
      byKey.set(key, found);
    }
    return found;
  }

  /**
   * Ids whose findings depend on `id`, to refresh after it changes: its story peers, and every article that listed it
   * as a peer when last checked (matching is not symmetric: each story ranks its own candidates).
   */
  dependents(id: string): string[] {
    if (!this.rules.some((r) => r.crossDocument)) return [];
    // A story opened or closed anywhere changes every story's feature weights (document frequencies), and so may
    // change any article's matches: all are refreshed (the editor does it in background slices) so the final
    // findings do not depend on the order articles were opened in. Typing re-indexes without this sweep.
    if (this.membership !== this.membershipSeen) {
      this.membershipSeen = this.membership;
      return [...this.docs.keys()].filter((other) => other !== id);
    }
    const out = new Set(
      this.matches(id)
        .filter((m) => this.docs.has(m.id))
        .map((m) => m.id),
    );
    for (const [other, cached] of this.matchCache)
      if (other !== id && this.docs.has(other) && cached.matches.some((m) => m.id === id)) out.add(other);
    return [...out];
  }

  stats(): { documents: number; cacheHits: number; cacheMisses: number } {
    return { documents: this.docs.size, cacheHits: this.analyzer.hits, cacheMisses: this.analyzer.misses };
  }
}
