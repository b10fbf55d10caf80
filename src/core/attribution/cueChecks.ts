// Checks that tell a speech verb from the same word used otherwise ("a strong showing", "All told", "the estimated
// 11 million", "Black circles show"), and whether the words before it can be a source at all.
import { isTrailing } from './phrases';

// A noun or adjective reading: a determiner (and at most one evaluative adjective) right before the -ing or -ed form.
const DETERMINER_BEFORE = /\b(?:a|an|the|its|his|her|their|our)\s+$/i;
const NOUN_ING_BEFORE =
  /\b(?:a|an|the|its|his|her|their|our)\s+(?:(?:strong|stronger|strongest|weak|weaker|poor|poorer|solid|good|better|best|bad|worse|worst|dismal|disappointing|impressive|surprising|surprise|respectable|lackluster|robust|[\p{L}]+-place|initial|early|final|latest|recent)\s+)?$/iu;

/** The word is a noun or an adjective here, not a verb: "a strong showing", "the estimated 11 million", "All told". */
export function notAVerb(verb: string, before: string): boolean {
  if (/ing$/.test(verb)) return NOUN_ING_BEFORE.test(before);
  // "by 0.1 percentage points to 4.2 percent": points of a figure, not someone pointing to something.
  if (/^points? (?:to|out)$/.test(verb)) return /(?:\d|\bpercentage|\bbasis)\s+$/.test(before);
  if (/ed$/.test(verb) && DETERMINER_BEFORE.test(before)) return true;
  return /^(?:told)$/.test(verb) && /\ball\s+$/i.test(before);
}

// What can show figures: data, documents and their makers' outputs — not "black circles" or a TV "show".
const DATA_WORD =
  /\b(?:polls?|polling|surveys?|study|studies|data|figures|numbers|records?|reports?|ledgers?|invoices?|accounts|spreadsheets?|minutes|tapes?|recordings?|messages?|analys[ie]s|results|documents?|filings?|statistics|estimates?|averages?|tall(?:y|ies)|counts?|census|research|projections?|forecasts?|models?|returns?|e-?mails?|memos?|letters?|transcripts?|tracking|index|ratings?|audits?|reviews?|disclosures?|receipts?|totals?|calculations?|findings?|files?|logs?|charts?|maps?|graphics?|tables?|slides?|images?|videos?|footage|photos?|trackers?|trends?)\b/i;
const SOURCE_WORD =
  /\b(?:officials?|experts?|analysts?|researchers?|economists?|scientists?|sources?|aides?|advisers?|advisors?|members?|lawmakers?|leaders?|spokes\w+|authorities|police|doctors|witnesses|investigators|prosecutors?|lawyers?|attorneys?|staff|organizers|activists?|groups?|organi[sz]ations?|agency|agencies|ministry|company|companies|firms?|campaigns?|committee|pollsters?)\b/i;
const NAMED = (s: string): boolean =>
  /(?:^|\s)\p{Lu}/u.test(s.replace(/^(?:The|A|An|This|That|These|Those|It|They|He|She|We|I)\b/, ''));

/** The bare plural verb "show" needs a plural or data subject: "Breitbart News Daily show on …" is a noun after a name. */
export function showsData(verb: string, subject: string, after: string): boolean {
  if (verb !== 'show' || /^\s+that\b/.test(after)) return true;
  return DATA_WORD.test(subject) || SOURCE_WORD.test(subject) || /\p{L}{3,}s$/u.test(subject.trim());
}

const FUNCTION_END =
  /(?:^|\s)(?:the|a|an|of|in|to|for|on|at|by|from|with|and|or|but|than|as|his|her|their|its|our|my|your|this|that|these|those|other|more|most|less|such|some|many|all)$/i;
// A finite verb inside the subject, unless only a "quick to"-style predicate follows it ("Advisers are quick to point out").
const FINITE_INSIDE =
  /\b(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|does|did|do)\b\s*(.*)$/i;
const TO_PREDICATE =
  /^(?:(?:not|also|still|now|\w+ly|quick|eager|likely|able|set|due|expected|ready|keen|careful|happy|glad|willing|going|trying|first|the)\s*)*(?:to)?$/i;
const QUICK_TO =
  /\s+(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+)?(?:quick|eager|likely|unlikely|able|set|due|expected|ready|keen|careful|happy|glad|willing|going|trying|the first)\s+to$/i;
// "Why had he asserted that …": a question's inverted auxiliary is not part of the source.
const QUESTION_START = /^(?:why|how|when|where)?\s*(?:had|has|have|did|does|do|would|will|could|should)\s+(?=\S+$)/i;
const RELATIVE = /(?:^|\s)(?:who|which|whom|whose|that|where)(?=\s|$)/gi;
const PREDICATE_START =
  /^(?:\p{Ll}+ed|said|says|told|tells|wrote|writes|went|came|got|gave|saw|made|took|ran|won|lost|has|have|had|is|are|was|were|will|would|can|could|did|does|do)\b/u;
// "A Memphis man is behind bars after police say": the clause after the last subordinator holds the subject.
const SUBORDINATE = /^.*\b(?:after|because|since|when|while|before|until|although|though|if|as|once|where)\s+(?=\S)/i;
// Counted or plural speakers: "four in 10", "62 percent", "Republicans", "voters".
const SPEAKERS =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|percent|majority)\b|\p{L}{3,}s$/u;
const AUX_ONLY =
  /^(?:(?:has|have|had|is|are|was|were|will|would|also|repeatedly|once|previously|then|later|now|recently|already|\w+ly)\s*)*$/i;

/**
 * The subject found before a speech verb, or '' when those words cannot be a source: a phrase with its own finite verb
 * ("workers do not participate in …"), one ending on a function word ("which caters to the"), or a relative clause
 * whose head is neither a name, data nor a word for people who speak ("bully who has repeatedly").
 */
export function plausibleSubject(raw: string): string {
  // "Advisers to Mr. Rubio are quick to point out": the predicate is not part of the source.
  let source = raw.replace(QUICK_TO, '').replace(QUESTION_START, '');
  if (FINITE_INSIDE.test(source) && SUBORDINATE.test(source)) source = source.replace(SUBORDINATE, '');
  // "searching for a man they say shot four people": a pronoun right before the verb is the whole subject.
  const pronoun = /(?:^|\s)(he|she|they|we|I)$/.exec(source);
  if (pronoun) return pronoun[1]!;
  const relatives = [...source.matchAll(RELATIVE)];
  const relative = relatives[relatives.length - 1];
  if (relative && !/^\s*(?:what|whatever)\b/i.test(source)) {
    const tail = source.slice(relative.index + relative[0].length).trim();
    // "in which organizers claimed", "data that experts say": the relative's own subject speaks ("who" is the subject).
    if (tail && !AUX_ONLY.test(tail) && !PREDICATE_START.test(tail)) source = tail;
    else {
      // "the polls that show", "Officials who were there said", "four in 10 who said": the antecedent speaks, if it can
      // be a source at all ("birther and bully who has repeatedly pledged" cannot).
      const head = source
        .slice(0, relative.index)
        .replace(/[\s,;:–—-]+$/, '')
        .trim();
      if (!head || /(?:^|\s)(?:in|of|at|on|to|by|for)$/i.test(head)) return '';
      // "A man who said he was a witness told …": "who" stands for a person, so a determined head speaks.
      const person = /who/i.test(relative[0]) && /^(?:a|an|the|this|that|one|another)\s/i.test(head);
      const speaks = person || NAMED(head) || SOURCE_WORD.test(head) || DATA_WORD.test(head) || SPEAKERS.test(head);
      return speaks ? plausibleSubject(head) : '';
    }
  }
  if (FUNCTION_END.test(source) && source.includes(' ')) return '';
  if (/^\s*(?:what|whatever)\b/i.test(source)) return source;
  const finite = FINITE_INSIDE.exec(source);
  if (finite && !TO_PREDICATE.test(finite[1]!)) return '';
  return source;
}

/**
 * ", federal officials said," sources the whole sentence only when what stands between the verb and the comma adds no
 * clause of its own ("said on Monday,", "said in a statement,"): ", says she identifies as …, although" is a verb
 * with its own reported clause.
 */
export function parentheticalTail(after: string): boolean {
  const upToComma = /^((?:\s+[^\s,;.]+){0,6})\s*,/.exec(after);
  return !!upToComma && !/^\s+that\b/.test(after) && isTrailing(upToComma[1]!);
}

/** "told a crowd of 1,300 that …": the audience is the reporter's, the speech starts after it. */
export function audienceLength(verb: string, after: string): number {
  if (!/^(?:told|tells|telling|tell|addressed|addressing)$/.test(verb)) return 0;
  const m =
    /^\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:crowd|audience|gathering|rally|room|group|meeting|convention|town hall)\s+of\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|more than\s+|over\s+)?[\d,.]+(?:\s+(?:thousand|hundred|million))?(?:\s+[\p{L}-]+){0,2}?(?=\s+(?:that|on|in|at|during|here|there|as|after|before|when|while)\b|\s*[,;.:!?]|\s*$)/u.exec(
      after,
    );
  if (m) return m[0].length;
  // "he tells hundreds of screaming supporters at a rally": a counted audience, not what was told.
  const counted =
    /^\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|more than\s+|over\s+)?(?:hundreds|thousands|dozens|tens of thousands|[\d,]+)\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:supporters|people|voters|students|fans|followers|delegates|donors|workers|members|reporters|listeners|viewers|attendees|guests|residents|activists|protesters|volunteers|troops|soldiers|lawmakers|officials|employees)\b/u.exec(
      after,
    );
  return counted ? counted[0].length : 0;
}
