// Builds the Matching reports panel's model from the Desk: pure (no `vscode`), so the bench and unit tests
// can run it on a Desk directly. The provider turns editor state into the inputs and posts the result.
// Names and summaries are reportSummary.ts; each report's fact table is factRows.ts.
import type { Desk } from '../../core/desk';
import { figureConflictRule } from '../../core/rules/figureConflict';
import type { Finding } from '../../core/types';
import { factRows } from './factRows';
import type { PanelModel, ReportSummary } from './protocol';
import { articleSummary, folderStorySummary, shortName } from './reportSummary';

export interface PanelInput {
  /** Active article id, undefined when no article is active. */
  activeId?: string;
  /** Findings of the active article (figure-conflict ones are counted per report). */
  findings?: readonly Finding[];
  /** Why the active document is not checked, when it is not. */
  skipped?: string;
  /** Report to expand once (Compare With…). */
  reveal?: string;
  seq?: number;
}

export function emptyModel(
  seq = 0,
  note = 'Open an article (a plain-text or Markdown story) to see the other open reports of the same story.',
): PanelModel {
  return { state: 'empty', note, reports: [], seq };
}

/** The panel's model for the active article: matching reports grouped by family, newest first. */
export function buildPanelModel(desk: Desk, input: PanelInput): PanelModel {
  const seq = input.seq ?? 0;
  if (!input.activeId) return emptyModel(seq);
  const self = desk.get(input.activeId);
  if (!self) {
    return input.skipped
      ? { state: 'skipped', note: `Wirecheck does not check this document: ${input.skipped}`, reports: [], seq }
      : {
          state: 'unchecked',
          note: 'This document is not a checked article (Wirecheck checks plain-text and Markdown stories).',
          reports: [],
          seq,
        };
  }
  const active = articleSummary(self.id, self.analysis);
  const { update: _u, corrected: _c, headlineIsSentence: _h, ...activeSummary } = active;
  const matches = desk.matches(self.id);
  if (matches.length === 0) {
    return {
      state: 'no-matches',
      note: 'No other article in the open folders or tabs reports this story. Open other versions or agency reports of it (they are matched by names, places, figures and wording).',
      active: activeSummary,
      reports: [],
      seq,
    };
  }
  const conflicts = new Map<string, number>();
  for (const f of input.findings ?? []) {
    if (f.rule !== figureConflictRule.id || f.ignoredBy) continue;
    for (const id of new Set(f.related.map((r) => r.docId))) conflicts.set(id, (conflicts.get(id) ?? 0) + 1);
  }

  const ids = matches.map((m) => m.id);
  const all = [self.id, ...ids];
  // Families: union of version/rewrite pairs among the active article and its matches.
  const parent = new Map(all.map((id) => [id, id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  type Derivation = { from: string; kind: 'version' | 'rewrite'; shared: number; ordered?: boolean };
  const derivedFrom = new Map<string, Derivation>();
  const relToActive = new Map<string, ReturnType<Desk['relation']>>();
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      // Only the active article's relations show a link; families come from versions and rewrites alone.
      const r = desk.relation(a, b, { linked: i === 0 });
      if (i === 0) relToActive.set(b, r);
      if (!r || (r.kind !== 'version' && r.kind !== 'rewrite')) continue;
      parent.set(find(a), find(b));
      const [child, from] = r.derived === 'a' ? [a, b] : [b, a];
      const prev = derivedFrom.get(child);
      if (!prev || r.shared > prev.shared)
        derivedFrom.set(child, { from, kind: r.kind, shared: r.shared, ordered: r.ordered === 'item-version' });
    }
  }
  const familyIds = new Map<string, number>();
  const familyOf = (id: string): number => {
    const root = find(id);
    if (!familyIds.has(root)) familyIds.set(root, familyIds.size);
    return familyIds.get(root)!;
  };
  familyOf(self.id);

  const reports: ReportSummary[] = matches.map((m) => {
    // A story in the desk folder is matched but not open: its facts once the background has analysed it (as the
    // hover and the folder notes compare it), else none until it is opened.
    const doc = desk.get(m.id);
    const folder = doc ? undefined : desk.folderAnalysis(m.id);
    const s = doc ? articleSummary(m.id, doc.analysis) : folderStorySummary(m.id);
    const rel = relToActive.get(m.id);
    const d = derivedFrom.get(m.id);
    const selfFrom = derivedFrom.get(self.id);
    const there = doc?.analysis ?? folder;
    const facts = there ? factRows(self.id, self.analysis, m.id, there) : [];
    let badge: string | undefined;
    if (d)
      badge = `${d.kind} of ${d.from === self.id ? `${shortName(d.from)} (this article)` : shortName(d.from)}, ${Math.round(d.shared * 100)} % shared`;
    else if (selfFrom?.from === m.id)
      badge = `source of this ${selfFrom.kind}, ${Math.round(selfFrom.shared * 100)} % shared`;
    return {
      id: m.id,
      name: s.name,
      short: shortName(m.id),
      agency: s.agency,
      agencyEvidence: s.agencyEvidence,
      update: s.update,
      corrected: s.corrected,
      filed: s.filed,
      filedSource: s.filedSource,
      headline: s.headline,
      headlineIsSentence: s.headlineIsSentence,
      score: m.score,
      conflicts: conflicts.get(m.id) ?? 0,
      relation: rel?.kind ?? 'same-story',
      ...(badge ? { badge } : {}),
      relationReason: [
        rel?.reason ?? '',
        doc ? '' : folder ? 'in a desk folder, not open' : 'in a desk folder, not open: open it to compare its figures',
        m.via
          ? `matched through ${m.via === self.id ? 'this article' : shortName(m.via)}, which both report closely`
          : '',
      ]
        .filter(Boolean)
        .join('; '),
      family: familyOf(m.id),
      facts,
      factConflicts: facts.filter((f) => f.status === 'conflict').length,
    };
  });

  // Older versions of the same agency's story: superseded by the newest one (higher UPDATE, later filing).
  const byFamily = new Map<number, ReportSummary[]>();
  for (const r of reports) byFamily.set(r.family, [...(byFamily.get(r.family) ?? []), r]);
  const newer = (a: ReportSummary, b: ReportSummary): number =>
    (b.filed ?? '').localeCompare(a.filed ?? '') || b.update - a.update || b.score - a.score;
  for (const members of byFamily.values()) {
    for (const r of members) {
      const d = derivedFrom.get(r.id);
      if (!d || d.kind !== 'version') continue;
      // The version relation says r derives from d.from; with the slug, the one with the higher update is newer.
      const other = members.find((x) => x.id === d.from);
      if (!other || r.agency !== other.agency) continue;
      // Copies of one agency item: their @version / versionCreated already said which is later.
      const [older, newest] = d.ordered || newer(r, other) < 0 ? [other, r] : [r, other];
      // A chain of three: the oldest is superseded by the newest, not by whichever pair came first.
      const current = members.find((x) => x.id === older.supersededBy);
      if (!current || newer(newest, current) < 0) older.supersededBy = newest.id;
    }
  }
  // The active article is a version too: an older version of it among the reports is superseded by it.
  const activeIsNewer = (r: ReportSummary): boolean => {
    if (r.relation !== 'version' || r.agency !== active.agency) return false;
    const rel = relToActive.get(r.id);
    return rel?.ordered
      ? rel.derived === 'a'
      : (active.filed ?? '').localeCompare(r.filed ?? '') > 0 ||
          ((active.filed ?? '') === (r.filed ?? '') && active.update > r.update);
  };
  for (const r of reports) {
    if (!activeIsNewer(r)) continue;
    // Superseded by another report that the active article itself supersedes: the active one is the newest.
    const current = reports.find((x) => x.id === r.supersededBy);
    if (!current || activeIsNewer(current)) r.supersededBy = self.id;
  }
  // Families in order of their newest member; within a family, newest first (unknown filing times last).
  const familyKey = new Map<number, ReportSummary>();
  for (const [f, members] of byFamily) familyKey.set(f, [...members].sort(newer)[0]!);
  reports.sort((a, b) => {
    if (a.family !== b.family) {
      const fa = familyKey.get(a.family)!;
      const fb = familyKey.get(b.family)!;
      // The active article's own family first: its rewrites and versions are what the editor checks against.
      if (a.family === 0 || b.family === 0) return a.family === 0 ? -1 : 1;
      return newer(fa, fb) || a.family - b.family;
    }
    return newer(a, b);
  });
  return { state: 'matches', active: activeSummary, reports, seq, ...(input.reveal ? { reveal: input.reveal } : {}) };
}
