// A story's matching entry computed from its text alone (features, wire meta, shingles), so that a worker thread can
// do it and the index only interns the result.
import { itemVersionOf } from './itemVersion';
import type { ArticleModel, StoryMeta } from '../types';
import { extractFeatures, storyFeatures, type WireMeta } from './features';
import { type Shingles, shingles } from './versions';

/** What the parser knows about a story; `filed` (ISO date) lets stories filed weeks apart count as different. */
export type MatchMeta = Partial<Pick<StoryMeta, 'agency' | 'update' | 'corrected' | 'dateline' | 'filed' | 'wire'>>;

/** A story's matching entry computed without the index (so a worker thread can do it): features, wire meta, shingles. */
export interface PreparedStory {
  /** Feature keys in extraction order and their raw weights. */
  keys: string[];
  weights: number[];
  wire: WireMeta;
  /** Filing day (days since 1970), NaN when unknown. */
  day: number;
  shingles: Shingles;
}

/** Everything `StoryIndex.upsert` computes before it touches the index. */
export function prepareStory(text: string | ArticleModel, meta: MatchMeta = {}, maxFeatures = 200): PreparedStory {
  // An article's model, when the caller has it, is not parsed again.
  const f = typeof text === 'string' ? extractFeatures(text, maxFeatures) : storyFeatures(text, maxFeatures);
  const keys: string[] = [];
  const weights: number[] = [];
  for (const [key, w] of f.weights) {
    keys.push(key);
    weights.push(w);
  }
  const wire: WireMeta = {
    agency: meta.agency ?? f.meta.agency,
    update: meta.update ?? f.meta.update,
    corrected: meta.corrected ?? f.meta.corrected,
    dateline: meta.dateline?.toLowerCase() ?? f.meta.dateline,
  };
  // The filing date: the caller's, else a full date the copy states under its headline. The latter only orders a
  // derivation (versions.ts): as a time factor it cost ECB+ 1.8 F1 points on DEV (follow-ups, page dates).
  const filed = meta.filed?.slice(0, 10) || f.meta.dated;
  if (filed) wire.dated = filed;
  if (f.meta.cites) wire.cites = f.meta.cites.filter((c) => c !== wire.agency);
  if (f.meta.streets) wire.streets = f.meta.streets;
  Object.assign(wire, itemVersionOf(meta));
  const day = meta.filed ? Math.floor(Date.parse(meta.filed.slice(0, 10)) / 86_400_000) : NaN;
  return { keys, weights, wire, day, shingles: shingles(f.stems) };
}
