// Figures of a paragraph turned into claims: quoted or not, a claim or not, attributed or not, background or not.
import { attributeAt, type Cue, paragraphCues } from './attribution/index';
import { withinSpan } from './text/spans';
import { extractFigures, hasFigureCandidate } from './figures';
import { nonClaimReasonOf } from './figures/nonclaims';
import { hashText } from './text/hash';
import type { Figure, FigureClaim, NonClaimReason, Paragraph, Sentence } from './types';

const POPULATION_NOUNS =
  /^(?:people|person|resident|inhabitant|population|gazan|civilian|citizen|soul|palestinian|israeli)s?$/;
const POPULATION_VERBS = new Set(['live', 'inhabit', 'reside', 'shelter', 'house', 'home']);

/** Population and area figures are background the desk rarely sources; they get a note, not a warning. */
export function isBackground(figure: Figure, sentence: Sentence): boolean {
  const after = sentence.text.slice(figure.end - sentence.start, figure.end - sentence.start + 40);
  const before = sentence.text.slice(Math.max(0, figure.start - sentence.start - 30), figure.start - sentence.start);
  if (/^\s*(?:square\s+(?:kilomet|km|mile|metre|meter)|sq\.?\s?(?:km|mi)|km2|km²|hectares|acres)/i.test(after))
    return true;
  if (
    /\b(?:population of|home to|a (?:city|town|country|nation|territory|enclave) of)\s*(?:about|around|some|almost|nearly|more than|over)?\s*$/i.test(
      before,
    )
  )
    return true;
  const lemma = figure.nounLemma ?? '';
  if (!POPULATION_NOUNS.test(lemma)) return false;
  return (
    POPULATION_VERBS.has(figure.verb ?? '') ||
    /\b(?:its|their|the territory's|the enclave's)\s+(?:about|around|some|almost|nearly)?\s*$/i.test(before)
  );
}

/**
 * A bare figure counts what the figure just before it counts: "more than 250 hostages, 129 of whom remain",
 * "over 250 hostages, 129 remaining in Gaza including 34 presumed dead", "killed 12 people and wounded 40".
 */
function inheritAntecedent(figure: Figure, earlier: FigureClaim[], sentence: Sentence): void {
  if (figure.nounLemma || figure.kind === 'money' || figure.kind === 'percent') return;
  const previous = earlier.length > 0 ? earlier[earlier.length - 1]! : undefined;
  if (!previous || previous.sentence.start !== sentence.start || previous.nonClaim || !previous.figure.nounLemma)
    return;
  const between = sentence.text.slice(previous.figure.end - sentence.start, figure.start - sentence.start);
  const after = sentence.text.slice(figure.end - sentence.start, figure.end - sentence.start + 12);
  const relative = /^\s+of\s+(?:whom|them|those|which)\b/i.test(after);
  // Close by, same clause chain, and no other noun phrase that the bare figure could count instead.
  if (!relative && (between.length > 60 || /[.;:]/.test(between))) return;
  figure.noun = previous.figure.noun;
  figure.nounLemma = previous.figure.nounLemma;
}

/**
 * A bare figure in a series after a non-claim takes its reason: "24 Senate seats up in November, Democrats 10",
 * "a net gain of four seats … or five seats if they don't".
 */
function parallelReason(figure: Figure, earlier: FigureClaim[], sentence: Sentence): NonClaimReason | undefined {
  const previous = earlier.length > 0 ? earlier[earlier.length - 1]! : undefined;
  const reason = previous?.nonClaim;
  if (
    !previous ||
    !reason ||
    previous.sentence.start !== sentence.start ||
    !/^(?:institutional-constant|election-calendar|court-split|sports-result)$/.test(reason)
  )
    return undefined;
  if (figure.nounLemma && figure.nounLemma !== previous.figure.nounLemma) return undefined;
  const between = sentence.text.slice(previous.figure.end - sentence.start, figure.start - sentence.start);
  // "five superdelegates, two of whom have pledged": a part of the set is news, not the set again.
  if (/^\s+of\b/.test(sentence.text.slice(figure.end - sentence.start, figure.end - sentence.start + 8)))
    return undefined;
  return between.length <= 80 && !/[.;:]/.test(between) && /(?:,|\bor|\band)\s+(?:[\p{Lu}][\p{L}]*\s+)?$/u.test(between)
    ? reason
    : undefined;
}

/** Every figure in a paragraph with its claim status. Offsets are absolute (the paragraph's own). */
export function paragraphClaims(paragraph: Paragraph, paragraphIndex: number, knownCues?: Cue[][]): FigureClaim[] {
  if (!hasFigureCandidate(paragraph.text)) return [];
  const claims: FigureClaim[] = [];
  let cues = knownCues;
  paragraph.sentences.forEach((sentence, index) => {
    if (!hasFigureCandidate(sentence.text)) return;
    let sentenceHash: string | undefined;
    for (const figure of extractFigures(sentence.text, sentence.start)) {
      cues ??= paragraphCues(paragraph);
      const inQuote = withinSpan(paragraph.quotes, figure.start, figure.end);
      const attribution = attributeAt(cues, index, figure.start);
      const { nonClaim: parsed, ...plain } = figure;
      const local = sentence.start;
      const nonClaim =
        parsed ??
        (inQuote
          ? undefined
          : (nonClaimReasonOf(
              sentence.text,
              figure.start - local,
              figure.end - local,
              figure,
              paragraph.kind === 'headline',
              paragraph.text.slice(Math.max(0, local - paragraph.start - 200), local - paragraph.start),
            ) ?? parallelReason(plain, claims, sentence)));
      inheritAntecedent(plain, claims, sentence);
      claims.push({
        figure: plain,
        sentence,
        sentenceHash: (sentenceHash ??= hashText(sentence.text)),
        paragraphIndex,
        inHeadline: paragraph.kind === 'headline',
        inQuote,
        nonClaim: nonClaim ?? (inQuote ? 'quoted' : undefined),
        attribution: inQuote && attribution ? { ...attribution, kind: 'quoted' } : attribution,
        background: isBackground(plain, sentence),
      });
    }
  });
  return claims;
}
