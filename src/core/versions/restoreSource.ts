// Desk step: a figure that lost the source an earlier copy of its story gave it (an older version, or the story this
// rewrite was built on) keeps ONE diagnostic — its unattributed-figure finding — which gains that copy as related
// information and the fix `Restore "according to Israeli tallies" (from 003)`. Never between independent reports.
import type { DocumentAnalysis } from '../analyze';
import { factsOf, type Fact } from '../facts';
import { overlaps } from '../facts/compare';
import { shortName } from '../facts/table';
import type { Finding, FixEdit, RelatedLocation } from '../types';
import { alignKey, sourceSpanOf } from './figures';
import { credibleSource, isEarlierCopy, type Relate } from './lineage';

export interface OpenCopy {
  id: string;
  analysis: DocumentAnalysis;
}

/** How the earlier copy names the source: its own "according to X" when it wrote that, else "according to X". */
function sourcePhrase(f: Fact, text: string): string {
  const a = f.claim.attribution;
  const span = sourceSpanOf(f, text);
  if (
    a?.cueSpan &&
    span &&
    /^according to$/i.test(a.cue) &&
    span.start >= a.cueSpan.end &&
    span.start - a.cueSpan.end <= 2
  )
    return text.slice(a.cueSpan.start, span.end);
  return `according to ${f.source!.replace(/^(The|A|An)\b/, (w) => w.toLowerCase())}`;
}

const shortId = (id: string): string =>
  shortName(id)
    .replace(/\.(?:txt|text|md|markdown)$/i, '')
    .replace(/^(\d{3})_[0-9a-f]{8,}$/, '$1');

/**
 * The same fact, at a figure that agrees, with a source, in an earlier copy's body; none when that copy also states it
 * without a source (then nothing was lost).
 */
function sourcedEarlier(mine: Fact, earlier: readonly Fact[]): Fact | undefined {
  const key = alignKey(mine);
  // The same figure, not merely a compatible one: "thousands" agrees with 33,207 but is not that figure reworded.
  const same = earlier.filter(
    (f) => !f.claim.inHeadline && alignKey(f) === key && f.claim.figure.kind !== 'vague' && overlaps(mine, f),
  );
  const sourced = (f: Fact): boolean =>
    !!f.source && f.claim.attribution?.kind !== 'paragraph-final' && f.claim.attribution?.kind !== 'vague';
  const restorable = (f: Fact): boolean =>
    f.claim.attribution?.kind === 'in-sentence' &&
    credibleSource(f.source) &&
    f.claim.figure.value === mine.claim.figure.value;
  if (same.some((f) => !sourced(f))) return undefined;
  return same.find((f) => restorable(f) && !f.claim.inQuote);
}

/** Returns the findings with restore fixes added (new objects; the cached findings are never mutated). */
export function restoreDroppedSources(
  id: string,
  mine: DocumentAnalysis,
  peers: readonly OpenCopy[],
  findings: Finding[],
  relate: Relate,
): Finding[] {
  const unsourced = findings.filter((f) => f.rule === 'unattributed-figure');
  if (unsourced.length === 0 || peers.length === 0) return findings;
  const facts = factsOf(id, mine);
  const earlier = peers.filter((p) => isEarlierCopy(relate, p.id));
  if (earlier.length === 0) return findings;
  return findings.map((finding) => {
    if (finding.rule !== 'unattributed-figure') return finding;
    const fact = facts.find((f) => f.claim.figure.start === finding.start && f.claim.figure.end === finding.end);
    // A headline does not carry "according to"; its figure is the body's to source.
    if (!fact || fact.claim.inHeadline || fact.claim.figure.kind === 'vague') return finding;
    for (const p of earlier) {
      const other = sourcedEarlier(fact, factsOf(p.id, p.analysis));
      if (!other) continue;
      const text = p.analysis.model.text;
      const phrase = sourcePhrase(other, text);
      const span = sourceSpanOf(other, text) ?? {
        start: other.claim.figure.start,
        end: other.claim.figure.end,
        text: other.claim.figure.text,
      };
      const related: RelatedLocation = {
        docId: p.id,
        start: span.start,
        end: span.end,
        text: span.text,
        message: `${shortId(p.id)} gives ${other.claim.figure.text} ${phrase}`,
        report: shortId(p.id),
      };
      const insert = finding.fixes?.find((x) => x.start === x.end);
      // A quick fix never edits inside a quotation: a quoted figure gets the related location only.
      const fix: FixEdit[] =
        insert && !fact.claim.inQuote
          ? [
              {
                title: `Restore "${phrase}" (from ${shortId(p.id)})`,
                start: insert.start,
                end: insert.end,
                text: `, ${phrase}`,
              },
            ]
          : [];
      return {
        ...finding,
        message: `${finding.message} An earlier copy (${shortId(p.id)}) gave it "${phrase}".`,
        related: [...finding.related, related],
        fixes: [...fix, ...(finding.fixes ?? [])],
      };
    }
    return finding;
  });
}
