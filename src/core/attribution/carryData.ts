// "The same data" across two adjacent sentences, read with general cues only: the same kind of figure (a count, a sum
// of money, a percentage) about the same things, where "the same things" means the words around the two figures share
// at least two common (lower-case) content words ("82 percent of murders involving white victims, according to the FBI.
// Among murders involving black victims, 90 percent …"). Names are left out: a story's actors recur in every sentence,
// the things it counts do not. No article-specific vocabulary: the words compared are the sentences' own.
import type { FigureClaim, FigureKind } from '../types';

/** Figures that can give the same data: counts with counts, money with money, shares with percentages. */
export type KindFamily = 'count' | 'money' | 'share';

export function familyOf(kind: FigureKind): KindFamily {
  if (kind === 'money') return 'money';
  if (kind === 'percent' || kind === 'share') return 'share';
  return 'count';
}

/** Content words two sentences must share to speak of the same things. */
export const SHARED_WORDS = 2;
/** Characters either side of a figure that are read: a 1 MB sentence stays linear. */
const WINDOW = 70;
// Function words, number and time words, scale words and the verbs of reporting: they say nothing about what is counted.
const STOP = new Set(
  (
    'about above after again against also among another around back because been before being below between both ' +
    'came come could does done down during each even ever every from have having here into just last later least less ' +
    'like made make many more most much must near nearly next only other over same says said saying says should since ' +
    'some such than that their them then there these they this those though through under until very were what when ' +
    'where which while whom whose will with within would year years month months week weeks today yesterday ' +
    'tomorrow percent percentage points point million millions billion billions thousand thousands hundred hundreds ' +
    'dozen dozens half third quarter three four five seven eight nine twenty thirty forty fifty sixty seventy eighty ' +
    'ninety according told tells report reported reports reporting added adds noted notes stated announced show shows ' +
    'showed shown found finds estimated estimate estimates data figures figure number numbers total totals ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december people mr mrs ms'
  ).split(' '),
);

/** Common content words (lower-case as written, four letters or more, not function, number, time or reporting words) around a claim's figure, within its clause. */
export function wordsNear(c: FigureClaim, into = new Set<string>()): Set<string> {
  const at = c.figure.start - c.sentence.start;
  const end = c.figure.end - c.sentence.start;
  const before = c.sentence.text
    .slice(Math.max(0, at - WINDOW), at)
    .split(/[;:()—–]|,\s+(?:while|but|and)\b/)
    .pop()!;
  const after = c.sentence.text.slice(end, end + WINDOW).split(/[;:()—–]|,\s+(?:while|but|and)\b/)[0]!;
  for (const m of `${before} ${after}`.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]{3,}/gu)) {
    const w = m[0].replace(/['’]s$/, '');
    if (w.length >= 4 && !STOP.has(w)) into.add(w);
  }
  return into;
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) n++;
  return n;
}

/** A sourced claim that names its source in its own sentence and may carry (not "per X", not in parentheses). */
export const namesOwnSource = (c: FigureClaim): boolean =>
  c.attribution?.kind === 'in-sentence' &&
  !c.nonClaim &&
  !c.inQuote &&
  !c.attribution.via &&
  plausibleSource(c.attribution.source, c.attribution.cue);

/** Reaching past its own sentence needs a source that reads as one: not a place ("in the 600 block …") nor the thing counted ("count of …"). */
function plausibleSource(source: string, cue: string): boolean {
  return !/^(?:in|on|at|from|for|with|to|of|by|near|into)\s/i.test(source) && !/^count of$/i.test(cue.trim());
}

const SHARE_WORDS = String.raw`(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:\d+|three|four|five|six|seven|eight|nine|ten)|half|a third|a quarter|(?:one|two|three)[- ](?:thirds?|quarters?|fifths?)|a majority|majorities|a plurality|most)`;
const OPINION = String.raw`(?:say|says|said|think|thinks|thought|believe|believes|want|wants|wanted|support|supports|supported|oppose|opposes|opposed|favor|favors|favored|prefer|prefers|preferred|approve|approves|approved|disapprove|disapproves|disapproved|describe|described|expect|expects|feel|feels|felt|worry|agree|agrees|disagree|disagrees|predict|predicts|predicted|(?:are|were)\s+(?:\p{Ll}+\s+)?(?:unhappy|angry|satisfied|dissatisfied|worried|concerned|confident|optimistic|pessimistic|undecided|likely|unlikely|certain|sure|opposed|in favor))`;
/** Respondents answering: a share of people who say, want, support or feel something ("One in five say", "about 4 in 10 are angry"). */
export const ANSWERING = new RegExp(String.raw`\b${SHARE_WORDS}\b[^.;:!?]{0,80}?\b${OPINION}\b`, 'iu');
