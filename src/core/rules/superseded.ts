// figure-conflict's "superseded" class: an open article still carrying a figure that a later version of its own story
// (same agency item, or the same agency's UPDATE/CORRECTED copy of it) changed.
import type { DocumentAnalysis } from '../analyze';
import { editorDate } from '../facts/table';
import { isCorrection, laterOf, relation } from '../match/versions';
import { relationInputOf as featuresOf } from '../versions/lineage';
import type { StoryMeta } from '../types';

export interface Supersession {
  /** The later version is a correction: the old figure is an error, not just out of date. */
  correction: boolean;
  /** "AFP UPDATE 2, 9 Apr 10:02 GMT": how the message names the later version. */
  label: string;
}

const sameItem = (a: StoryMeta, b: StoryMeta): boolean => !!a.wire?.guid && a.wire.guid === b.wire?.guid;

/** How a later version is named: agency, UPDATE n or CORRECTED, filing time. */
export function versionLabel(meta: StoryMeta): string {
  const parts = [meta.agency ?? 'the later version'];
  if (isCorrection(meta)) parts.push('CORRECTED');
  else if (meta.update) parts.push(`UPDATE ${meta.update}`);
  const when = meta.filedSource !== 'file time' ? editorDate(meta.filed) : undefined;
  return when ? `${parts.join(' ')}, ${when}` : parts.join(' ');
}

/**
 * The peer when it is a later version of this article's story in one agency's chain: the same item, or the same named
 * agency with the text of a version (never two different agencies, never an agency left unnamed on either side).
 */
export function supersededBy(mine: DocumentAnalysis, peer: DocumentAnalysis): Supersession | undefined {
  const a = mine.model.meta;
  const b = peer.model.meta;
  const item = sameItem(a, b);
  if (!item && !(a.agency && b.agency && a.agency.toLowerCase() === b.agency.toLowerCase())) return undefined;
  if (laterOf(a, b) !== 'b') return undefined;
  if (!item && relation(featuresOf(mine), featuresOf(peer)).kind !== 'version') return undefined;
  return { correction: isCorrection(b), label: versionLabel(b) };
}
