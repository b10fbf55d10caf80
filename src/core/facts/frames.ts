// The frame of a figure: which event, window or stage it belongs to, and whether it is another event's, a sum or a part.
import type { FigureClaim } from '../types';

const MONTH_7 = /\b(?:Oct(?:ober|\.)?\s*7(?!\d)|7(?:th)?\s*(?:of\s+)?Oct(?:ober|\.)?)/gi;
const ATTACK = /\b(?:attacks?|incursion|rampage|spree|raid|massacre|cross-border)\b/gi;
const WAR =
  /\b(?:war|offensive|retaliat\w*|response|bombardment|onslaught|campaign|Palestinians?|Gazans?|Gaza(?:['’]s)?)\b/g;
export const WINDOW =
  /\b(?:in the (?:past|last|previous) (?:\d+|\w+) (?:hours?|days?|weeks?)|overnight|in a single day|in (?:\d+|\w+) hours|over the weekend)\b/i;
/** "overnight", "over the weekend": in a story about one incident they say when it happened, not which tally. */
const LOOSE_WINDOW = /^(?:overnight|over the weekend)$/i;
export const STAGE = /\b(first|second|third|initial|final) (?:stage|phase)\b/i;

const PAST =
  /\b(?:in|since|of|during)\s+(?:19|20)\d\d\b|\blast (?:month|year|summer|spring|fall|autumn|winter)\b|\bpreviously\b|\bthe (?:city|county|town)['’]s (?:first|second|third|\d+(?:st|nd|rd|th)) homicide\b|\bthe first was\b|\b(?:years|months|weeks) (?:ago|before|earlier)\b|\bbefore that\b|\bdeadliest\b|\banother (?:gunman|shooting|attack)\b|\bprevious (?:attack|shooting)\b/i;

/** "two more men", "another three people", "a further two": added to a count given before, not the count. */
export function isIncrement(claim: FigureClaim): boolean {
  const s = claim.sentence;
  const f = claim.figure;
  const before = s.text.slice(Math.max(0, f.start - s.start - 12), f.start - s.start);
  const after = s.text.slice(f.end - s.start, f.end - s.start + 14);
  // "including three children": a part of the count given before it.
  // "the other two", "his other two victims": the rest of a count given before.
  if (
    /\b(?:another|further|additional|including|(?:the|his|her|their|its)\s+other)\s*$/i.test(before) ||
    /^\s+(?:more|additional|further)\b(?!\s+than)/i.test(after)
  )
    return true;
  // "Two officers also wounded": added to a toll given elsewhere.
  const tail = s.text.slice((f.nounSpan?.end ?? f.end) - s.start, (f.nounSpan?.end ?? f.end) - s.start + 16);
  if (/^\s+(?:were\s+|was\s+|are\s+)?also\b/i.test(tail)) return true;
  // "four of the officers killed", "three of the victims had died": a part of the dead.
  if (
    /^\s+of\s+(?:the|those|these)\s+(?:[\p{L}-]+\s+){0,2}?(?:killed|dead|victims|slain)\b/iu.test(
      after + s.text.slice(f.end - s.start + 14, f.end - s.start + 40),
    )
  )
    return true;
  // "two of the victims were in critical condition": a part of the wounded.
  return (
    /^\s+of\s+(?:the|those|them|these)\b/i.test(after) &&
    /\b(?:critical|serious|stable|condition|injur|wound|hurt)/i.test(s.text.slice(f.end - s.start))
  );
}

/** A toll over days or hours of a city's violence ("10 killed in the city since Friday", "among 17 people shot between Friday evening and Monday"). */
const WINDOWED =
  /\bin the city (?:since|over|between|from)\b|\bbetween (?:\w+ ){0,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.;]{0,30}\band (?:\w+ ){0,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:killed|dead|shot)\b[^.;]{0,40}\bwithin (?:about |just )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a) (?:hours?|days?|weeks?)\b|\bover an? (?:\w+-)?(?:hour|day|week) (?:stretch|period|span)\b|\bfrom (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:\w+ )?to (?:\w+ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bamong (?:the )?(?:\d+|\w+) (?:people|victims|persons) (?:shot|killed|wounded)\b|\bof each other\b/i;
/** "shot dead in Chicago since early Saturday": a city's toll since a day, not one shooting's. */
const CITY_SINCE =
  /\bin (?:the city|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?) since (?:early |late )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last)\b/u;
const AGGREGATE =
  /\bseparate (?:shootings|incidents|attacks)\b|\b(?:shootings|incidents|violence) (?:across|around|throughout)\b|\bacross the (?:city|county|state|region)\b|\bso far this (?:year|month)\b|\b(?:a|this|the) (?:violent|bloody|deadly) (?:weekend|night|holiday)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|dozen) (?:[\w-]+ )?(?:shootings|incidents)\b|\bin (?!the\b)(?:[\w-]+ ){0,3}shootings\b|\b(?:series|string|spate|rash|wave|number) of (?:\w+ )?(?:shootings|incidents|attacks)\b|\bin (?:\w+ ){0,2}shootings (?:on|in|across|around) the\b|\b(?:each|every|per) year\b|\bin that time\b|\bcitywide\b|\bseparate\b[^.;]{0,30}\b(?:shootings|incidents|attacks)\b|\bsuch (?:shootings|incidents|deaths)\b|\bthis year\b/i;

/** A figure that sums several events ("40 wounded in 33 separate shootings"): never one story's fact. */
export function isAggregate(claim: FigureClaim): boolean {
  const t = claim.sentence.text;
  return AGGREGATE.test(t) || WINDOWED.test(t) || CITY_SINCE.test(t);
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

/** "1:55 Six deaths …", "+ Two killed in crash", "PREVIOUS: …", a video's "autoplay": page furniture, not copy. */
export function isPageFurniture(sentence: string): boolean {
  return /^(?:\d{1,2}:\d\d\s|\+\s|(?:PREVIOUS|RELATED|READ MORE|MORE|WATCH|VIDEO|PHOTOS?)\s*:)|\bautoplay\b|\bCopy this code\b/.test(
    sentence,
  );
}
