// Attribution cues: the words in a sentence that say who a figure comes from, and which part of the sentence they cover.
import type { Sentence } from '../types';
import {
  SPEECH_RE,
  PASSIVE_BEFORE,
  NOT_SPEECH_AFTER,
  INVERTIBLE,
  FINITE_VERB,
  NOUN_BEFORE,
  DOCUMENT_CUE,
  PRONOUNS,
  MAX_CUES_PER_SENTENCE,
  AS_REPORTED_WORDS,
  ACCORDING_WORDS,
  TALLY_WORDS,
  POSSESSIVE_WORDS,
  PLAN_WORDS,
  NAMED_REPORT_WORDS,
  POLLS_WORDS,
  POLL_HAS_WORDS,
  ED_BY,
  REPORTEDLY_WORDS,
  FOLDS_TO_ASCII,
  HEADLINE_SOURCE,
  DOCUMENT_SAYING,
  DOCUMENT_SAYING_WORDS,
  POSSESSED_DATA,
  POSSESSED_DATA_WORDS,
  PRONOUN_OF,
  type Cue,
  type CueScope,
} from './cueWords';
import {
  antecedentOf,
  cleanSource,
  isTrailing,
  objectAfter,
  outsideQuotes,
  sentenceSubject,
  subjectBefore,
} from './phrases';
import { quoteCutoff } from './quoteReach';
import { audienceLength, notAVerb, parentheticalTail, plausibleSubject, showsData } from './cueChecks';

export type { Cue, CueScope } from './cueWords';

export function findCues(sentence: Sentence, headline: boolean): Cue[] {
  const text = outsideQuotes(sentence);
  const base = sentence.start;
  const cues: Cue[] = [];
  const lower = FOLDS_TO_ASCII.test(text) ? undefined : text.toLowerCase();
  const may = (words: RegExp): boolean => lower === undefined || words.test(lower);
  const push = (
    kind: Cue['kind'],
    start: number,
    end: number,
    cue: string,
    source: string,
    scope: CueScope,
    until = sentence.end,
  ): void => {
    // A "sentence" with hundreds of sources is a log or an unpunctuated dump, not prose: capping keeps figures × cues bounded.
    if (cues.length >= MAX_CUES_PER_SENTENCE) return;
    cues.push({
      kind,
      start: base + start,
      end: base + end,
      cue,
      source,
      scope,
      until,
      pronoun: PRONOUNS.has(source.toLowerCase()),
    });
  };

  // "As reported by Western Journalism, …": a fronted source for the whole sentence.
  if (may(AS_REPORTED_WORDS))
    for (const m of text.matchAll(
      /(?:^|[,;]\s*)(as (?:first |previously )?(?:reported|stated|announced|noted|revealed|disclosed) (?:by|in))\s+(?=[\p{Lu}]|the\b)/giu,
    )) {
      const at = m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
      push('according', at, m.index + m[0].length, m[1]!, objectAfter(text, m.index + m[0].length), 'all');
    }
  if (may(ACCORDING_WORDS))
    for (const m of text.matchAll(
      /\b(according to|citing|quoting|per|based on|courtesy of)\s+(?=[\p{Lu}\p{N}]|the\b|an?\b|his\b|her\b|their\b|its\b|official|local|health|police|hospital|medical|rescue|state|government|military|army)/giu,
    )) {
      const word = m[1]!.toLowerCase();
      // "per" only before a capitalised source ("per Israel"), never "per cent" or "per day".
      if (word === 'per' && !/^\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
      if (word === 'based on' && !/\b(?:tally|count|figures|data|estimate)s?\s+$/i.test(text.slice(0, m.index)))
        continue;
      const source = objectAfter(text, m.index + m[0].length);
      // The quick fix's snippet placeholder ("according to source") names no one.
      if (/^(?:the\s+)?(?:source|sources|…|\.\.\.)$/i.test(source)) continue;
      push('according', m.index, m.index + m[0].length, m[1]!, source, 'all');
    }
  // "the $36.5 billion estimated by Forbes": a passive source named after the figure it gives.
  if (may(ED_BY))
    for (const m of text.matchAll(
      /\b(?:estimated|reported|projected|counted|calculated|tallied|compiled|published|cited|disclosed|recorded) by\s+(?=[\p{Lu}]|the\s+[\p{Lu}])/gu,
    )) {
      push('according', m.index, m.index + m[0].length, m[0].trim(), objectAfter(text, m.index + m[0].length), 'all');
    }
  const tally =
    /((?:\b[\p{Lu}][\w’'.-]*(?:\s+[\p{Lu}][\w’'.-]*){0,4}|\b(?:the\s+)?(?:ministry|agency|army|military|government|office|police|authorities|officials?|hospital|UN|U\.N\.)(?:['’]s)?))(?:['’]s)?\s+(?:own\s+)?(?:tally|tallies|figures|data|statistics|estimates?|count|census|records)\b|\b(?:tally|tallies|figures|data|statistics|estimates?|report|count)\s+(?:from|by|released by|published by|compiled by|of)\s+(?=[\p{Lu}]|the\b)/gu;
  if (may(TALLY_WORDS))
    for (const m of text.matchAll(tally)) {
      const source = m[1] ? cleanSource(m[1]) : objectAfter(text, m.index + m[0].length);
      if (/^(?:The|A|An|This|That|These|Those|Its|Their|His|Her)$/.test(source)) continue;
      push('tally', m.index, m.index + m[0].length, m[0].trim(), source, 'all');
    }
  // "Clinton's claim that 90 percent…", "Berlin's pledge to add almost 7,000 soldiers": the possessor is the source.
  if (may(POSSESSIVE_WORDS))
    for (const m of text.matchAll(
      /\b((?:[\p{Lu}][\w’'.-]*)(?:\s+[\p{Lu}][\w’'.-]*){0,3})['’]s\s+(?:own\s+)?(?:claim|claims|assertion|estimate|estimates|argument|statement|prediction|projection|pledge|promise|proposal|proposals|plan|plans|forecast|calculation|count|figures|tally)\b/gu,
    )) {
      push('tally', m.index, m.index + m[0].length, m[0].trim(), cleanSource(m[1]!), 'all');
    }
  // "her plan to sink $30 billion", "their proposal to cut 5 percent": the actor's own plan is theirs.
  if (may(PLAN_WORDS))
    for (const m of text.matchAll(
      /\b(his|her|their|its)\s+(?:own\s+)?(?:plan|plans|proposal|pledge|promise|goal|target|offer|demand|bid)\s+to\b/giu,
    )) {
      // Only the plan itself: "drop its plans to storm Rafah, a town packed with a million people" sources nothing after the comma.
      const end = m.index + m[0].length;
      const clause = /[,;:.!?(]|\s[–—-]\s/.exec(text.slice(end, end + 300));
      push(
        'tally',
        m.index,
        end,
        m[0].trim(),
        m[1]!,
        'after',
        base + end + (clause ? clause.index : Math.min(300, text.length - end)),
      );
    }
  if (may(DOCUMENT_SAYING_WORDS))
    for (const m of text.matchAll(DOCUMENT_SAYING)) {
      const maker = subjectBefore(text, m.index).source;
      const end = m.index + m[0].length;
      push(
        'tally',
        m.index,
        end,
        m[0].trim(),
        plausibleSubject(maker) || m[0].trim(),
        'after',
        quoteCutoff(sentence, text, base + end),
      );
    }
  if (may(POSSESSED_DATA_WORDS))
    for (const m of text.matchAll(POSSESSED_DATA)) {
      const owner = PRONOUN_OF[m[1]!.toLowerCase()] ?? 'it';
      push('tally', m.index, m.index + m[0].length, m[0].trim(), owner, 'all');
    }
  // "In the most recent YouGov/Economist survey, 71 percent…": a named poll or report frames the whole sentence.
  if (may(NAMED_REPORT_WORDS))
    for (const m of text.matchAll(
      /\b(?:in|by|from) (?:a|an|the|its|their|his|her|this|that|[\p{Lu}][\w’'.-]*['’]s) (?:[\w’'/.&-]+ ){0,6}?(?:poll|polls|survey|study|report|analysis|letter|memo|tally|census|audit|filing|filings|statement|index|average|count|estimate|data|figures)\b/giu,
    )) {
      // "led by an average of seven points" is arithmetic, not a polling average that sources the sentence.
      if (/average$/i.test(m[0]) && /^\s+of\b/.test(text.slice(m.index + m[0].length))) continue;
      push(
        'tally',
        m.index,
        m.index + m[0].length,
        m[0].trim(),
        objectAfter(text, m.index + m[0].split(' ')[0]!.length + 1),
        'all',
      );
    }
  // "running third in most Iowa polls", "below 1 percent in recent national polls": polls named without an article.
  if (may(POLLS_WORDS))
    for (const m of text.matchAll(
      /\bin (?:(?:most|many|some|several|all|recent|early|national|state|statewide|public|other|both|two|three|multiple|[\p{Lu}][\p{L}-]*)\s+){1,3}(?:polls|surveys)\b/gu,
    )) {
      push('tally', m.index, m.index + m[0].length, m[0].trim(), 'polls', 'all');
    }
  // Headline register drops the article: "Clinton leads by 10 in new poll", "Trump ahead in latest survey".
  if (headline) {
    for (const m of text.matchAll(
      /\b(?:in|by|from|per) (?:new |latest |recent |national |state )?(?:poll|polls|survey|study|report|tally|census)\b/giu,
    )) {
      push('tally', m.index, m.index + m[0].length, m[0].trim(), m[0].trim().split(' ').slice(1).join(' '), 'all');
    }
  }
  // "Wednesday's Quinnipiac poll has Clinton leading Trump by six points": a poll's own numbers.
  if (may(POLL_HAS_WORDS))
    for (const m of text.matchAll(
      /\b(?:poll|polls|survey|surveys|study|analysis|exit polls?)\s+(?:also\s+)?(?:has|had|gives|gave|puts|put|shows|showed|finds|found|finding)\b/giu,
    )) {
      const subject = subjectBefore(text, m.index + m[0].lastIndexOf(' ') + 1);
      push('tally', m.index, m.index + m[0].length, m[0].trim(), subject.source || 'the poll', 'all');
    }
  if (may(REPORTEDLY_WORDS))
    for (const m of text.matchAll(
      /\b(reportedly|purportedly|it is (?:reported|said|understood|believed)|(?:is|are|was|were) (?:said|reported) to)\b/gi,
    )) {
      push('vague', m.index, m.index + m[0].length, m[1]!, m[1]!, 'all');
    }
  SPEECH_RE.lastIndex = 0;
  for (let m = SPEECH_RE.exec(text); m && cues.length < MAX_CUES_PER_SENTENCE; m = SPEECH_RE.exec(text)) {
    const at = m.index;
    // Local windows: the tests below look a few words around the verb, and a 1 MB sentence must stay linear.
    const after = text.slice(at + m[0].length, at + m[0].length + 400);
    const before = text.slice(Math.max(0, at - 400), at);
    // "is proposing", "are vowing": a progressive is the speaker's own act, not a passive.
    if (PASSIVE_BEFORE.test(before) && !/ing$/.test(m[0]) && !/^\s+by\b/.test(after)) continue;
    if (notAVerb(m[0], before)) continue;
    // "released its list of 25 delegates": the cue already ends on the document, so "of" opens its contents.
    const document = DOCUMENT_CUE.test(m[0]);
    // "won't tell you about …": a speech verb under negation reports nothing.
    if (/\b(?:won['’]t|wouldn['’]t|didn['’]t|don['’]t|doesn['’]t|not|never|refused to|declined to)\s+$/i.test(before))
      continue;
    // "boasted of whittling $25 million off", "warned of 300 job cuts": what they boasted or warned of is theirs.
    const ofSpeech = /^(?:boasted|boasts|bragged|brags|warned|warns)$/.test(m[0]) && /^\s+of\b/.test(after);
    if (NOT_SPEECH_AFTER.test(after) && !document && !ofSpeech) continue;
    // ", said Lee Epstein, who teaches…": the inverted attribution closes what came before it.
    const inverted =
      INVERTIBLE.test(m[0]) &&
      /[,"”]\s*$/.test(before) &&
      (/^\s+[\p{Lu}]/u.test(after) ||
        /^\s+(?:the|a|an|his|her|their|its|one|another)\s+[\p{L}]/u.test(after) ||
        /^\s+(?:[\p{Ll}-]+\s+){1,3}[\p{Lu}]/u.test(after)) &&
      !/^\s+(?:the\s+|an?\s+)?[\p{Lu}][\w’'-]*\s+(?:that|to)\b/u.test(after) &&
      // ", says that Walker …", ", said in an interview Friday that she …": the speaker came before; content follows.
      !/^[^,.;:]{0,80}?\bthat\b/.test(after) &&
      // "…, said the group would focus on five states": a clause with its own verb follows, so the speaker came before.
      !FINITE_VERB.test(/^[^,.;:!?]*/.exec(after)![0]);
    // "five states", "the reports", "new figures show": a plural noun, not a speech verb.
    if (/s$/.test(m[0]) && !/^(?:says|tells|adds|argues|alleges|boasts)$/.test(m[0]) && NOUN_BEFORE.test(before))
      continue;
    if (inverted) {
      push('speech', at, at + m[0].length, m[0], objectAfter(text, at + m[0].length), 'before');
      continue;
    }
    const subject = subjectBefore(text, at);
    // "Gabriel Sherman, who reported that…": a relative pronoun stands for the name before it.
    if (/^(?:who|which)$/i.test(subject.source))
      subject.source = antecedentOf(text.slice(Math.max(0, subject.start - 200), subject.start));
    // "CITIC runs an oil field … and says it has…": a verb coordinated with the main clause shares its subject.
    // Only with reported content after it: "the process began in May and concluded Monday" reports nothing.
    if (!subject.source && /\s(?:and|but)\s*$/.test(before) && !isTrailing(after))
      subject.source = sentenceSubject(text);
    if (!subject.source || /^(?:that|which|who|and|but|as|when|if|while)$/i.test(subject.source)) continue;
    // "Mr. Trump has rallied thousands by promising to impose …": the main clause's subject does the promising.
    if (/ing$/.test(m[0]) && /\b(?:by|after|while|in)\s+$/.test(before))
      subject.source = subject.source.split(MAIN_VERB)[0]!.trim();
    subject.source = plausibleSubject(subject.source);
    if (!subject.source || !showsData(m[0], subject.source, after)) continue;
    if (parentheticalTail(after) && /,\s*[^,]*$/.test(before)) {
      // A parenthetical ", federal officials said," sources the whole sentence.
      push('speech', at, at + m[0].length, m[0], subject.source, 'all');
    } else if (
      (isTrailing(after) && !/\sat$/.test(m[0]) && !document && !ofSpeech) ||
      (/^(?:told|tells)$/.test(m[0]) &&
        /^\s+(?:the\s+)?[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,3}\s*[.!?]?\s*$/u.test(after) &&
        !/\b(?:that|nothing|little|none|no one)\b/.test(after)) ||
      /^\s*;/.test(after) ||
      (/^\s*\)/.test(after) && before.includes('('))
    ) {
      // "(at one point as low as 19%, Gutin says)", "…, analysts say; in 2012…": a cue closing a parenthesis or a
      // clause sources what came before it.
      push('speech', at, at + m[0].length, m[0], subject.source, 'before');
    } else {
      // "Officials said X, but the camp holds 6,320 tents": a new clause after ", but" or ";" is the reporter's again.
      const clause =
        /,\s+but\s+(?=(?:the|a|an|it|he|she|they|we|there|this|that|its|their|his|her|our|no|some|many|most|[\p{Lu}])\b)(?!that\b)/u.exec(
          after,
        );
      const until = Math.min(
        quoteCutoff(sentence, text, base + at),
        clause ? base + at + m[0].length + clause.index : sentence.end,
      );
      const pushed = cues.length;
      push('speech', at, at + m[0].length, m[0], subject.source, 'after', until);
      const audience = audienceLength(m[0], after);
      if (audience > 0 && cues.length > pushed) cues[pushed]!.from = base + at + m[0].length + audience;
    }
  }
  if (headline) {
    const colon = /:\s*([\p{L}][\p{L}\s.'’-]{1,40})$/u.exec(text.trim());
    if (colon && colon[1]!.trim().split(/\s+/).length <= 4)
      push('colon', colon.index, colon.index + colon[0].length, ':', colon[1]!.trim(), 'all');
    // "Poll: 3 battleground races are tight": a kind of source before the colon. Names are not taken: "Gaza: …",
    // "New York: …" and "Breaking News: …" are labels, not sources.
    const lead = /^([\p{Lu}][\p{L}.]*):\s/u.exec(text);
    if (lead && HEADLINE_SOURCE.test(lead[1]!))
      push('colon', lead[1]!.length, lead[1]!.length + 1, ':', lead[1]!, 'all');
  }
  return cues;
}

const MAIN_VERB = /\s+(?:would|will|could|should|may|might|has|have|had|is|are|was|were|did|does|do|also)\b|\s+\w+ed\b/;
