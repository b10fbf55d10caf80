// Verb and noun lemmas for the figure extractor: what a figure counts ("killed" → kill, "children" → child).
import { has, IRREG_PLURALS, set } from './figureWords';

export const IRREGULAR_VERBS: Record<string, string> = {
  took: 'take',
  taken: 'take',
  takes: 'take',
  taking: 'take',
  held: 'hold',
  left: 'leave',
  leaves: 'leave',
  leaving: 'leave',
  fled: 'flee',
  said: 'say',
  says: 'say',
  told: 'tell',
  lost: 'lose',
  won: 'win',
  shot: 'shoot',
  fought: 'fight',
  made: 'make',
  sent: 'send',
  brought: 'bring',
  found: 'find',
  kept: 'keep',
  went: 'go',
  gone: 'go',
  going: 'go',
  goes: 'go',
  came: 'come',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
  grew: 'grow',
  grown: 'grow',
  stood: 'stand',
  spent: 'spend',
  paid: 'pay',
  gave: 'give',
  given: 'give',
  struck: 'strike',
  spoke: 'speak',
  spoken: 'speak',
  slain: 'slay',
  slew: 'slay',
  sought: 'seek',
  bought: 'buy',
  sold: 'sell',
  drew: 'draw',
  drawn: 'draw',
  hid: 'hide',
  hidden: 'hide',
  dead: 'die',
  died: 'die',
  dying: 'die',
  lay: 'lie',
  fed: 'feed',
  met: 'meet',
  ran: 'run',
  began: 'begin',
  begun: 'begin',
};
export const VERBS = set(
  'kill die wound injure seize take hold remain displace estimate live flee free release abduct kidnap capture arrest detain evacuate ' +
    'destroy damage return rescue starve shoot bomb strike attack lose raise pledge cost spend fall rise grow drop increase reach exceed total ' +
    'number count stand receive send deliver enter cross go leave stay shelter house host employ vote win register record identify recover ' +
    'bury find miss trap fire launch intercept deploy mobilize mobilise pay owe fund need require face affect suffer presume believe fear murder ' +
    'execute massacre slaughter hospitalize hospitalise treat infect feed hire lay cut die perish drown freeze maim burn demolish raze target ' +
    'besiege imprison jail sentence convict charge deport expel transfer exchange swap relocate resettle admit accept reject sign join protest ' +
    'hurt gather rally attend strand allocate approve earn sell buy export import produce slay seek hide meet run begin ' +
    'say tell report add state announce confirm speak claim note explain cite quote',
);

/** Lower-case lemma of a known verb form ("killed" → "kill", "seized" → "seize", "took" → "take"), else undefined. */
export function verbLemma(word: string): string | undefined {
  const l = word.toLowerCase();
  if (has(IRREGULAR_VERBS, l)) return IRREGULAR_VERBS[l];
  if (VERBS.has(l)) return l;
  for (const [suffix, repl] of [
    ['ied', 'y'],
    ['ies', 'y'],
    ['ying', 'ie'],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
    ['es', ''],
    ['s', ''],
  ]) {
    if (!l.endsWith(suffix!) || l.length <= suffix!.length + 1) continue;
    const stem = l.slice(0, -suffix!.length) + repl;
    if (VERBS.has(stem)) return stem;
    // Doubled final consonant: "kidnapped" → "kidnap".
    if (
      repl === '' &&
      stem.length > 3 &&
      stem[stem.length - 1] === stem[stem.length - 2] &&
      VERBS.has(stem.slice(0, -1))
    )
      return stem.slice(0, -1);
  }
  return undefined;
}

/** Lower-case singular-ish form of a counted noun ("people" → "person", "Gazans" → "gazan", "casualties" → "casualty"). */
export function nounLemma(word: string): string {
  const l = word.toLowerCase();
  if (has(IRREG_PLURALS, l)) return IRREG_PLURALS[l]!;
  if (/ies$/.test(l) && l.length > 4) return l.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes|zes)$/.test(l)) return l.slice(0, -2);
  if (/[^su]s$/.test(l)) return l.slice(0, -1);
  return l;
}
