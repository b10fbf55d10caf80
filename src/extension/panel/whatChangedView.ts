// The panel's "What changed" view: which copy is older, whatChanged (src/core/versions) between the two, and one
// clickable line per change. Pure (no `vscode`): run on the panel's request only, never on the keystroke path.
import type { Desk } from '../../core/desk';
import { laterOf, sameChain, versionContext } from '../../core/match/versions';
import { whatChanged, type WhatChanged } from '../../core/versions';
import { figureLine, quoteLine } from '../../core/versions/format';
import type { StoryMeta } from '../../core/types';
import { agencyOfDoc, displayName } from './reportSummary';
import type { WhatChangedLine, WhatChangedView, WhatChangedSide } from './protocol';

type Span = { start: number; end: number } | null | undefined;

function sideOf(docId: string, span: Span): WhatChangedSide | undefined {
  return span ? { docId, start: span.start, end: span.end } : undefined;
}

function chainMeta(desk: Desk, id: string): (StoryMeta & { agency?: string }) | undefined {
  const doc = desk.get(id);
  if (!doc) return undefined;
  const agency = agencyOfDoc(doc.analysis);
  return { ...doc.analysis.model.meta, ...(agency ? { agency } : {}) };
}

/**
 * The active article's previous version among the listed reports: one agency's chain (sameChain), ordered before
 * the active one by laterOf; the latest of those. Undefined when nothing orders them.
 */
export function previousVersion(desk: Desk, activeId: string, candidates: readonly string[]): string | undefined {
  const self = chainMeta(desk, activeId);
  if (!self) return undefined;
  let best: { id: string; meta: StoryMeta } | undefined;
  for (const id of candidates) {
    const meta = chainMeta(desk, id);
    if (!meta || !sameChain(meta, self) || laterOf(self, meta) !== 'a') continue;
    if (!best || laterOf(meta, best.meta) === 'a') best = { id, meta };
  }
  return best?.id;
}

/** The lines the panel shows, each with both sides' ranges where the change has them. */
export function changeLinesOf(w: WhatChanged, oldId: string, newId: string): WhatChangedLine[] {
  const out: WhatChangedLine[] = [];
  const push = (kind: WhatChangedLine['kind'], text: string, o: Span, n: Span): void => {
    const old = sideOf(oldId, o);
    const now = sideOf(newId, n);
    out.push({ kind, text, ...(old ? { old } : {}), ...(now ? { new: now } : {}) });
  };
  if (w.headline)
    push(
      'headline',
      `headline changed: ${w.headline.old?.text ?? '—'} → ${w.headline.new?.text ?? '—'}`,
      w.headline.old,
      w.headline.new,
    );
  if (w.dateline)
    push(
      'dateline',
      `dateline changed: ${w.dateline.old?.text ?? '—'} → ${w.dateline.new?.text ?? '—'}`,
      w.dateline.old,
      w.dateline.new,
    );
  for (const f of w.figures) push('figure', figureLine(f), f.old, f.new);
  for (const s of w.sources)
    push('source', `source ${s.change === 'added' ? 'added' : 'dropped'}: ${s.source}`, s.old, s.new);
  for (const q of w.quotes) push('quote', quoteLine(q), q.old, q.new);
  for (const p of w.paragraphs.added) push('paragraph', `paragraph added (${p.index + 1}): ${p.text}`, null, p);
  for (const p of w.paragraphs.removed) push('paragraph', `paragraph removed (${p.index + 1}): ${p.text}`, p, null);
  for (const m of w.paragraphs.moved)
    push('paragraph', `paragraph moved (${m.old.index + 1} → ${m.new.index + 1}): ${m.new.text}`, m.old, m.new);
  return out;
}

/**
 * What changed between the active article and `otherId`: the one laterOf says is later is the newer side; when
 * nothing orders them, the report the editor picked is read as the older one.
 */
export function buildWhatChangedView(desk: Desk, activeId: string, otherId: string): WhatChangedView {
  const base = { activeId, otherId, oldName: displayName(otherId), newName: displayName(activeId) };
  const a = desk.get(activeId);
  const b = desk.get(otherId);
  if (!a || !b) {
    return {
      ...base,
      oldId: otherId,
      newId: activeId,
      reason: '',
      lines: [],
      note: `${displayName(a ? otherId : activeId)} is not open: open it to see what changed.`,
    };
  }
  const activeIsOlder = laterOf(chainMeta(desk, activeId)!, chainMeta(desk, otherId)!) === 'b';
  const [older, newer] = activeIsOlder ? [a, b] : [b, a];
  const context = versionContext(chainMeta(desk, older.id)!, chainMeta(desk, newer.id)!);
  const w = whatChanged(
    { path: older.id, analysis: older.analysis },
    { path: newer.id, analysis: newer.analysis },
    context,
  );
  const lines = changeLinesOf(w, older.id, newer.id);
  return {
    ...base,
    oldId: older.id,
    newId: newer.id,
    oldName: displayName(older.id),
    newName: displayName(newer.id),
    reason: context.reason,
    lines,
    ...(lines.length === 0
      ? { note: 'No changes in figures, sources, quotes, paragraphs, headline or dateline.' }
      : {}),
  };
}
