// quote-mismatch: one quotation worded differently, or given to another speaker, in another open report of the story.
// Trims, joins, ellipsis, brackets, case, punctuation and US/UK spelling are the same wording. Within one agency's
// chain or a rewrite of it a rewording is a warning (a misquote to catch); across agencies it is information (two
// translations of one statement differ honestly). The same quote given to two speakers is always a warning.
import speakerWords from './data/speaker-words.json';
import type { DocumentAnalysis } from '../analyze';
import { sameSource } from '../facts/normalise';
import { reportName } from '../facts/table';
import { relation, toRelationInput, type RelationInput } from '../match/versions';
import { articleQuotes, compareQuotes, coveredBy, type ArticleQuote, type QuoteComparison } from '../quotes/index';
import { severityRank, type RelatedLocation, type Severity } from '../types';
import type { Rule, RuleContext } from './rule';

type Issue = 'reworded' | 'speaker';
interface Hit {
  peerId: string;
  report: string;
  quote: ArticleQuote;
  issue: Issue;
  severity: Severity;
  detail: string;
}

/** Per article: its text as version relations read it, built on first need. */
interface QuoteState {
  relationInput?: RelationInput;
}
const inputOf = (state: QuoteState, a: DocumentAnalysis): RelationInput =>
  (state.relationInput ??= toRelationInput(a.model.text));

/** Same agency chain or a rewrite of one report by the other: a rewording there is a misquote to check. */
function sameChain(ctx: RuleContext<unknown, QuoteState>, peer: { id: string; analysis: DocumentAnalysis }): boolean {
  const ka = ctx.analysis.model.meta.agency;
  const kb = peer.analysis.model.meta.agency;
  if (ka && kb && ka === kb) return true;
  // The desk's one relation per pair (cached in the story index); from the two texts only where no desk relates them.
  const kind = (
    ctx.relation?.(peer.id) ?? relation(inputOf(ctx.state, ctx.analysis), inputOf(ctx.stateOf(peer), peer.analysis))
  ).kind;
  return kind === 'version' || kind === 'rewrite';
}

/**
 * A speaker's name words: capitalised, not a phrase opener ("When", "Her"), not a role or title ("Chief Public
 * Relations Officer", "Sgt"), not a possessive ("Reid's rep" is not Reid). None: a role, to be matched to any name.
 */
const NOT_A_NAME = new Set([...speakerWords.notNames, ...speakerWords.titles]);

function nameWords(source: string): string[] {
  return source
    .split(/[^\p{L}’'-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && !/[’']s?$/.test(w) && !NOT_A_NAME.has(w.toLowerCase()))
    .map((w) => w.toLowerCase());
}

/** A speaker worth comparing: one with name words, not a clause ("sources said headway had been made"). */
function namedSpeaker(source: string | undefined): string | undefined {
  if (!source) return undefined;
  if (
    source.trim().split(/\s+/).length > 6 ||
    /\b(?:said|says|told|tells|added|according|like|including|such|and|statement|that|who|which)\b/i.test(source)
  )
    return undefined;
  return nameWords(source).length ? source : undefined;
}

/** Two named speakers who cannot be one person or body: no shared name word ("Netanyahu" ~ "Benjamin Netanyahu"). */
function otherSpeaker(a: string, b: string): boolean {
  if (sameSource(a, b)) return false;
  const nb = new Set(nameWords(b));
  return !nameWords(a).some((w) => nb.has(w));
}

/**
 * Pair comparisons by the two texts (they depend on the two texts only; joins are checked apart); bounded. Nested by
 * text rather than keyed by the joined texts: a joined key was a new long string to hash on every lookup, most of the
 * rule's time at 200 open articles, where each quote's own text keeps its hash.
 */
const byPair = new Map<string, Map<string, QuoteComparison>>();
let pairCount = 0;
const PAIR_LIMIT = 50_000;

function comparison(q: ArticleQuote, y: ArticleQuote): QuoteComparison {
  let row = byPair.get(q.text);
  let c = row?.get(y.text);
  if (c) return c;
  if (pairCount >= PAIR_LIMIT) {
    byPair.clear();
    pairCount = 0;
    row = undefined;
  }
  if (!row) byPair.set(q.text, (row = new Map<string, QuoteComparison>()));
  row.set(y.text, (c = compareQuotes(q.words, y.words)));
  pairCount++;
  return c;
}

/** Not one quote for certain, without the quadratic tests: too few shared content words and too short for an 8-word run. */
function surelyDifferent(q: ArticleQuote, y: ArticleQuote): boolean {
  if (Math.min(q.words.length, y.words.length) >= 8) return false;
  let shared = 0;
  for (const w of q.contentSet) if (y.contentSet.has(w) && ++shared >= 4) return false;
  return true;
}

const shortQuote = (q: ArticleQuote): string => (q.text.length > 70 ? `${q.text.slice(0, 67).trimEnd()}…` : q.text);
const words = (ws: string[]): string => ws.map((w) => `“${w}”`).join(', ');

export const quoteMismatchRule: Rule<unknown, QuoteState> = {
  id: 'quote-mismatch',
  name: 'Quote mismatch',
  description: 'A quotation worded differently, or given to another speaker, in another open report of the same story.',
  docs: 'docs/rules/quote-mismatch.md',
  defaultSeverity: 'warning',
  scope: 'desk',
  init: () => ({}),
  check(ctx, report) {
    if (ctx.peers.length === 0) return;
    const mine = articleQuotes(ctx.analysis);
    if (mine.length === 0) return;
    const mineWords = mine.map((q) => q.words);
    const hits = new Map<ArticleQuote, Hit[]>();
    for (const peer of ctx.peers) {
      const theirs = articleQuotes(peer.analysis);
      if (theirs.length === 0) continue;
      const theirWords = theirs.map((q) => q.words);
      const report = reportName(peer.id, peer.analysis.model.meta);
      for (const q of mine) {
        if (q.content.length < 3) continue;
        for (const y of theirs) {
          if (surelyDifferent(q, y)) continue;
          let c = comparison(q, y);
          if (!c.same) continue;
          // A join of several of the other report's quotes (or of ours) is a trim too.
          if (c.difference === 'reworded' && (coveredBy(q.words, theirWords) || coveredBy(y.words, mineWords)))
            c = { ...c, difference: 'trim' };
          const add = (h: Omit<Hit, 'peerId' | 'report' | 'quote'>): void => {
            const list = hits.get(q) ?? [];
            list.push({ ...h, peerId: peer.id, report, quote: y });
            hits.set(q, list);
          };
          const here = namedSpeaker(q.speaker);
          const there = namedSpeaker(y.speaker);
          if (here && there && otherSpeaker(here, there)) {
            add({ issue: 'speaker', severity: 'warning', detail: `given to ${there} by ${report}, to ${here} here` });
          }
          if (c.difference === 'reworded') {
            const chain = sameChain(ctx, peer);
            const diff = [
              c.onlyA.length ? `here ${words(c.onlyA)}` : '',
              c.onlyB.length ? `${report} ${words(c.onlyB)}` : '',
            ]
              .filter(Boolean)
              .join('; ');
            add({
              issue: 'reworded',
              severity: chain ? 'warning' : 'information',
              detail: chain
                ? `worded differently in ${report}, a version or rewrite of this story${diff ? ` (${diff})` : ''}`
                : `worded differently by ${report}; may be a separate translation${diff ? ` (${diff})` : ''}`,
            });
          }
        }
      }
    }
    for (const [q, list] of hits) {
      list.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
      const severity = list[0]!.severity;
      const related: RelatedLocation[] = list.map((h) => ({
        docId: h.peerId,
        // The quote's first part: a quote running on across paragraphs is joined in `text`, not in the document.
        start: h.quote.start,
        end: h.quote.parts[0]!.end,
        text: h.quote.text.slice(0, h.quote.parts[0]!.end - h.quote.parts[0]!.start),
        report: h.report,
        message: `“${shortQuote(h.quote)}” — ${h.issue === 'speaker' ? `said by ${h.quote.speaker}` : h.detail}`,
      }));
      const details = [...new Set(list.map((h) => h.detail))];
      report({
        severity,
        start: q.start,
        end: q.parts[0]!.end,
        message: `Quote mismatch — ${details.slice(0, 2).join('; ')}${details.length > 2 ? `; and ${details.length - 2} more` : ''}. Check the quote against the source before filing.`,
        related,
        ignore: { kind: 'quote', words: q.words.slice(0, 8).join(' ') },
      });
    }
  },
};
