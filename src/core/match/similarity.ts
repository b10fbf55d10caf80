// Scoring two stories: idf-weighted cosine over their feature vectors, idf taken from the index's corpus.

/** A document's features as parallel arrays sorted by interned feature id (compact, merge-joinable). */
export interface Vec {
  fids: Int32Array;
  /** Raw weights (kind boost x sublinear tf), before idf. */
  w: Float32Array;
}

/**
 * Pseudo-documents added to the corpus size: with only a handful of open stories every shared word would
 * otherwise look common and count for nothing.
 */
export const PSEUDO_DOCS = 20;

/** Inverse document frequency, smoothed so that a tiny index still rewards shared features. */
export function idf(df: number, n: number): number {
  return Math.max(0, Math.log((n + PSEUDO_DOCS + 1) / (df + 0.5)));
}

/** Squared norm of a vector under the current document frequencies. */
export function norm2(v: Vec, idfOf: (fid: number) => number): number {
  let s = 0;
  for (let i = 0; i < v.fids.length; i++) {
    const x = v.w[i]! * idfOf(v.fids[i]!);
    s += x * x;
  }
  return s;
}

/** Dot product by merge-join of the two sorted id arrays. */
export function dot(a: Vec, b: Vec, idfOf: (fid: number) => number): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.fids.length && j < b.fids.length) {
    const fa = a.fids[i];
    const fb = b.fids[j];
    if (fa === fb) {
      const g = idfOf(fa!);
      s += a.w[i]! * b.w[j]! * g * g;
      i++;
      j++;
    } else if (fa! < fb!) i++;
    else j++;
  }
  return s;
}

/** Cosine similarity in [0, 1]. */
export function cosine(a: Vec, b: Vec, idfOf: (fid: number) => number, na?: number, nb?: number): number {
  const d = dot(a, b, idfOf);
  if (d <= 0) return 0;
  return d / Math.sqrt((na ?? norm2(a, idfOf)) * (nb ?? norm2(b, idfOf)));
}

/** Squared norms of the specific-kind part and the word part of a vector (spec[fid] says which part a feature is in). */
export function norm2Split(v: Vec, idfOf: (fid: number) => number, spec: ArrayLike<number>): [number, number] {
  let s = 0;
  let w = 0;
  for (let i = 0; i < v.fids.length; i++) {
    const x = v.w[i]! * idfOf(v.fids[i]!);
    if (spec[v.fids[i]!]) s += x * x;
    else w += x * x;
  }
  return [s, w];
}

export interface SplitDot {
  spec: number;
  word: number;
  /** Highest idf among the shared specific features: how rare the rarest shared name, figure or date is. */
  maxSpecIdf: number;
}

/** Dot products of the specific-kind and word parts in one merge-join, and the rarest shared specific feature. */
export function dotSplit(a: Vec, b: Vec, idfOf: (fid: number) => number, spec: ArrayLike<number>): SplitDot {
  let i = 0;
  let j = 0;
  let s = 0;
  let w = 0;
  let maxSpecIdf = 0;
  while (i < a.fids.length && j < b.fids.length) {
    const fa = a.fids[i];
    const fb = b.fids[j];
    if (fa === fb) {
      const g = idfOf(fa!);
      const x = a.w[i]! * b.w[j]! * g * g;
      if (spec[fa!]) {
        s += x;
        if (g > maxSpecIdf) maxSpecIdf = g;
      } else w += x;
      i++;
      j++;
    } else if (fa! < fb!) i++;
    else j++;
  }
  return { spec: s, word: w, maxSpecIdf };
}
