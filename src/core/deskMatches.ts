// How the Desk turns the story index's candidates into an article's matches, and the meta it indexes stories with.
import type { MatchMeta, StoryMatch } from './match';
import type { StoryMeta } from './types';

/** Matching meta from a story's model. A file's modification time says when it was copied, not filed: only dates
 * from the copy itself weigh in matching (`fileTimesAreNotFiling` false keeps a desk folder's meta as is). */
export function storyMeta(m: Partial<StoryMeta>, fileTimesAreNotFiling = true): MatchMeta {
  const filed =
    fileTimesAreNotFiling && (m.filedSource === 'file time' || m.filedSource === 'unknown') ? undefined : m.filed;
  return { agency: m.agency, update: m.update, corrected: m.corrected, dateline: m.dateline, filed, wire: m.wire };
}

const rankOf = (score: number): number => Math.round(score * 1e9);

/**
 * Candidates ranked, one per text (an exact duplicate of this article's text is not a peer), open articles first: a
 * desk-folder copy never takes an open article's place. `openHash`: an open article's text hash (undefined when not
 * open); `diskHash`: the hash of a desk-folder story's text as last read.
 */
export function openFirst(
  id: string,
  selfHash: string,
  candidates: Iterable<StoryMatch>,
  at: { openHash(id: string): string | undefined; diskHash(id: string): string | undefined },
): StoryMatch[] {
  const seen = new Set([selfHash]);
  // Scores differ in their last bits with the order stories were indexed in (feature ids are interned on first
  // sight): ranked at 1e-9 with the id as tie-break, the peer a conflict names does not depend on opening order.
  const ranked = [...candidates].sort(
    (a, b) => rankOf(b.score) - rankOf(a.score) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept = new Set<string>();
  const keep = (m: StoryMatch, hash: string | undefined): void => {
    if (!hash || seen.has(hash)) return;
    seen.add(hash);
    kept.add(m.id);
  };
  for (const m of ranked) keep(m, at.openHash(m.id));
  // What an open article (this one too) holds on disk while edited: a folder copy of that text is the same article.
  for (const open of [id, ...kept]) {
    const disk = at.diskHash(open);
    if (disk) seen.add(disk);
  }
  for (const m of ranked) if (at.openHash(m.id) === undefined) keep(m, at.diskHash(m.id));
  return ranked.filter((m) => kept.has(m.id));
}
