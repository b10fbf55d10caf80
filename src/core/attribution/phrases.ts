// Phrase helpers for attribution cues: quote masking, the subject before a speech verb, the object after a cue.
import type { Sentence } from '../types';

const TIME_WORDS =
  /\b(?:on|late|early|earlier|later|last|this)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|meanwhile|also|however|then|previously|separately)\b,?/gi;

// Whole runs of non-space characters at a time: as many matches as words, not as characters (~30 % faster).
const quoteMarks = (run: string): string => '"'.repeat(run.length);

/** Quote interiors blanked, so cue words inside a quotation never count as the reporter's attribution. */
export function outsideQuotes(sentence: Sentence): string {
  const text = sentence.text;
  if (sentence.quotes.length === 0) return text;
  // Built piece by piece: re-concatenating the whole sentence per quote was quadratic in quote-heavy lines.
  const parts: string[] = [];
  let done = 0;
  for (const q of sentence.quotes) {
    const a = Math.max(done, q.start - sentence.start);
    const b = Math.max(a, q.end - sentence.start);
    parts.push(text.slice(done, a), text.slice(a, b).replace(/\S+/g, quoteMarks));
    done = b;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

export function cleanSource(raw: string): string {
  return raw
    .replace(TIME_WORDS, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Only auxiliaries and adverbs between a comma and the verb: "Trump, a front-runner, has repeatedly promised".
const AUX_RUN =
  /^\s*(?:(?:has|have|had|is|are|was|were|will|would|also|later|then|now|already|previously|\p{L}+ly)\s+)*$/u;
const TIME_AFTER =
  /\s+(?:a|an|one|two|three|several|some)\s+(?:day|week|month|year)s?\s+(?:later|earlier|ago|before)\s*$/i;

/** The subject of a speech verb: the words back to a clause boundary, at most eight. */
export function subjectBefore(text: string, at: number): { source: string; start: number } {
  // A window of 400 characters holds any eight-word subject and keeps a 1 MB sentence linear.
  const base = Math.max(0, at - 400);
  let left = text.slice(base, at);
  // The clause starts after the last comma, semicolon, colon or quote mark, or after a coordinating "and"/"but".
  const boundary = (s: string): number => {
    const mark = Math.max(
      s.lastIndexOf(','),
      s.lastIndexOf(';'),
      s.lastIndexOf('"'),
      s.lastIndexOf('”'),
      s.lastIndexOf(':'),
    );
    let conj = 0;
    for (const m of s.matchAll(/\s(?:and|but|while|whereas)(?=\s)/g)) {
      // "the Centers for Disease Control and Prevention": an "and" between capitalised words is inside a name.
      if (
        /\p{Lu}[\p{L}.’'-]*$/u.test(s.slice(Math.max(0, m.index - 30), m.index)) &&
        /^\s+\p{Lu}/u.test(s.slice(m.index + m[0].length))
      )
        continue;
      conj = m.index + m[0].length + 1;
    }
    return Math.max(mark + 1, conj);
  };
  let cut = boundary(left);
  const verb = /^\S+/.exec(text.slice(at))?.[0] ?? '';
  // "Avi Hyman would not go into detail, saying only: …": a participle takes the main clause's subject.
  if (cut > 0 && AUX_RUN.test(left.slice(cut)) && left[cut - 1] === ',' && /ing$/.test(verb)) {
    const clause = left.slice(boundary(left.slice(0, cut - 1)), cut - 1);
    const subject = clause.split(
      /\s+(?:would|will|could|should|may|might|has|have|had|is|are|was|were|did|does|do|also)\b|\s+\w+ed\b/,
    )[0]!;
    return { source: cleanSource(subject.trim().split(/\s+/).slice(-8).join(' ')), start: base + cut };
  }
  // "A Fox News poll, conducted by X, shows…": the subject stands before the appositive.
  if (cut > 0 && AUX_RUN.test(left.slice(cut)) && left[cut - 1] === ',') {
    const open = left.slice(0, cut - 1).lastIndexOf(',');
    if (open > 0) {
      left = left.slice(0, open);
      cut = boundary(left);
    }
  }
  // "When Fiorina a month later announced": the time phrase goes as a whole, not word by word.
  const words = left.slice(cut).replace(TIME_AFTER, '').trim().split(/\s+/).filter(Boolean);
  // Auxiliaries and adverbs between subject and verb ("negotiators have spoken of") and a leading preposition
  // ("with World Bank estimating") are not part of the source.
  while (
    words.length > 1 &&
    /^(?:have|has|had|will|would|could|may|might|also|already|later|previously|then|now|just|not|is|are|was|were)$/i.test(
      words[words.length - 1]!,
    )
  )
    words.pop();
  while (words.length > 1 && /^(?:with|as|after|while|when|since|because|if|that|so|then)$/i.test(words[0]!))
    words.shift();
  // "A Marlowe poll released on Tuesday found": the participle describes the source, it is not part of its name.
  while (
    words.length > 1 &&
    /^(?:released|published|conducted|issued|taken|out|on|in|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month)$/i.test(
      words[words.length - 1]!,
    )
  )
    words.pop();
  return { source: cleanSource(words.slice(-8).join(' ')), start: base + cut };
}

const SUBJECT_VERB =
  /^(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|does|did|do|also|then|later)$/;
const SOURCE_NOUN =
  /^(?:report|study|survey|poll|police|officials?|authority|authorities|ministry|agency|army|military|government|group|authors|researchers|analysts|experts|company|campaign|spokes\w+|chair\w*|clerk|director|secretary|minister|president|governor|mayor|sheriff|commissioner|prosecutors?|lawyers?|judge)$/i;

/** The subject opening a sentence ("China's state-owned investment giant CITIC" runs …): the words before its first verb. */
export function sentenceSubject(text: string): string {
  const chunks = text.slice(0, 200).split(/[,;:(]/);
  // A short fronted adverbial ("There, the chairman declined … but said") is not the subject.
  const first = chunks[0]!.trim().split(/\s+/).filter(Boolean);
  const words = first.length <= 3 && chunks.length > 1 ? chunks[1]!.trim().split(/\s+/).filter(Boolean) : first;
  let n = 0;
  for (; n < words.length && n < 8; n++) {
    const w = words[n]!;
    // A present-tense verb after a singular head: "CITIC runs", "the authority says" (not "oil reserves" after "the").
    const prev = n > 0 ? words[n - 1]! : '';
    const afterHead = prev !== '' && !/s$/.test(prev) && !/^(?:the|a|an|its|their|his|her|this|that)$/i.test(prev);
    if (SUBJECT_VERB.test(w) || /^\p{Ll}+ed$/u.test(w) || (afterHead && /^\p{Ll}+[^s]s$/u.test(w))) break;
  }
  if (n === 0 || n === words.length || n >= 8) return '';
  const subject = words.slice(0, n);
  const named = subject.some(
    (w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && /^(?:The|A|An|This|That|These|Those|Its|Their)$/.test(w)),
  );
  return named || SOURCE_NOUN.test(subject[subject.length - 1]!) ? cleanSource(subject.join(' ')) : '';
}

/** The noun phrase a relative "who"/"which" refers to: the words before its comma, back to the clause start. */
export function antecedentOf(before: string): string {
  const head = before
    .slice(-200)
    .replace(/\s*(?:who|which)\s*$/i, '')
    .trimEnd();
  if (!head.endsWith(',')) return '';
  const body = head.slice(0, -1);
  const phrase = body
    .slice(Math.max(...[',', ';', ':', '"', '“', '”', '(', ')'].map((c) => body.lastIndexOf(c))) + 1)
    .trim();
  if (!phrase) return '';
  // The trailing name ("… kowtowing to Donald Trump"), else the trailing noun phrase ("the Mexican president").
  const name = /(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*$/u.exec(phrase)?.[0];
  const np = name ?? /\b(?:the|a|an|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+$/u.exec(phrase)?.[0] ?? '';
  // Only a name or a named body can be a source, not "the day".
  return name ||
    /\b(?:president|minister|officials?|spokes\w+|police|agency|ministry|group|campaign|company|committee|PACs?)$/u.test(
      np,
    )
    ? cleanSource(np)
    : '';
}

/** Words after a cue up to a clause boundary: "according to [the Health Ministry in the Hamas-run territory]". */
export function objectAfter(text: string, from: number): string {
  // Ten words fit in 300 characters; the bound keeps many cues in one unpunctuated line linear.
  const rest = text.slice(from, from + 300);
  const stop = /[,;:.!?"”(]|\s[–—-]\s|\s(?:and|but|which|who|while|after|since|as)\s/.exec(rest);
  return cleanSource((stop ? rest.slice(0, stop.index) : rest).split(/\s+/).slice(0, 10).join(' '));
}

/** A clause after the verb that carries no content of its own: ", police said." / "said in an update on Monday." */
export function isTrailing(rest: string): boolean {
  const words = rest.replace(/[.!?"”’)\]]+\s*$/, '').trim();
  if (words === '') return true;
  if (/\bthat\b|["“”]/.test(words)) return false;
  // "promised to deport 11 million": an infinitive is the reported content, "said to reporters" is not.
  if (
    /^to\s+(?!(?:a|an|the|his|her|their|its|my|our|me|us|him|them|you|reporters|journalists|supporters|voters|lawmakers|members|students|workers|employees|staff|donors|delegates|listeners|viewers|readers)\b|\p{Lu})/u.test(
      words,
    )
  )
    return false;
  const n = words.split(/\s+/).length;
  if (/^(?:in|on|at|to|via|during)\s+(?:a|an|the|his|her|their|its)\s/i.test(words) && n <= 16) return true;
  return (
    n <= 8 &&
    /^(?:on|in|at|to|about|of|late|early|last|this|earlier|later|via|after|before|during|from|told|adding|citing|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(
      words,
    )
  );
}
