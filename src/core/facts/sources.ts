// Source names compared as words: "Israeli tallies" ~ "Israel", "health ministry" ⊂ "Gaza health ministry".
const SOURCE_NOISE = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'own',
  'tally',
  'tallies',
  'figures',
  'figure',
  'statistics',
  'data',
  'count',
  'estimate',
  'estimates',
  'report',
  'there',
  'in',
  'of',
  'by',
  'and',
  'latest',
  'update',
]);

/** Content words of a source, nationality adjectives folded ("Israeli tallies" ~ "Israel"), "based on …" dropped. */
export function sourceWords(source: string): Set<string> {
  const core = source
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/\s+(?:based on|citing|quoting)\s+/)[0]!;
  const words = core.split(/[^\p{L}\d-]+/u).filter((w) => w && !SOURCE_NOISE.has(w));
  return new Set(words.map((w) => w.replace(/(?:i|ian|ians)$/, '').replace(/s$/, '')));
}

/** Same source when one's content words include the other's ("health ministry" ⊂ "Gaza health ministry"). */
export function sameSource(a: string, b: string): boolean {
  const x = sourceWords(a);
  const y = sourceWords(b);
  if (x.size === 0 || y.size === 0) return false;
  const sub = (p: Set<string>, q: Set<string>): boolean => [...p].every((w) => q.has(w));
  return sub(x, y) || sub(y, x);
}
