// Lineage between two open articles: is one an earlier copy the other was made from (an older version in one agency's
// chain, or the story a rewrite was built on)? Independent reports of one story are never in a lineage.
import type { DocumentAnalysis } from '../analyze';
import { toRelationInput, type RelationInput } from '../match/versions';

// Text features for pairs the story index does not hold, computed only when needed, once per analysis.
const features = new WeakMap<DocumentAnalysis, RelationInput>();
export function relationInputOf(a: DocumentAnalysis): RelationInput {
  let f = features.get(a);
  if (!f) features.set(a, (f = toRelationInput(a.model.text)));
  return f;
}

/** The desk's relation of this article to a peer ('a' = this article). */
export type Relate = (peerId: string) => { kind: string; derived: 'a' | 'b' } | undefined;

/** The peer is an older version of this article, or the story this article rewrites: this side is the derived one. */
export function isEarlierCopy(relate: Relate, peerId: string): boolean {
  const r = relate(peerId);
  return !!r && (r.kind === 'version' || r.kind === 'rewrite') && r.derived === 'a';
}

// Attribution misreads seen on local news (GVA): pronouns, sentence fragments, page furniture ("EMBED >More News").
const NOT_A_SOURCE =
  /^(?:he|she|they|it|we|i|you|inside|details|another|a man|a woman|his|her|their)\b|[.>|]|\b(?:was|were|had|is|are|killed|arrested)\b/i;

/** A source worth restoring or comparing: a short name, or a noun that names who counts ("police", "Israeli tallies"). */
export function credibleSource(source: string | undefined): boolean {
  return (
    !!source &&
    source.split(/\s+/).length <= 7 &&
    !NOT_A_SOURCE.test(source) &&
    (/\p{Lu}/u.test(source) ||
      /\b(?:police|officials?|authorities|ministry|tall(?:y|ies)|figures|data|count|statistics|agency|officers?|spokes\w+|medics|doctors|hospitals?|witnesses|residents|sources|army|military)\b/i.test(
        source,
      ))
  );
}
