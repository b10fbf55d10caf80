// Claims of one analysis turned into facts, memoised per analysis object (called on every keystroke for every peer).
import type { DocumentAnalysis } from '../analyze';
import type { FigureClaim } from '../types';
import { casualtyClaims, type CasualtyClaim } from './casualty';
import { promoteLoneDeath } from './casualtyLone';
import { magnitudeOf } from './magnitude';
import { PERSON_KINDS } from './personKinds';
import { isPageFurniture } from './frames';
import { anchorOf, countedOf, isAggregate, isIncrement, isPastEvent, placeOf, predicateOf, scopeOf } from './normalise';
import type { Fact } from './types';

/** The facts of one article and, by key, those compared with other reports (peers are looked up by key, never scanned). */
export interface FactIndex {
  docId: string;
  facts: Fact[];
  byKey: Map<string, Fact[]>;
}

type Core = Omit<Fact, 'docId' | 'filed' | 'filedSource'>;

const UNBORN_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:people|persons|victims|lives)?,?\s*(?:including|among them)\s+(?:an?\s+)?unborn\b/iu;

const byAnalysis = new WeakMap<DocumentAnalysis, FactIndex>();
// Claims of untouched paragraphs keep their identity across edits, so their fact core is reused.
const byClaim = new WeakMap<FigureClaim, Core | null>();

const PERSON_DEFAULT = new Set(['killed', 'injured', 'shot', 'displaced', 'arrested']);
const HOSTAGE_DEFAULT = new Set(['seized', 'held', 'freed']);
// Frames that keep tolls apart (the attack vs the war); other predicates only split on windows and stages.
const TOLL_FRAMED = new Set(['killed', 'injured', 'shot', 'displaced']);

const COUNTED_LABEL: Record<string, string> = {
  person: 'people',
  hostage: 'hostages',
  soldier: 'soldiers',
  child: 'children',
  woman: 'women',
  man: 'men',
  casualty: 'casualties',
  magnitude: 'earthquake magnitude',
};
const PREDICATE_LABEL: Record<string, string> = {
  measured: '',
  held: 'still held',
  population: 'living there',
  damage: 'damage',
};
const ANCHOR_LABEL: Record<string, string> = {
  'oct-7-attack': 'in the 7 October attack',
  war: 'in the war in Gaza',
  truce: 'under the truce',
};

export function factLabel(counted: string, predicate: string, anchor: string): string {
  const what = counted.startsWith('money:') ? `${counted.slice(6)} amount` : (COUNTED_LABEL[counted] ?? `${counted}s`);
  const frame =
    ANCHOR_LABEL[anchor] ??
    (anchor.endsWith('-stage')
      ? `in the ${anchor.replace('-', ' ')}`
      : anchor.startsWith('window:')
        ? anchor.slice(7)
        : anchor
          ? `(${anchor})`
          : '');
  return [what, PREDICATE_LABEL[predicate] ?? predicate, frame].filter(Boolean).join(' ');
}

/** "The man, 28, later died", "victims, ages 24, 25 and 41, were wounded": ages the parser read as counts. */
function isAgeLike(c: FigureClaim): boolean {
  const s = c.sentence;
  const before = s.text.slice(Math.max(0, c.figure.start - s.start - 40), c.figure.start - s.start);
  const after = s.text.slice(c.figure.end - s.start, c.figure.end - s.start + 3);
  // "ages 24 and 25", "Ann Roe and Tim Roe, both 21,".
  if (/\bages?\s+(?:\d{1,3},?\s+(?:and\s+)?)*$|,\s*both\s+$/i.test(before)) return true;
  // "under the age of 10", "the 200 block of", "at 7050 Old State Road": an age limit or an address, not a count.
  // "19.3 deaths per 100,000 people": a rate.
  if (
    /^\s*(?:[\p{L}-]+\s+){0,2}per\s+(?:\d|capita|cent)/iu.test(
      s.text.slice(c.figure.end - s.start, c.figure.end - s.start + 40),
    )
  )
    return true;
  if (
    /\bage\s+of\s+$/i.test(before) ||
    /^\s*block\b/i.test(s.text.slice(c.figure.end - s.start, c.figure.end - s.start + 7))
  )
    return true;
  if (
    /^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy)\b/.test(
      s.text.slice(c.figure.end - s.start, c.figure.end - s.start + 50),
    )
  )
    return true;
  return (
    !c.figure.nounLemma && /^\d{1,2}$/.test(c.figure.text) && /[\p{L}.],\s*$/u.test(before) && /^\s*[,;)]/.test(after)
  );
}

/** "129 remaining": a figure with no noun counts what the figure before it in the sentence counts. */
function antecedentLemma(claims: readonly FigureClaim[], i: number): string | undefined {
  const c = claims[i]!;
  if (c.figure.nounLemma) return c.figure.nounLemma;
  for (let j = i - 1; j >= 0 && claims[j]!.sentence.start === c.sentence.start; j--) {
    if (!claims[j]!.nonClaim && claims[j]!.figure.nounLemma) return claims[j]!.figure.nounLemma;
  }
  return undefined;
}

/** A quoted figure whose cue lies outside its sentence got the paragraph's closing source: name the speaker before the quote instead. */
function sourceOf(c: FigureClaim): string | undefined {
  const a = c.attribution;
  if (!a || a.kind === 'vague') return undefined;
  if (c.inQuote && a.cueSpan && (a.cueSpan.start < c.sentence.start || a.cueSpan.end > c.sentence.end)) {
    const q = c.sentence.quotes[0];
    const lead = c.sentence.text.slice(0, (q ? q.start : c.figure.start) - c.sentence.start);
    const names = [...lead.matchAll(/\b[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)+/gu)].map((m) => m[0]);
    return names.pop() ?? a.source;
  }
  return a.source || undefined;
}

function coreOf(claims: readonly FigureClaim[], i: number): Core | null {
  const c = claims[i]!;
  const f = c.figure;
  // A count of items the text names ("the two men") is no claim to source, but it is a fact to compare.
  if (c.nonClaim && c.nonClaim !== 'quoted' && c.nonClaim !== 'named-items') return null;
  if (f.kind === 'percent' || f.kind === 'share') return null;
  if (isAgeLike(c)) return null;
  if (isPageFurniture(c.sentence.text)) return null;
  const magnitude = magnitudeOf(c);
  if (magnitude) return { ...coreFrom(c, 'magnitude', 'measured'), ...magnitude };
  const lemma = antecedentLemma(claims, i);
  const predicate = predicateOf(c, lemma);
  if (!predicate) return null;
  let counted = f.kind === 'money' ? `money:${f.currency ?? ''}` : countedOf(lemma);
  if (!counted)
    counted = PERSON_DEFAULT.has(predicate) ? 'person' : HOSTAGE_DEFAULT.has(predicate) ? 'hostage' : undefined;
  if (!counted) return null;
  if (counted === 'person' && (predicate === 'seized' || predicate === 'held')) counted = 'hostage';
  return coreFrom(c, counted, predicate);
}

function coreFrom(c: FigureClaim, counted: string, predicate: string): Core {
  const f = c.figure;
  const anchor = anchorOf(c);
  const framed =
    predicate === 'population'
      ? (placeOf(c) ?? '')
      : TOLL_FRAMED.has(predicate)
        ? (anchor ?? '')
        : anchor && /^window:|-stage$/.test(anchor)
          ? anchor
          : '';
  // Vague plurals ("thousands") are lower bounds in wire usage: "thousands killed" does not contradict 33,207.
  const high = f.kind === 'vague' ? Infinity : f.high;
  // The attacker's own death only changes a death toll; "killed two and wounded three before killing himself" wounded three.
  const scope = scopeOf(c).filter((w) => predicate === 'killed' || w !== 'not counting the attacker');
  return {
    claim: c,
    counted,
    predicate,
    scope,
    anchor,
    low: f.low,
    high,
    source: sourceOf(c),
    key: `${counted}|${predicate}|${framed}`,
    label: factLabel(counted, predicate, framed),
  };
}

const CASUALTY = new Set(['killed', 'injured', 'shot']);

function casualtyCore(k: CasualtyClaim): Core {
  const core = coreFrom(k.claim, countedOf(k.lemma) ?? 'person', k.predicate);
  return k.weak ? { ...core, weak: true, high: Infinity } : core;
}

/** A fact's frame part of the key (the key less what is counted). */
const frameOf = (key: string): string => key.slice(key.indexOf('|'));

/**
 * The article's facts and their index by key. For each key, the largest figure is the article's claim: a smaller figure
 * disjoint from it is a sub-count ("one of the victims, a 17-year-old") and is kept as secondary (shown, not compared).
 * A larger figure is never secondary: it cannot be a sub-count, so hiding it could hide a real disagreement.
 */
/** Adopts a fact index built elsewhere (the worker thread) for this analysis object: no extraction on this thread. */
export function seedFactIndex(analysis: DocumentAnalysis, index: FactIndex): void {
  if (!byAnalysis.has(analysis)) byAnalysis.set(analysis, index);
}

export function factIndex(docId: string, analysis: DocumentAnalysis): FactIndex {
  const hit = byAnalysis.get(analysis);
  if (hit && hit.docId === docId) return hit;
  const { filed, filedSource } = analysis.model.meta;
  const facts: Fact[] = [];
  const claims = analysis.claims;
  const extra = casualtyClaims(analysis);
  for (let i = 0; i < claims.length; i++) {
    if (extra.replaced.has(claims[i]!)) continue;
    let core = byClaim.get(claims[i]!);
    if (core === undefined) byClaim.set(claims[i]!, (core = coreOf(claims, i)));
    if (core) facts.push({ ...core, docId, filed, filedSource });
  }
  const lone = new Set<Fact>();
  const lead = new Set<Fact>();
  const told = new Set<Fact>();
  for (const k of extra.claims) {
    const fact: Fact = { ...casualtyCore(k), docId, filed, filedSource };
    facts.push(fact);
    if (k.single) lone.add(fact);
    if (k.single?.lead) lead.add(fact);
    if (k.lone) told.add(fact);
  }
  facts.sort((a, b) => a.claim.figure.start - b.claim.figure.start);
  promoteLoneDeath(facts, lone, lead);
  // A death told by pronoun or name that is not the toll is no figure to compare or source.
  for (let i = facts.length - 1; i >= 0; i--) if (told.has(facts[i]!) && facts[i]!.weak) facts.splice(i, 1);
  // "six people, including an unborn child": tolls count the born, as police and most desks do.
  // The same count given again ("the six killed") counts the same people.
  const withUnborn = new Set<number>();
  for (const fact of facts) {
    const { figure, sentence } = fact.claim;
    if (
      fact.predicate === 'killed' &&
      fact.low >= 2 &&
      UNBORN_AFTER.test(sentence.text.slice(figure.end - sentence.start))
    )
      withUnborn.add(fact.low);
  }
  for (const fact of facts)
    if (fact.predicate === 'killed' && fact.low === fact.high && withUnborn.has(fact.low)) {
      fact.low -= 1;
      fact.high -= 1;
    }
  // A toll of men (or teenagers, officers…) stands for the toll of people when the article gives no toll of people.
  // A singular victim named after the lead (weak) is no toll of people: it does not keep "two men killed" apart.
  const personFrames = new Set(facts.filter((f) => f.counted === 'person' && !f.weak).map((f) => frameOf(f.key)));
  for (const fact of facts) {
    if (!CASUALTY.has(fact.predicate) || !PERSON_KINDS.has(fact.counted) || personFrames.has(frameOf(fact.key)))
      continue;
    fact.key = `person${frameOf(fact.key)}`;
    fact.label = factLabel('person', fact.predicate, fact.key.split('|')[2] ?? '');
  }
  const byKey = new Map<string, Fact[]>();
  for (const fact of facts) {
    // Earlier events, multi-event sums and increments ("two more men") keep a key of their own sentence: never the story's fact.
    const other = isPastEvent(fact.claim, filed)
      ? 'past'
      : isAggregate(fact.claim)
        ? 'aggregate'
        : isIncrement(fact.claim)
          ? 'part'
          : undefined;
    if (other) {
      fact.anchor = other;
      fact.key = `${fact.key}|${other}:${fact.claim.sentenceHash}`;
    }
    const list = byKey.get(fact.key);
    if (list) list.push(fact);
    else byKey.set(fact.key, [fact]);
  }
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    let top = list[0]!;
    for (const f of list) if (f.low > top.low || (f.low === top.low && f.high > top.high)) top = f;
    const kept = list.filter((f) => {
      const sub = f.high < top.low;
      if (sub) f.secondary = true;
      return !sub;
    });
    byKey.set(key, kept);
  }
  const index = { docId, facts, byKey };
  byAnalysis.set(analysis, index);
  return index;
}

/** Every claim that is a figure about a fact (quoted figures included, the speaker as source). */
export function factsOf(docId: string, analysis: DocumentAnalysis): Fact[] {
  return factIndex(docId, analysis).facts;
}
