// What a figure counts, what happened to it, and in which frame: word lists that turn a claim into an alignment key.
import type { FigureClaim } from '../types';
import { ATTACKER_DIED, ATTACKER_INCLUDED } from './casualtyPatterns';
import { STAGE, WINDOW, clauseOf } from './frames';

export { anchorOf, clauseOf, isAggregate, isIncrement, isPastEvent } from './frames';
export { sameSource, sourceWords } from './sources';

/** Counted nouns (lemmas) with their equivalents; subgroups (children, women, soldiers) stay distinct on purpose. */
const COUNTED: Record<string, string> = {
  person: 'person',
  people: 'person',
  palestinian: 'person',
  gazan: 'person',
  israeli: 'person',
  resident: 'person',
  inhabitant: 'person',
  individual: 'person',
  victim: 'person',
  teen: 'person',
  teenager: 'person',
  youth: 'person',
  adult: 'person',
  juvenile: 'person',
  other: 'person',
  soul: 'person',
  life: 'person',
  citizen: 'person',
  death: 'person',
  dead: 'person',
  fatality: 'person',
  body: 'person',
  injury: 'person',
  injured: 'person',
  wounded: 'person',
  hostage: 'hostage',
  captive: 'hostage',
  abductee: 'hostage',
  'kidnap victim': 'hostage',
  soldier: 'soldier',
  troop: 'soldier',
  serviceman: 'soldier',
  servicemember: 'soldier',
  child: 'child',
  kid: 'child',
  minor: 'child',
  woman: 'woman',
  man: 'man',
  civilian: 'civilian',
  journalist: 'journalist',
  casualty: 'casualty',
  prisoner: 'prisoner',
  detainee: 'prisoner',
  truck: 'truck',
  lorry: 'truck',
};

/** Nouns that already say what happened ("1,200 deaths"). */
const NOUN_PREDICATE: Record<string, string> = {
  death: 'killed',
  dead: 'killed',
  fatality: 'killed',
  body: 'killed',
  injury: 'injured',
  injured: 'injured',
  wounded: 'injured',
};

/** Verb lemmas grouped into predicates; tolls and "seized" only rise, "held" only falls. */
const VERB_PREDICATE: Record<string, string> = {
  kill: 'killed',
  die: 'killed',
  slay: 'killed',
  murder: 'killed',
  execute: 'killed',
  massacre: 'killed',
  slaughter: 'killed',
  perish: 'killed',
  drown: 'killed',
  wound: 'injured',
  injure: 'injured',
  hurt: 'injured',
  maim: 'injured',
  hospitalize: 'injured',
  hospitalise: 'injured',
  seize: 'seized',
  abduct: 'seized',
  kidnap: 'seized',
  capture: 'seized',
  remain: 'held',
  hold: 'held',
  keep: 'held',
  free: 'freed',
  release: 'freed',
  displace: 'displaced',
  flee: 'displaced',
  evacuate: 'displaced',
  live: 'population',
  inhabit: 'population',
  house: 'population',
  shoot: 'shot',
  arrest: 'arrested',
  detain: 'arrested',
};

export const RISING = new Set(['killed', 'injured', 'seized', 'displaced', 'shot', 'arrested', 'freed', 'damage']);
export const FALLING = new Set(['held']);

const PARTICIPLE_AFTER =
  /^[\s,]*(?:(?:were|was|have|has|had|been|being|are|is|reportedly|also|later|all|still)\s+)*(shot\s+(?:to\s+death|dead|and\s+killed)|(?:fatally|mortally)\s+(?:shot|wounded|injured|stabbed)|pronounced\s+dead|found\s+(?:shot\s+)?dead|stabbed\s+to\s+death|killed|dead|died|slain|murdered|injured|wounded|hurt|hospitali[sz]ed|seized|abducted|kidnapped|taken hostage|held|remaining|freed|released|displaced|shot|arrested|detained)\b/i;
const ADJ_BEFORE_NOUN = /\b(dead|injured|wounded|displaced|remaining|freed|released|kidnapped|abducted)\b/i;
const PREDICATE_WORD: Record<string, string> = {
  killed: 'killed',
  dead: 'killed',
  died: 'killed',
  slain: 'killed',
  murdered: 'killed',
  injured: 'injured',
  wounded: 'injured',
  hurt: 'injured',
  hospitalised: 'injured',
  hospitalized: 'injured',
  seized: 'seized',
  abducted: 'seized',
  kidnapped: 'seized',
  'taken hostage': 'seized',
  held: 'held',
  remaining: 'held',
  freed: 'freed',
  released: 'freed',
  displaced: 'displaced',
  shot: 'shot',
  arrested: 'arrested',
  detained: 'arrested',
};

export function countedOf(lemma: string | undefined): string | undefined {
  return lemma ? (COUNTED[lemma] ?? lemma) : undefined;
}

/** The predicate: a participle right after the noun, an adjective between figure and noun, the noun itself, then the verb. */
export function predicateOf(claim: FigureClaim, lemma: string | undefined): string | undefined {
  const f = claim.figure;
  const s = claim.sentence;
  if (claim.background) return 'population';
  if (f.kind === 'money')
    return /\bdamage|destruction|reconstruct/i.test(s.text) ? 'damage' : f.verb ? `money:${f.verb}` : undefined;
  const tailFrom = (f.nounSpan?.end ?? f.end) - s.start;
  const after = PARTICIPLE_AFTER.exec(s.text.slice(tailFrom, tailFrom + 60));
  if (after)
    return (
      PREDICATE_WORD[after[1]!.toLowerCase()] ??
      (/death|dead|fatally|mortally|killed/i.test(after[1]!) ? 'killed' : undefined)
    );
  if (f.nounSpan) {
    const adj = ADJ_BEFORE_NOUN.exec(s.text.slice(f.end - s.start, f.nounSpan.start - s.start));
    if (adj) return PREDICATE_WORD[adj[1]!.toLowerCase()] ?? 'killed';
  }
  if (lemma && NOUN_PREDICATE[lemma]) return NOUN_PREDICATE[lemma];
  const v = f.verb;
  if (!v) return undefined;
  if (v === 'take') return /\bhostages?|captives?\b/i.test(s.text) ? 'seized' : undefined;
  if (v === 'go') return /\bgo(?:ing|es)?\s+free\b/i.test(s.text) ? 'freed' : undefined;
  return VERB_PREDICATE[v] ?? v;
}

/** Place a population figure belongs to: "in Rafah … where 1.5 million live" (population figures of different places never pair). */
export function placeOf(claim: FigureClaim): string | undefined {
  const before = claim.sentence.text.slice(0, claim.figure.start - claim.sentence.start);
  let place: string | undefined;
  for (const m of before.matchAll(/\bin\s+((?:[\p{Lu}][\p{L}’'-]+)(?:\s+[\p{Lu}][\p{L}’'-]+)*)/gu)) place = m[1];
  return place?.toLowerCase();
}

/** Scope words that narrow or frame the fact, as written (for messages and for the scope-differs class). */
export function scopeOf(claim: FigureClaim): string[] {
  const s = claim.sentence;
  const f = claim.figure;
  const out: string[] = [];
  const after = s.text.slice(f.end - s.start, f.end - s.start + 80);
  const before = s.text.slice(0, f.start - s.start);
  if (
    /^\s*,?\s*of\s+(?:whom|them|those|which)\b/i.test(after) ||
    /\b(?:of\s+(?:those|them|these|whom))\b[\s,]*$/i.test(before)
  )
    out.push('of whom');
  const combat = /\bin\s+(?:combat|action|battle|fighting)\b/i.exec(s.text);
  if (combat) out.push(combat[0].toLowerCase());
  // A place is a proper noun, not a nationality adjective or a possessive ("in the Israeli response", "in Israel's war").
  const place =
    /\b(?:in|into)\s+(?:the\s+)?(?:southern\s+|northern\s+|occupied\s+)?[\p{Lu}][\p{L}-]*(?<!i|ian|ese)(?![\p{L}’'-])(?!\s*[’']s)(?:\s+[\p{Lu}][\p{L}-]+)*/u.exec(
      after,
    );
  if (place) out.push(place[0]);
  const since = /\bsince\s+((?:Oct(?:ober|\.)?\s*7|the start of the war|[\p{Lu}][\p{L}.]+(?:\s+\d{1,2})?))/u.exec(
    s.text,
  );
  if (since) out.push(since[0]);
  const clause = clauseOf(claim);
  const w = WINDOW.exec(clause);
  if (w) out.push(w[0]);
  // Whether the attacker is counted: the commonest reason two honest tolls of one shooting differ by one.
  if (ATTACKER_INCLUDED.test(s.text)) out.push('including the attacker');
  else if (ATTACKER_DIED.test(s.text)) out.push('not counting the attacker');
  const stage = STAGE.exec(clause);
  if (stage) out.push(`in the ${stage[0]}`);
  return out;
}

/** Scope words that change what is counted (not just where or since): only these make the scope-differs class. */
export function significantScope(scope: string[]): string[] {
  return scope.filter((w) => /^in\s+(?:combat|action|battle|fighting)$|attacker$/.test(w)).sort();
}

/** Place named in scope words ("in Gaza"), lower-cased, for the scope-differs test when both sides name one. */
export function scopePlace(scope: string[]): string | undefined {
  const p = scope.find(
    (w) =>
      /^(?:in|into)\s/.test(w) &&
      !/^in\s+(?:combat|action|battle|fighting|the (?:first|second|third|initial|final))/.test(w),
  );
  return p?.replace(/^(?:in|into)\s+(?:the\s+)?(?:southern|northern|occupied)?\s*/i, '').toLowerCase();
}
