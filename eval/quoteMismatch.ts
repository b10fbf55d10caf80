// quote-mismatch eval: no labelled data exists, so the rule runs on the BASIL triplets (one story told by Fox, NYT
// and HPO) and the ECB+ clusters (one event, many outlets), every article of a cluster a peer of the others, and the
// findings are printed per cluster for reading. Counts only go to RESULTS.md (quotes from the corpora stay out).
import { readFileSync } from 'node:fs';
import { runRule } from '../src/core/rules/engine';
import { join, resolve } from 'node:path';
import { Desk } from '../src/core/desk';
import { articleQuotes } from '../src/core/quotes';
import { quoteMismatchRule } from '../src/core/rules/quoteMismatch';
import type { Peer } from '../src/core/rules/rule';

interface Story {
  id: string;
  corpus: string;
  cluster?: string;
  outlet?: string;
  text: string;
  date?: string;
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export async function evalQuoteMismatch(sharedEvalDir = resolve('../shared/eval')): Promise<object> {
  const stories = jsonl<Story>(join(sharedEvalDir, 'stories.jsonl')).filter(
    (s) => (s.corpus === 'BASIL' || s.corpus === 'ECB+') && s.cluster,
  );
  const clusters = new Map<string, Story[]>();
  for (const s of stories) {
    const key = `${s.corpus}:${s.cluster}`;
    const list = clusters.get(key);
    if (list) list.push(s);
    else clusters.set(key, [s]);
  }
  const tally = {
    clusters: 0,
    articles: 0,
    quotes: 0,
    findings: 0,
    warning: 0,
    information: 0,
    reworded: 0,
    speaker: 0,
    clustersWithFindings: 0,
  };
  const verbose = !!process.env.WIRECHECK_EVAL_DEBUG;
  console.log('quote-mismatch findings per cluster (one line per finding; WIRECHECK_EVAL_DEBUG=1 prints both quotes)');
  for (const [key, docs] of clusters) {
    if (docs.length < 2) continue;
    tally.clusters++;
    const desk = new Desk(undefined, [quoteMismatchRule]);
    for (const d of docs) desk.upsert(d.id, d.text, d.date ? { fileTime: d.date } : {});
    let any = false;
    for (const d of docs) {
      tally.articles++;
      const analysis = desk.get(d.id)!.analysis;
      tally.quotes += articleQuotes(analysis).length;
      const peers: Peer[] = docs
        .filter((o) => o.id !== d.id)
        .map((o) => ({ id: o.id, analysis: desk.get(o.id)!.analysis, score: 1 }));
      for (const f of runRule(quoteMismatchRule, { id: d.id, analysis, peers, config: desk.getConfig() })) {
        any = true;
        tally.findings++;
        tally[f.severity === 'warning' ? 'warning' : 'information']++;
        if (/given to/.test(f.message)) tally.speaker++;
        if (/worded differently/.test(f.message)) tally.reworded++;
        console.log(`  ${key} ${d.id.split(':').pop()} ${f.severity}: ${f.message.slice(0, 220)}`);
        if (verbose) {
          console.log(`      here:  ${analysis.model.text.slice(f.start, f.end).slice(0, 300)}`);
          for (const r of f.related) console.log(`      ${r.docId.split(':').pop()}: ${r.text.slice(0, 300)}`);
        }
      }
    }
    if (any) tally.clustersWithFindings++;
  }
  console.log(
    `  clusters ${tally.clusters}, articles ${tally.articles}, quotes ${tally.quotes}; findings ${tally.findings} (warning ${tally.warning}, information ${tally.information}; reworded ${tally.reworded}, speaker ${tally.speaker}) in ${tally.clustersWithFindings} clusters`,
  );
  return tally;
}

if (require.main === module) {
  evalQuoteMismatch(resolve(process.argv[2] ?? '../shared/eval')).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
