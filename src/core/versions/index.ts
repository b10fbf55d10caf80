// Versions of a story: what changed between two of them.
export type * from './types';
export { whatChanged, type VersionSide } from './whatChanged';
export { CUMULATIVE } from './figures';
export { formatChanges } from './format';
