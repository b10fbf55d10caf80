// Casualty counts the figure parser does not see: singular victims ("a 16-year-old was wounded", "killing a man"),
// coordinated victims summed ("a man and a woman were killed", "killing six children and two adults"), and whether the
// attacker died ("… before turning the gun on himself"). They become claims of their own, so the fact model treats
// them like any figure: same keys, same comparison, same findings.
import { attributeAt, paragraphCues } from '../attribution/index';
import { overlapsSpan } from '../text/spans';
import { hashText } from '../text/hash';
import type { DocumentAnalysis } from '../analyze';
import type { FigureClaim, Paragraph } from '../types';
import {
  ADV,
  HEAD_NP,
  LIST,
  NP_RE,
  NP_START,
  PASSIVE_PRED,
  WORD_NUMBER,
  listCount,
  namesCapitalised,
} from './casualtyGrammar';
import { moreCasualtyReadings, morePreTest, MORE_PATTERNS, type CasualtyFound } from './casualtyMore';

/** "<list> was/were (fatally) killed|wounded …" and "<list> died". */
const SUBJECT = new RegExp(
  String.raw`(?:\b|^)(${LIST}|${HEAD_NP})(?:\s*,\s*\d{1,3}\s*,)?(?:\s+(?:from|of|in)\s+[\p{L}’' -]{2,30}?)?,?\s+(?:(?:who|that)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+${ADV}(${PASSIVE_PRED})|((?:has\s+|have\s+|had\s+|later\s+|has\s+since\s+)?(?:died|passed\s+away|succumbed)|is\s+dead|are\s+dead)|(?<=^[^,;]{0,60})((?:fatally|mortally)\s+(?:shot|wounded|stabbed)|shot\s+(?:dead|to\s+death|and\s+killed)|gunned\s+down|killed|slain|dead))\b`,
  'gu',
);
/** "killing|wounding <list>", "fatally shot <list>". */
const OBJECT = new RegExp(
  String.raw`\b(killed|killing|kills|murdered|murdering|gunned\s+down|gunning\s+down|fatally\s+shot|fatally\s+shooting|fatally\s+shoots|fatally\s+stabbed|fatally\s+stabbing|fatally\s+wounded|fatally\s+wounding|shot\s+and\s+killed|shooting\s+and\s+killing|wounded|wounding|injured|injuring)\s+(${LIST})\b`,
  'gu',
);
/** "left|leaving <list> dead|injured", "left one dead". */
const LEFT = new RegExp(
  String.raw`\b(?:left|leaving|leaves|leave)\s+(${LIST}|one)\s+(${ADV}(?:dead|killed|injured|wounded|hurt|in\s+critical\s+condition))\b`,
  'gu',
);
/** "shooting three relatives to death": the toll between the verb and "to death". */
const TO_DEATH = new RegExp(
  String.raw`\b(?:shot|shooting|shoots|stabbed|stabbing|beat|beating|beaten)\s+(${LIST})\s+(to\s+death)\b`,
  'gu',
);
/** "shot six people, one fatally", "two of them fatally": the dead among the shot. */
const FATALLY =
  /,\s+((?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?:\s+of\s+(?:them|whom))?)\s+(fatally|mortally)\b/gu;
/** "a triple homicide", "double murder-suicide": the victims the word counts. */
const MULTIPLE = /\b(double|triple|quadruple)\s+(homicide|murder|slaying|killing|fatal\s+shooting)s?\b/gu;
const MULTIPLE_COUNT: Record<string, number> = { double: 2, triple: 3, quadruple: 4 };
/** "No one was killed", "nobody was hurt": a zero the text states ("no one else" counts others, not the toll). */
const NOBODY =
  /\b(no\s+one|nobody|no\s+other\s+(?:people|persons?)|no\s+(?:one|body)\s+else)\s+(?:(?:was|were|has\s+been|had\s+been|is)\s+(?:(?:seriously|fatally|critically|reportedly|physically)\s+)?(killed|hurt|injured|wounded|shot)|(died))\b/gu;
/** "one dead, three injured", "1 killed": a bare "one" the parser leaves alone. */
const BARE_ONE =
  /(?:^|[\s,(:—–-])(?<!\bno\s)(one)\s+(?:(?:person|victim)\s+)?(?:(?:was|has|had)\s+(?:been\s+)?|later\s+)?(dead|killed|died|injured|wounded|hurt|pronounced\s+dead)\b/gu;

const MULTIPLE_OR_WORD: Record<string, number> = { ...MULTIPLE_COUNT, 'no one': 0 };
/** After a headline-style verb with no "was", an object means active voice: "A man fatally shot his wife" counts the wife, not the man. */
const OBJECT_NEXT =
  /^\s+(?:(?:his|her|their|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|him|them|himself|herself|themselves)\b|\d)/;
const HEADLINE_RELATIVE = /\b(?:who|that)\s+\S+$/;

/** The count of a bare number list ("two", "12", "triple", "no one"). */
function bareNumber(list: string): number | undefined {
  const w = list.trim().toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return WORD_NUMBER[w] ?? MULTIPLE_OR_WORD[w];
}

function predicateWord(w: string): 'killed' | 'injured' {
  return /kill|slain|murder|dead|died|death|fatal|gunned|passed|succumb|lives?$/i.test(w) ? 'killed' : 'injured';
}

/** Words every predicate of SUBJECT contains ("fatally shot", "pronounced dead", "hospitalized", "died"). */
const SUBJECT_PREDICATE_WORD =
  /killed|slain|murdered|dead|wounded|injured|hurt|hospitali|died|shot|stabbed|gunned|passed away|succumbed/;
/** SUBJECT's passive predicates follow one of these; "died" and "dead" need none; the headline form sits in the first 60 characters. */
const SUBJECT_AUXILIARY = /\b(?:was|were|is|are|been)\s/;

/**
 * Exact necessary conditions (substrings every match contains) for the patterns above, on the lower-cased sentence:
 * the large ones cost far more to run than to rule out, and most sentences that name a death match none of them.
 */
function casualtyPreTests(
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

export interface CasualtyClaim {
  claim: FigureClaim;
  /** A singular victim named after the lead ("injuring a woman inside"): one of the victims, not the toll. */
  weak: boolean;
  predicate: 'killed' | 'injured';
  /** What is counted: a single head lemma, or "person" for a mixed list. */
  lemma: string;
}

function insideQuote(p: Paragraph, start: number, end: number): boolean {
  return overlapsSpan(p.quotes, start, end);
}

/** Casualty counts of one analysis that no parser figure covers, and the parser claims a summed list replaces. */
export function casualtyClaims(analysis: DocumentAnalysis): { claims: CasualtyClaim[]; replaced: Set<FigureClaim> } {
  const out: CasualtyClaim[] = [];
  const replaced = new Set<FigureClaim>();
  const claims = analysis.claims;
  const firstBody = Math.max(
    0,
    analysis.model.paragraphs.findIndex((p) => p.kind === 'body'),
  );
  analysis.model.paragraphs.forEach((p, pi) => {
    if (
      !/kill|dead|died|slain|murder|wound|injur|hurt|hospitali|fatal|homicide|death|gunned|passed away|succumb|li(?:fe|ves) of/i.test(
        p.text,
      )
    )
      return;
    let cues: ReturnType<typeof paragraphCues> | undefined;
    p.sentences.forEach((s, si) => {
      if (
        !/kill|dead|died|slain|murder|wound|injur|hurt|hospitali|fatal|homicide|death|gunned|passed away|succumb|li(?:fe|ves) of/i.test(
          s.text,
        )
      )
        return;
      // "1:49 Grandmother says her grandson is dead": a video's running time opens a playlist caption, not copy.
      if (/^\d{1,2}:\d\d\s/.test(s.text)) return;
      // `replaces`: the reading beats the parser's figure for the same words ("shooting three relatives to death" is killed, not shot).
      // `count`: the list is a bare number or number word ("one fatally", "triple", "no one"), not noun phrases.
      const found: CasualtyFound[] = [];
      // Matched on an A–Z-lowercased copy (same length, same offsets): case-insensitive Unicode patterns of this size
      // cost 60–85 ms to compile, and V8 may drop compiled regexp code under GC and compile it again mid-task.
      const lower = s.text.replace(/[A-Z]/g, (c) => c.toLowerCase());
      const may = casualtyPreTests(lower);
      if (may.subject)
        for (const m of lower.matchAll(SUBJECT)) {
          // The verb without "was" is headline style: only when the phrase opens the sentence ("Man fatally shot").
          if (
            m[4] &&
            (m.index !== 0 || OBJECT_NEXT.test(lower.slice(m.index + m[0].length)) || HEADLINE_RELATIVE.test(m[0]))
          )
            continue;
          const list = NP_START.test(m[1]!) ? m[1]! : `a ${m[1]!}`;
          // "was fatally wounded": the adverb makes it a death.
          const pred = /\b(?:fatally|mortally)\s/.test(m[0].slice(m[1]!.length)) ? 'killed' : (m[2] ?? m[3] ?? m[4]!);
          found.push({ start: m.index, end: m.index + m[1]!.length, list, pred, nounEnd: m.index + m[1]!.length });
        }
      if (may.object)
        for (const m of lower.matchAll(OBJECT)) {
          const at = m.index + m[0].length - m[2]!.length;
          found.push({ start: at, end: at + m[2]!.length, list: m[2]!, pred: m[1]!, nounEnd: at + m[2]!.length });
        }
      if (may.left)
        for (const m of lower.matchAll(LEFT)) {
          const at = m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
          found.push({ start: at, end: at + m[1]!.length, list: m[1]!, pred: m[2]!, nounEnd: at + m[1]!.length });
        }
      if (may.toDeath)
        for (const m of lower.matchAll(TO_DEATH)) {
          const at = m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
          found.push({
            start: at,
            end: at + m[1]!.length,
            list: m[1]!,
            pred: 'killed',
            nounEnd: at + m[1]!.length,
            replaces: true,
          });
        }
      if (may.fatally)
        for (const m of lower.matchAll(FATALLY)) {
          const at = m.index + m[0].indexOf(m[1]!);
          found.push({
            start: at,
            end: at + m[1]!.length,
            list: m[1]!.split(/\s/)[0]!,
            pred: 'killed',
            nounEnd: at + m[1]!.length,
            count: true,
          });
        }
      if (may.multiple)
        for (const m of lower.matchAll(MULTIPLE)) {
          found.push({
            start: m.index,
            end: m.index + m[0].length,
            list: m[1]!,
            pred: 'killed',
            nounEnd: m.index + m[0].length,
            count: true,
          });
        }
      if (may.nobody)
        for (const m of lower.matchAll(NOBODY)) {
          if (/else$/.test(m[1]!) || /\bother\b/.test(m[1]!)) continue;
          found.push({
            start: m.index,
            end: m.index + m[0].length,
            list: 'no one',
            pred: m[2] ?? m[3]!,
            nounEnd: m.index + m[1]!.length,
            count: true,
          });
        }
      if (may.bareOne)
        for (const m of lower.matchAll(BARE_ONE)) {
          const at = m.index + m[0].indexOf('one');
          found.push({ start: at, end: at + 3, list: 'one', pred: m[2]!, nounEnd: at + 3 });
        }
      if (morePreTest(lower)) found.push(...moreCasualtyReadings(lower, s.text));
      const taken: { start: number; end: number }[] = [];
      for (const f of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
        const start = s.start + f.start;
        const end = s.start + f.end;
        if (taken.some((t) => f.start < t.end && f.end > t.start)) continue;
        // "another man", "two more men", "a second victim": increments, not the count.
        const before = s.text.slice(Math.max(0, f.start - 12), f.start);
        // "the 5-year-old boy died": a definite phrase refers back to a victim counted before.
        if (
          /\b(?:another|more|other|additional|second|third|fourth|including|among(?:\s+them)?|such\s+as|like|the)\s*$/i.test(
            before,
          ) ||
          /^\S+\s+(?:more|other)\b/i.test(f.list)
        )
          continue;
        // "a fifth person was also hurt": an ordinal or "also" adds to a count given elsewhere.
        if (
          /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.test(f.list) ||
          /^\s+(?:\S+\s+){0,2}?also\b/i.test(s.text.slice(f.end, f.end + 30))
        )
          continue;
        // The attacker himself is no victim ("a gunman was killed" is a count of its own: attacker scope).
        if (/\b(?:gunman|shooter|suspect|attacker)\b/i.test(f.list)) continue;
        // A named victim's quoted nickname (Tim "TJ" Roe) is no quotation of the count.
        if (insideQuote(p, start, f.count ? start + 1 : end)) continue;
        const bareCount = f.count ? bareNumber(f.list) : f.list.toLowerCase() === 'one' ? 1 : undefined;
        const bare = bareCount !== undefined;
        // "killed 13-year-old Jane Roe": the words after an age are a name only when capitalised.
        if (!bare && !namesCapitalised(s.text.slice(f.start, f.end), lower.slice(f.start, f.end))) continue;
        const listed = bare ? undefined : listCount(f.list);
        if (!bare && !listed) continue;
        const inner = claims.filter(
          (c) => c.figure.start >= start && c.figure.end <= end && c.sentence.start === s.start && !c.nonClaim,
        );
        // A single numeric phrase is the parser's figure already.
        if (listed && !f.replaces && listed.written === 1 && listed.n > 1 && inner.length > 0) continue;
        // A bare "one" the parser read is its figure; a count read from "two fatally" or "triple" replaces the parser's.
        const covering = bare
          ? claims.filter((c) => c.figure.start < end && c.figure.end > start && c.sentence.start === s.start)
          : [];
        if (bare && !f.count && covering.length > 0) continue;
        for (const c of covering) replaced.add(c);
        taken.push({ start: f.start, end: f.end });
        const counted = listed ?? { n: bareCount!, lemma: 'person' };
        const n = counted.n;
        const lemma = counted.lemma;
        for (const c of inner) replaced.add(c);
        cues ??= paragraphCues(p);
        const attribution = attributeAt(cues, si, start);
        const text = s.text.slice(f.start, f.end);
        const singular =
          (!!listed && listed.parts === 1 && n === 1 && !/^one\b/i.test(f.list)) || n === 0 || !!f.single;
        out.push({
          // The lead's first two sentences give the toll ("Police are investigating a shooting. A man died at the scene.").
          weak: singular && !(p.kind === 'headline' || (si <= 1 && pi <= firstBody + 1)),
          predicate: predicateWord(f.pred),
          lemma,
          claim: {
            figure: {
              start,
              end,
              text,
              kind: 'count',
              value: n,
              low: n,
              high: n,
              noun: lemma,
              nounLemma: lemma,
              nounSpan: { start: s.start + f.nounEnd, end: s.start + f.nounEnd },
            },
            sentence: s,
            sentenceHash: hashText(s.text),
            paragraphIndex: pi,
            inHeadline: p.kind === 'headline',
            inQuote: false,
            attribution,
            background: false,
          },
        });
      }
    });
  });
  return { claims: out, replaced };
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
