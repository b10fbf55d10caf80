// Morphology of lexicon forms: every inflection an entry stands for ("lash out" → "lashed out", "killing spree" →
// "killing sprees"), in British and American spelling. Used at build time for the shipped lexicon and at load for
// team entries.
import type { InflTag, LexiconEntry } from './schema';

export type Pos = 'n' | 'v' | '-';
export interface Infl {
  pos: Pos;
  tag: InflTag;
}

const IRREGULAR: Record<string, [string, string, string, string]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  slay: ['slays', 'slew', 'slain', 'slaying'],
  hit: ['hits', 'hit', 'hit', 'hitting'],
  take: ['takes', 'took', 'taken', 'taking'],
  lose: ['loses', 'lost', 'lost', 'losing'],
  shoot: ['shoots', 'shot', 'shot', 'shooting'],
  mow: ['mows', 'mowed', 'mown', 'mowing'],
  stand: ['stands', 'stood', 'stood', 'standing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  give: ['gives', 'gave', 'given', 'giving'],
  spread: ['spreads', 'spread', 'spread', 'spreading'],
  fight: ['fights', 'fought', 'fought', 'fighting'],
  wipe: ['wipes', 'wiped', 'wiped', 'wiping'],
  go: ['goes', 'went', 'gone', 'going'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  strike: ['strikes', 'struck', 'struck', 'striking'],
  set: ['sets', 'set', 'set', 'setting'],
};
// Final-stress verbs that double their last consonant ("admitted"); monosyllables are handled by rule.
const DOUBLING = new Set([
  'admit',
  'commit',
  'submit',
  'omit',
  'permit',
  'regret',
  'occur',
  'refer',
  'prefer',
  'deter',
  'compel',
  'propel',
  'rebel',
  'control',
  'patrol',
  'abhor',
  'equip',
  'upset',
  'outwit',
]);

function doubles(w: string): boolean {
  const last = w.split('-').pop() ?? w;
  return DOUBLING.has(last) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(last);
}

function sForm(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

export function verbForm(w: string, tag: InflTag): string {
  if (tag === 'base' || tag === 'pl') return w;
  const irr = IRREGULAR[w.toLowerCase()];
  if (irr) return irr[['s', 'ed', 'en', 'ing'].indexOf(tag)]!;
  if (tag === 's') return sForm(w);
  if (tag === 'ing') {
    if (/ie$/.test(w)) return w.slice(0, -2) + 'ying';
    if (/[^aeioy]e$/.test(w)) return w.slice(0, -1) + 'ing';
    return (doubles(w) ? w + w.slice(-1) : w) + 'ing';
  }
  if (/e$/.test(w)) return w + 'd';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ied';
  return (doubles(w) ? w + w.slice(-1) : w) + 'ed';
}

export function plural(w: string): string {
  if (/man$/i.test(w) && !/(human|german)$/i.test(w)) return w.slice(0, -3) + 'men';
  return sForm(w);
}

/** Inflects a phrase: verbs on the first word ("lash out" → "lashed out"), nouns on the last ("killing spree" → "killing sprees"). */
export function inflectPhrase(phrase: string, pos: Pos, tag: InflTag): string {
  if (tag === 'base' || pos === '-') return phrase;
  const words = phrase.split(' ');
  if (pos === 'v') words[0] = verbForm(words[0]!, tag);
  else if (tag === 'pl') words[words.length - 1] = plural(words[words.length - 1]!);
  return words.join(' ');
}

/** Every surface form of an entry with the inflections it stands for. */
export function expandForms(e: LexiconEntry): Map<string, { form: string; infl: Infl[] }> {
  const out = new Map<string, { form: string; infl: Infl[] }>();
  const add = (form: string, infl: Infl): void => {
    for (const f of spellings(form)) {
      const key = f.toLowerCase();
      const have = out.get(key);
      if (have) have.infl.push(infl);
      else out.set(key, { form: f, infl: [infl] });
    }
  };
  const kind = e.inflect ?? 'none';
  const ok = (t: InflTag): boolean => !e.onlyTags || e.onlyTags.includes(t);
  for (const form of e.forms) {
    if (kind === 'none') add(form, { pos: '-', tag: 'base' });
    if (kind === 'noun' || kind === 'both')
      for (const t of ['base', 'pl'] as InflTag[]) if (ok(t)) add(inflectPhrase(form, 'n', t), { pos: 'n', tag: t });
    if (kind === 'verb' || kind === 'both')
      for (const t of ['base', 's', 'ed', 'en', 'ing'] as InflTag[])
        if (ok(t)) add(inflectPhrase(form, 'v', t), { pos: 'v', tag: t });
  }
  return out;
}

// British and American spellings are both matched ("neutralised"/"neutralized").
function spellings(form: string): string[] {
  const us = americanise(form);
  return us === form ? [form] : [form, us];
}

const US_WORDS: Record<string, string> = {
  favouritism: 'favoritism',
  defence: 'defense',
  offence: 'offense',
  behaviour: 'behavior',
  organisation: 'organization',
  organisations: 'organizations',
};
export function americanise(s: string): string {
  return s
    .replace(
      /\b(critic|apolog|organ|recogn|character|minim|emphas|legitim|neutral|marginal|stigmat|radical|normal|jeopard|demon|terror|brutal|real|util|mobil)is(e|ed|es|ing|ation|ations)\b/gi,
      '$1iz$2',
    )
    .replace(/\b[a-z]+\b/gi, (w) => US_WORDS[w.toLowerCase()] ?? w);
}
