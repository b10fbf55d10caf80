// Attribution: which words in a sentence say who a figure comes from, and which part of the sentence they cover.
import type { Attribution, Paragraph } from '../types';
import { type Cue, findCues } from './cues';

export { type Cue, type CueScope, findCues } from './cues';

function covers(cue: Cue, at: number): boolean {
  if (cue.scope === 'all') return true;
  if (cue.scope === 'before') return at < cue.start;
  return at > (cue.from ?? cue.end) && at < cue.until;
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
