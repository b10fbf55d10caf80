// How each sentence ties to its neighbours' sources, the way a desk reads them: a source that later sentences may
// continue, and the words by which a sentence continues one ("the poll", "respondents", "of those", "That's …").
import type { Attribution, Paragraph, Sentence } from '../types';
import type { Cue } from './cues';

export interface SentenceLink {
  /** A named source later sentences may continue: never a "per X", a parenthetical or a bare pronoun. */
  source?: Attribution;
  /** The sentence names or describes a poll or survey (its source, or what it refers to). */
  poll: boolean;
  /** It refers back to a source's data ("the poll", "respondents", "of those"); 'open' when it opens with it. */
  refers?: 'open' | 'inside';
  /** It opens with arithmetic on the figure before ("That's about $1 million a day", "Both are …"). */
  arithmetic: boolean;
  /** Poll respondents speak or choose ("Two in three said", "57 percent see"); 'open' when the share opens it. */
  respondents?: 'open' | 'inside';
  /** It opens by sourcing the sentence before: "That's according to …", "The figures come from …". */
  sourcesBefore: boolean;
  /** It states a share or a percentage (poll data: "52 percent", "two in three", "a third"). */
  share: boolean;
  /** Respondents give an opinion ("42 percent say", "Six in 10 voters believe", "By 80%-10%, those surveyed say"). */
  answers: boolean;
  /** It describes a poll's method ("The survey was conducted … by Edison Research"): the poll sources its figures. */
  methodology: boolean;
  /** It ends with a colon: a list follows. */
  colon: boolean;
  /** It is a bulleted or numbered list item. */
  listItem: boolean;
}

// Windows keep a 1 MB sentence linear: every test reads the sentence's first or last few hundred characters.
const HEAD = 240;
const POLL_WORD =
  /\b(?:poll|polls|polled|polling|survey|surveys|surveyed|exit polls?|respondents|margin of (?:sampling )?error|census)\b/i;
const REFERS =
  /\b(?:the|that|this|same|its|their)\s+(?:(?:new|latest|same|recent|full|exit|current|final|official|updated|delegate|vote|[\p{L}]+['’]s)\s+){0,2}(?:poll|polls|survey|surveys|study|report|analysis|data|figures|tally|count|census|estimate|numbers)\b|\b(?:last|this|that|next|the same|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s+(?:(?:week|month|year)['’]s\s+)?(?:poll|survey)\b|\brespondents\b|\b(?:those|people|voters|adults|Americans|Republicans|Democrats|Latinos|women|men)\s+(?:polled|surveyed|questioned|interviewed|sampled)\b|\b[Oo]f (?:those|them|these)\b|\bmargin of (?:sampling )?error\b/iu;
const ARITHMETIC =
  /^\W*(?:(?:That|This|It|Which)(?:['’]s|\s+is|\s+was|\s+works out|\s+amounts|\s+comes|\s+means|\s+would be|\s+equals)\b|(?:Both|Each|Together|Combined|Altogether|In all|In total)\b)/;
const SHARE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of|of)\s+(?:10|ten|\d|three|four|five|six)\b|\d+[- ](?:percentage )?points?\b|\b(?:one|two|three)[- ](?:thirds?|quarters?|fourths?|fifths?)\b|\d\s*(?:percent|per cent|%)|\b(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:[- ]\w+)? percent\b|\b(?:half|a third|a quarter|two-thirds|three-quarters|three quarters|a majority|a plurality)\b/;
const RESPONDENT_VERB =
  /\b(?:earned|earns|won|wins|got|gets|captured|captures|drew|draws|pulled|pulls|prevailed|registered|registers|scored|scores|tied|polled|polls at|stood at|stands at|would (?:vote|support|back|choose|pick)|indicated|indicate|consider|considers|not sure|unsure|beat|beats|tops|topped|edges|edged|(?:were|was) asked|lags|trails|behind|ahead|has|had|have|received|receives|garnered|garners|held|holds|leads|led|lead|trails|trailed|edge|lead|advantage|among (?:[\p{L}-]+ ){0,2}voters|say|says|said|saying|see|sees|saw|think|thinks|thought|believe|believes|want|wants|wanted|prefer|prefers|preferred|support|supports|supported|supporting|back|backed|backing|oppose|opposes|opposed|favor|favors|favored|selected|picked|chose|choose|described|describe|identify|identified|approve|approves|approved|disapprove|view|views|viewed|rated|rate|named|cited|were (?:certain|sure|likely|unlikely|worried|very|less|more|undecided)|are (?:certain|sure|likely|unlikely|less|more|very|undecided)|among (?:likely |registered )?voters|of (?:the )?(?:voters|respondents))\b/u;
const OPINION = String.raw`(?:say|says|said|see|sees|think|thinks|thought|believe|believes|view|views|viewed|approve|approves|approved|disapprove|disapproves|prefer|prefers|want|wants|wanted|oppose|opposes|favor|favors|agree|agrees|disagree|disagrees|expect|expects|describe|described|call themselves|identify as|identified as|told pollsters|tell pollsters|rate|rated|worry|feel|feels|felt|are (?:worried|concerned|confident|satisfied|dissatisfied|optimistic|pessimistic)|were (?:worried|concerned|confident|satisfied|dissatisfied))`;
const ANSWERS = new RegExp(String.raw`(?:${SHARE.source}|\d+%?[-–]\d+%?)[^.;:!?]{0,60}?\b${OPINION}\b`);
const METHODOLOGY =
  /^\W*(?:The|This|That|Their|Its)\s+(?:[\p{L}/&.-]+\s+){0,4}?(?:poll|survey|exit poll|polls|surveys)\s+(?:(?:was|were|is|are)\s+(?:conducted|based|taken|carried out|done|fielded)|(?:had|has|reached|interviewed|questioned|included|sampled|collected|of)\b)|\bmargin of (?:sampling )?error\b|\b(?:conducted|took|fielded) the (?:poll|survey)\b|\b(?:surveyed|polled|interviewed) [\d,]+ (?:[\p{L}-]+ ){0,3}(?:voters|adults|people|residents|Americans|respondents)\b/iu;
const NOT_A_SOURCE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|percent|majority|plurality|those|voters|respondents)\b|\b(?:who|that|which|whom)$|^(?:is|are|was|were)\b/i;
const SOURCES_BEFORE =
  /^\W*(?:(?:That|This|Those|These)(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:all\s+)?according to|(?:The|Those|These|Both)\s+(?:figures?|numbers?|data|estimates?|statistics|findings)\s+(?:come|came|are|were|is)\s+(?:from|according to)|(?:The|Those|These)\s+(?:figures?|numbers?|data|estimates?|statistics|findings)\s+(?:were\s+)?(?:released|published|compiled|reported)\s+by)\b/i;
const LIST_ITEM = /^\s*(?:[-–—•*·]\s|\d{1,2}[.)]\s|\([a-z0-9]\)\s)/;
// Words REFERS and METHODOLOGY cannot match without, looked up in the lower-cased head first: most sentences hold none.
const REFERS_WORDS =
  /poll|survey|study|report|analysis|data|figures|tally|count|census|estimate|numbers|respondents|questioned|interviewed|sampled|of th|margin/;
const METHODOLOGY_WORDS = /poll|survey|margin|interviewed/;
// What SHARE cannot match without (it is case-sensitive, so this runs on the head as written).
const SHARE_WORDS = /\d|one|two|three|four|five|six|seven|eight|nine|percent|half|third|quarter|majority|plurality/;
// Characters that case-insensitive Unicode patterns fold onto ASCII letters (ſ → s, K → k) but toLowerCase keeps.
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** Whether the cue sits inside parentheses opened earlier in its sentence. */
function parenthetical(sentence: Sentence, cue: Cue): boolean {
  const before = sentence.text.slice(Math.max(0, cue.start - sentence.start - HEAD), cue.start - sentence.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

function carryable(sentence: Sentence, cues: Cue[]): Cue | undefined {
  const named = cues.find((c) => c.kind !== 'vague' && c.kind !== 'colon' && !c.pronoun && c.source !== '');
  if (!named || named.cue.toLowerCase() === 'per' || parenthetical(sentence, named)) return undefined;
  // "About four in 10 said", "Voters who say": respondents answering, not a source that later sentences continue.
  if (NOT_A_SOURCE.test(named.source)) return undefined;
  return named;
}

/** Links of every sentence of a paragraph (cues from paragraphCues); offsets as the paragraph's own. */
export function paragraphLinks(paragraph: Paragraph, cues: Cue[][]): SentenceLink[] {
  return paragraph.sentences.map((sentence, i) => {
    const text = sentence.text;
    const head = text.slice(0, HEAD);
    const cue = carryable(sentence, cues[i] ?? []);
    const lower = FOLDS_TO_ASCII.test(head) ? undefined : head.toLowerCase();
    const may = (words: RegExp): boolean => lower === undefined || words.test(lower);
    const refer = may(REFERS_WORDS) ? REFERS.exec(head) : null;
    const share = SHARE_WORDS.test(head) ? SHARE.exec(head) : null;
    const respondents = share && RESPONDENT_VERB.test(head) ? (share.index < 40 ? 'open' : 'inside') : undefined;
    const link: SentenceLink = {
      poll: POLL_WORD.test(head) || (!!cue && POLL_WORD.test(cue.source + ' ' + cue.cue)),
      arithmetic: ARITHMETIC.test(head),
      share: !!share,
      sourcesBefore: !!cue && SOURCES_BEFORE.test(head),
      methodology: may(METHODOLOGY_WORDS) && METHODOLOGY.test(head),
      answers: !!share && ANSWERS.test(head),
      colon: /:\s*$/.test(text.slice(-8)),
      listItem: LIST_ITEM.test(head),
    };
    if (cue)
      link.source = { kind: 'carried', source: cue.source, cue: cue.cue, cueSpan: { start: cue.start, end: cue.end } };
    if (refer) link.refers = refer.index < 30 ? 'open' : 'inside';
    if (respondents) link.respondents = respondents;
    return link;
  });
}
