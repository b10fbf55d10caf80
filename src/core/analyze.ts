// The single-document pipeline: text model (cheap, every time), then per-paragraph claims from a cache keyed by the
// paragraph's text hash, so an edit re-analyses only the paragraph it touched; sources carried across sentences are
// then resolved over the whole document from each paragraph's cached links (linear, no re-parsing).
import { LruCache } from './cache';
import { paragraphCues } from './attribution/index';
import { carrySources } from './attribution/carry';
import { paragraphLinks, type SentenceLink } from './attribution/links';
import { paragraphClaims } from './claims';
import { buildArticleModel, type ModelOptions } from './text/model';
import type { ArticleModel, FigureClaim, Paragraph } from './types';

export interface DocumentAnalysis {
  model: ArticleModel;
  claims: FigureClaim[];
}

interface CacheEntry {
  origin: number;
  claims: FigureClaim[];
  links?: SentenceLink[];
}

function shiftClaim(claim: FigureClaim, delta: number, paragraphIndex: number): FigureClaim {
  if (delta === 0 && claim.paragraphIndex === paragraphIndex) return claim;
  const span = <T extends { start: number; end: number }>(s: T): T => ({
    ...s,
    start: s.start + delta,
    end: s.end + delta,
  });
  const figure = span(claim.figure);
  if (figure.nounSpan) figure.nounSpan = span(figure.nounSpan);
  const sentence = { ...span(claim.sentence), quotes: claim.sentence.quotes.map(span) };
  const attribution = claim.attribution?.cueSpan
    ? { ...claim.attribution, cueSpan: span(claim.attribution.cueSpan) }
    : claim.attribution;
  return { ...claim, figure, sentence, attribution, paragraphIndex };
}

/** A claim as its paragraph alone makes it: sources carried in from other sentences (marked by `via`) are dropped. */
function local(claim: FigureClaim): FigureClaim {
  if (!claim.attribution?.via) return claim;
  const { attribution: _carried, ...rest } = claim;
  return rest;
}

export class Analyzer {
  /** Claims per paragraph key, with offsets as computed at the paragraph's first sighting (`origin`). */
  private readonly cache = new LruCache<string, CacheEntry>(20_000);
  hits = 0;
  misses = 0;

  analyze(text: string, options: ModelOptions = {}): DocumentAnalysis {
    const model = buildArticleModel(text, options);
    const parts = model.paragraphs.map((p, i) => {
      const entry = this.entryOf(p, i);
      return {
        paragraph: p,
        claims: entry.claims.map((c) => shiftClaim(c, p.start - entry.origin, i)),
        links: entry.links!,
        delta: p.start - entry.origin,
      };
    });
    return { model, claims: carrySources(parts) };
  }

  /** Puts an analysis made elsewhere (a worker thread) into the cache, so the first edit of that text is cheap. */
  seed(analysis: DocumentAnalysis): void {
    analysis.model.paragraphs.forEach((paragraph, i) => {
      if (this.cache.get(paragraph.key)) return;
      this.cache.set(paragraph.key, {
        origin: paragraph.start,
        claims: analysis.claims.filter((c) => c.paragraphIndex === i).map(local),
      });
    });
  }

  private entryOf(paragraph: Paragraph, index: number): CacheEntry {
    const cached = this.cache.get(paragraph.key);
    if (cached) {
      this.hits++;
      // Seeded entries carry claims only: their links are made once, on first use.
      if (!cached.links) {
        const original = atOrigin(paragraph, cached.origin);
        cached.links = paragraphLinks(original, paragraphCues(original));
      }
      return cached;
    }
    this.misses++;
    const cues = paragraphCues(paragraph);
    const entry = {
      origin: paragraph.start,
      claims: paragraphClaims(paragraph, index, cues),
      links: paragraphLinks(paragraph, cues),
    };
    this.cache.set(paragraph.key, entry);
    return entry;
  }
}

/** The paragraph as it stood at `origin` (seeded cache entries keep their first offsets). */
function atOrigin(paragraph: Paragraph, origin: number): Paragraph {
  const delta = origin - paragraph.start;
  if (delta === 0) return paragraph;
  const span = <T extends { start: number; end: number }>(s: T): T => ({
    ...s,
    start: s.start + delta,
    end: s.end + delta,
  });
  return {
    ...span(paragraph),
    sentences: paragraph.sentences.map((s) => ({ ...span(s), quotes: s.quotes.map(span) })),
    quotes: paragraph.quotes.map(span),
  };
}
