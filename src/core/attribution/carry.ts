// Sources in reach across sentences and paragraphs, the way a desk reads them. A source carries forward only while the
// following sentences continue its data (they refer back to it, poll respondents answer, arithmetic on its figure, list
// items after a colon); a paragraph break stops it unless the new paragraph opens with such a reference; a "per X" or
// parenthetical source never carries. A run of poll results closed by the poll's own description is the poll's.
import type { Attribution, FigureClaim, Paragraph } from '../types';
import type { SentenceLink } from './links';
import { backfill, dataKey, distance, MAX_RUN, mayCarry, shifted, unsourced, type Open } from './carryParts';
import { sameDataAfter, sameDataBefore, sentenceData, viaOf, type SentenceData } from './carryAdjacent';

export interface ParagraphClaims {
  paragraph: Paragraph;
  claims: FigureClaim[];
  links: SentenceLink[];
  /** Shift from the offsets the links were computed at to the paragraph's current ones. */
  delta: number;
}

/** Claims of the whole document with carried sources filled in; the claims given are not mutated. Linear. */
export function carrySources(paragraphs: ParagraphClaims[]): FigureClaim[] {
  const out: FigureClaim[] = [];
  let open: Open | undefined;
  /** Inside a list opened by a colon: items keep the source while they stay items. */
  let listOpen = false;
  let prevSourced = false;
  /** Where the sentence before starts in `out`. */
  let prevFrom = 0;
  let prevShare = false;
  /** A source introducing the next paragraph with a colon, and the source covering the current paragraph that way. */
  let colonSource: Attribution | undefined;
  let block: Attribution | undefined;
  let questions = false;
  let answer = false;
  /** A poll or survey has been named: respondents' answers later in the story are its data. */
  let pollSeen = false;
  /** What the sourced figures of the sentence before count, as 'kind:noun', with their source. */
  let prevData = new Map<string, Attribution>();
  /** The sentence before, for "the same data" across a paragraph break or by shared words (carryAdjacent.ts). */
  let prev: SentenceData | undefined;
  /** Poll-result sentences since the last break: [first claim index in out, claim count, global sentence index]. */
  let run: [number, number, number][] = [];
  let g = 0;
  /** A poll named earlier whose data the text keeps giving: its percentages are the poll's while they go on. */
  let frame: { at: number; source: string } | undefined;
  // "Poll: Trump a big turnoff for Florida Latinos": a story framed by a poll gives its respondents' answers to that poll.
  const top = paragraphs[0];
  const framed =
    !!top &&
    (top.paragraph.kind === 'headline' || top.paragraph.text.split(/\s+/).length <= 16) &&
    top.links.some((l) => l.poll);
  for (const { paragraph, claims, links, delta } of paragraphs) {
    let ci = 0;
    // An interview printed as questions and answers: from "A:" to the next "Q:" the interviewee speaks.
    const lead = paragraph.text.slice(0, 3);
    if (/^Q[:.]\s/.test(lead)) answer = false;
    else if (/^A[:.]\s/.test(lead) && questions) answer = true;
    questions ||= /^Q[:.]\s/.test(lead);
    paragraph.sentences.forEach((sentence, si) => {
      const link = links[si];
      const from = out.length;
      while (ci < claims.length && claims[ci]!.sentence.start <= sentence.start) out.push(claims[ci++]!);
      if (!link) return void g++;
      const first = si === 0;
      // "Fox News reports:" closing a paragraph: the paragraph after it is what the source reports.
      if (first) block = colonSource;
      colonSource =
        link.colon && link.source && si === paragraph.sentences.length - 1 ? shifted(link.source, delta) : undefined;
      const stamp =
        first && !link.listItem && paragraph.sentences.length === 1 && sentence.text.trim().split(/\s+/).length <= 4;
      let continues = false;
      if (open && !stamp) {
        continues = first
          ? link.refers === 'open' ||
            (link.arithmetic && prevSourced) ||
            (open.poll && (link.respondents === 'open' || link.methodology)) ||
            (listOpen && link.listItem)
          : !!link.refers ||
            (link.arithmetic && prevSourced) ||
            (open.poll && (!!link.respondents || link.methodology)) ||
            listOpen;
      }
      const methodology = link.methodology && link.poll;
      pollSeen ||= link.poll;
      // This sentence as the sentence after sees it; its own sources are filled in once its claims are resolved.
      const own = sentenceData(out, from, stamp || paragraph.kind === 'headline', link, sentence.text);
      let adjacent: Attribution | undefined;
      for (let i = from; i < out.length; i++) {
        const c = out[i]!;
        if (!unsourced(c)) continue;
        if (answer) {
          out[i] = {
            ...c,
            attribution: {
              kind: 'carried',
              source: 'the interviewee',
              cue: 'A:',
              via: 'the interviewee’s answer (Q&A)',
            },
          };
        } else if (block) {
          out[i] = {
            ...c,
            attribution: {
              ...block,
              kind: 'carried',
              via: `${block.source}, introduced by the colon before this paragraph`,
            },
          };
        } else if (methodology) {
          const source = open?.poll ? open.attribution.source : 'the poll';
          out[i] = {
            ...c,
            attribution: {
              kind: 'in-sentence',
              source,
              cue: 'poll method',
              via: 'the poll’s own description of its method',
            },
          };
        } else if (continues && open) {
          const what = open.poll ? 'the poll' : open.attribution.source;
          out[i] = {
            ...c,
            attribution: { ...open.attribution, kind: 'carried', via: `${what} named ${distance(g - open.at, 'up')}` },
          };
        } else if (!first && prevData.has(dataKey(c))) {
          const a = prevData.get(dataKey(c))!;
          out[i] = {
            ...c,
            attribution: { ...a, kind: 'carried', via: `${a.source} in the sentence before, giving the same data` },
          };
        } else if ((adjacent = sameDataBefore(c, prev, own))) {
          out[i] = {
            ...c,
            attribution: { ...adjacent, kind: 'carried', via: viaOf(adjacent, 'before') },
          };
        } else if (frame && (c.figure.kind === 'percent' || c.figure.kind === 'share') && link.share) {
          out[i] = {
            ...c,
            attribution: {
              kind: 'carried',
              source: frame.source,
              cue: 'poll',
              via: `the poll named ${distance(g - frame.at, 'up')}`,
            },
          };
        } else if (pollSeen && link.answers && (c.figure.kind === 'percent' || c.figure.kind === 'share')) {
          out[i] = {
            ...c,
            attribution: {
              kind: 'carried',
              source: 'the poll',
              cue: 'respondents',
              via: 'respondents of the poll named earlier',
            },
          };
        } else if (framed && link.respondents && g > 0) {
          out[i] = {
            ...c,
            attribution: { kind: 'carried', source: 'the poll', cue: 'headline', via: 'the poll the headline names' },
          };
        }
      }
      // "That's according to the Brookings Institution.": the source of the sentence just before, in its paragraph.
      if (link.sourcesBefore && link.source && si > 0) {
        for (let i = prevFrom; i < from; i++) {
          const c = out[i]!;
          if (unsourced(c))
            out[i] = {
              ...c,
              attribution: {
                ...shifted(link.source, delta),
                kind: 'carried',
                via: `${link.source.source} named in the sentence after`,
              },
            };
        }
      }
      // The sentence after names the source of the same data: "Clinton led by nearly 300 delegates. … according to an AP count of delegates."
      const namesPoll =
        link.poll &&
        (link.refers === 'open' ||
          (!!link.source &&
            /^(?:The|This|That)\s.*\b(?:poll|survey)$/.test(link.source.source) &&
            /^\W*(?:The|This|That)\s[^.]{0,60}\b(?:poll|survey)\s+also\b/.test(sentence.text)));
      if (si > 0 || namesPoll) backfill(out, prevFrom, from, namesPoll, link, prevShare, si > 0);
      // Sources named in this sentence are known before its claims are resolved: the same data serves the sentence before.
      const here = own;
      if (prev) sameDataAfter(out, prev, here);
      // A run of poll results closed by the poll's description: "The survey was conducted … by Edison Research."
      if (methodology) {
        for (const [start, count, at] of run) {
          for (let i = start; i < start + count; i++) {
            const c = out[i]!;
            if (unsourced(c))
              out[i] = {
                ...c,
                attribution: {
                  kind: 'carried',
                  source: 'the poll',
                  cue: 'poll method',
                  via: `the poll described ${distance(g - at, 'down')}`,
                },
              };
          }
        }
        run = [];
      } else if (link.respondents) {
        run.push([from, out.length - from, g]);
        if (run.length > MAX_RUN) run.shift();
      } else if (stamp || out.slice(from).some(unsourced)) run = [];
      // The frame holds while sentences keep giving shares or naming the poll; a paragraph without either ends it.
      if (link.poll) frame = { at: g, source: link.source?.source ?? frame?.source ?? 'the poll' };
      else if (!link.share && (first || out.slice(from).some(unsourced))) frame = undefined;
      if (link.source) open = { attribution: shifted(link.source, delta), poll: link.poll, at: g };
      else if (methodology)
        open = open?.poll
          ? open
          : { attribution: { kind: 'carried', source: 'the poll', cue: 'poll method' }, poll: true, at: g };
      else if (!continues) open = undefined;
      listOpen = link.colon || (listOpen && link.listItem);
      prevFrom = from;
      prevShare = link.share;
      prevSourced = out.slice(from).some((c) => !!c.attribution && c.attribution.kind !== 'vague');
      prevData = new Map();
      prev = here;
      // Only from a source that may carry (never "per X" or a parenthesis), and only the data it gave.
      for (const c of out.slice(from))
        if (c.attribution && mayCarry(c) && !c.nonClaim && !c.inQuote) prevData.set(dataKey(c), c.attribution);
      g++;
    });
    while (ci < claims.length) out.push(claims[ci++]!);
  }
  return out;
}
