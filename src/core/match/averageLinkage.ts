// Average-linkage (UPGMA) clustering of a few stories from their pairwise scores: pure, so it is tested on its own.

/** One merge of two clusters, by the indices of their first nodes: `from` joins `into` at `level`. */
export interface Merge {
  into: number;
  from: number;
  /** Average score between the two clusters' members when they merged. */
  level: number;
  /** Members of each side just before the merge. */
  intoMembers: readonly number[];
  fromMembers: readonly number[];
}

/**
 * Merges of `n` nodes, highest average score first, until no two clusters score above 0 on average.
 * `score(i, j)` (i < j) is asked once per pair; ties go to the lowest indices.
 */
export function averageLinkage(n: number, score: (i: number, j: number) => number): Merge[] {
  // Summed scores between clusters (row-major n x n), cluster sizes and members.
  const sum = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) sum[i * n + j] = sum[j * n + i] = score(i, j);
  }
  const size = new Array<number>(n).fill(1);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const alive = new Array<boolean>(n).fill(true);
  const merges: Merge[] = [];
  for (;;) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (!alive[j]) continue;
        const v = sum[i * n + j]! / (size[i]! * size[j]!);
        if (v > best) [best, bi, bj] = [v, i, j];
      }
    }
    if (bi < 0) break;
    merges.push({ into: bi, from: bj, level: best, intoMembers: members[bi]!, fromMembers: members[bj]! });
    for (let k = 0; k < n; k++) sum[bi * n + k] = sum[k * n + bi] = sum[bi * n + k]! + sum[bj * n + k]!;
    sum[bi * n + bi] = 0;
    alive[bj] = false;
    size[bi]! += size[bj]!;
    members[bi] = members[bi]!.concat(members[bj]!);
  }
  return merges;
}

/** For each node, the level at which it joined `home`'s cluster (0 for home itself and for nodes that never did). */
export function joinLevels(merges: readonly Merge[], n: number, home = 0): Float64Array {
  const joined = new Float64Array(n);
  let at = home;
  for (const m of merges) {
    if (m.into === at) for (const k of m.fromMembers) joined[k] = m.level;
    else if (m.from === at) {
      for (const k of m.intoMembers) joined[k] = m.level;
      at = m.into;
    }
  }
  return joined;
}

/** The clusters left after every merge at or above `level`, each sorted, ordered by their first node. */
export function clustersAt(merges: readonly Merge[], n: number, level: number): number[][] {
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const alive = new Array<boolean>(n).fill(true);
  // Average linkage never merges above an earlier level, so the merges at or above `level` come first.
  for (const m of merges) {
    if (m.level < level) break;
    members[m.into] = members[m.into]!.concat(members[m.from]!);
    alive[m.from] = false;
  }
  return members.filter((_, i) => alive[i]).map((c) => [...c].sort((a, b) => a - b));
}
