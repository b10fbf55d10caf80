// How each conflict class reads to an editor, shared by the panel, the review report and anything else that shows it.
export const CONFLICT_CLASS_WORDS: Readonly<Record<string, string>> = {
  'sources-differ': 'sources differ',
  'same-source': 'same source, different figures',
  'scope-differs': 'scope differs',
  update: 'changed in a later version',
  'one-unattributed': 'one side has no source',
  'both-unattributed': 'neither side has a source',
};

export function conflictClassWords(c: string | undefined): string {
  return c ? (CONFLICT_CLASS_WORDS[c] ?? c) : 'unclassified';
}
