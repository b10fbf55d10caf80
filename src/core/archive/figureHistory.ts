// A figure's history across the archived versions of one story, and where an open story disagrees with the newest
// version: pure functions over the archive's fact rows (the version chain comes from the caller).
// TODO(versions issue): when src/core/versions/ lands, build `figureHistory` on its `whatChanged` (version chains
// and per-fact changes) instead of grouping fact rows by key here; FigureHistorySource is the seam to swap.
import { editorDate } from '../facts/table';

/** One archived version of the story, in the chain the caller found (same guid, else the agency's version chain). */
export interface ArchivedVersion {
  id: string;
  path: string;
  agency?: string;
  filed?: string;
  version?: string;
  withdrawn: boolean;
}

/** One fact row the archive holds for a version. */
export interface ArchivedFact {
  storyId: string;
  key: string;
  label?: string;
  low: number;
  high: number;
  figure: string;
  source?: string;
  start: number;
  end: number;
}

export interface FigureHistoryEntry {
  id: string;
  path: string;
  agency?: string;
  filed?: string;
  version?: string;
  /** Withdrawn versions are listed, never their figures. */
  withdrawn?: true;
  figure?: string;
  low?: number;
  high?: number;
  source?: string;
}

export interface FigureHistory {
  key: string;
  label?: string;
  values: FigureHistoryEntry[];
}

/** The seam the versions issue's `whatChanged` replaces: the chain of versions and their facts, in filing order. */
export interface FigureHistorySource {
  history(versions: readonly ArchivedVersion[], facts: readonly ArchivedFact[]): FigureHistory[];
}

const versionNumber = (v: ArchivedVersion): number =>
  v.version !== undefined && Number.isFinite(Number(v.version)) ? Number(v.version) : NaN;

/** Filing order: filing time, then the item's version number, then the archive's row id. */
export function inFilingOrder<T extends ArchivedVersion>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => {
    const ta = Date.parse(a.filed ?? '');
    const tb = Date.parse(b.filed ?? '');
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
    const va = versionNumber(a);
    const vb = versionNumber(b);
    if (!Number.isNaN(va) && !Number.isNaN(vb) && va !== vb) return va - vb;
    return Number(a.id) - Number(b.id);
  });
}

/** Every fact key any version gave, with each version's value in filing order (withdrawn versions without values). */
export const factTableHistory: FigureHistorySource = {
  history(versions, facts) {
    const ordered = inFilingOrder(versions);
    const byKey = new Map<string, FigureHistory>();
    for (const v of ordered) {
      const mine = facts.filter((f) => f.storyId === v.id);
      const base: FigureHistoryEntry = {
        id: v.id,
        path: v.path,
        ...(v.agency ? { agency: v.agency } : {}),
        ...(v.filed ? { filed: v.filed } : {}),
        ...(v.version ? { version: v.version } : {}),
      };
      if (v.withdrawn) {
        for (const h of byKey.values()) h.values.push({ ...base, withdrawn: true });
        continue;
      }
      for (const f of mine) {
        let h = byKey.get(f.key);
        if (!h) byKey.set(f.key, (h = { key: f.key, ...(f.label ? { label: f.label } : {}), values: [] }));
        // One value per version and fact: a story's first figure for the key (its lead).
        if (h.values.some((e) => e.id === v.id)) continue;
        h.values.push({
          ...base,
          figure: f.figure,
          low: f.low,
          high: f.high,
          ...(f.source ? { source: f.source } : {}),
        });
      }
    }
    return [...byKey.values()];
  },
};

/** The newest version that is not withdrawn, or undefined (a withdrawn chain is never used for figures). */
export function latestUsable(versions: readonly ArchivedVersion[]): ArchivedVersion | undefined {
  if (versions.some((v) => v.withdrawn)) return undefined;
  return inFilingOrder(versions).at(-1);
}

export interface ArchiveDisagreement {
  /** The open story's fact (its offsets in the story's text). */
  fact: ArchivedFact;
  latest: ArchivedVersion;
  latestFact: ArchivedFact;
  message: string;
}

/** "the archive's latest, Reuters 9 Apr 10:02, says 133". */
export function latestMessage(latest: ArchivedVersion, figure: string): string {
  const when = editorDate(latest.filed)?.replace(/ GMT$/, '');
  const who = [latest.agency, when].filter(Boolean).join(' ');
  return `the archive's latest${who ? `, ${who},` : ''} says ${figure}`;
}

/** Facts of the open story whose interval does not meet the newest archived version's value for the same key. */
export function disagreements(
  open: readonly ArchivedFact[],
  latest: ArchivedVersion,
  latestFacts: readonly ArchivedFact[],
): ArchiveDisagreement[] {
  const out: ArchiveDisagreement[] = [];
  for (const f of open) {
    const other = latestFacts.find((g) => g.key === f.key);
    if (!other || (f.low <= other.high && other.low <= f.high)) continue;
    out.push({ fact: f, latest, latestFact: other, message: latestMessage(latest, other.figure) });
  }
  return out;
}
