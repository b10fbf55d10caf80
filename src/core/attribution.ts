// Attribution: which words in a sentence say who a figure comes from, and which part of the sentence they cover.
import type { Attribution, Paragraph, Sentence, Span } from './types';

/** What part of the sentence a cue sources: all of it, the reported clause after it, or the clause before it. */
export type CueScope = 'all' | 'after' | 'before';

export interface Cue extends Span {
  kind: 'according' | 'speech' | 'tally' | 'colon' | 'vague';
  cue: string;
  source: string;
  scope: CueScope;
  /** For 'after': where the coverage stops (the end of a direct quote that carried the speech). */
  until: number;
  /** The source is only a pronoun ("he added"): it names no one by itself. */
  pronoun: boolean;
}

const SPEECH_VERBS =
  'said|says|say|saying|told|tells|telling|reported|reports|reporting|estimated|estimates|estimating|stated|states|announced|announces|announcing|' +
  'added|adds|adding|noted|notes|confirmed|confirms|confirming|warned|warns|wrote|writes|tweeted|posted|counted|recorded|declared|declares|' +
  'claimed|claims|claiming|insisted|insists|explained|acknowledged|revealed|disclosed|indicated|described|describes|showed|shows|show|showing|suggested|' +
  'predicted|predicts|projected|projects|forecast|forecasts|expects|expected|expecting|vowed|pledged|promised|argued|argues|asserted|' +
  // A figure inside someone's proposal, demand or accusation is theirs: "has proposed a 10 percent VAT".
  'proposed|proposes|proposing|called for|calls for|calling for|threatened|threatens|offered|offers|agreed|demanded|demands|urged|' +
  'accused|alleged|alleges|charged|touted|touts|boasted|boasts|highlighted|highlights|(?:raised|raises|increased|increases|revised|revises|gave|gives) the (?:death )?toll|' +
  'quoted|cited|puts? the (?:death )?(?:toll|figure|number)(?: of [a-z]+)? at|(?:spoke|spoken|speak|speaks) of|' +
  // Not "released": hostages and prisoners are released far more often than figures are.
  'tallied|calculated|calculates|found|finds|finding|publishe[sd]|' +
  // Opinions and conclusions with a named holder are theirs too: "economists believe", "the study concluded".
  '(?:pointed|points|point) (?:out|to)|argue|arguing|concluded|concludes|conclude|believe|believes|think|thinks|suggests|indicates|' +
  '(?:spoke|speaks) out|talked about|asked|asks|hopes|wants|plans|expect|blamed|blames|blame|admitted|admits';
const SPEECH_RE = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'g');
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$/;
// "estimated at $18.5 billion" has no one behind it; "reported at least six" and "said at the time" do.
const NOT_SPEECH_AFTER = /^\s+(?:of\b|at\s+(?=[\d$€£]|(?:about|around|some|roughly|nearly|approximately|more than|less than|over|under|between|up to)\b)|to be\b|as\b(?!\s+(?:many|much|few|little|high|low|large|small)\s+as\b)|up\b|off\b|dead\b|missing\b|responsibility|(?:to|into)\s+(?:a\s+|the\s+)?(?:hospital|intensive|icu|clinic|care|rehab|the\s+bar)\b)/;
// Verbs that invert in attributions (", said the minister"); ", shows Sanders with 47 percent" is a subject's verb.
const INVERTIBLE = /^(?:said|says|added|adds|asked|wrote|writes|noted|notes|explained|told|recalled|continued|insisted|warned|stated|declared|tweeted|acknowledged|argued|reported|announced|confirmed|according)$/;
const FINITE_VERB = /\b(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|does|did|do)\b/;
const NOUN_BEFORE = /\b(?:the|a|an|these|those|its|their|his|her|our|two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|both|new|\d[\d,.]*)\s+$/i;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const TIME_WORDS = /\b(?:on|late|early|earlier|later|last|this)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|meanwhile|also|however|then|previously|separately)\b,?/gi;

/** Quote interiors blanked, so cue words inside a quotation never count as the reporter's attribution. */
function outsideQuotes(sentence: Sentence): string {
  const text = sentence.text;
  // Built piece by piece: re-concatenating the whole sentence per quote was quadratic in quote-heavy lines.
  const parts: string[] = [];
  let done = 0;
  for (const q of sentence.quotes) {
    const a = Math.max(done, q.start - sentence.start);
    const b = Math.max(a, q.end - sentence.start);
    parts.push(text.slice(done, a), text.slice(a, b).replace(/[^\s]/g, '"'));
    done = b;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

function cleanSource(raw: string): string {
  return raw
    .replace(TIME_WORDS, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The subject of a speech verb: the words back to a clause boundary, at most eight. */
function subjectBefore(text: string, at: number): { source: string; start: number } {
  // A window of 400 characters holds any eight-word subject and keeps a 1 MB sentence linear.
  const base = Math.max(0, at - 400);
  let left = text.slice(base, at);
  // The clause starts after the last comma, semicolon, colon or quote mark, or after a coordinating "and"/"but".
  const boundary = (s: string): number => {
    const mark = Math.max(s.lastIndexOf(','), s.lastIndexOf(';'), s.lastIndexOf('"'), s.lastIndexOf('”'), s.lastIndexOf(':'));
    let conj = 0;
    for (const m of s.matchAll(/\s(?:and|but|while|whereas)(?=\s)/g)) {
      // "the Centers for Disease Control and Prevention": an "and" between capitalised words is inside a name.
      if (/\p{Lu}[\p{L}.’'-]*$/u.test(s.slice(Math.max(0, m.index - 30), m.index)) && /^\s+\p{Lu}/u.test(s.slice(m.index + m[0].length))) continue;
      conj = m.index + m[0].length + 1;
    }
    return Math.max(mark + 1, conj);
  };
  let cut = boundary(left);
  const verb = /^\S+/.exec(text.slice(at))?.[0] ?? '';
  // "Avi Hyman would not go into detail, saying only: …": a participle takes the main clause's subject.
  if (cut > 0 && !/\p{L}/u.test(left.slice(cut)) && left[cut - 1] === ',' && /ing$/.test(verb)) {
    const clause = left.slice(boundary(left.slice(0, cut - 1)), cut - 1);
    const subject = clause.split(/\s+(?:would|will|could|should|may|might|has|have|had|is|are|was|were|did|does|do|also)\b|\s+\w+ed\b/)[0]!;
    return { source: cleanSource(subject.trim().split(/\s+/).slice(-8).join(' ')), start: base + cut };
  }
  // "A Fox News poll, conducted by X, shows…": the subject stands before the appositive.
  if (cut > 0 && !/\p{L}/u.test(left.slice(cut)) && left[cut - 1] === ',') {
    const open = left.slice(0, cut - 1).lastIndexOf(',');
    if (open > 0) {
      left = left.slice(0, open);
      cut = boundary(left);
    }
  }
  const words = left.slice(cut).trim().split(/\s+/).filter(Boolean);
  // Auxiliaries and adverbs between subject and verb ("negotiators have spoken of") and a leading preposition
  // ("with World Bank estimating") are not part of the source.
  while (words.length > 1 && /^(?:have|has|had|will|would|could|may|might|also|already|later|previously|then|now|just|not|is|are|was|were)$/i.test(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && /^(?:with|as|after|while|when|since|because|if|that|so|then)$/i.test(words[0]!)) words.shift();
  return { source: cleanSource(words.slice(-8).join(' ')), start: base + cut };
}

const SUBJECT_VERB = /^(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|does|did|do|also|then|later)$/;
const SOURCE_NOUN = /^(?:report|study|survey|poll|police|officials?|authority|authorities|ministry|agency|army|military|government|group|authors|researchers|analysts|experts|company|campaign|spokes\w+|chair\w*|clerk|director|secretary|minister|president|governor|mayor|sheriff|commissioner|prosecutors?|lawyers?|judge)$/i;

/** The subject opening a sentence ("China's state-owned investment giant CITIC" runs …): the words before its first verb. */
function sentenceSubject(text: string): string {
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
  const named = subject.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && /^(?:The|A|An|This|That|These|Those|Its|Their)$/.test(w)));
  return named || SOURCE_NOUN.test(subject[subject.length - 1]!) ? cleanSource(subject.join(' ')) : '';
}

/** The noun phrase a relative "who"/"which" refers to: the words before its comma, back to the clause start. */
function antecedentOf(before: string): string {
  const head = before.slice(-200).replace(/\s*(?:who|which)\s*$/i, '').trimEnd();
  if (!head.endsWith(',')) return '';
  const body = head.slice(0, -1);
  const phrase = body.slice(Math.max(...[',', ';', ':', '"', '“', '”', '(', ')'].map((c) => body.lastIndexOf(c))) + 1).trim();
  if (!phrase) return '';
  // The trailing name ("… kowtowing to Donald Trump"), else the trailing noun phrase ("the Mexican president").
  const name = /(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*$/u.exec(phrase)?.[0];
  const np = name ?? /\b(?:the|a|an|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+$/u.exec(phrase)?.[0] ?? '';
  // Only a name or a named body can be a source, not "the day".
  return name || /\b(?:president|minister|officials?|spokes\w+|police|agency|ministry|group|campaign|company|committee|PACs?)$/u.test(np) ? cleanSource(np) : '';
}

/** Words after a cue up to a clause boundary: "according to [the Health Ministry in the Hamas-run territory]". */
function objectAfter(text: string, from: number): string {
  // Ten words fit in 300 characters; the bound keeps many cues in one unpunctuated line linear.
  const rest = text.slice(from, from + 300);
  const stop = /[,;:.!?"”(]|\s[–—-]\s|\s(?:and|but|which|who|while|after|since|as)\s/.exec(rest);
  return cleanSource((stop ? rest.slice(0, stop.index) : rest).split(/\s+/).slice(0, 10).join(' '));
}

/** A clause after the verb that carries no content of its own: ", police said." / "said in an update on Monday." */
function isTrailing(rest: string): boolean {
  const words = rest.replace(/[.!?"”’)\]]+\s*$/, '').trim();
  if (words === '') return true;
  if (/\bthat\b|["“”]/.test(words)) return false;
  const n = words.split(/\s+/).length;
  if (/^(?:in|on|at|to|via|during)\s+(?:a|an|the|his|her|their|its)\s/i.test(words) && n <= 16) return true;
  return n <= 8 && /^(?:on|in|at|to|about|of|late|early|last|this|earlier|later|via|after|before|during|from|told|adding|citing|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(words);
}

const MAX_CUES_PER_SENTENCE = 100;
const HEADLINE_SOURCE = /^(?:Poll|Polls|Survey|Study|Report|Police|Officials|Sources|UN|U\.N\.|WHO|Ministry|Army|Military|Pentagon|Kremlin|Analysts|Experts|Data|Census)$/;

export function findCues(sentence: Sentence, headline: boolean): Cue[] {
  const text = outsideQuotes(sentence);
  const base = sentence.start;
  const cues: Cue[] = [];
  const push = (kind: Cue['kind'], start: number, end: number, cue: string, source: string, scope: CueScope, until = sentence.end): void => {
    // A "sentence" with hundreds of sources is a log or an unpunctuated dump, not prose: capping keeps figures × cues bounded.
    if (cues.length >= MAX_CUES_PER_SENTENCE) return;
    cues.push({ kind, start: base + start, end: base + end, cue, source, scope, until, pronoun: PRONOUNS.has(source.toLowerCase()) });
  };

  // "As reported by Western Journalism, …": a fronted source for the whole sentence.
  for (const m of text.matchAll(/(?:^|[,;]\s*)(as (?:first |previously )?(?:reported|stated|announced|noted|revealed|disclosed) (?:by|in))\s+(?=[\p{Lu}]|the\b)/giu)) {
    const at = m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
    push('according', at, m.index + m[0].length, m[1]!, objectAfter(text, m.index + m[0].length), 'all');
  }
  for (const m of text.matchAll(/\b(according to|citing|quoting|per|based on|courtesy of)\s+(?=[\p{Lu}\p{N}]|the\b|an?\b|his\b|her\b|their\b|its\b|official|local|health|police|hospital|medical|rescue|state|government|military|army)/giu)) {
    const word = m[1]!.toLowerCase();
    // "per" only before a capitalised source ("per Israel"), never "per cent" or "per day".
    if (word === 'per' && !/^\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
    if (word === 'based on' && !/\b(?:tally|count|figures|data|estimate)s?\s+$/i.test(text.slice(0, m.index))) continue;
    push('according', m.index, m.index + m[0].length, m[1]!, objectAfter(text, m.index + m[0].length), 'all');
  }
  const tally =
    /((?:\b[\p{Lu}][\w’'.-]*(?:\s+[\p{Lu}][\w’'.-]*){0,4}|\b(?:the\s+)?(?:ministry|agency|army|military|government|office|police|authorities|officials?|hospital|UN|U\.N\.)(?:['’]s)?))(?:['’]s)?\s+(?:own\s+)?(?:tally|tallies|figures|data|statistics|estimates?|count|census|records)\b|\b(?:tally|tallies|figures|data|statistics|estimates?|report|count)\s+(?:from|by|released by|published by|compiled by|of)\s+(?=[\p{Lu}]|the\b)/gu;
  for (const m of text.matchAll(tally)) {
    const source = m[1] ? cleanSource(m[1]) : objectAfter(text, m.index + m[0].length);
    if (/^(?:The|A|An|This|That|These|Those|Its|Their|His|Her)$/.test(source)) continue;
    push('tally', m.index, m.index + m[0].length, m[0].trim(), source, 'all');
  }
  // "Clinton's claim that 90 percent…", "Berlin's pledge to add almost 7,000 soldiers": the possessor is the source.
  for (const m of text.matchAll(/\b((?:[\p{Lu}][\w’'.-]*)(?:\s+[\p{Lu}][\w’'.-]*){0,3})['’]s\s+(?:own\s+)?(?:claim|claims|assertion|estimate|estimates|argument|statement|prediction|projection|pledge|promise|proposal|proposals|plan|plans|forecast|calculation|count|figures|tally)\b/gu)) {
    push('tally', m.index, m.index + m[0].length, m[0].trim(), cleanSource(m[1]!), 'all');
  }
  // "In the most recent YouGov/Economist survey, 71 percent…": a named poll or report frames the whole sentence.
  for (const m of text.matchAll(/\b(?:in|by|from) (?:a|an|the|its|their|his|her|this|that|[\p{Lu}][\w’'.-]*['’]s) (?:[\w’'/.&-]+ ){0,6}?(?:poll|polls|survey|study|report|analysis|tally|census|audit|filing|filings|statement|index|average|count|estimate|data|figures)\b/giu)) {
    push('tally', m.index, m.index + m[0].length, m[0].trim(), objectAfter(text, m.index + m[0].split(' ')[0]!.length + 1), 'all');
  }
  for (const m of text.matchAll(/\b(reportedly|purportedly|it is (?:reported|said|understood|believed)|(?:is|are|was|were) (?:said|reported) to)\b/gi)) {
    push('vague', m.index, m.index + m[0].length, m[1]!, m[1]!, 'all');
  }
  SPEECH_RE.lastIndex = 0;
  for (let m = SPEECH_RE.exec(text); m && cues.length < MAX_CUES_PER_SENTENCE; m = SPEECH_RE.exec(text)) {
    const at = m.index;
    // Local windows: the tests below look a few words around the verb, and a 1 MB sentence must stay linear.
    const after = text.slice(at + m[0].length, at + m[0].length + 400);
    const before = text.slice(Math.max(0, at - 400), at);
    if (PASSIVE_BEFORE.test(before) && !/^\s+by\b/.test(after)) continue;
    if (NOT_SPEECH_AFTER.test(after)) continue;
    // ", said Lee Epstein, who teaches…": the inverted attribution closes what came before it.
    const inverted =
      INVERTIBLE.test(m[0]) &&
      /[,"”]\s*$/.test(before) &&
      (/^\s+[\p{Lu}]/u.test(after) || /^\s+(?:the|a|an|his|her|their|its|one|another)\s+[\p{L}]/u.test(after) || /^\s+(?:[\p{Ll}-]+\s+){1,3}[\p{Lu}]/u.test(after)) &&
      !/^\s+(?:the\s+|an?\s+)?[\p{Lu}][\w’'-]*\s+(?:that|to)\b/u.test(after) &&
      // "…, said the group would focus on five states": a clause with its own verb follows, so the speaker came before.
      !FINITE_VERB.test(/^[^,.;:!?]*/.exec(after)![0]);
    // "five states", "the reports", "new figures show": a plural noun, not a speech verb.
    if (/s$/.test(m[0]) && !/^(?:says|tells|adds|argues|alleges|boasts)$/.test(m[0]) && NOUN_BEFORE.test(before)) continue;
    if (inverted) {
      push('speech', at, at + m[0].length, m[0], objectAfter(text, at + m[0].length), 'before');
      continue;
    }
    const subject = subjectBefore(text, at);
    // "Gabriel Sherman, who reported that…": a relative pronoun stands for the name before it.
    if (/^(?:who|which)$/i.test(subject.source)) subject.source = antecedentOf(text.slice(Math.max(0, subject.start - 200), subject.start));
    // "CITIC runs an oil field … and says it has…": a verb coordinated with the main clause shares its subject.
    // Only with reported content after it: "the process began in May and concluded Monday" reports nothing.
    if (!subject.source && /\s(?:and|but)\s*$/.test(before) && !isTrailing(after)) subject.source = sentenceSubject(text);
    if (!subject.source || /^(?:that|which|who|and|but|as)$/i.test(subject.source)) continue;
    if (/^(?:\s+[^\s,;.]+){0,6}\s*,/.test(after) && !/^\s+that\b/.test(after) && /,\s*[^,]*$/.test(before)) {
      // A parenthetical ", federal officials said," sources the whole sentence.
      push('speech', at, at + m[0].length, m[0], subject.source, 'all');
    } else if (isTrailing(after) || /^\s*;/.test(after) || (/^\s*\)/.test(after) && before.includes('('))) {
      // "(at one point as low as 19%, Gutin says)", "…, analysts say; in 2012…": a cue closing a parenthesis or a
      // clause sources what came before it.
      push('speech', at, at + m[0].length, m[0], subject.source, 'before');
    } else {
      push('speech', at, at + m[0].length, m[0], subject.source, 'after', quoteCutoff(sentence, text, base + at));
    }
  }
  if (headline) {
    const colon = /:\s*([\p{L}][\p{L}\s.'’-]{1,40})$/u.exec(text.trim());
    if (colon && colon[1]!.trim().split(/\s+/).length <= 4) push('colon', colon.index, colon.index + colon[0].length, ':', colon[1]!.trim(), 'all');
    // "Poll: 3 battleground races are tight": a kind of source before the colon. Names are not taken: "Gaza: …",
    // "New York: …" and "Breaking News: …" are labels, not sources.
    const lead = /^([\p{Lu}][\p{L}.]*):\s/u.exec(text);
    if (lead && HEADLINE_SOURCE.test(lead[1]!)) push('colon', lead[1]!.length, lead[1]!.length + 1, ':', lead[1]!, 'all');
  }
  return cues;
}

/**
 * Speech carried by a direct quote covers the quote, not the reporter's words after it ("warned that embassies were
 * "no longer safe" after the strike that killed seven"), unless the reported speech goes on ("… and that China had…").
 */
function quoteCutoff(sentence: Sentence, text: string, verbAt: number): number {
  const quote = sentence.quotes.filter((q) => q.start > verbAt).pop();
  if (!quote) return sentence.end;
  const rest = text.slice(quote.end - sentence.start);
  if (/^[\s,”"’']*(?:and|but|while)\s+(?:that|said|says|added|adds)\b/.test(rest)) return sentence.end;
  // A quote inside the reported clause ("concluded that "top secret" information was in 22 emails") does not end it.
  return /^[\s”"’']*(?:[,;:.!?)–—-]|$|(?:after|before|when|while|as|since|following|amid|despite|because|during|in|on|at|near)\b)/i.test(rest) ? quote.end : sentence.end;
}

function covers(cue: Cue, at: number): boolean {
  if (cue.scope === 'all') return true;
  if (cue.scope === 'before') return at < cue.start;
  return at > cue.end && at < cue.until;
}

function toAttribution(cue: Cue, kind: Attribution['kind']): Attribution {
  return { kind, source: cue.source, cue: cue.cue, cueSpan: { start: cue.start, end: cue.end } };
}

/** Sentence-level cues of a paragraph, computed once and reused for every figure in it. */
export function paragraphCues(paragraph: Paragraph): Cue[][] {
  return paragraph.sentences.map((s) => findCues(s, paragraph.kind === 'headline'));
}

/**
 * The attribution of a figure at offset `at` in sentence `index` of a paragraph (cues from paragraphCues): in-sentence cues first; a pronoun
 * source ("he added") carries the previous sentence's named source; a trailing ", police said." closing the paragraph
 * sources the sentences before it at a weaker, paragraph-final level.
 */
export function attributeAt(cues: Cue[][], index: number, at: number): Attribution | undefined {
  const own = cues[index]!.filter((c) => covers(c, at));
  const named = own.find((c) => c.kind !== 'vague' && !c.pronoun);
  if (named) return toAttribution(named, named.kind === 'colon' ? 'headline-colon' : 'in-sentence');
  const pronoun = own.find((c) => c.pronoun);
  if (pronoun) {
    const prev = index > 0 ? cues[index - 1]!.find((c) => c.kind !== 'vague' && !c.pronoun) : undefined;
    return prev ? { ...toAttribution(prev, 'carried'), cue: pronoun.cue } : toAttribution(pronoun, 'in-sentence');
  }
  const vague = own.find((c) => c.kind === 'vague');
  if (vague) return toAttribution(vague, 'vague');
  const last = cues.length - 1;
  if (index < last) {
    const closing = cues[last]!.find((c) => c.kind === 'speech' && c.scope === 'before');
    if (closing) return toAttribution(closing, 'paragraph-final');
  }
  return undefined;
}
