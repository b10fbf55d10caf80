// The sentence patterns of casualty tolls, their cheap pre-tests, and the attacker's own death; matched on an
// A–Z-lowercased sentence (same offsets as the original).
import { ADV, HEAD_NP, LIST, NP_RE, PASSIVE_PRED, WORD_NUMBER } from './casualtyGrammar';
import { MORE_PATTERNS } from './casualtyMore';

/** "<list> was/were (fatally) killed|wounded …" and "<list> died". */
export const SUBJECT = new RegExp(
  String.raw`(?:\b|^)(${LIST}|${HEAD_NP})(?:\s*,\s*\d{1,3}\s*,)?(?:\s+(?:from|of|in)\s+[\p{L}’' -]{2,30}?)?,?\s+(?:(?:who|that)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+${ADV}(${PASSIVE_PRED})|((?:has\s+|have\s+|had\s+|later\s+|has\s+since\s+)?(?:died|passed\s+away|succumbed)|is\s+dead|are\s+dead)|(?<=^[^,;]{0,60})((?:fatally|mortally)\s+(?:shot|wounded|stabbed)|shot\s+(?:dead|to\s+death|and\s+killed)|gunned\s+down|killed|slain|dead))\b`,
  'gu',
);
/** "killing|wounding <list>", "fatally shot <list>". */
export const OBJECT = new RegExp(
  String.raw`\b(killed|killing|kills|murdered|murdering|gunned\s+down|gunning\s+down|fatally\s+shot|fatally\s+shooting|fatally\s+shoots|fatally\s+stabbed|fatally\s+stabbing|fatally\s+wounded|fatally\s+wounding|shot\s+and\s+killed|shooting\s+and\s+killing|wounded|wounding|injured|injuring)\s+(${LIST})\b`,
  'gu',
);
/** "left|leaving <list> dead|injured", "left one dead". */
export const LEFT = new RegExp(
  String.raw`\b(?:left|leaving|leaves|leave)\s+(${LIST}|one)\s+(${ADV}(?:dead|killed|injured|wounded|hurt|in\s+critical\s+condition))\b`,
  'gu',
);
/** "shooting three relatives to death": the toll between the verb and "to death". */
export const TO_DEATH = new RegExp(
  String.raw`\b(?:shot|shooting|shoots|stabbed|stabbing|beat|beating|beaten)\s+(${LIST})\s+(to\s+death)\b`,
  'gu',
);
/** "shot six people, one fatally", "two of them fatally": the dead among the shot. */
export const FATALLY =
  /,\s+((?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?:\s+of\s+(?:them|whom))?)\s+(fatally|mortally)\b/gu;
/** "a triple homicide", "double murder-suicide": the victims the word counts. */
export const MULTIPLE = /\b(double|triple|quadruple)\s+(homicide|murder|slaying|killing|fatal\s+shooting)s?\b/gu;
export const MULTIPLE_COUNT: Record<string, number> = { double: 2, triple: 3, quadruple: 4 };
/** "No one was killed", "nobody was hurt": a zero the text states ("no one else" counts others, not the toll). */
export const NOBODY =
  /\b(no\s+one|nobody|no\s+other\s+(?:people|persons?)|no\s+(?:one|body)\s+else)\s+(?:(?:was|were|has\s+been|had\s+been|is)\s+(?:(?:seriously|fatally|critically|reportedly|physically)\s+)?(killed|hurt|injured|wounded|shot)|(died))\b/gu;
/** "one dead, three injured", "1 killed": a bare "one" the parser leaves alone. */
export const BARE_ONE =
  /(?:^|[\s,(:—–-])(?<!\bno\s)(one)\s+(?:(?:person|victim)\s+)?(?:(?:was|has|had)\s+(?:been\s+)?|later\s+)?(dead|killed|died|injured|wounded|hurt|pronounced\s+dead)\b/gu;

export const MULTIPLE_OR_WORD: Record<string, number> = { ...MULTIPLE_COUNT, 'no one': 0 };
/** After a headline-style verb with no "was", an object means active voice: "A man fatally shot his wife" counts the wife, not the man. */
export const OBJECT_NEXT =
  /^\s+(?:(?:his|her|their|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|him|them|himself|herself|themselves)\b|\d)/;
export const HEADLINE_RELATIVE = /\b(?:who|that)\s+\S+$/;

/** The count of a bare number list ("two", "12", "triple", "no one"). */
export function bareNumber(list: string): number | undefined {
  const w = list.trim().toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return WORD_NUMBER[w] ?? MULTIPLE_OR_WORD[w];
}

export function predicateWord(w: string): 'killed' | 'injured' {
  return /kill|slain|murder|dead|died|death|fatal|gunned|passed|succumb|lives?$/i.test(w) ? 'killed' : 'injured';
}

/** Words every predicate of SUBJECT contains ("fatally shot", "pronounced dead", "hospitalized", "died"). */
export const SUBJECT_PREDICATE_WORD =
  /killed|slain|murdered|dead|wounded|injured|hurt|hospitali|died|shot|stabbed|gunned|passed away|succumbed/;
/** A–Z lower-cased, same length and offsets; the native lower-casing when it keeps the length (it nearly always does). */
export function lowerSameLength(text: string): string {
  const native = text.toLowerCase();
  return native.length === text.length ? native : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** SUBJECT's passive predicates follow one of these; "died" and "dead" need none; the headline form sits in the first 60 characters. */
export const SUBJECT_AUXILIARY = /\b(?:was|were|is|are|been)\s/;

/**
 * Exact necessary conditions (substrings every match contains) for the patterns above, on the lower-cased sentence:
 * the large ones cost far more to run than to rule out, and most sentences that name a death match none of them.
 */
export function casualtyPreTests(
  lower: string,
): Record<'subject' | 'object' | 'left' | 'toDeath' | 'fatally' | 'multiple' | 'nobody' | 'bareOne', boolean> {
  const fatally = lower.includes('fatally') || lower.includes('mortally');
  return {
    subject:
      SUBJECT_PREDICATE_WORD.test(lower) &&
      (lower.includes('died') ||
        lower.includes('dead') ||
        lower.includes('passed away') ||
        lower.includes('succumbed') ||
        SUBJECT_AUXILIARY.test(lower) ||
        SUBJECT_PREDICATE_WORD.test(lower.slice(0, 80))),
    object:
      fatally ||
      lower.includes('kill') ||
      lower.includes('murder') ||
      lower.includes('wound') ||
      lower.includes('injur') ||
      lower.includes('gunn'),
    left: lower.includes('left') || lower.includes('leav'),
    toDeath: lower.includes('death'),
    fatally,
    multiple: lower.includes('double') || lower.includes('triple') || lower.includes('quadruple'),
    nobody: /\bno(?:\s|body)/.test(lower),
    bareOne: lower.includes('one'),
  };
}

/** The attacker died, by his own hand or police fire, in this sentence. */
export const ATTACKER_DIED =
  /\b(?:killed|killing|shot|shooting)\s+(?:himself|herself)\b|\bturn(?:ed|ing)?\s+the\s+(?:gun|weapon|rifle|pistol)\s+on\s+(?:himself|herself)\b|\b(?:took|taking)\s+(?:his|her)\s+own\s+life\b|\bself-inflicted\b|\b(?:gunman|shooter|suspect|attacker)\b[^.;]{0,40}\b(?:was|were)\s+(?:also\s+)?(?:shot\s+and\s+)?(?:killed|dead|shot dead|fatally shot)\b|\b(?:gunman|shooter|suspect|attacker)\b[^.;]{0,30}\b(?:died|is dead)\b|\bmurder-suicide\b/i;

/** The count names the attacker among the dead or wounded ("four dead, including the gunman"). */
export const ATTACKER_INCLUDED =
  /\bincluding\s+(?:the\s+|a\s+)?(?:suspected\s+|alleged\s+|lone\s+)?(?:gunman|shooter|suspect|attacker)\b|\bof\s+the\s+\w+\s+dead,?\s+one\b|\b(?:gunman|shooter|suspect|attacker)\s+(?:was\s+)?(?:among|one of)\s+(?:the\s+)?(?:dead|those killed|the victims)\b/i;

/**
 * First use of these large patterns compiles and tiers them up: ~60–85 ms in one task. Each step warms one pattern
 * (run twice: bytecode, then native code), so a caller can spread the cost over separate short tasks at start-up.
 */
export function casualtyWarmUpSteps(): (() => void)[] {
  const sample =
    'Police said a man and two women were killed, killing one boy and leaving three children wounded; one dead.';
  return [SUBJECT, OBJECT, LEFT, TO_DEATH, FATALLY, MULTIPLE, NOBODY, BARE_ONE, NP_RE, ...MORE_PATTERNS].map(
    (re) => () => {
      for (let k = 0; k < 2; k++) {
        re.lastIndex = 0;
        for (const _ of sample.matchAll(re)) void _;
      }
    },
  );
}
