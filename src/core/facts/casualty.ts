// Casualty counts the figure parser does not see: singular victims ("a 16-year-old was wounded", "killing a man"),
// coordinated victims summed ("a man and a woman were killed", "killing six children and two adults"), and whether the
// attacker died ("… before turning the gun on himself"). They become claims of their own, so the fact model treats
// them like any figure: same keys, same comparison, same findings.
import { attributeAt, paragraphCues } from '../attribution/index';
import { overlapsSpan } from '../text/spans';
import { hashText } from '../text/hash';
import type { DocumentAnalysis } from '../analyze';
import type { FigureClaim, Paragraph } from '../types';
import { NP_START, listCount, namesCapitalised } from './casualtyGrammar';
import { isPageFurniture } from './frames';
import { loneDeathReadings, lonePreTest } from './casualtyLone';
import { moreCasualtyReadings, morePreTest, type CasualtyFound } from './casualtyMore';
import {
  BARE_ONE,
  bareNumber,
  casualtyPreTests,
  FATALLY,
  HEADLINE_RELATIVE,
  LEFT,
  lowerSameLength,
  MULTIPLE,
  NOBODY,
  OBJECT,
  OBJECT_NEXT,
  predicateWord,
  SUBJECT,
  TO_DEATH,
} from './casualtyPatterns';

export { ATTACKER_DIED, ATTACKER_INCLUDED, casualtyWarmUpSteps } from './casualtyPatterns';

export interface CasualtyClaim {
  claim: FigureClaim;
  /** A singular victim named after the lead ("injuring a woman inside"): one of the victims, not the toll. */
  weak: boolean;
  predicate: 'killed' | 'injured';
  /** One victim (a singular phrase, a pronoun or a name): whether it lies in the lead (headline, first three body paragraphs). */
  single?: { lead: boolean };
  /** Told by pronoun or name ("he died"): kept only when it is the article's toll (see promoteLoneDeath). */
  lone?: boolean;
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
    let paragraphLower: string | undefined;
    p.sentences.forEach((s, si) => {
      if (
        !/kill|dead|died|slain|murder|wound|injur|hurt|hospitali|fatal|homicide|death|gunned|passed away|succumb|li(?:fe|ves) of/i.test(
          s.text,
        )
      )
        return;
      // "1:49 Grandmother says her grandson is dead": a playlist caption, a link or a video embed, not copy.
      if (isPageFurniture(s.text)) return;
      // `replaces`: the reading beats the parser's figure for the same words ("shooting three relatives to death" is killed, not shot).
      // `count`: the list is a bare number or number word ("one fatally", "triple", "no one"), not noun phrases.
      const found: CasualtyFound[] = [];
      // Matched on a lower-cased view (same length, same offsets) of one copy per paragraph: case-insensitive Unicode
      // patterns of this size cost 60–85 ms to compile, and V8 may drop compiled regexp code under GC mid-task.
      paragraphLower ??= lowerSameLength(p.text);
      const lower = paragraphLower.slice(s.start - p.start, s.end - p.start);
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
      if (lonePreTest(lower)) found.push(...loneDeathReadings(lower, s.text));
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
        // Copied out of the lower-cased paragraph: a stored claim never keeps that copy alive (V8 slices share it).
        const lemma = counted.lemma.length < 13 ? counted.lemma : [...counted.lemma].join('');
        for (const c of inner) replaced.add(c);
        cues ??= paragraphCues(p);
        const attribution = attributeAt(cues, si, start);
        const text = s.text.slice(f.start, f.end);
        const singular =
          (!!listed && listed.parts === 1 && n === 1 && !/^one\b/i.test(f.list)) || n === 0 || !!f.single;
        out.push({
          // The lead's first two sentences give the toll ("Police are investigating a shooting. A man died at the scene.").
          weak: !!f.lone || (singular && !(p.kind === 'headline' || (si <= 1 && pi <= firstBody + 1))),
          ...(singular || f.lone ? { single: { lead: p.kind === 'headline' || pi <= firstBody + 2 } } : {}),
          ...(f.lone ? { lone: true } : {}),
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
