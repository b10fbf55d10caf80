// BABE expert-marked words, scored by the same rules as ../shared/eval/score_loaded.py (a warning matches a gold
// word when they share a word other than the, a, of, to, and, in), for each half: 0 is consulted, 1 only reported.
import { createHash } from 'node:crypto';
import { buildArticleModel } from '../src/core/text/model';
import { findLoadedTerms, type LoadedTermOptions } from '../src/core/rules/loadedTerm';
import { defaultEntries } from '../src/core/lexicon/load';
import type { Finding } from '../src/core/types';

export interface BabeRec {
  id: string;
  text: string;
  outlet?: string;
  label_bias?: string;
  news_link?: string;
  biased_words?: string[];
}

const STOP = new Set(['the', 'a', 'of', 'to', 'and', 'in']);
const words = (t: string): string[] => t.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
const match = (f: string, g: string): boolean => f === g || words(f).some((w) => !STOP.has(w) && words(g).includes(w));
const rate = (n: number, d: number): number => (d ? Math.round((n / d) * 1000) / 1000 : 0);

/** The half a record belongs to: parity of sha1(news_link), as the scorer splits it. */
export function babeHalf(r: BabeRec): 0 | 1 {
  const hex = createHash('sha1')
    .update(r.news_link || r.id)
    .digest('hex');
  return (parseInt(hex.slice(-1), 16) % 2) as 0 | 1;
}

const isWarning = (f: Finding): boolean => f.severity === 'warning' || f.severity === 'error';
/** Quoted-speech notes say so in their message; everything else is in the reporter's voice. */
const reporterVoice = (f: Finding): boolean => !/is in quoted speech/.test(f.message);

export interface HalfScore {
  sentences: number;
  precision: number;
  warnings: number;
  warningsMatched: number;
  recall: number;
  gold: number;
  goldFound: number;
  reutersNeutralWarned: { sentences: number; warned: number; rate: number };
  reutersNeutralInfoInReporterVoice: { sentences: number; noted: number; rate: number };
  biasedWarned: { sentences: number; warned: number; rate: number };
  meanFindingWords: number;
  meanFindingChars: number;
  /** Warnings of entries marked `afterDev` (written after reading half 0), and precision without them. */
  afterDev: { entries: number; warnings: number; warningsMatched: number; precision: number; precisionWithout: number };
  /** Per entry id: warnings that matched a gold word and those that did not (ids only, no corpus text). */
  byEntry: Record<string, { tp: number; fa: number }>;
}

/** Ids of shipped entries written after reading DEV words (the data's `afterDev` mark). */
export function afterDevIds(): Set<string> {
  return new Set(
    defaultEntries()
      .entries.filter((e) => e.afterDev)
      .map((e) => e.id),
  );
}

function afterDevScore(byEntry: HalfScore['byEntry'], tp: number, fl: number): HalfScore['afterDev'] {
  const ids = afterDevIds();
  let w = 0,
    m = 0;
  for (const [id, v] of Object.entries(byEntry))
    if (ids.has(id)) {
      w += v.tp + v.fa;
      m += v.tp;
    }
  return {
    entries: ids.size,
    warnings: w,
    warningsMatched: m,
    precision: rate(m, w),
    precisionWithout: rate(tp - m, fl - w),
  };
}

export function scoreBabeHalf(recs: BabeRec[], options: Partial<LoadedTermOptions> = {}): HalfScore {
  let fl = 0,
    tp = 0,
    goldN = 0,
    hit = 0,
    lenW = 0,
    lenC = 0;
  const byEntry: HalfScore['byEntry'] = {};
  const neutral = { sentences: 0, warned: 0, noted: 0 };
  const biased = { sentences: 0, warned: 0 };
  for (const r of recs) {
    const found = findLoadedTerms(buildArticleModel(r.text), options);
    const warns = found.filter(isWarning);
    const gold = [...new Set((r.biased_words ?? []).map((w) => w.trim().toLowerCase()).filter(Boolean))];
    const texts = warns.map((f) => r.text.slice(f.start, f.end).toLowerCase());
    warns.forEach((f, i) => {
      const ok = gold.some((g) => match(texts[i]!, g));
      const id = f.ignoreKey?.split(':')[1] ?? '?';
      const e = (byEntry[id] ??= { tp: 0, fa: 0 });
      ok ? e.tp++ : e.fa++;
      fl++;
      tp += +ok;
      lenW += words(texts[i]!).length;
      lenC += texts[i]!.length;
    });
    for (const g of gold) {
      goldN++;
      hit += +texts.some((t) => match(t, g));
    }
    if ((r.outlet ?? '').toLowerCase().startsWith('reuters') && (r.label_bias ?? '').toLowerCase().startsWith('non')) {
      neutral.sentences++;
      neutral.warned += +(warns.length > 0);
      neutral.noted += +found.some((f) => f.severity === 'information' && reporterVoice(f));
    }
    if ((r.label_bias ?? '').toLowerCase() === 'biased') {
      biased.sentences++;
      biased.warned += +(warns.length > 0);
    }
  }
  return {
    sentences: recs.length,
    precision: rate(tp, fl),
    warnings: fl,
    warningsMatched: tp,
    recall: rate(hit, goldN),
    gold: goldN,
    goldFound: hit,
    reutersNeutralWarned: {
      sentences: neutral.sentences,
      warned: neutral.warned,
      rate: rate(neutral.warned, neutral.sentences),
    },
    reutersNeutralInfoInReporterVoice: {
      sentences: neutral.sentences,
      noted: neutral.noted,
      rate: rate(neutral.noted, neutral.sentences),
    },
    biasedWarned: { sentences: biased.sentences, warned: biased.warned, rate: rate(biased.warned, biased.sentences) },
    meanFindingWords: fl ? Math.round((lenW / fl) * 100) / 100 : 0,
    meanFindingChars: fl ? Math.round((lenC / fl) * 10) / 10 : 0,
    afterDev: afterDevScore(byEntry, tp, fl),
    byEntry,
  };
}

if (require.main === module) {
  // DEV use: node out/eval/babeWords.js [half] — prints the half's scores and, for half 0, per-entry counts.
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const half = Number(process.argv[2] ?? 0);
  const recs = readFileSync(process.argv[3] ?? '../shared/eval/loaded.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as BabeRec & { corpus: string })
    .filter((r) => r.corpus === 'BABE' && babeHalf(r) === half);
  const s = scoreBabeHalf(recs);
  const { byEntry, ...rest } = s;
  console.log(JSON.stringify(rest));
  if (half === 0)
    for (const [id, v] of Object.entries(byEntry).sort((a, b) => b[1].fa - a[1].fa)) console.log(id, v.tp, v.fa);
}
