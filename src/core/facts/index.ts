// The fact model: figures as comparable facts, their alignment across reports, and the panel/hover views of them.
export type { ConflictClass, Fact, FactComparison } from './types';
export { factIndex, factLabel, factsOf, seedFactIndex, type FactIndex } from './facts';
export { alignFacts, groupByKey } from './align';
export { CLASS_LABEL, DECISION, classify, compareFacts, describeFiled, describeSide, overlaps } from './compare';
export {
  describeOtherReports,
  editorDate,
  factTable,
  filedLine,
  otherReportsLine,
  plainLabel,
  plainScope,
  reportingSource,
  reportName,
  shortName,
  type FactCell,
  type FactRow,
} from './table';
