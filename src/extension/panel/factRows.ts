// The fact table of one matching report: the shared fact model (src/core/facts) aligns the figures of the active
// article and the report; the panel (and the review report) shows them row by row, conflicts first.
import type { DocumentAnalysis } from '../../core/analyze';
import { describeInterval } from '../../core/describe';
import {
  DECISION,
  factLabel,
  factsOf,
  factTable,
  reportingSource,
  type Fact,
  type FactCell as CoreFactCell,
} from '../../core/facts';
import type { FactCell, FactRow } from './protocol';

function cellOf(c: CoreFactCell, analysis: DocumentAnalysis): FactCell {
  const claim = analysis.claims.find((x) => x.figure.start === c.start && x.figure.end === c.end);
  return {
    docId: c.docId,
    text: c.text,
    interval: claim
      ? describeInterval(claim.figure)
      : describeInterval({ value: c.low, low: c.low, high: c.high, kind: 'count' }),
    source: c.source ?? 'no source found',
    start: c.start,
    end: c.end,
  };
}

/** Aligned facts of `here` (the active article) and `there` (a matching report), conflicts first. */
export function factRows(hereId: string, here: DocumentAnalysis, thereId: string, there: DocumentAnalysis): FactRow[] {
  const rows: FactRow[] = [];
  const keys = new Set<string>();
  for (const row of factTable({ id: hereId, analysis: here }, [{ id: thereId, analysis: there, score: 0 }])) {
    keys.add(row.key);
    const self = row.cells.find((c) => c.self);
    const others = row.cells.filter((c) => !c.self);
    if (!self) continue;
    // Several figures for one fact in that report: the disagreeing one is what the editor must see.
    const other = others.find((c) => c.conflict) ?? others[0];
    const out: FactRow = {
      key: row.key,
      label: row.label,
      here: cellOf(self, here),
      status: other ? (other.conflict ? 'conflict' : 'agrees') : 'only-here',
    };
    if (other) out.there = cellOf(other, there);
    if (other?.conflict) {
      out.conflictClass = other.conflict;
      out.explanation = `${describeInterval({ value: self.low, low: self.low, high: self.high, kind: 'count' })} here vs ${describeInterval({ value: other.low, low: other.low, high: other.high, kind: 'count' })} there: ${DECISION[other.conflict]}.`;
    }
    rows.push(out);
  }
  const seen = new Set<string>();
  for (const f of factsOf(thereId, there)) {
    const id = `${f.key}|${f.claim.figure.text}`;
    if (keys.has(f.key) || seen.has(id)) continue;
    seen.add(id);
    const c = f.claim.figure;
    rows.push({
      key: `there:${id}`,
      label: factLabelOf(f),
      there: {
        docId: thereId,
        text: c.text,
        interval: describeInterval(c),
        source: reportingSource(f.source) ?? 'no source found',
        start: c.start,
        end: c.end,
      },
      status: 'only-there',
    });
  }
  const rank = { conflict: 0, agrees: 1, 'only-here': 2, 'only-there': 3 } as const;
  return rows.sort(
    (x, y) =>
      rank[x.status] - rank[y.status] ||
      (x.here?.start ?? x.there?.start ?? 0) - (y.here?.start ?? y.there?.start ?? 0),
  );
}

function factLabelOf(f: Fact): string {
  if (f.claim.inQuote) return `${f.claim.figure.noun ?? 'figure'} in a quotation`;
  return f.label ?? factLabel(f.counted, f.predicate, f.anchor ?? '');
}
