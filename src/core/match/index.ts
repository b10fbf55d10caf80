// Story matching: which open or indexed stories report the same event, and which are versions or rewrites.
export type { DocFeatures, FeatureKind } from './features';
export { KIND_BOOST, SPECIFIC_KINDS, extractFeatures, stem, storyFeatures } from './features';
export type { WireMeta } from './wireMeta';
export { datelinePlace, detectCites, detectDated, detectStreets, detectWireMeta, wireMetaOf } from './wireMeta';
export { stripBoilerplate } from '../text/boilerplate';
export type { Vec } from './similarity';
export type { SplitDot } from './similarity';
export { PSEUDO_DOCS, cosine, dot, dotSplit, idf, norm2, norm2Split } from './similarity';
export type { MatchOptions, StoryIndexOptions, StoryMatch, StoryPair } from './storyIndex';
export { DEFAULT_THRESHOLD, GROUP, StoryIndex } from './storyIndex';
export type { MatchMeta, PreparedStory } from './prepareStory';
export { prepareStory } from './prepareStory';
export { SAME_NEWS_DAYS, SCORE, timeFactor } from './pairScore';
export type { Merge } from './averageLinkage';
export { averageLinkage, clustersAt, joinLevels } from './averageLinkage';
export type { HashSample, Relation, RelationInput, RelationKind, Shingles } from './versions';
export {
  REWRITE_MIN,
  REWRITE_PAIRS_MIN,
  VERSION_PAIRS_MIN,
  containment,
  relation,
  shingles,
  toRelationInput,
} from './versions';
