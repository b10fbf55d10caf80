// Tuning aid for in-sentence attribution, on the PolNeAR articles that are NOT in figures-gold (the honest tuning set):
// flags on figures inside a strong-cue Content span, grouped by what the cue finder missed, and the opposite error —
// figures treated as sourced in-sentence that lie in no Content span at all. Also prints flags per 1,000 words on
// wire-credited PolNeAR articles and on the GVA stories, so a change can be checked for regressions on wire copy.
// Usage: node out/eval/attributionMisses.js [sharedEvalDir] [--examples N] [--group NAME] [--weak] [--no-gva]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Desk } from '../src/core/desk';
import { isStrongCue, missGroup, type Span2 } from './attributionGroups';

interface Rec {
  id: string;
  article: string;
  credit: string | null;
  text: string;
  attributions: { type: string; source: Span2[]; cue: Span2[]; content: Span2[] }[];
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = args[0] && !args[0].startsWith('--') ? args[0] : join(process.cwd(), '..', 'shared', 'eval');
const examples = Number(flag('--examples') ?? 3);
const onlyGroup = flag('--group');
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const overlaps = (a: Span2, s: number, e: number): boolean => a[0] < e && a[1] > s;
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

const gold = JSON.parse(readFileSync(join(dir, 'figures-gold.json'), 'utf8')) as Record<string, unknown>;
// The scorer merges every annotator's attributions of one text; so do we. Gold texts are left out entirely.
const goldTexts = new Set<string>();
const byText = new Map<string, Rec>();
for (const line of readFileSync(join(dir, 'attribution.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as Rec;
  if (Object.hasOwn(gold, r.id)) goldTexts.add(r.text);
  const seen = byText.get(r.text);
  if (seen) seen.attributions.push(...r.attributions);
  else byText.set(r.text, { ...r, attributions: [...r.attributions] });
}

const groups = new Map<string, string[]>();
// Flags inside Content spans the scorer leaves out (weak cue, or Attribution-no-source): counted by cue, for the record.
const leftOut = new Map<string, string[]>();
const falseSourced = new Map<string, string[]>();
let articles = 0;
let flags = 0;
let flagsInStrong = 0;
let strongClaims = 0;
let sourcedOutside = 0;
let sourcedInSentence = 0;
let wireWords = 0;
let wireFlags = 0;
for (const rec of byText.values()) {
  if (goldTexts.has(rec.text)) continue;
  articles++;
  const desk = new Desk();
  desk.upsert(rec.id, rec.text);
  const found = desk.check(rec.id).filter((f) => f.rule === 'unattributed-figure' && f.severity !== 'hint');
  const flagged = new Set(found.map((f) => f.start));
  flags += found.length;
  if (rec.credit) {
    wireWords += words(rec.text);
    wireFlags += found.length;
  }
  const strong = rec.attributions.filter((a) => isStrongCue(rec.text, a));
  for (const claim of desk.get(rec.id)!.analysis.claims) {
    if (claim.nonClaim) continue;
    const { start, end } = claim.figure;
    const ctx = (): string =>
      oneLine(rec.text.slice(Math.max(0, start - 160), start) + '[[' + rec.text.slice(start, end) + ']]') +
      oneLine(rec.text.slice(end, end + 100));
    const inStrong = strong.filter((a) => a.content.some((c) => overlaps(c, start, end)));
    if (inStrong.length) strongClaims++;
    if (flagged.has(start) && inStrong.length) {
      flagsInStrong++;
      const a = inStrong[0]!;
      const cue = a.cue.map(([s, e]) => rec.text.slice(s, e)).join(' … ');
      const source = a.source.map(([s, e]) => rec.text.slice(s, e)).join(' … ');
      const group = missGroup(rec.text, a, start, claim.sentence);
      const list = groups.get(group) ?? [];
      list.push(`${ctx()}\n      cue «${oneLine(cue)}» source «${oneLine(source)}»`);
      groups.set(group, list);
    }
    if (flagged.has(start) && !inStrong.length) {
      const weak = rec.attributions.find((a) => a.content.some((c) => overlaps(c, start, end)));
      if (weak) {
        const cue = oneLine(weak.cue.map(([s, e]) => rec.text.slice(s, e)).join(' … ')).toLowerCase();
        const key = weak.type === 'Attribution' ? `weak cue: ${cue}` : `${weak.type}: ${cue}`;
        const list = leftOut.get(key) ?? [];
        list.push(ctx());
        leftOut.set(key, list);
      }
    }
    const kind = claim.attribution?.kind;
    if (kind === 'in-sentence' || kind === 'headline-colon' || kind === 'paragraph-final') {
      sourcedInSentence++;
      const anyContent = rec.attributions.some((a) => a.content.some((c) => overlaps(c, start, end)));
      if (!anyContent) {
        sourcedOutside++;
        const key = `${kind}: ${claim.attribution!.cue.toLowerCase()}`;
        const list = falseSourced.get(key) ?? [];
        list.push(`${ctx()}\n      source «${claim.attribution!.source}»`);
        falseSourced.set(key, list);
      }
    }
  }
}

const print = (title: string, map: Map<string, string[]>): void => {
  console.log(`\n## ${title}`);
  for (const [name, rows] of [...map].sort((a, b) => b[1].length - a[1].length)) {
    if (onlyGroup && name !== onlyGroup) continue;
    console.log(`${rows.length}\t${name}`);
    for (const row of rows.slice(0, onlyGroup ? 1000 : examples)) console.log(`    ${row}`);
  }
};
print('flags inside strong-cue Content spans, by what was missed', groups);
print('sourced in-sentence but in no Content span (possible false "attributed")', falseSourced);
if (args.includes('--weak'))
  print('flags inside weak-cue or no-source Content only (the scorer leaves these out)', leftOut);
const leftOutCount = [...leftOut.values()].reduce((n, rows) => n + rows.length, 0);
const noSource = [...leftOut].filter(([k]) => !k.startsWith('weak cue')).reduce((n, [, rows]) => n + rows.length, 0);
console.log(
  `\nnon-gold PolNeAR articles ${articles}: flags ${flags}; claims inside strong-cue Content ${strongClaims}, of them flagged ${flagsInStrong} (${((100 * flagsInStrong) / Math.max(1, strongClaims)).toFixed(1)} %)`,
);
console.log(
  `flags inside weak-cue or no-source Content only: ${leftOutCount} (Attribution-no-source ${noSource}); --weak lists them`,
);
console.log(
  `sourced in-sentence/paragraph-final ${sourcedInSentence}, of them in no Content span ${sourcedOutside} (${((100 * sourcedOutside) / Math.max(1, sourcedInSentence)).toFixed(1)} %)`,
);
console.log(
  `wire-credited non-gold PolNeAR: ${((1000 * wireFlags) / Math.max(1, wireWords)).toFixed(2)} flags per 1,000 words (${wireFlags} in ${wireWords})`,
);
if (!args.includes('--no-gva')) {
  let gvaWords = 0;
  let gvaFlags = 0;
  for (const line of readFileSync(join(dir, 'stories.jsonl'), 'utf8').split('\n')) {
    if (!line.includes('"corpus":"GVA"') && !line.includes('"corpus": "GVA"')) continue;
    const story = JSON.parse(line) as { id: string; text: string };
    const desk = new Desk();
    desk.upsert(story.id, story.text);
    gvaWords += words(story.text);
    gvaFlags += desk.check(story.id).filter((f) => f.rule === 'unattributed-figure' && f.severity !== 'hint').length;
  }
  console.log(
    `GVA stories: ${((1000 * gvaFlags) / Math.max(1, gvaWords)).toFixed(2)} flags per 1,000 words (${gvaFlags} in ${gvaWords})`,
  );
}
