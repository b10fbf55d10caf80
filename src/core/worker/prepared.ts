// Off-thread preparation of stories and articles: everything costly about adding a text to the desk (decoding, the
// text model, claims, story features and shingles) computed where it cannot block the editor (a worker thread), then
// inserted on the main thread in a fraction of the time.
//
// The insert helpers below prefer official entry points (`Desk.indexPrepared`, `Desk.upsertPrepared`,
// `StoryIndex.upsertPrepared`) when those exist. Until they are wired, they reach into the Desk's and the
// StoryIndex's private state with the exact steps of `Desk.indexStory`/`Desk.upsert`/`StoryIndex.upsert` after
// extraction; test/unit/scale.test.ts checks that both paths give identical matches and findings. When the expected
// internals are missing, they fall back to the ordinary (slower, same-result) calls.
import { Analyzer, type DocumentAnalysis } from '../analyze';
import type { Desk, DeskDocument } from '../desk';
import { decodeArticle } from '../input';
import { extractFeatures, shingles, type MatchMeta, type Shingles, type WireMeta } from '../match';
import { hashText } from '../text/hash';
import { buildArticleModel, type ModelOptions } from '../text/model';
import type { FigureClaim, StoryMeta } from '../types';

/** Features kept per story: StoryIndex's default, which the Desk uses. */
export const MAX_FEATURES = 200;

/** A story's matching entry, computed without the index: feature keys and raw weights, wire meta, filing day, shingles. */
export interface PreparedStory {
  maxFeatures: number;
  /** Feature keys in extraction order (the order the index interns them) and their raw weights. */
  keys: string[];
  weights: number[];
  wire: WireMeta;
  /** Filing day (days since 1970), NaN when unknown. */
  day: number;
  shingles: Shingles;
}

/** An open article prepared off-thread: the analysis the Desk would compute and its matching entry. */
export interface PreparedArticle {
  text: string;
  hash: string;
  analysis: DocumentAnalysis;
  story: PreparedStory;
}

/** A desk-folder story prepared off-thread. */
export interface PreparedDeskStory {
  text: string;
  hash: string;
  meta: MatchMeta;
  story: PreparedStory;
}

/** Exactly what StoryIndex.upsert computes before it touches the index. */
export function prepareStory(text: string, meta: MatchMeta = {}, maxFeatures = MAX_FEATURES): PreparedStory {
  const f = extractFeatures(text, maxFeatures);
  const keys: string[] = [];
  const weights: number[] = [];
  for (const [k, w] of f.weights) {
    keys.push(k);
    weights.push(w);
  }
  const wire: WireMeta = {
    agency: meta.agency ?? f.meta.agency,
    update: meta.update ?? f.meta.update,
    corrected: meta.corrected ?? f.meta.corrected,
    dateline: meta.dateline?.toLowerCase() ?? f.meta.dateline,
  };
  const day = meta.filed ? Math.floor(Date.parse(meta.filed.slice(0, 10)) / 86_400_000) : NaN;
  return { maxFeatures, keys, weights, wire, day, shingles: shingles(f.stems) };
}

/** The match meta Desk.upsert derives from an article's model (file times never weigh in matching). */
export function articleMatchMeta(m: StoryMeta): MatchMeta {
  const filed = m.filedSource === 'file time' || m.filedSource === 'unknown' ? undefined : m.filed;
  return { agency: m.agency, update: m.update, corrected: m.corrected, dateline: m.dateline, filed };
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
  const meta = deskStoryMatchMeta(buildArticleModel(text).meta);
  return { text, hash: hashText(text), meta, story: prepareStory(text, meta) };
}

/** An open article: the analysis (with the worker's own paragraph cache) and its matching entry. */
export function prepareArticle(analyzer: Analyzer, text: string, options: ModelOptions = {}): PreparedArticle {
  const analysis = analyzer.analyze(text, options);
  return { text, hash: hashText(text), analysis, story: prepareStory(text, articleMatchMeta(analysis.model.meta)) };
}

export function prepareArticleBytes(analyzer: Analyzer, id: string, bytes: Uint8Array, maxBytes: number, options: ModelOptions = {}): Prepared<PreparedArticle> {
  const decoded = decodeArticle(bytes, maxBytes);
  if (decoded.skipped !== null) return { id, ok: false, skipped: decoded.skipped };
  return { id, ok: true, value: prepareArticle(analyzer, decoded.text, options) };
}

// ---- Insertion on the main thread -------------------------------------------------------------------------------

/* eslint-disable @typescript-eslint/no-explicit-any */
type Loose = Record<string, any>;

function indexInternalsOk(index: Loose, p: PreparedStory): boolean {
  return (
    typeof index.intern === 'function' &&
    typeof index.remove === 'function' &&
    index.byId instanceof Map &&
    Array.isArray(index.slots) &&
    Array.isArray(index.freeSlots) &&
    Array.isArray(index.postings) &&
    Array.isArray(index.df) &&
    index.normCache instanceof Map &&
    index.maxFeatures === p.maxFeatures
  );
}

function deskInternalsOk(desk: Loose): boolean {
  return desk.docs instanceof Map && desk.background instanceof Map && desk.stories !== undefined && desk.analyzer !== undefined;
}

/** StoryIndex.upsert after extraction: one intern per key, postings appended, norms invalidated. */
function insertIntoIndex(index: Loose, id: string, p: PreparedStory): void {
  if (typeof index.upsertPrepared === 'function') {
    index.upsertPrepared(id, p);
    return;
  }
  index.remove(id);
  const pairs: [number, number][] = [];
  for (let i = 0; i < p.keys.length; i++) pairs.push([index.intern(p.keys[i]), p.weights[i]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  const slot: number = index.freeSlots.pop() ?? index.slots.length;
  const vec = { fids: Int32Array.from(pairs, (q) => q[0]), w: Float32Array.from(pairs, (q) => q[1]) };
  const entry = { id, slot, vec, meta: p.wire, shingles: p.shingles, day: p.day };
  index.slots[slot] = entry;
  index.byId.set(id, entry);
  for (let i = 0; i < vec.fids.length; i++) {
    const posting = index.postings[vec.fids[i]!];
    posting.slots.push(slot);
    posting.w.push(vec.w[i]);
    index.df[vec.fids[i]!]++;
  }
  index.normCache = new Map();
}

/** Desk.indexStory with the features already computed. */
export function indexPrepared(desk: Desk, id: string, p: PreparedDeskStory): void {
  const d = desk as unknown as Loose;
  if (typeof d.indexPrepared === 'function') {
    d.indexPrepared(id, p);
    return;
  }
  if (!deskInternalsOk(d) || !(typeof d.stories.upsertPrepared === 'function' || indexInternalsOk(d.stories, p.story))) {
    desk.indexStory(id, p.text, p.meta as Partial<StoryMeta>);
    return;
  }
  if (d.background.get(id) === p.hash) return;
  d.background.set(id, p.hash);
  if (d.docs.has(id)) return;
  insertIntoIndex(d.stories, id, p.story);
}

/** Desk.upsert with the analysis already computed; the paragraphs' claims seed the Desk's cache so the first edit is cheap. */
export function upsertPrepared(desk: Desk, id: string, p: PreparedArticle, options: ModelOptions = {}): DeskDocument {
  const d = desk as unknown as Loose;
  if (typeof d.upsertPrepared === 'function') return d.upsertPrepared(id, p) as DeskDocument;
  if (!deskInternalsOk(d) || !(typeof d.stories.upsertPrepared === 'function' || indexInternalsOk(d.stories, p.story))) return desk.upsert(id, p.text, options);
  const existing = d.docs.get(id) as DeskDocument | undefined;
  if (existing && existing.hash === p.hash) return existing;
  const doc: DeskDocument = { id, text: p.text, hash: p.hash, analysis: p.analysis };
  d.docs.set(id, doc);
  insertIntoIndex(d.stories, id, p.story);
  seedClaimCache(d.analyzer, p.analysis);
  return doc;
}

/** Puts each paragraph's claims in the Analyzer's cache, as Analyzer.claimsOf would have on a miss. */
function seedClaimCache(analyzer: Loose, analysis: DocumentAnalysis): void {
  const cache = analyzer.cache;
  if (!cache || typeof cache.set !== 'function' || typeof cache.get !== 'function') return;
  const byParagraph = new Map<number, FigureClaim[]>();
  for (const c of analysis.claims) {
    let list = byParagraph.get(c.paragraphIndex);
    if (!list) byParagraph.set(c.paragraphIndex, (list = []));
    list.push(c);
  }
  analysis.model.paragraphs.forEach((paragraph, i) => {
    if (cache.get(paragraph.key) === undefined) cache.set(paragraph.key, { origin: paragraph.start, claims: byParagraph.get(i) ?? [] });
  });
}
