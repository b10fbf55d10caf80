// Pieces of carrySources (carry.ts): what may carry, how a carried source is worded, and backfilling a sentence from
// the sentence after it.
import type { Attribution, FigureClaim } from '../types';
import type { SentenceLink } from './links';

export interface Open {
  attribution: Attribution;
  poll: boolean;
  /** Global index of the sentence that named it. */
  at: number;
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** A run of poll results longer than this is not one list: the backward walk stays bounded. */
export const MAX_RUN = 12;

export function distance(n: number, direction: 'up' | 'down'): string {
  if (n === 1) return direction === 'up' ? 'in the sentence before' : 'in the sentence after';
  return `${NUMBER_WORDS[n] ?? String(n)} sentences ${direction}`;
}

/** The same data: the same kind of figure counting the same thing ("40 people died … 160 people were wounded"). */
export const dataKey = (c: FigureClaim): string =>
  `${c.figure.kind}:${c.figure.kind === 'percent' || c.figure.kind === 'share' ? '' : (c.figure.nounLemma ?? '')}`;

/** A claim's own source that may carry on: named, not vague, not "per X", not in parentheses. */
export function mayCarry(c: FigureClaim): boolean {
  const a = c.attribution!;
  if (a.kind === 'vague' || a.cue.toLowerCase() === 'per' || !a.cueSpan) return false;
  const before = c.sentence.text.slice(
    Math.max(0, a.cueSpan.start - c.sentence.start - 240),
    a.cueSpan.start - c.sentence.start,
  );
  return before.lastIndexOf('(') <= before.lastIndexOf(')');
}

export const unsourced = (c: FigureClaim): boolean => !c.nonClaim && !c.inQuote && !c.attribution;

export function shifted(a: Attribution, delta: number): Attribution {
  return delta === 0 || !a.cueSpan
    ? a
    : { ...a, cueSpan: { start: a.cueSpan.start + delta, end: a.cueSpan.end + delta } };
}

/**
 * Sources the sentence before [prevFrom, from) from the sentence after it (its claims follow `from` in `out`): same
 * counted noun within a paragraph, or a poll's shares when the sentence after opens on the poll ("The Monmouth poll also …").
 */
export function backfill(
  out: FigureClaim[],
  prevFrom: number,
  from: number,
  namesPoll: boolean,
  link: SentenceLink,
  prevShare: boolean,
  samePara: boolean,
): void {
  if (prevFrom >= from) return;
  const own = new Map<string, Attribution>();
  if (samePara) {
    for (let i = from; i < out.length; i++) {
      const c = out[i]!;
      if (c.attribution?.kind === 'in-sentence' && !c.nonClaim && !c.inQuote && c.figure.nounLemma && mayCarry(c))
        own.set(dataKey(c), c.attribution);
    }
  }
  const poll = namesPoll && prevShare;
  if (own.size === 0 && !poll) return;
  for (let i = prevFrom; i < from; i++) {
    const c = out[i]!;
    if (!unsourced(c)) continue;
    const same = c.figure.nounLemma ? own.get(dataKey(c)) : undefined;
    if (same)
      out[i] = {
        ...c,
        attribution: { ...same, kind: 'carried', via: `${same.source} in the sentence after, giving the same data` },
      };
    else if (poll && (c.figure.kind === 'percent' || c.figure.kind === 'share')) {
      out[i] = {
        ...c,
        attribution: {
          kind: 'carried',
          source: link.source?.source ?? 'the poll',
          cue: 'poll',
          via: 'the poll named in the sentence after',
        },
      };
    }
  }
}
