// What a figure counts, what happened to it, and in which frame: word lists that turn a claim into an alignment key.
import type { FigureClaim } from '../types';
import { ATTACKER_DIED, ATTACKER_INCLUDED } from './casualty';

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

const MONTH_7 = /\b(?:Oct(?:ober|\.)?\s*7(?!\d)|7(?:th)?\s*(?:of\s+)?Oct(?:ober|\.)?)/gi;
const ATTACK = /\b(?:attacks?|incursion|rampage|spree|raid|massacre|cross-border)\b/gi;
const WAR =
  /\b(?:war|offensive|retaliat\w*|response|bombardment|onslaught|campaign|Palestinians?|Gazans?|Gaza(?:['’]s)?)\b/g;
const WINDOW =
  /\b(?:in the (?:past|last|previous) (?:\d+|\w+) (?:hours?|days?|weeks?)|overnight|in a single day|in (?:\d+|\w+) hours|over the weekend)\b/i;
/** "overnight", "over the weekend": in a story about one incident they say when it happened, not which tally. */
const LOOSE_WINDOW = /^(?:overnight|over the weekend)$/i;
const STAGE = /\b(first|second|third|initial|final) (?:stage|phase)\b/i;

const PAST =
  /\b(?:in|since|of|during)\s+(?:19|20)\d\d\b|\blast (?:month|year|summer|spring|fall|autumn|winter)\b|\bpreviously\b|\bthe (?:city|county|town)['’]s (?:first|second|third|\d+(?:st|nd|rd|th)) homicide\b|\bthe first was\b|\b(?:years|months|weeks) (?:ago|before|earlier)\b|\bbefore that\b|\bdeadliest\b|\banother (?:gunman|shooting|attack)\b|\bprevious (?:attack|shooting)\b/i;

/** "two more men", "another three people", "a further two": added to a count given before, not the count. */
export function isIncrement(claim: FigureClaim): boolean {
  const s = claim.sentence;
  const f = claim.figure;
  const before = s.text.slice(Math.max(0, f.start - s.start - 12), f.start - s.start);
  const after = s.text.slice(f.end - s.start, f.end - s.start + 14);
  // "including three children": a part of the count given before it.
  if (
    /\b(?:another|further|additional|including)\s*$/i.test(before) ||
    /^\s+(?:more|additional|further)\b(?!\s+than)/i.test(after)
  )
    return true;
  // "Two officers also wounded": added to a toll given elsewhere.
  const tail = s.text.slice((f.nounSpan?.end ?? f.end) - s.start, (f.nounSpan?.end ?? f.end) - s.start + 16);
  if (/^\s+(?:were\s+|was\s+|are\s+)?also\b/i.test(tail)) return true;
  // "two of the victims were in critical condition": a part of the wounded.
  return (
    /^\s+of\s+(?:the|those|them|these)\b/i.test(after) &&
    /\b(?:critical|serious|stable|condition|injur|wound|hurt)/i.test(s.text.slice(f.end - s.start))
  );
}

const AGGREGATE =
  /\bseparate (?:shootings|incidents|attacks)\b|\b(?:shootings|incidents|violence) (?:across|around|throughout)\b|\bacross the (?:city|county|state|region)\b|\bso far this (?:year|month)\b|\b(?:a|this|the) (?:violent|bloody|deadly) (?:weekend|night|holiday)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|dozen) (?:[\w-]+ )?(?:shootings|incidents)\b|\bin (?!the\b)(?:[\w-]+ ){0,3}shootings\b|\b(?:series|string|spate|rash|wave|number) of (?:\w+ )?(?:shootings|incidents|attacks)\b|\bin (?:\w+ ){0,2}shootings (?:on|in|across|around) the\b|\b(?:each|every|per) year\b|\bin that time\b|\bcitywide\b|\bseparate\b[^.;]{0,30}\b(?:shootings|incidents|attacks)\b|\bsuch (?:shootings|incidents|deaths)\b|\bthis year\b/i;

/** A figure that sums several events ("40 wounded in 33 separate shootings"): never one story's fact. */
export function isAggregate(claim: FigureClaim): boolean {
  return AGGREGATE.test(claim.sentence.text);
}

/** A figure about an earlier event ("another gunman killed 13 people in 2009"): a year before the filing year, or a past phrase. */
export function isPastEvent(claim: FigureClaim, filed: string | undefined): boolean {
  const t = claim.sentence.text;
  if (PAST.test(t)) return true;
  const year = filed ? Number(filed.slice(0, 4)) : NaN;
  if (Number.isNaN(year)) return false;
  for (const m of t.matchAll(/\b(?:19|20)\d\d\b/g)) if (Number(m[0]) < year) return true;
  return false;
}

const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s+|;|\s[–—]\s/g;

/** The clause of the sentence holding the figure: stages and windows belong to their own clause only. */
export function clauseOf(claim: FigureClaim): string {
  const t = claim.sentence.text;
  const at = claim.figure.start - claim.sentence.start;
  let from = 0;
  let to = t.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(t); m; m = CLAUSE_BREAK.exec(t)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= at) {
      to = m.index;
      break;
    }
  }
  return t.slice(from, to);
}

function nearest(text: string, re: RegExp, at: number, skip?: (m: RegExpExecArray) => boolean): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (skip?.(m)) continue;
    const d = m.index + m[0].length <= at ? at - (m.index + m[0].length) : Math.max(0, m.index - at);
    best = Math.min(best, d);
  }
  return best;
}

/** Event or time frame of a figure: a time window, a stage of a deal, the 7 October attack, the war; undefined when none stated. */
export function anchorOf(claim: FigureClaim): string | undefined {
  const s = claim.sentence;
  const at = claim.figure.start - s.start;
  const clause = clauseOf(claim);
  const w = WINDOW.exec(clause);
  if (w && !LOOSE_WINDOW.test(w[0])) return `window:${w[0].toLowerCase()}`;
  const stage = STAGE.exec(clause);
  if (stage) return `${stage[1]!.toLowerCase()}-stage`;
  // "since October 7" dates the war's toll, not the attack's.
  const oct = nearest(s.text, MONTH_7, at, (m) => /\bsince\s+$/i.test(s.text.slice(Math.max(0, m.index - 7), m.index)));
  const hasOctober = /\b(?:Oct(?:ober|\.)|Hamas)/.test(s.text);
  const attack = hasOctober ? nearest(s.text, ATTACK, at) : Infinity;
  const war = nearest(s.text, WAR, at);
  const oct7 = Math.min(oct, attack);
  if (oct7 === Infinity && war === Infinity) return /\btruce|cease-?fire\b/i.test(s.text) ? 'truce' : undefined;
  // A loose window ("overnight") sets apart a day's toll from the war's toll, not one shooting's toll from another report's.
  if (w) return `window:${w[0].toLowerCase()}`;
  return oct7 <= war ? 'oct-7-attack' : 'war';
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
