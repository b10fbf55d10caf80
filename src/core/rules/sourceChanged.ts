// source-changed: a figure an earlier copy of this story (an older version, or the story this rewrite was built on) gave
// with one source, still here at an agreeing value but credited to someone else. Information: the desk decides.
import { factIndex, type Fact, type FactIndex } from '../facts';
import { overlaps } from '../facts/compare';
import { sourceWords } from '../facts/normalise';
import { plainLabel, shortName } from '../facts/table';
import { alignKey, sourceSpanOf } from '../versions/figures';
import { credibleSource, isEarlierCopy } from '../versions/lineage';
import type { Rule } from './rule';

/** Words that name a role, not who: "health officials there" and "the Health Ministry" are one source reworded. */
const ROLE = new Set([
  'official',
  'there',
  'source',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'government',
  'authoritie',
  'authority',
  'local',
  'said',
  'say',
  'according',
  'to',
]);
/** Two sources that share a naming word are one source reworded; only disjoint ones are a change of source. */
function differentSource(a: string, b: string): boolean {
  const x = [...sourceWords(a)].filter((w) => !ROLE.has(w));
  const y = new Set([...sourceWords(b)].filter((w) => !ROLE.has(w)));
  return x.length > 0 && y.size > 0 && !x.some((w) => y.has(w));
}

/** A source the reporter wrote for this figure (not read back from the paragraph's close, not vague). */
const ownSource = (f: Fact): boolean =>
  credibleSource(f.source) && f.claim.attribution?.kind === 'in-sentence' && !f.claim.inQuote;

export const sourceChangedRule: Rule<undefined, FactIndex> = {
  id: 'source-changed',
  name: 'Source changed',
  description:
    'A figure an earlier version (or the story this rewrites) credited to one source, now credited to another.',
  docs: 'docs/rules/source-changed.md',
  defaultSeverity: 'information',
  scope: 'desk',
  init: ({ id, analysis }) => factIndex(id, analysis),
  check(ctx, report) {
    if (ctx.peers.length === 0 || !ctx.relation) return;
    const mine = ctx.state.facts.filter((f) => ownSource(f) && !f.secondary);
    if (mine.length === 0) return;
    const done = new Set<Fact>();
    for (const peer of ctx.peers) {
      if (!isEarlierCopy(ctx.relation, peer.id)) continue;
      const theirs = ctx.stateOf(peer).facts.filter(ownSource);
      for (const x of mine) {
        if (done.has(x)) continue;
        const y = theirs.find(
          (f) =>
            alignKey(f) === alignKey(x) &&
            x.claim.figure.value === f.claim.figure.value &&
            overlaps(x, f) &&
            differentSource(f.source!, x.source!),
        );
        if (!y) continue;
        done.add(x);
        const name = shortName(peer.id).replace(/\.(?:txt|text|md|markdown)$/i, '');
        const span = sourceSpanOf(y, peer.analysis.model.text);
        report({
          start: x.claim.figure.start,
          end: x.claim.figure.end,
          message: `Source changed — ${plainLabel(x.label ?? x.key)}: ${x.claim.figure.text} is credited to ${x.source} here; ${name} gave ${y.claim.figure.text} according to ${y.source}. Check which source the figure is from.`,
          related: [
            {
              docId: peer.id,
              start: span?.start ?? y.claim.figure.start,
              end: span?.end ?? y.claim.figure.end,
              text: span?.text ?? y.claim.figure.text,
              message: `${y.claim.figure.text} according to ${y.source}`,
              report: name,
            },
          ],
          ignore: { kind: 'source-changed', fact: x.key, sentence: x.claim.sentenceHash, source: String(y.source) },
        });
      }
    }
  },
};
