// Groups for attributionMisses.ts: whether a PolNeAR attribution has a cue the desk accepts (the same test as
// score_figures.py's SOURCE_CUE), and what kind of attribution a flagged figure inside its Content span sits in.
import { SPEECH_RE } from '../src/core/attribution/cueWords';
import type { Sentence } from '../src/core/types';

export type Span2 = [number, number];
export interface Polnear {
  type: string;
  source: Span2[];
  cue: Span2[];
  content: Span2[];
}

// score_figures.py's SOURCE_CUE, word for word: a cue the desk accepts (speech, a report, a document, evidence).
const SOURCE_CUE = new RegExp(
  '\\b(?:' +
    [
      'sa(?:y|ys|id|ying)',
      't[eo]l(?:l|ls|d|ling)',
      'report\\w*',
      'accord\\w*',
      'announc\\w*',
      'stat(?:e|ed|es|ing|ement)\\w*',
      'add(?:s|ed|ing)?',
      'not(?:e|ed|es|ing)',
      'wr(?:ite|ites|ote|itten|iting)',
      'tweet\\w*',
      'claim\\w*',
      'estimat\\w*',
      'show\\w*',
      'f(?:ind|inds|ound|inding)\\w*',
      'poll\\w*',
      'survey\\w*',
      'data',
      'record\\w*',
      'figures?',
      'confirm\\w*',
      'count\\w*',
      'project\\w*',
      'predict\\w*',
      'calculat\\w*',
      'releas\\w*',
      'publish\\w*',
      'cit(?:e|ed|es|ing)',
      'indicat\\w*',
      'suggest\\w*',
      'reveal\\w*',
      'disclos\\w*',
      'testif\\w*',
      'argu\\w*',
      'insist\\w*',
      'explain\\w*',
      'describ\\w*',
      'warn\\w*',
      'list\\w*',
      'quot\\w*',
      'ask\\w*',
      'respond\\w*',
      'repl\\w*',
      'alleg\\w*',
      'acknowledg\\w*',
      'admit\\w*',
      'boast\\w*',
      'brag\\w*',
      'point\\w* out',
      'mention\\w*',
      'fil(?:e|ed|es|ing|ings)',
      'document\\w*',
      'outlin\\w*',
      'uncover\\w*',
      'unveil\\w*',
      'detail\\w*',
      'put\\w*',
      'plac\\w*',
      'rat(?:e|ed|es|ing)',
      'rank\\w*',
      'accus\\w*',
      'charg\\w*',
      'contend\\w*',
      'assert\\w*',
      'maintain\\w*',
      'stress\\w*',
      'emphasi\\w*',
      'conclud\\w*',
      'determin\\w*',
      'measur\\w*',
      'track\\w*',
      'tall(?:y|ied|ies)',
      'gave',
      'giv\\w*',
      'provid\\w*',
      'offer\\w* figures',
      'pledg\\w*',
      'promis\\w*',
      'vow\\w*',
      'propos\\w*',
      'forecast\\w*',
      'expect\\w* by',
      'sources?',
      'officials?',
      'study',
      'studies',
      'analys\\w*',
      'research\\w*',
      'statistic\\w*',
      'census',
      'audit\\w*',
      'review\\w*',
      'memo\\w*',
      'letter',
      'speech',
      'interview\\w*',
      'press',
      'post(?:ed|s|ing)?',
      'joked?',
      'recall\\w*',
      'hint\\w*',
    ].join('|') +
    ')\\b',
  'i',
);

const spanText = (text: string, spans: Span2[]): string => spans.map(([s, e]) => text.slice(s, e)).join(' ');

export function isStrongCue(text: string, a: Polnear): boolean {
  return a.type === 'Attribution' && SOURCE_CUE.test(spanText(text, a.cue));
}

const NOUN_CUE =
  /\b(?:data|figures?|estimates?|polls?|surveys?|study|studies|statistics|records|census|analysis|report|tally|count|numbers)\b/;

/** What kind of attribution a flagged figure sits in: the first test that fits names the group. */
export function missGroup(text: string, a: Polnear, figureAt: number, sentence: Sentence): string {
  const cue = spanText(text, a.cue).toLowerCase().replace(/\s+/g, ' ').trim();
  const cueStart = Math.min(...a.cue.map((c) => c[0]));
  const source = spanText(text, a.source).trim();
  if (/according/.test(cue)) return 'according to';
  if (cueStart < sentence.start) return 'cue in an earlier sentence';
  if (cueStart >= sentence.end) return 'cue in a later sentence';
  if (/\bby\b/.test(cue) || /\b(?:is|are|was|were|been|being)\b/.test(cue)) return 'passive / by';
  if (cueStart > figureAt) return source ? 'cue after the figure' : 'cue after the figure, no source span';
  if (!source) return 'no source span';
  if (/\b(?:would|could|might|if|may)\b/.test(cue)) return 'conditional cue';
  const between = text.slice(cueStart, figureAt);
  if (/[:"“”]/.test(between)) return 'colon or quote between cue and figure';
  if (NOUN_CUE.test(cue)) return `noun cue: ${cue}`;
  SPEECH_RE.lastIndex = 0;
  if (!SPEECH_RE.test(cue)) return `cue not known: ${cue}`;
  return figureAt - cueStart > 150 ? 'known cue, long content' : `known cue, not linked: ${cue}`;
}
