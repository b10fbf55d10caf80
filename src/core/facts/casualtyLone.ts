// A death told of one person by pronoun or name ("He died at the hospital", "Roe was pronounced dead"): a desk reads
// the story's toll as one when that is the only death the lead tells of and no count is given anywhere. Each reading is
// a lower bound (weak) until `promoteLoneDeath` finds it is the article's only death.
import { AGE } from './casualtyGrammar';
import type { CasualtyFound } from './casualtyMore';
import type { Fact } from './types';

/** "he (later) died", "the boy was pronounced dead", "Roe was shot and killed" (a name is checked for capitals below). */
const LONE = new RegExp(
  String.raw`(?:^|[^\p{L}’'.-])(he|she|the\s+(?:${AGE}\s+)?(?:man|woman|boy|girl|teen|teenager|victim|child|toddler|baby|infant|youth|student)|[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+(?:(?:later|eventually|then|subsequently)\s+)?((?:died|succumbed|passed\s+away)|was\s+(?:(?:later|then|eventually)\s+)?(?:pronounced\s+dead|fatally\s+(?:shot|wounded|stabbed)|shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|killed))\b`,
  'gu',
);
const LONE_PASSIVE = /\bwas\s+(?:(?:later|then|eventually)\s+)?(?:pronounced|fatally|shot|killed)\b/;
/** Capitalised words that open a sentence or name a day, not a person. */
const NOT_A_NAME =
  /^(?:it|they|who|which|that|this|there|one|both|all|everyone|someone|somebody|nobody|none|each|police|officers?|officials|authorities|investigators|deputies|troopers|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|and|but|or|then|later|also|never|had|have|has|was|were|is|are|not|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|suspect|gunman|shooter|attacker|although|though|caption|photo|when|while|after|before|since|because|if|as|so|now|tribal)$/;
const PLACE_BEFORE = /\b(?:in|from|of|at|near|to|for|with|by)\s+$/i;
/** The sentence adds a death to others or tells of the attacker's ("before he died", "he killed himself"). */
const NOT_LONE =
  /\b(?:also|another|second|third|final|other|both|himself|herself|self-inflicted|suicide|suspect|gunman|shooter|attacker)\b|\b(?:before|after|until|when)\s+(?:he|she)\s+(?:died|was)\b/;

/** Exact necessary condition for LONE: one of its predicates is in the sentence (most sentences with a death have none). */
export function lonePreTest(lower: string): boolean {
  return (
    lower.includes('died') ||
    lower.includes('succumbed') ||
    lower.includes('passed away') ||
    (lower.includes('was ') && LONE_PASSIVE.test(lower))
  );
}

/** The subject when it is a pronoun, a definite victim or a capitalised name that is no sentence opener or day. */
function subjectOf(subject: string, at: number, original: string): { subject: string; at: number } | undefined {
  if (subject === 'he' || subject === 'she' || subject.startsWith('the ')) return { subject, at };
  const words = original.slice(at, at + subject.length).split(/\s+/);
  if (words.some((w) => !/^\p{Lu}/u.test(w) || NOT_A_NAME.test(w.toLowerCase()))) return undefined;
  return { subject, at };
}

/** Lone deaths of one sentence (lower-cased copy for matching, the original for capitals). */
export function loneDeathReadings(lower: string, original: string): CasualtyFound[] {
  if (NOT_LONE.test(lower)) return [];
  const out: CasualtyFound[] = [];
  for (const m of lower.matchAll(LONE)) {
    // "where he died", "said Quill died": a two-word subject that is no name may end in one.
    const found = m[1]!;
    const foundAt = m.index + m[0].indexOf(found);
    const last = found.split(/\s+/).pop()!;
    const lastAt = foundAt + found.length - last.length;
    const reading =
      subjectOf(found, foundAt, original) ?? (last !== found ? subjectOf(last, lastAt, original) : undefined);
    if (!reading) continue;
    const { subject, at } = reading;
    // "a man from Vallejo died": a place after a preposition is no victim.
    if (PLACE_BEFORE.test(original.slice(Math.max(0, at - 8), at))) continue;
    // The figure reads as the clause ("she died", "Roe was pronounced dead") in messages and the panel.
    out.push({
      start: at,
      end: m.index + m[0].length,
      list: 'one',
      pred: m[2]!,
      nounEnd: at + subject.length,
      count: true,
      single: true,
      lone: true,
    });
  }
  return out;
}

/** More than one person is told dead by name ("Roe died … Lind died"): no lone death. */
const distinctSubjects = (facts: Fact[]): number => new Set(facts.map((f) => f.claim.figure.text.toLowerCase())).size;

/**
 * The article's only death, told in the lead by pronoun or name, is its toll of one: promoted from a lower bound to a
 * count when no other killed figure (any frame, any person noun, weak or not) and no other named death is in the article.
 */
export function promoteLoneDeath(facts: Fact[], lone: ReadonlySet<Fact>, lead: ReadonlySet<Fact>): void {
  const deaths = facts.filter((f) => f.predicate === 'killed');
  if (deaths.length === 0 || deaths.some((f) => !lone.has(f))) return;
  const named = deaths.filter((f) => !/^(?:he|she|the\b.*)$/i.test(f.claim.figure.text));
  if (distinctSubjects(named) > 1) return;
  const first = deaths[0]!;
  if (!lead.has(first)) return;
  first.weak = false;
  first.high = first.low;
}
