// The desk: every open article, analysed once per change, matched into stories, and checked by every rule.
// The editor and the CLI both drive this class, so they report the same findings.
import { Analyzer, type DocumentAnalysis } from './analyze';
import { restoreDroppedSources } from './versions/restoreSource';
import { defaultConfig, type CheckConfig } from './config';
import { openFirst, storyMeta } from './deskMatches';
import { StoryIndex, type PreparedStory, type StoryMatch } from './match';
import { RULES } from './rules';
import { OwnFindingsCache, RuleStateStore } from './rules/deskState';
import { runRule, stateIn } from './rules/engine';
import type { AnyRule, Peer } from './rules/rule';
import { ignoreLabels, settle } from './rules/settle';
import { hashText } from './text/hash';
import type { Finding, StoryMeta } from './types';

import type { DeskDocument, PreparedArticleInput, UpsertOptions } from './deskDocument';
export type { DeskDocument, PreparedArticleInput, UpsertOptions } from './deskDocument';

/** Unopened desk-folder stories compared per article at most (the hover reads the same number). */
export const MAX_FOLDER_PEERS = 8;

export class Desk {
  private readonly analyzer = new Analyzer();
  private readonly docs = new Map<string, DeskDocument>();
  private readonly stories = new StoryIndex();
  /** Desk-folder stories: matched against open articles but not checked or compared (no analysis kept). */
  private readonly background = new Map<string, string>();
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
  private readonly ownFindings = new OwnFindingsCache();
  /** Rules' per-article state: the Desk owns it for open articles and desk-folder analyses. */
  private readonly ruleStates = new RuleStateStore(
    (a) => this.docs.get(a.id)?.analysis === a.analysis || this.folderAnalyses.get(a.id) === a.analysis,
  );

  constructor(
    private config: CheckConfig = defaultConfig(),
    private readonly rules: readonly AnyRule[] = RULES,
  ) {
    this.setConfig(config);
  }

  setConfig(config: CheckConfig): void {
    this.config = config;
  }

  getConfig(): CheckConfig {
    return this.config;
  }

  /**
   * Adds or replaces an article; unchanged text is not analysed again. With `story: 'lazy'` (typing), the article keeps
   * the story features of the text last indexed until edits drift past 2 % of it: one keystroke barely moves a
   * story's similarity, and re-extracting features was most of an edit's cost on long articles. A prepared article
   * (analysis and story features computed on a worker thread) is indexed as is.
   */
  upsert(
    id: string,
    text: string,
    { version, ...options }: UpsertOptions = {},
    story: 'now' | 'lazy' | PreparedArticleInput = 'now',
  ): DeskDocument {
    const prepared = typeof story === 'object' ? story : undefined;
    const hash = prepared?.hash ?? hashText(text);
    const existing = this.docs.get(id);
    if (existing && existing.hash === hash) {
      // Same text under a new version (an undo, a save): its findings stand, stamped with the new version.
      existing.version = version;
      return existing;
    }
    const analysis = prepared?.analysis ?? this.analyzer.analyze(text, options);
    // The worker's paragraphs seed this analyzer's cache, so the first edit is cheap.
    if (prepared) this.analyzer.seed(analysis);
    const doc: DeskDocument = { id, text, hash, analysis, version };
    this.docs.set(id, doc);
    const state = this.storyDrift.get(id);
    const drift = state && existing ? state.drift + Math.abs(text.length - existing.text.length) + 1 : Infinity;
    if (story === 'lazy' && state && drift <= Math.max(200, 0.02 * state.indexedLength)) state.drift = drift;
    else {
      if (!this.stories.has(id)) this.membership++;
      if (prepared) this.stories.upsertPrepared(id, prepared.story);
      else this.stories.upsert(id, analysis.model, storyMeta(analysis.model.meta));
      this.storyDrift.set(id, { indexedLength: text.length, drift: 0 });
    }
    this.revision++;
    return doc;
  }

  /** Lets rules build their per-article state ahead of the first check (a separate short task when restoring tabs). */
  prepare(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    const states = this.ruleStates.of(doc);
    for (const rule of this.rules) stateIn(states, rule, doc);
  }

  /** Closes an article; a desk-folder story stays matchable (with the text last seen). */
  remove(id: string): boolean {
    if (!this.background.has(id) && this.stories.remove(id)) this.membership++;
    this.storyDrift.delete(id);
    if (!this.folderAnalyses.has(id)) this.ruleStates.forget(id);
    this.revision++;
    return this.docs.delete(id);
  }

  /**
   * Indexes a desk-folder story for matching only; an open article with the same id takes precedence. `prepared`:
   * the story features computed elsewhere (a worker thread).
   */
  indexStory(
    id: string,
    text: string,
    meta: Partial<StoryMeta> = {},
    prepared?: { hash: string; story: PreparedStory },
  ): void {
    const hash = prepared?.hash ?? hashText(text);
    if (this.background.get(id) === hash) return;
    this.background.set(id, hash);
    if (this.docs.has(id)) return;
    if (!this.stories.has(id)) this.membership++;
    if (prepared) this.stories.upsertPrepared(id, prepared.story);
    else this.stories.upsert(id, text, storyMeta(meta, false));
    this.revision++;
  }

  removeStory(id: string): void {
    this.folderAnalyses.delete(id);
    if (!this.docs.has(id)) this.ruleStates.forget(id);
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
    const matches = openFirst(id, self.hash, this.stories.matches(id), {
      openHash: (other) => this.docs.get(other)?.hash,
      diskHash: (other) => this.background.get(other),
    });
    this.matchCache.set(id, { revision: this.revision, matches });
    if (this.matchCache.size > 4 * this.docs.size + 64) this.matchCache.clear();
    return matches;
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
    if (!this.docs.has(id)) this.ruleStates.forget(id);
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
    const labels = ignoreLabels(config);
    const findings: Finding[] = [];
    let peers: Peer[] | undefined;
    let folderPeers: Peer[] | undefined;
    for (const rule of this.rules) {
      if (config.rules[rule.id]?.enabled === false || (scope === 'own' && rule.scope === 'desk')) continue;
      if (rule.scope === 'desk') {
        peers ??= this.peers(id);
        folderPeers ??= this.folderPeers(id);
      }
      for (const raw of this.runRule(rule, doc, peers ?? [], config, folderPeers ?? []))
        findings.push(settle(raw, rule, config, labels));
    }
    const out = restoreDroppedSources(id, doc.analysis, peers ?? [], findings, (peer) => this.relation(id, peer));
    // Every finding carries the version of the text it was computed on, so fixes never land on a later edit.
    if (doc.version !== undefined) for (const f of out) f.version = doc.version;
    return out.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  }

  /** A rule's raw findings; document rules are cached per text and configuration (callers get copies). */
  private runRule(
    rule: AnyRule,
    doc: DeskDocument,
    peers: Peer[],
    config: CheckConfig,
    folderPeers: Peer[],
  ): Finding[] {
    const input = { id: doc.id, analysis: doc.analysis, config, states: this.ruleStates.of(doc) };
    if (rule.scope === 'desk')
      return runRule(rule, {
        ...input,
        peers,
        folderPeers,
        open: () => this.docs.values(),
        relation: (peer) => this.relation(doc.id, peer),
        statesOf: (peer) => this.ruleStates.of(peer),
      });
    return this.ownFindings.get(config, rule, doc.hash, () => runRule(rule, input));
  }

  /**
   * Ids whose findings depend on `id`, to refresh after it changes: its story peers, and every article that listed it
   * as a peer when last checked (matching is not symmetric: each story ranks its own candidates).
   */
  dependents(id: string): string[] {
    if (!this.rules.some((r) => r.scope === 'desk')) return [];
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
