// Versions and rewrites: how much text two stories share, and whether one is a version or rewrite of the other.
import { extractFeatures, type WireMeta } from './features';
import { laterVersion } from './itemVersion';

/** Sampled hashes of a story's words: sorted, keeping only hashes divisible by mod (a containment-preserving sample). */
export interface HashSample {
  mod: number;
  hashes: Uint32Array;
}

/** A story's content-stem vocabulary and its stem bigrams (word order, the trace of shared sentences). */
export interface Shingles {
  words: HashSample;
  pairs: HashSample;
}
/** Most hashes kept per story; longer stories are sampled more sparsely (bounded memory). */
const MAX_SHINGLES = 512;

export type RelationKind = 'version' | 'rewrite' | 'same-story' | 'unrelated';

export interface Relation {
  kind: RelationKind;
  /** Share (0..1) of the derived story's content words found in the other: "rewrite of 000, 70 % shared". */
  shared: number;
  /** Share of the derived story's stem bigrams found in the other: near 1 for verbatim copy, ~0.2 for a close paraphrase. */
  sharedPairs: number;
  /** Which side is the derived one (the version/rewrite): the side whose words are most contained in the other. */
  derived: 'a' | 'b';
  /** Share of a's content words found in b, and of b's found in a. */
  aInB: number;
  bInA: number;
  sameAgency: boolean;
  /** Why, in a few words, for the panel. */
  reason: string;
  /** Set when both are copies of one agency item and their metadata orders them: `derived` is the later version. */
  ordered?: 'item-version';
}

/**
 * A rewrite keeps most of its source's vocabulary and a good share of its word pairs; separate reports of one
 * story share the vocabulary of the event but few word pairs (seeds: rewrites 0.20-0.44 of pairs, others <= 0.10).
 */
export const REWRITE_MIN = 0.45;
export const REWRITE_PAIRS_MIN = 0.15;
/** A same-agency story sharing this many word pairs is a version (update, correction, refile) rather than a rewrite. */
export const VERSION_PAIRS_MIN = 0.5;

/** FNV-1a of `s`, continuing from state `h` (the offset basis for a fresh hash); the caller applies `>>> 0`. */
function fnvFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
const FNV_BASIS = 0x811c9dc5;
const SPACE = 32;

function sample(set: Set<number>): HashSample {
  let mod = 1;
  while (set.size / mod > MAX_SHINGLES) mod *= 2;
  const kept = [...set].filter((h) => h % mod === 0);
  return { mod, hashes: Uint32Array.from(kept).sort() };
}

export function shingles(stems: readonly string[]): Shingles {
  const words = new Set<number>();
  const pairs = new Set<number>();
  for (let i = 0; i < stems.length; i++) {
    const h = fnvFrom(FNV_BASIS, stems[i]!);
    words.add(h >>> 0);
    // The hash of "stem next" continued from the stem's own state: no joined string per pair.
    if (i + 1 < stems.length) pairs.add(fnvFrom(Math.imul(h ^ SPACE, 0x01000193), stems[i + 1]!) >>> 0);
  }
  return { words: sample(words), pairs: sample(pairs) };
}

/** Share of a's sampled hashes also in b, both sampled at the coarser of their rates. */
export function containment(a: HashSample, b: HashSample): number {
  const mod = Math.max(a.mod, b.mod);
  const bs = new Set<number>();
  for (const h of b.hashes) if (h % mod === 0) bs.add(h);
  let n = 0;
  let hit = 0;
  for (const h of a.hashes) {
    if (h % mod !== 0) continue;
    n++;
    if (bs.has(h)) hit++;
  }
  return n ? hit / n : 0;
}

export interface RelationInput {
  meta: WireMeta;
  shingles: Shingles;
}

export function toRelationInput(text: string): RelationInput {
  const f = extractFeatures(text);
  return { meta: f.meta, shingles: shingles(f.stems) };
}

/** Days in an ISO date, NaN when unknown. */
const dayOf = (iso?: string): number => (iso ? Math.floor(Date.parse(iso) / 86_400_000) : NaN);

/**
 * Which side derives from the other. Evidence, strongest first: one side cites a wire agency in its body ("told the
 * Reuters news agency") that the other does not cite: the citing side is built on that agency's copy; one side
 * is the later of one agency's chain (CORRECTED, a higher UPDATE); one side is dated later than the other; else the side whose words are most contained in the other (a condensed rewrite).
 */
function derivedSide(ma: WireMeta, mb: WireMeta, aInB: number, bInA: number): 'a' | 'b' {
  const sameAgency = !!ma.agency && ma.agency === mb.agency;
  if (!sameAgency) {
    const aCites = (ma.cites ?? []).some((c) => !(mb.cites ?? []).includes(c));
    const bCites = (mb.cites ?? []).some((c) => !(ma.cites ?? []).includes(c));
    if (aCites !== bCites) return aCites ? 'a' : 'b';
  }
  // One agency's chain says its own order: a CORRECTED copy or a higher UPDATE number is the later version.
  if (sameAgency && ma.corrected !== mb.corrected) return ma.corrected ? 'a' : 'b';
  if (sameAgency && ma.update !== mb.update) return ma.update > mb.update ? 'a' : 'b';
  const da = dayOf(ma.dated);
  const db = dayOf(mb.dated);
  if (da !== db && !Number.isNaN(da) && !Number.isNaN(db) && ma.update === mb.update) return da > db ? 'a' : 'b';
  return aInB >= bInA ? 'a' : 'b';
}

/**
 * Classify a pair the matcher already holds for one story (or not): agency versions, rewrites sharing much
 * of their text, or independent reports of the same story. `matched` says whether the similarity passed.
 */
export function relation(a: RelationInput | string, b: RelationInput | string, matched = true): Relation {
  const ra = typeof a === 'string' ? toRelationInput(a) : a;
  const rb = typeof b === 'string' ? toRelationInput(b) : b;
  const aInB = containment(ra.shingles.words, rb.shingles.words);
  const bInA = containment(rb.shingles.words, ra.shingles.words);
  const later = laterVersion(ra.meta, rb.meta);
  const derived = later === 'a' || later === 'b' ? later : derivedSide(ra.meta, rb.meta, aInB, bInA);
  const shared = derived === 'a' ? aInB : bInA;
  const [from, to] = derived === 'a' ? [ra, rb] : [rb, ra];
  const sharedPairs = containment(from.shingles.pairs, to.shingles.pairs);
  const ma = ra.meta;
  const mb = rb.meta;
  const sameAgency = !!ma.agency && ma.agency === mb.agency;
  const slugged = ma.update > 0 || mb.update > 0 || ma.corrected || mb.corrected;
  const sameDateline = !!ma.dateline && ma.dateline === mb.dateline;
  const pct = `${Math.round(shared * 100)} % shared`;
  const base = { shared, sharedPairs, derived, aInB, bInA, sameAgency } as const;
  const rewrite = shared >= REWRITE_MIN && sharedPairs >= REWRITE_PAIRS_MIN;
  // One guid is one story, whatever the text says; its @version / versionCreated orders the copies.
  if (later) {
    const [newer, older] = derived === 'a' ? [ma, mb] : [mb, ma];
    const which =
      later === 'same'
        ? 'same version'
        : newer.itemVersion !== undefined && newer.itemVersion !== older.itemVersion
          ? `version ${newer.itemVersion} after ${older.itemVersion}`
          : 'filed later';
    return {
      ...base,
      kind: 'version',
      reason: `${ma.agency ?? mb.agency ?? 'agency'} item ${ma.guid}, ${which}, ${pct}`,
      ...(later === 'same' ? {} : { ordered: 'item-version' as const }),
    };
  }
  if (sameAgency && (slugged || sameDateline) && (sharedPairs >= VERSION_PAIRS_MIN || (slugged && rewrite))) {
    const why = slugged ? 'update/correction slug' : 'same dateline';
    return { ...base, kind: 'version', reason: `${ma.agency} version (${why}), ${pct}` };
  }
  if (rewrite) return { ...base, kind: 'rewrite', reason: `rewrite, ${pct}` };
  const story: Relation = { ...base, kind: 'same-story', reason: `same story, separate reporting, ${pct}` };
  return matched ? story : asUnmatched(story);
}

/** A relation computed as matched, for a pair whose similarity did not pass: separate reporting becomes unrelated. */
export function asUnmatched<R extends Relation>(r: R): R {
  return r.kind === 'same-story'
    ? { ...r, kind: 'unrelated', reason: `different story, ${Math.round(r.shared * 100)} % shared` }
    : r;
}

/** A story's place in its agency's chain, from what the copy says about itself (StoryMeta of the text model). */
export interface ChainMeta {
  agency?: string;
  update: number;
  corrected: boolean;
  filed?: string;
  headline?: string;
  wire?: { guid?: string; version?: string; signals?: string[]; duKey?: string };
}

/** The newer copy is a correction: a CORRECTED slug or a correction signal of its agency item. */
export const isCorrection = (m: ChainMeta): boolean =>
  m.corrected || (m.wire?.signals ?? []).some((s) => /correct/i.test(s));

/**
 * Whether two copies are versions in one agency's chain: one guid (or NITF du-key) always is; two different agencies
 * never are (a rewrite by another agency is a match, not a version); otherwise one agency or an unknown one on either side.
 */
export function sameChain(a: ChainMeta, b: ChainMeta): boolean {
  if (a.wire?.guid && a.wire.guid === b.wire?.guid) return true;
  if (a.wire?.duKey && a.wire.duKey === b.wire?.duKey) return true;
  if (a.agency && b.agency) return a.agency.toLowerCase() === b.agency.toLowerCase();
  return true;
}

/**
 * Which of two versions is later: 'a', 'b', or undefined when nothing orders them. Evidence, strongest first: the item's
 * @version, a CORRECTED slug after its story, the UPDATE number, the filing time (a file's save time orders nothing).
 */
export function laterOf(
  a: ChainMeta & { filedSource?: string },
  b: ChainMeta & { filedSource?: string },
): 'a' | 'b' | undefined {
  const va = Number(a.wire?.version);
  const vb = Number(b.wire?.version);
  if (a.wire?.guid && a.wire.guid === b.wire?.guid && Number.isFinite(va) && Number.isFinite(vb) && va !== vb)
    return va > vb ? 'a' : 'b';
  if (isCorrection(a) !== isCorrection(b)) return isCorrection(a) ? 'a' : 'b';
  if (a.update !== b.update) return a.update > b.update ? 'a' : 'b';
  const stated = (m: { filed?: string; filedSource?: string }): number =>
    m.filedSource === 'file time' ? NaN : Date.parse(m.filed ?? '');
  const ta = stated(a);
  const tb = stated(b);
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta > tb ? 'a' : 'b';
  return undefined;
}

/** How an older and a newer copy relate, for reading a figure that moved between them. */
export function versionContext(
  older: ChainMeta,
  newer: ChainMeta,
): { sameChain: boolean; correction: boolean; reason: string } {
  const chain = sameChain(older, newer);
  const correction = chain && isCorrection(newer);
  const who = newer.agency ?? older.agency;
  const reason = !chain
    ? `different agencies (${older.agency} and ${newer.agency}): a match, not a version`
    : correction
      ? `correction${who ? ` in ${who}'s chain` : ''}`
      : who
        ? `versions in ${who}'s chain${newer.update ? `, UPDATE ${newer.update}` : ''}`
        : 'read as versions of one story (no agency named on either side)';
  return { sameChain: chain, correction, reason };
}
