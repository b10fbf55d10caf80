// Off-thread preparation of stories and articles: everything costly about adding a text to the desk (decoding, the
// text model, claims, story features and shingles) computed where it cannot block the editor (a worker thread), then
// inserted on the main thread in a fraction of the time.
// Insertion goes through the Desk's one way in (`upsert`, `indexStory`, each taking the prepared story);
// test/unit/scale.test.ts checks that both paths give identical matches and findings.
import { Analyzer, type DocumentAnalysis } from '../analyze';
import type { Desk, DeskDocument } from '../desk';
import { decodeArticle } from '../input';
import { factIndex, seedFactIndex, type FactIndex } from '../facts';
import { prepareStory, type MatchMeta, type PreparedStory } from '../match';

export { prepareStory, type PreparedStory };
import { hashText } from '../text/hash';
import { buildArticleModel, type ModelOptions } from '../text/model';
import type { StoryMeta } from '../types';

/** Features kept per story: StoryIndex's default, which the Desk uses. */
export const MAX_FEATURES = 200;

/** An open article prepared off-thread: the analysis the Desk would compute and its matching entry. */
export interface PreparedArticle {
  text: string;
  hash: string;
  analysis: DocumentAnalysis;
  story: PreparedStory;
  /** The article's facts, built off-thread; one message keeps their claims identical to the analysis's. */
  facts?: FactIndex;
}

/** A desk-folder story prepared off-thread. */
export interface PreparedDeskStory {
  text: string;
  hash: string;
  meta: MatchMeta;
  story: PreparedStory;
}

/** The match meta Desk.upsert derives from an article's model (file times never weigh in matching). */
export function articleMatchMeta(m: StoryMeta): MatchMeta {
  const filed = m.filedSource === 'file time' || m.filedSource === 'unknown' ? undefined : m.filed;
  return { agency: m.agency, update: m.update, corrected: m.corrected, dateline: m.dateline, filed, wire: m.wire };
}

/** The match meta StoryFolders passes to Desk.indexStory (the model's meta, as is). */
export function deskStoryMatchMeta(m: Partial<StoryMeta>): MatchMeta {
  return { agency: m.agency, update: m.update, corrected: m.corrected, dateline: m.dateline, filed: m.filed };
}

export type Prepared<T> = { id: string; ok: true; value: T } | { id: string; ok: false; skipped: string };

/** A desk-folder file: decoded, its meta read from the model, its matching entry computed. */
export function prepareDeskStoryBytes(id: string, bytes: Uint8Array, maxBytes: number): Prepared<PreparedDeskStory> {
  const decoded = decodeArticle(bytes, maxBytes);
  if (decoded.skipped !== null) return { id, ok: false, skipped: decoded.skipped };
  return { id, ok: true, value: prepareDeskStory(decoded.text) };
}

export function prepareDeskStory(text: string): PreparedDeskStory {
  const model = buildArticleModel(text);
  const meta = deskStoryMatchMeta(model.meta);
  return { text, hash: hashText(text), meta, story: prepareStory(model, meta) };
}

/** An open article: the analysis (with the worker's own paragraph cache) and its matching entry. */
export function prepareArticle(analyzer: Analyzer, text: string, options: ModelOptions = {}): PreparedArticle {
  const analysis = analyzer.analyze(text, options);
  return {
    text,
    hash: hashText(text),
    analysis,
    story: prepareStory(analysis.model, articleMatchMeta(analysis.model.meta)),
  };
}

export function prepareArticleBytes(
  analyzer: Analyzer,
  id: string,
  bytes: Uint8Array,
  maxBytes: number,
  options: ModelOptions = {},
): Prepared<PreparedArticle> {
  const decoded = decodeArticle(bytes, maxBytes);
  if (decoded.skipped !== null) return { id, ok: false, skipped: decoded.skipped };
  const value = prepareArticle(analyzer, decoded.text, options);
  value.facts = factIndex(id, value.analysis);
  return { id, ok: true, value };
}

// ---- Insertion on the main thread -------------------------------------------------------------------------------

/** Desk.indexStory with the features already computed. */
export function indexPrepared(desk: Desk, id: string, p: PreparedDeskStory): void {
  desk.indexStory(id, p.text, {}, p);
}

/** Desk.upsert with the analysis already computed; the paragraphs' claims seed the Desk's cache so the first edit is cheap. */
export function upsertPrepared(desk: Desk, id: string, p: PreparedArticle): DeskDocument {
  const doc = desk.upsert(id, p.text, {}, p);
  if (p.facts && doc.analysis === p.analysis) seedFactIndex(p.analysis, p.facts);
  return doc;
}
