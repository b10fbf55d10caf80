// The guideline's discourse continuation: the immediately adjacent sentence (before or after, across a paragraph break
// too) names the source of the same data. Only a source named in that sentence itself carries (never a carried one,
// never "per X" or a parenthesis), so a source reaches one sentence either way and no further.
import type { Attribution, FigureClaim } from '../types';
import {
  ANSWERING,
  familyOf,
  namesOwnSource,
  sharedCount,
  SHARED_WORDS,
  wordsNear,
  type KindFamily,
} from './carryData';
import { dataKey, mayCarry, unsourced } from './carryParts';
import type { SentenceLink } from './links';

/** Sourced claims of one data group, with the words around them read only when a neighbour asks. */
interface Group {
  source: Attribution;
  claims: FigureClaim[];
  words?: Set<string>;
}

export interface SentenceData {
  /** Its claims are out[from, to). */
  from: number;
  to: number;
  /** A headline or a dateline stamp: nothing carries into or out of it this way. */
  blocked: boolean;
  /** Sources it names itself, by the counted noun ('kind:noun') and by kind of figure. */
  nouns: Map<string, Group>;
  families: Map<KindFamily, Group>;
  /** It names a poll or survey and gives its figures or its source: shares next to it are the poll's. */
  poll?: Attribution;
  /** Its text, read only to see whether respondents answer in it. */
  text: string;
  answers?: boolean;
}

/** What a sentence whose claims are out[from, …) offers its neighbours. Cheap: words are read on demand. */
export function sentenceData(
  out: FigureClaim[],
  from: number,
  blocked: boolean,
  link?: SentenceLink,
  text = '',
): SentenceData {
  const data: SentenceData = { from, to: out.length, blocked, nouns: new Map(), families: new Map(), text };
  if (link?.poll && (link.source || link.share || link.methodology))
    data.poll = { kind: 'carried', source: link.source?.source ?? 'the poll', cue: 'poll' };
  for (let i = from; i < out.length; i++) {
    const c = out[i]!;
    if (!namesOwnSource(c) || !mayCarry(c)) continue;
    if (c.figure.nounLemma) join(data.nouns, dataKey(c), c);
    join(data.families, familyOf(c.figure.kind), c);
  }
  return data;
}

function join<K>(groups: Map<K, Group>, key: K, c: FigureClaim): void {
  const known = groups.get(key);
  if (known) known.claims.push(c);
  else groups.set(key, { source: c.attribution!, claims: [c] });
}

function wordsOf(g: Group): Set<string> {
  if (!g.words) {
    g.words = new Set();
    for (const c of g.claims) wordsNear(c, g.words);
  }
  return g.words;
}

/** Respondents answer in it ("One in five say", "two-thirds support"): poll data, not an election result. */
const answers = (d: SentenceData): boolean => (d.answers ??= d.to > d.from && ANSWERING.test(d.text.slice(0, 240)));

/** The source `near` names for claim `c` of sentence `own`, when both give the same data. */
function sameData(c: FigureClaim, own: SentenceData, near: SentenceData): Attribution | undefined {
  if (near.blocked || own.blocked) return undefined;
  const family = familyOf(c.figure.kind);
  // Respondents' answers next to a sentence that names a poll and gives its data or source are that poll's.
  if (near.poll && family === 'share' && answers(own)) return near.poll;
  const byNoun = c.figure.nounLemma ? near.nouns.get(dataKey(c)) : undefined;
  const byKind = near.families.get(family);
  if (!byNoun && !byKind) return undefined;
  const words = wordsNear(c);
  // The same counted noun is not enough alone: "killed 1,139 people" and "seized 253 people" are not the same data.
  if (byNoun && sharedCount(words, wordsOf(byNoun)) >= SHARED_WORDS) return byNoun.source;
  return byKind && sharedCount(words, wordsOf(byKind)) >= SHARED_WORDS ? byKind.source : undefined;
}

/** The source of the sentence before for an unsourced claim of `own`, when it gives the same data. */
export function sameDataBefore(
  c: FigureClaim,
  prev: SentenceData | undefined,
  own: SentenceData,
): Attribution | undefined {
  return prev ? sameData(c, own, prev) : undefined;
}

/** Sources the unsourced claims of the sentence before from `here`, when they give the same data. */
export function sameDataAfter(out: FigureClaim[], prev: SentenceData, here: SentenceData): void {
  if ((here.families.size === 0 && !here.poll) || here.blocked || prev.blocked) return;
  for (let i = prev.from; i < prev.to; i++) {
    const c = out[i]!;
    if (!unsourced(c)) continue;
    const a = sameData(c, prev, here);
    if (a)
      out[i] = {
        ...c,
        attribution: { ...a, kind: 'carried', via: viaOf(a, 'after') },
      };
  }
}

/** Where the hover says the source was found. */
export function viaOf(a: Attribution, where: 'before' | 'after'): string {
  return a.cue === 'poll' && a.kind === 'carried'
    ? `the poll named in the sentence ${where} (its respondents' answers)`
    : `${a.source} in the sentence ${where}, giving the same data`;
}
