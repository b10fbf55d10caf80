// Story matching: which open or indexed stories report the same event, and which are versions or rewrites.
export type { DocFeatures, FeatureKind } from './features';
export { KIND_BOOST, SPECIFIC_KINDS, extractFeatures, stem, storyFeatures } from './features';
export type { WireMeta } from './wireMeta';
export { datelinePlace, detectCites, detectDated, detectStreets, detectWireMeta, wireMetaOf } from './wireMeta';
export { stripBoilerplate } from '../text/boilerplate';
export type { Vec } from './similarity';
export type { SplitDot } from './similarity';
export { PSEUDO_DOCS, cosine, dot, dotSplit, idf, norm2, norm2Split } from './similarity';
export type { MatchMeta, MatchOptions, PreparedStory, StoryIndexOptions, StoryMatch, StoryPair } from './storyIndex';
export { prepareStory, DEFAULT_THRESHOLD, SAME_NEWS_DAYS, GROUP, SCORE, StoryIndex, timeFactor } from './storyIndex';
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
