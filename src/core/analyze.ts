// The single-document pipeline: text model (cheap, every time), then per-paragraph claims from a cache keyed by the
// paragraph's text hash, so an edit re-analyses only the paragraph it touched.
import { LruCache } from './cache';
import { paragraphClaims } from './claims';
import { buildArticleModel, type ModelOptions } from './text/model';
import type { ArticleModel, FigureClaim, Paragraph } from './types';

export interface DocumentAnalysis {
  model: ArticleModel;
  claims: FigureClaim[];
}

function shiftClaim(claim: FigureClaim, delta: number, paragraphIndex: number): FigureClaim {
  if (delta === 0 && claim.paragraphIndex === paragraphIndex) return claim;
  const span = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
  const figure = span(claim.figure);
  if (figure.nounSpan) figure.nounSpan = span(figure.nounSpan);
  const sentence = { ...span(claim.sentence), quotes: claim.sentence.quotes.map(span) };
  const attribution = claim.attribution?.cueSpan ? { ...claim.attribution, cueSpan: span(claim.attribution.cueSpan) } : claim.attribution;
  return { ...claim, figure, sentence, attribution, paragraphIndex };
}

export class Analyzer {
  /** Claims per paragraph key, with offsets as computed at the paragraph's first sighting (`origin`). */
  private readonly cache = new LruCache<string, { origin: number; claims: FigureClaim[] }>(20_000);
  hits = 0;
  misses = 0;

  analyze(text: string, options: ModelOptions = {}): DocumentAnalysis {
    const model = buildArticleModel(text, options);
    const claims = model.paragraphs.flatMap((p, i) => this.claimsOf(p, i));
    return { model, claims };
  }

  /** Puts an analysis made elsewhere (a worker thread) into the cache, so the first edit of that text is cheap. */
  seed(analysis: DocumentAnalysis): void {
    analysis.model.paragraphs.forEach((paragraph, i) => {
      if (this.cache.get(paragraph.key)) return;
      this.cache.set(paragraph.key, { origin: paragraph.start, claims: analysis.claims.filter((c) => c.paragraphIndex === i) });
    });
  }

  private claimsOf(paragraph: Paragraph, index: number): FigureClaim[] {
    const cached = this.cache.get(paragraph.key);
    if (cached) {
      this.hits++;
      return cached.claims.map((c) => shiftClaim(c, paragraph.start - cached.origin, index));
    }
    this.misses++;
    const claims = paragraphClaims(paragraph, index);
    this.cache.set(paragraph.key, { origin: paragraph.start, claims });
    return claims;
  }
}
