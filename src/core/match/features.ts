// Feature extraction for story matching: content stems, names, figures, dates and the dateline of one text.
// Pure and dependency-free: it runs on every keystroke-debounced edit, so it avoids an NLP parser.
import { stripBoilerplate } from '../text/boilerplate';
import { buildArticleModel } from '../text/model';
import type { ArticleModel } from '../types';
import { AMBIGUOUS_MONTH, MONTH_NAME, tokenize, type Tok } from './tokens';
import { wireMetaOf, type WireMeta } from './wireMeta';

// Wire meta moved to wireMeta.ts; re-exported for the matching modules that read it with the features.
export type { WireMeta };

/** Feature kinds, as the one-letter prefix of a feature key ("n:rafah"). */
export type FeatureKind = 'w' | 'n' | 'N' | 'f' | 'd' | 'y' | 'p';

/**
 * How much one occurrence of each kind counts: what a story is about is in its names, figures and dates (grid-tuned on
 * DEV). The dateline place counts once: its city is nearly always a name in the body too, and since the model reads
 * "DENVER --" datelines, a double-counted city made unrelated local stories from one city match (DEV text-only ALL F1
 * 0.802 with p: 2, 0.804 with p: 1).
 */
export const KIND_BOOST: Record<FeatureKind, number> = { w: 1, n: 2, N: 2, f: 4, d: 3, y: 1, p: 1 };

/**
 * Kinds that pin down one event (names, name pairs, figures, day dates, dateline) rather than a kind of event
 * (content words, bare years). Scored as their own cosine: see SCORE in storyIndex.ts.
 */
export const SPECIFIC_KINDS: ReadonlySet<string> = new Set(['n', 'N', 'f', 'd', 'p']);

export interface DocFeatures {
  /** Feature key -> raw weight (kind boost x sublinear term frequency), capped to the strongest maxFeatures. */
  weights: Map<string, number>;
  /** Content-stem sequence in reading order, for shared-text (shingle) measures. */
  stems: string[];
  meta: WireMeta;
}

const STOP = new Set(
  (
    'a about above after again against all almost also although am among an and another any are around as at be because been before being ' +
    'below between both but by can could did do does doing down during each either else even ever every few for from further had has have ' +
    'having he her here hers herself him himself his how however i if in into is it its itself just least less like made make many may me ' +
    'might more most much must my near neither no nor not now of off on once one only or other our ours out over own per quite rather ' +
    'same she should since so some still such than that the their theirs them then there these they this those though through thus to too ' +
    'toward towards under until up upon us very was we were what when where whether which while who whom whose why will with within without ' +
    'would yet you your yours yourself said says say saying told tell according added adding reported reports report news ' +
    'also mr mrs ms dr st am pm et al inc via new year years day days time times week weeks month months today yesterday tomorrow ' +
    'people two three four five six seven eight nine ten first second last'
  ).split(' '),
);

/** Capitalised words that are not names: they start sentences, titles and calendars, not identities. */
const NOT_NAME = new Set(
  (
    'the a an and but or if in on at of for to from by with as it its he she they we i this that these those there here his her their ' +
    'our my your when while after before during since until however meanwhile also both all some many most no not one two three four ' +
    'mr mrs ms dr sir mister messrs maj cmdr det cpl pvt atty prof supt insp adm brig rev ' +
    'president prime minister vice secretary chief officer police sheriff sgt lt gen col capt sen rep gov judge ' +
    'spokesman spokeswoman spokesperson director deputy head lawyer attorney general governor mayor senator king queen prince pope ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december jan feb mar apr jun jul aug sep sept oct nov dec update corrected refile urgent ' +
    'first published updated posted advertisement photo video read more related story click share'
  ).split(' '),
);

/** Light English suffix stripping: enough to meet "talks"/"talk", "killed"/"killing"/"kill". */
export function stem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  let base = w;
  if (w.endsWith('ing') && w.length > 5) base = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) base = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) base = w.slice(0, -2);
  // "stopped" -> "stopp" -> "stop": undo the doubled consonant left behind.
  if (
    base !== w &&
    base.length > 3 &&
    base[base.length - 1] === base[base.length - 2] &&
    !/[aeiouls]/.test(base[base.length - 1]!)
  )
    base = base.slice(0, -1);
  if (base.endsWith('e') && base.length > 4) base = base.slice(0, -1);
  return base;
}

/** Where the model starts a sentence, ascending: the sentence breaks features see (after a dateline too). */
function sentenceBreaks(model: ArticleModel): number[] {
  const out: number[] = [];
  for (const p of model.paragraphs) for (const s of p.sentences) out.push(s.start);
  return out;
}

/** Features of a text with no model at hand (the archive, relation checks): its model is built first. */
export function extractFeatures(text: string, maxFeatures = 200): DocFeatures {
  return storyFeatures(buildArticleModel(text), maxFeatures);
}

/**
 * All features of one article, capped to maxFeatures by raw weight (names, figures and dates first). Agency,
 * dateline, UPDATE and CORRECTED come from the model's furniture: one detector for the editor and matching.
 */
export function storyFeatures(model: ArticleModel, maxFeatures = 200): DocFeatures {
  const meta = wireMetaOf(model);
  // Lines are split on "\n" below: a lone CR (old Mac line end) would make the whole story one line.
  const text = model.text.replace(/\r(?!\n)/g, '\n');
  const toks = tokenize(stripBoilerplate(text), sentenceBreaks(model));
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const stems: string[] = [];
  // Capitalised mid-sentence somewhere in the story: then the same word at a sentence start is a name too.
  const midCaps = new Set<string>();
  for (const t of toks) if (t.t === 'w' && t.cap && !t.start) midCaps.add(t.low);

  const isName = (t: Tok): boolean => {
    if (t.t !== 'w' || !t.cap) return false;
    const low = t.low;
    if (NOT_NAME.has(low) || (STOP.has(low) && !t.acronym)) return false;
    return t.acronym || !t.start || midCaps.has(low);
  };

  const used = new Set<number>();
  // Dates: "June 13", "13 June", "Oct. 7", with an optional year; the numbers are then not figures.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t!.t !== 'w') continue;
    const mon = t!.month;
    if (!mon) continue;
    const next = toks[i + 1];
    const prev = toks[i - 1];
    const dayAfter = next?.t === 'n' && next.value! >= 1 && next.value! <= 31 && Number.isInteger(next.value);
    const dayBefore = prev?.t === 'n' && prev.value! >= 1 && prev.value! <= 31 && Number.isInteger(prev.value);
    if (!dayAfter && !dayBefore) {
      if (!AMBIGUOUS_MONTH.has(t!.low) || t!.cap) add(`w:${MONTH_NAME[mon - 1]}`);
      continue;
    }
    const di = dayAfter ? i + 1 : i - 1;
    add(`d:${mon}-${toks[di]!.value}`);
    used.add(di);
    used.add(i);
  }
  // ISO dates in metadata prefixes and date lines.
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) add(`d:${Number(m[2])}-${Number(m[3])}`);

  let seq: string[] = [];
  const flush = () => {
    for (let j = 0; j + 1 < seq.length; j++) add(`N:${seq[j]} ${seq[j + 1]}`);
    seq = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t!.t !== 'w') flush();
    if (t!.t === 'i') {
      add(`n:${t!.s}`);
      stems.push(t!.s);
      continue;
    }
    if (t!.t === 'n') {
      if (used.has(i)) continue;
      const v = t!.value!;
      if (Number.isInteger(v) && v >= 1900 && v <= 2099 && !t!.s.includes(',')) add(`y:${v}`);
      else if (v >= 2) add(`f:${v}`);
      continue;
    }
    if (t!.t !== 'w' || used.has(i)) continue;
    const low = t!.low;
    const nw = t!.number;
    if (nw !== undefined) {
      add(`f:${nw}`);
      flush();
      continue;
    }
    // A middle initial ("William J. Burns") is no name of its own and does not part the names around it.
    if (t!.cap && t!.s.length === 1) continue;
    if (isName(t!)) {
      // Names are compared without hyphen/apostrophe variants: "al-Balah" = "Al Balah".
      const name = low.replace(/['’]/g, '');
      add(`n:${name}`);
      // Also as a word: a name that a title-case headline or a sentence start left uncapitalised elsewhere still meets.
      add(`w:${stem(name)}`);
      seq.push(name);
      stems.push(name);
      continue;
    }
    flush();
    if (low.length < 3 || STOP.has(low) || /\d/.test(low)) continue;
    const s = stem(low.replace(/['’]/g, ''));
    add(`w:${s}`);
    stems.push(s);
  }
  flush();

  if (meta.dateline) add(`p:${meta.dateline}`);

  const scored: [string, number][] = [];
  for (const [k, c] of counts) scored.push([k, KIND_BOOST[k[0] as FeatureKind] * (1 + Math.log(c))]);
  // Keep the strongest; ties go to the longer key (longer words are rarer), then alphabetical for determinism.
  scored.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  return { weights: new Map(scored.slice(0, maxFeatures)), stems, meta };
}
