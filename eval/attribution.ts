// Unattributed-figure accuracy on PolNeAR (gold attribution spans). A claim figure is gold-attributed when it lies
// inside an attribution's Content span; the check should flag exactly the gold-unattributed ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Desk } from '../src/core/desk';

interface PolnearRecord {
  id: string;
  article: string;
  credit: string | null;
  text: string;
  attributions: { type: string; source: [number, number][]; content: [number, number][] }[];
}

export interface AttributionEval {
  articles: number;
  claims: number;
  goldUnattributed: number;
  goldAttributed: number;
  flagged: number;
  truePositives: number;
  precision: number;
  recall: number;
  attributedFlaggedShare: number;
  wireArticles: number;
  wireWords: number;
  wireFlags: number;
  flagsPer1000WordsWire: number;
  nonClaims: Record<string, number>;
  /** Secondary: gold-attributed only when the attribution names a source (PolNeAR's Attribution-no-source left out). */
  namedSource: { goldAttributed: number; precision: number; attributedFlaggedShare: number };
  byLevel: Record<string, { flagged: number; tp: number }>;
}

/** One annotation per article: the first annotator's file (PolNeAR double-annotates a few). */
function loadPolnear(dir: string): PolnearRecord[] {
  const seen = new Set<string>();
  const out: PolnearRecord[] = [];
  for (const line of readFileSync(join(dir, 'attribution.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as PolnearRecord;
    if (seen.has(r.article)) continue;
    seen.add(r.article);
    out.push(r);
  }
  return out;
}

export async function evalAttribution(sharedEvalDir: string): Promise<AttributionEval> {
  const records = loadPolnear(sharedEvalDir);
  const r: AttributionEval = {
    articles: records.length,
    claims: 0,
    goldUnattributed: 0,
    goldAttributed: 0,
    flagged: 0,
    truePositives: 0,
    precision: 0,
    recall: 0,
    attributedFlaggedShare: 0,
    wireArticles: 0,
    wireWords: 0,
    wireFlags: 0,
    flagsPer1000WordsWire: 0,
    nonClaims: {},
    byLevel: {},
    namedSource: { goldAttributed: 0, precision: 0, attributedFlaggedShare: 0 },
  };
  let attributedFlagged = 0;
  let namedTp = 0;
  let namedAttributedFlagged = 0;
  for (const rec of records) {
    const desk = new Desk();
    desk.upsert(rec.id, rec.text);
    const analysis = desk.get(rec.id)!.analysis;
    const flagged = new Map(
      desk
        .check(rec.id)
        .filter((f) => f.rule === 'unattributed-figure')
        .map((f) => [f.start, f.severity]),
    );
    const contents = rec.attributions.flatMap((a) => a.content);
    const inContent = (s: number, e: number): boolean => contents.some(([cs, ce]) => s >= cs && e <= ce);
    const named = rec.attributions
      .filter((a) => a.type === 'Attribution' && a.source.length > 0)
      .flatMap((a) => a.content);
    const inNamed = (s: number, e: number): boolean => named.some(([cs, ce]) => s >= cs && e <= ce);
    for (const claim of analysis.claims) {
      if (claim.nonClaim) {
        r.nonClaims[claim.nonClaim] = (r.nonClaims[claim.nonClaim] ?? 0) + 1;
        continue;
      }
      r.claims++;
      const attributed = inContent(claim.figure.start, claim.figure.end);
      const level = flagged.get(claim.figure.start);
      const namedAttributed = inNamed(claim.figure.start, claim.figure.end);
      if (namedAttributed) r.namedSource.goldAttributed++;
      if (level && !namedAttributed) namedTp++;
      if (level && namedAttributed) namedAttributedFlagged++;
      if (attributed) r.goldAttributed++;
      else r.goldUnattributed++;
      if (level) {
        r.flagged++;
        const bucket = (r.byLevel[level] ??= { flagged: 0, tp: 0 });
        bucket.flagged++;
        if (!attributed) {
          r.truePositives++;
          bucket.tp++;
        } else attributedFlagged++;
      }
    }
    if (rec.credit) {
      r.wireArticles++;
      r.wireWords += rec.text.split(/\s+/).filter(Boolean).length;
      r.wireFlags += flagged.size;
    }
  }
  r.precision = r.truePositives / Math.max(1, r.flagged);
  r.recall = r.truePositives / Math.max(1, r.goldUnattributed);
  r.attributedFlaggedShare = attributedFlagged / Math.max(1, r.goldAttributed);
  r.flagsPer1000WordsWire = (1000 * r.wireFlags) / Math.max(1, r.wireWords);
  r.namedSource.precision = namedTp / Math.max(1, r.flagged);
  r.namedSource.attributedFlaggedShare = namedAttributedFlagged / Math.max(1, r.namedSource.goldAttributed);
  return r;
}

export function printAttribution(r: AttributionEval): void {
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  console.log(
    '\n## unattributed-figure on PolNeAR spans (secondary: DEV train+dev, one annotation per article; Content spans say nothing of which numbers are claims)',
  );
  console.log(
    `articles ${r.articles}; claim figures ${r.claims} (gold-attributed ${r.goldAttributed}, gold-unattributed ${r.goldUnattributed})`,
  );
  console.log(`precision ${pct(r.precision)} (${r.truePositives}/${r.flagged} flagged)   aim ≥ 90 %`);
  console.log(`recall    ${pct(r.recall)} (${r.truePositives}/${r.goldUnattributed})`);
  console.log(
    `attributed figures flagged ${pct(r.attributedFlaggedShare)} (${r.flagged - r.truePositives}/${r.goldAttributed})   aim ≤ 5 %`,
  );
  for (const [level, b] of Object.entries(r.byLevel))
    console.log(`  ${level}: ${b.flagged} flagged, precision ${pct(b.tp / Math.max(1, b.flagged))}`);
  const n = r.namedSource;
  console.log(
    `secondary, gold counting only attributions that name a source: precision ${pct(n.precision)}, attributed figures flagged ${pct(n.attributedFlaggedShare)} (of ${n.goldAttributed})`,
  );
  console.log(
    `wire-credited articles ${r.wireArticles}: ${r.flagsPer1000WordsWire.toFixed(2)} flags per 1,000 words (${r.wireFlags} flags, ${r.wireWords} words)`,
  );
  console.log(
    `numbers ruled not claims: ${Object.entries(r.nonClaims)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}

if (require.main === module) {
  void evalAttribution(process.argv[2] ?? join(process.cwd(), '..', 'shared', 'eval')).then(printAttribution);
}
