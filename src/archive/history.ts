// The version chain of an open story in the archive and the facts of its versions, read for history and notes.
import type { ArchivedFact, ArchivedVersion } from '../core/archive/figureHistory';
import type { Fact } from '../core/facts';
import { type ArchiveConnection, query } from './db';
import { STORY_COLUMNS, type ArchiveMatch, type StoryRow } from './rows';

const toVersion = (r: StoryRow): ArchivedVersion => ({
  id: String(r.id),
  path: r.path,
  ...(r.agency ? { agency: r.agency } : {}),
  ...(r.filed ? { filed: r.filed.toISOString() } : {}),
  ...(r.version ? { version: r.version } : {}),
  withdrawn: r.withdrawn,
});

/**
 * The archived versions of the story: every item with its guid; without one, the matches the scorer calls versions
 * filed by the same agency (the agency's version chain).
 */
export async function versionChain(
  conn: ArchiveConnection,
  story: { guid?: string; agency?: string },
  matches: readonly ArchiveMatch[],
): Promise<ArchivedVersion[]> {
  if (story.guid) {
    return (await query<StoryRow>(conn, `SELECT ${STORY_COLUMNS} FROM wc_story s WHERE s.guid = $1`, [story.guid])).map(
      toVersion,
    );
  }
  const ids = matches
    .filter((m) => m.relation === 'version' && (!story.agency || !m.agency || m.agency === story.agency))
    .map((m) => m.id);
  if (ids.length === 0) return [];
  return (
    await query<StoryRow>(conn, `SELECT ${STORY_COLUMNS} FROM wc_story s WHERE s.id = ANY($1::bigint[])`, [ids])
  ).map(toVersion);
}

export async function factsOfVersions(conn: ArchiveConnection, ids: readonly string[]): Promise<ArchivedFact[]> {
  if (ids.length === 0) return [];
  const rows = await query<{
    story_id: string;
    fact_key: string;
    label: string | null;
    low: number;
    high: number;
    figure: string;
    source: string | null;
    start_offset: number;
    end_offset: number;
  }>(
    conn,
    'SELECT story_id, fact_key, label, low, high, figure, source, start_offset, end_offset FROM wc_fact WHERE story_id = ANY($1::bigint[]) ORDER BY story_id, start_offset',
    [ids],
  );
  return rows.map((r) => ({
    storyId: String(r.story_id),
    key: r.fact_key,
    ...(r.label ? { label: r.label } : {}),
    low: r.low,
    high: r.high,
    figure: r.figure,
    ...(r.source ? { source: r.source } : {}),
    start: r.start_offset,
    end: r.end_offset,
  }));
}

/** The open story's facts in the archive's row shape. */
export function openFacts(facts: readonly Fact[]): ArchivedFact[] {
  return facts.map((f) => ({
    storyId: 'open',
    key: f.key,
    ...(f.label ? { label: f.label } : {}),
    low: f.low,
    high: f.high,
    figure: f.claim.figure.text,
    ...(f.source ? { source: f.source } : {}),
    start: f.claim.figure.start,
    end: f.claim.figure.end,
  }));
}
