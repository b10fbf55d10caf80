// Versions of one agency item: the same guid is one story by definition, and its @version (else its versionCreated)
// says which copy is later. This outranks every text heuristic in versions.ts.
import type { WireMeta } from './features';
import type { MatchMeta } from './prepareStory';

/** The item identity a story carries into matching: guid, numeric version, full filing time. */
export function itemVersionOf(meta: MatchMeta): Pick<WireMeta, 'guid' | 'itemVersion' | 'versionCreated'> {
  const guid = meta.wire?.guid;
  if (!guid) return {};
  const n = Number(meta.wire?.version);
  return {
    guid,
    ...(Number.isFinite(n) && meta.wire?.version ? { itemVersion: n } : {}),
    ...(meta.filed ? { versionCreated: meta.filed } : {}),
  };
}

/**
 * For two copies of one guid: 'a' or 'b', the later version (higher @version, else later versionCreated), or 'same'
 * when nothing tells them apart. Undefined when they are not copies of one item.
 */
export function laterVersion(a: WireMeta, b: WireMeta): 'a' | 'b' | 'same' | undefined {
  if (!a.guid || a.guid !== b.guid) return undefined;
  if (a.itemVersion !== undefined && b.itemVersion !== undefined && a.itemVersion !== b.itemVersion)
    return a.itemVersion > b.itemVersion ? 'a' : 'b';
  const ta = Date.parse(a.versionCreated ?? '');
  const tb = Date.parse(b.versionCreated ?? '');
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta > tb ? 'a' : 'b';
  return 'same';
}
