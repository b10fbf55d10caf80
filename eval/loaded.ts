// Evaluates the loaded-term rule on the shared DEV data: PTC propaganda spans, BASIL lexical-bias spans and BABE
// neutral sentences. PTC/BASIL/BABE are not wire copy, so models come from a simple blank-line/sentence splitter.
import { hashText } from '../src/core/text/hash';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleModel, Finding, Paragraph, Quote, Span } from '../src/core/types';
import { findLoadedTerms, type LoadedTermOptions } from '../src/core/rules/loadedTerm';
import { babeHalf, scoreBabeHalf, type BabeRec } from './babeWords';

const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;

/** Quotations in one paragraph: curly pairs, and straight quotes toggling; an unclosed quote runs to the end. */
function findQuotesSimple(text: string, base: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let mark = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0 && (c === '“' || (c === '"' && !/\w/.test(text[i - 1] ?? '')))) {
      open = i;
      mark = c === '“' ? '”' : '"';
    } else if (open >= 0 && c === mark) {
      out.push({
        start: base + open,
        end: base + i + 1,
        innerStart: base + open + 1,
        innerEnd: base + i,
        runsOn: false,
      });
      open = -1;
    }
  }
  if (open >= 0)
    out.push({
      start: base + open,
      end: base + text.length,
      innerStart: base + open + 1,
      innerEnd: base + text.length,
      runsOn: true,
    });
  return out;
}

/** A minimal article model: paragraphs on blank lines (or on every line), sentences on end punctuation. */
export function simpleModel(text: string, linePerParagraph = false): ArticleModel {
  const paragraphs: Paragraph[] = [];
  const re = linePerParagraph ? /[^\n]+/g : /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ptext = m[0];
    if (!ptext.trim()) continue;
    const start = m.index;
    const cuts = [0];
    SENTENCE_END.lastIndex = 0;
    for (let s = SENTENCE_END.exec(ptext); s; s = SENTENCE_END.exec(ptext)) cuts.push(s.index + s[0].length);
    cuts.push(ptext.length);
    const quotes = findQuotesSimple(ptext, start);
    const sentences = cuts.slice(0, -1).map((c, i) => {
      const s = start + c;
      const e = start + cuts[i + 1]!;
      const clipped: Span[] = quotes
        .filter((q) => q.start < e && q.end > s)
        .map((q) => ({ start: Math.max(q.start, s), end: Math.min(q.end, e) }));
      return { start: s, end: e, text: text.slice(s, e), quotes: clipped };
    });
    // The key is the paragraph's identity for caches (ArticleModel contract): its text, never its offset.
    paragraphs.push({
      start,
      end: start + ptext.length,
      text: ptext,
      kind: 'body',
      key: hashText(`0body${ptext}`),
      sentences,
      quotes,
    });
  }
  return {
    text,
    masked: text,
    furniture: [],
    paragraphs,
    meta: { filedSource: 'unknown', update: 0, corrected: false },
  };
}

/** A loaded.jsonl record: BABE's fields, plus the corpus and the marked spans of PTC and BASIL. */
interface Rec extends BabeRec {
  corpus: string;
  spans?: { start: number; end: number; label: string; quote?: boolean }[];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const rate = (n: number, d: number): number => (d ? Math.round((n / d) * 1000) / 1000 : 0);

function prf(
  findings: Finding[][],
  gold: Span[][],
): { findings: number; tp: number; precision: number; gold: number; found: number; recall: number } {
  let tp = 0,
    total = 0,
    g = 0,
    found = 0;
  findings.forEach((fs, i) => {
    total += fs.length;
    tp += fs.filter((f) => gold[i]!.some((s) => overlaps(f, s))).length;
    g += gold[i]!.length;
    found += gold[i]!.filter((s) => fs.some((f) => overlaps(f, s))).length;
  });
  return { findings: total, tp, precision: rate(tp, total), gold: g, found, recall: rate(found, g) };
}

export async function evalLoaded(sharedEvalDir: string, options: Partial<LoadedTermOptions> = {}): Promise<object> {
  const recs: Rec[] = readFileSync(join(sharedEvalDir, 'loaded.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const run = (text: string, lines: boolean): Finding[] => findLoadedTerms(simpleModel(text, lines), options);
  const warn = (fs: Finding[]): Finding[] => fs.filter((f) => f.severity === 'warning');

  const ptc = recs.filter((r) => r.corpus === 'PTC');
  const ptcF = ptc.map((r) => run(r.text, true));
  const goldLL = ptc.map((r) => (r.spans ?? []).filter((s) => s.label === 'Loaded_Language'));
  const goldLN = ptc.map((r) =>
    (r.spans ?? []).filter((s) => s.label === 'Loaded_Language' || s.label === 'Name_Calling,Labeling'),
  );

  const basil = recs.filter((r) => r.corpus === 'BASIL');
  const basilF = basil.map((r) => run(r.text, false));
  const goldLex = basil.map((r) => (r.spans ?? []).filter((s) => s.label === 'lex' && !s.quote));

  const babe = recs.filter((r) => r.corpus === 'BABE');
  const babeRows = babe.map((r) => ({ r, warn: warn(run(r.text, true)).length > 0 }));
  const share = (rows: typeof babeRows) => ({
    sentences: rows.length,
    flagged: rows.filter((x) => x.warn).length,
    rate: rate(rows.filter((x) => x.warn).length, rows.length),
  });
  const neutral = babeRows.filter((x) => x.r.label_bias === 'Non-biased');
  const biased = babeRows.filter((x) => x.r.label_bias === 'Biased');
  const isReuters = (x: (typeof babeRows)[number]): boolean => (x.r.outlet ?? '').toLowerCase() === 'reuters';

  // Precision per lexicon category: PTC annotates propaganda, not wire style, so categories differ widely.
  const byCategory: Record<string, { findings: number; tp: number; precision: number }> = {};
  ptcF.forEach((fs, i) =>
    fs.forEach((f) => {
      const c = (byCategory[f.docs.split('#')[1]!] ??= { findings: 0, tp: 0, precision: 0 });
      c.findings++;
      if (goldLN[i]!.some((s) => overlaps(f, s))) c.tp++;
    }),
  );
  for (const c of Object.values(byCategory)) c.precision = rate(c.tp, c.findings);

  // BABE expert-marked words by half (0 consulted while writing entries, 1 only reported), as the held-out check scores them.
  const babeWords = ([0, 1] as const).map((h) => {
    const { byEntry: _e, ...score } = scoreBabeHalf(
      babe.filter((r) => babeHalf(r) === h),
      options,
    );
    return { half: h, ...score };
  });

  return {
    babeExpertWords: babeWords,
    ptc: {
      documents: ptc.length,
      byCategoryLoadedOrNameCalling: byCategory,
      loadedLanguage: prf(ptcF, goldLL),
      loadedLanguageWarnings: prf(ptcF.map(warn), goldLL),
      loadedOrNameCalling: prf(ptcF, goldLN),
      loadedOrNameCallingWarnings: prf(ptcF.map(warn), goldLN),
    },
    basil: {
      documents: basil.length,
      lexNotQuoted: prf(basilF, goldLex),
      lexNotQuotedWarnings: prf(basilF.map(warn), goldLex),
    },
    babe: {
      neutralWithWarning: share(neutral),
      neutralReutersWithWarning: share(neutral.filter(isReuters)),
      biasedWithWarning: share(biased),
    },
    // Supplementary, sentence level: how often a sentence with a warning is one BABE's experts labelled Biased.
    // Not a span measure ("No agreement" rows are left out); it says how far a warning can be trusted on its own.
    babeSentencePredictor: predictor(biased, neutral),
  };
}

/** Precision of "the sentence has a warning" as a predictor of the label Biased, with its counts. */
function predictor(
  biased: { warn: boolean }[],
  neutral: { warn: boolean }[],
): { warnedBiased: number; warnedNeutral: number; precision: number } {
  const tp = biased.filter((x) => x.warn).length;
  const fp = neutral.filter((x) => x.warn).length;
  return { warnedBiased: tp, warnedNeutral: fp, precision: rate(tp, tp + fp) };
}

type HalfRow = ReturnType<typeof scoreBabeHalf> & { half: number };

/** The aims beside each half's figures: precision ≥ 0.80, recall ≥ 0.25, Reuters neutral warned ≤ 2 %, notes ≤ 10 %. */
function printBabeWords(halves: HalfRow[], res: Record<string, Record<string, unknown>>): void {
  const p = res.ptc as Record<string, ReturnType<typeof prf>>;
  const b = (res.basil as Record<string, ReturnType<typeof prf>>).lexNotQuotedWarnings;
  const ok = (v: number, aim: number, up: boolean): string => ((up ? v >= aim : v <= aim) ? '✓' : '✗');
  for (const h of halves) {
    console.log(
      `BABE expert words, half ${h.half}${h.half === 0 ? ' (consulted)' : ' (reported)'}: ${h.sentences} sentences; ` +
        `precision ${h.precision} (${h.warningsMatched}/${h.warnings}) ${ok(h.precision, 0.8, true)} aim ≥ 0.80; ` +
        `recall ${h.recall} (${h.goldFound}/${h.gold}) ${ok(h.recall, 0.25, true)} aim ≥ 0.25; ` +
        `Reuters neutral warned ${h.reutersNeutralWarned.rate} (${h.reutersNeutralWarned.warned}/${h.reutersNeutralWarned.sentences}) ${ok(h.reutersNeutralWarned.rate, 0.02, false)} aim ≤ 0.02; ` +
        `information notes in the reporter's voice ${h.reutersNeutralInfoInReporterVoice.rate} (${h.reutersNeutralInfoInReporterVoice.noted}/${h.reutersNeutralInfoInReporterVoice.sentences}) ${ok(h.reutersNeutralInfoInReporterVoice.rate, 0.1, false)} aim ≤ 0.10; ` +
        `biased sentences warned ${h.biasedWarned.rate} (${h.biasedWarned.warned}/${h.biasedWarned.sentences}); ` +
        `mean finding length ${h.meanFindingWords} words (${h.meanFindingChars} chars); ` +
        `PTC Loaded_Language P ${p.loadedLanguageWarnings!.precision} R ${p.loadedLanguageWarnings!.recall}; BASIL author-voice lex P ${b!.precision} R ${b!.recall}`,
    );
    const d = h.afterDev;
    console.log(
      `  entries added after reading DEV words (${d.entries}): precision ${d.precision} (${d.warningsMatched}/${d.warnings}); precision without them ${d.precisionWithout}`,
    );
  }
}

export function printTable(res: Record<string, Record<string, unknown>>): void {
  if (Array.isArray(res.babeExpertWords)) printBabeWords(res.babeExpertWords, res);
  const rows: string[][] = [['set', 'measure', 'count', 'rate']];
  const p = res.ptc as Record<string, ReturnType<typeof prf>>;
  for (const k of ['loadedLanguage', 'loadedLanguageWarnings', 'loadedOrNameCalling', 'loadedOrNameCallingWarnings']) {
    rows.push([`PTC ${k}`, 'precision', `${p[k]!.tp}/${p[k]!.findings}`, String(p[k]!.precision)]);
    rows.push([`PTC ${k}`, 'recall', `${p[k]!.found}/${p[k]!.gold}`, String(p[k]!.recall)]);
  }
  for (const [c, v] of Object.entries(
    res.ptc!.byCategoryLoadedOrNameCalling as Record<string, { findings: number; tp: number; precision: number }>,
  ).sort((a, b) => b[1].precision - a[1].precision))
    rows.push([`PTC LL+NC ${c}`, 'precision', `${v.tp}/${v.findings}`, String(v.precision)]);
  const b = (res.basil as Record<string, ReturnType<typeof prf>>).lexNotQuoted;
  rows.push(['BASIL lex quote=false', 'recall', `${b!.found}/${b!.gold}`, String(b!.recall)]);
  rows.push(['BASIL lex quote=false', 'precision (any finding)', `${b!.tp}/${b!.findings}`, String(b!.precision)]);
  for (const [k, v] of Object.entries(res.babe as Record<string, { sentences: number; flagged: number; rate: number }>))
    rows.push([`BABE ${k}`, 'share flagged', `${v.flagged}/${v.sentences}`, String(v.rate)]);
  const sp = res.babeSentencePredictor as unknown as ReturnType<typeof predictor> | undefined;
  if (sp)
    rows.push([
      'BABE supplementary: sentence warned → Biased',
      'precision (sentence level)',
      `${sp.warnedBiased}/${sp.warnedBiased + sp.warnedNeutral}`,
      String(sp.precision),
    ]);
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i]!)).join('  '));
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? '../shared/eval');
  const profile = (process.argv[3] as LoadedTermOptions['profile']) ?? 'inhouse';
  evalLoaded(dir, { profile }).then(
    (r) => printTable(r as Record<string, Record<string, unknown>>),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
