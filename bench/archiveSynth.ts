// Synthetic archive copies for bench/archive.ts. Two generators:
// - text: copy c of a story is its text with every capitalised word renamed, figures shifted and body paragraphs
//   rotated, then analysed in full like an indexed file (54 ms a story here: 100,000 stories would take 90 min).
// - features: every DEV story is analysed in full once (copy 0); copy c ≥ 1 is derived from that item in feature
//   space, the way the text generator changes a story: name features (n:, N:, p: and streets) renamed with the
//   copy's suffix, figure features (f:) and stored facts shifted by the same amount, filing day shifted, shingle
//   hashes re-keyed per copy (so copies never read as versions of each other, but stories of one copy share exactly
//   what their originals share), text renamed and rotated as above. Clusters stay clusters within a copy: the whole
//   cluster is renamed alike. Content-word features (w:, y:) are kept, as are name stems among the w: features (the
//   text generator renames those too): copies share their vocabulary a little more than text copies do.
import type { ArchiveItem } from '../src/archive/items';
import type { PreparedStory } from '../src/core/match';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'vo', 'ri', 'de', 'ba'];
export const suffix = (c: number): string =>
  c === 0
    ? ''
    : String(c)
        .split('')
        .map((d) => SYLLABLES[Number(d)])
        .join('');

/** Copy c of a story's text: names renamed, figures shifted, body paragraphs rotated (headline kept first). */
export function synthesise(text: string, c: number): string {
  if (c === 0) return text;
  const s = suffix(c);
  const renamed = text
    .replace(/\b([A-Z][a-z]{3,})\b/g, `$1${s}`)
    .replace(/\b(\d{2,4})\b/g, (n) => String(Number(n) + (c % 7) + 1));
  const paras = renamed.split(/\n\s*\n/);
  if (paras.length < 4) return renamed;
  const [head, ...body] = paras;
  const k = c % (body.length - 1);
  return [head, body[0], ...body.slice(1 + k), ...body.slice(1, 1 + k)].join('\n\n');
}

export const shiftDate = (date: string | undefined, c: number): string | undefined =>
  date ? new Date(Date.parse(date) + (c % 400) * 86_400_000).toISOString().slice(0, 10) : undefined;

/** Words of four letters or more get the copy's suffix, as the text generator renames capitalised words. */
const renameWords = (s: string, c: number): string => s.replace(/\b([a-z]{4,})\b/g, `$1${suffix(c)}`);

const shiftFigure = (v: number, c: number): number =>
  Number.isInteger(v) && v >= 10 && v <= 9999 ? v + (c % 7) + 1 : v;

/** A 32-bit mix re-keying a shingle hash for copy c; the low 16 bits are kept so sampling (h % mod) is unchanged. */
function rekey(h: number, c: number): number {
  let x = (h ^ Math.imul(c, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return ((x & 0xffff0000) | (h & 0xffff)) >>> 0;
}

/** Copy c of a story's matching features (see the header). */
export function copyFeatures(p: PreparedStory, c: number): PreparedStory {
  if (c === 0) return p;
  const keys: string[] = [];
  const weights: number[] = [];
  const seen = new Map<string, number>();
  p.keys.forEach((key, i) => {
    const kind = key[0];
    let k = key;
    if (kind === 'n' || kind === 'N' || kind === 'p') k = `${kind}:${renameWords(key.slice(2), c)}`;
    else if (kind === 'f') k = `f:${shiftFigure(Number(key.slice(2)), c)}`;
    // Two figures shifted onto one key: one feature, the larger weight (features are a set).
    const at = seen.get(k);
    if (at !== undefined) weights[at] = Math.max(weights[at]!, p.weights[i]!);
    else {
      seen.set(k, keys.length);
      keys.push(k);
      weights.push(p.weights[i]!);
    }
  });
  const wire = { ...p.wire };
  if (wire.dateline) wire.dateline = renameWords(wire.dateline, c);
  if (wire.streets) wire.streets = wire.streets.map((s) => renameWords(s, c));
  if (wire.dated) wire.dated = shiftDate(wire.dated, c);
  const sample = (h: { mod: number; hashes: Uint32Array }) => ({
    mod: h.mod,
    hashes: Uint32Array.from(h.hashes, (x) => rekey(x, c)).sort(),
  });
  return {
    keys,
    weights,
    wire,
    day: p.day + (c % 400),
    shingles: { words: sample(p.shingles.words), pairs: sample(p.shingles.pairs) },
  };
}

/** Copy c of an analysed item (see the header): no analysis, a few microseconds. */
export function copyItem(base: ArchiveItem, c: number): ArchiveItem {
  if (c === 0) return base;
  return {
    ...base,
    text: synthesise(base.text, c),
    headline: base.headline ? synthesise(base.headline, c) : undefined,
    filed: base.filed ? shiftDate(base.filed, c) : undefined,
    prepared: copyFeatures(base.prepared, c),
    facts: base.facts.map((f) => ({
      ...f,
      key: renameWords(f.key, c),
      low: shiftFigure(f.low, c),
      high: shiftFigure(f.high, c),
    })),
  };
}
