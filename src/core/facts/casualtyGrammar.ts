// The noun phrases of casualty tolls ("a 17-year-old boy", "six children and two adults", "13-year-old Jane Roe"), as
// regexp sources over an A–Z-lowercased sentence, and how many people one phrase counts.
import { TWO_TO_TWENTY } from '../figures/numbers';

export const WORD_NUMBER: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  his: 1,
  her: 1,
  ...TWO_TO_TWENTY,
};

export const SINGULAR =
  'man|woman|boy|girl|teen|teenager|person|child|baby|toddler|infant|victim|student|driver|bystander|resident|mother|father|mom|dad|stepmother|stepmom|stepdad|son|daughter|wife|husband|officer|deputy|trooper|passenger|customer|employee|worker|clerk|youth|juvenile|adult|male|female|friend|relative|neighbou?r|motorist|pedestrian|guard|cousin|brother|sister|nephew|niece|grandmother|grandfather|grandma|grandpa|patron|girlfriend|boyfriend|roommate|security guard|sophomore|freshman|classmate|coworker|co-worker|grandson|granddaughter|grandchild|great-grandson|great-granddaughter|stepfather|stepson|stepdaughter|fianc[ée]e?|uncle|aunt|teacher|rider|motorcyclist|cyclist|shopkeeper|homeowner|tenant|partygoer|deacon|pastor|couple|infant son|infant daughter|civilian';
export const PLURAL =
  'men|women|boys|girls|teens|teenagers|people|persons|children|kids|babies|toddlers|victims|students|adults|juveniles|youths|others|officers|deputies|troopers|males|females|bystanders|residents|relatives|family members|brothers|sisters|sons|daughters|parents|grandchildren|friends|siblings|classmates|cousins|coworkers|co-workers|neighbou?rs|customers|employees|workers|partygoers|passengers|patrons|tenants|civilians';
/** "17-year-old", "three-year old", "9-month-old". */
export const AGE = String.raw`(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:years?|months?|weeks?)[- ]old`;
/** An age that opens a phrase with no determiner starts with a digit or a number word: cheap to rule out at each word. */
const AGE_BARE = String.raw`(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:-[a-z]+)?)[- ](?:years?|months?|weeks?)[- ]old`;
/** Up to three modifier words ("young", "Chicago", "unidentified") between the determiner and the head; never across "and". */
export const MODS = String.raw`(?:[\p{L}’'.-]+\s+){0,3}?`;
/** An age before a name ("13-year-old jane roe"): which words are a name is checked on the original case by the caller. */
/** A singular head that is not a possessive ("her daughter's friend" is one friend). */
const SG = String.raw`(?:${SINGULAR})\b(?![’']s\b)`;
const AGE_NAME = String.raw`${AGE_BARE}\s+(?!(?:and|or|was|were|is|who|in|at|on|from|of)\b)[\p{L}’'-]+(?:\s+(?!(?:and|or|was|were|is|who|in|at|on|from|of|after|before|when|while|during|near|as|with|by|for|to|last|early|late|outside|inside|since|until|into)\b)[\p{L}’'-]+(?:\.(?=\s+\p{L}))?){1,2}`;
const ONE = String.raw`(?:an?|one|his|her)\s+${MODS}(?:${AGE}(?:\s+${MODS}${SG})?|${SG})|${AGE_BARE}\s+${MODS}${SG}|${AGE_NAME}`;
const MANY = String.raw`(?:(?:their|his|her)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,3})\s+${MODS}(?:${PLURAL})\b`;
export const NP = String.raw`(?:${ONE}|${MANY})`;
/** A conjunct that shares the first one's determiner: "his mother and grandmother", "a woman and 3-year-old child" (never "… and shooting the child"). */
export const BARE_ONE_NP = String.raw`(?:(?!(?:the|a|an|his|her|their|its|[\p{L}’'-]*ing)\s)[\p{L}’'-]+\s+){0,2}?(?:${AGE}\s+)?${SG}(?!\s+of\b)`;
/** A headline or lead that drops the article: "Man fatally shot", "7-year-old boy was killed" (only at the sentence start). */
/** A headline's modifiers never hold a determiner or a verb of saying ("Investigators believe the man …" has no headline subject). */
const HEAD_MODS = String.raw`(?:(?!(?:the|a|an|his|her|their|its|says?|said|believes?|believed|think|thinks)\b)[\p{L}’'.-]+\s+){0,3}?`;
export const HEAD_NP = String.raw`^(?!(?:the|this|that|these|those|its|their|our|your|police|officers?|authorities)\b)${HEAD_MODS}(?:${AGE}(?:\s+${MODS}(?:${SINGULAR})\b)?|(?:${SINGULAR})\b)`;
/** Noun phrases joined by commas and "and"; bare conjuncts after commas only in a list that ends with "and" ("his wife, son and daughter"). */
export const LIST = String.raw`${NP}(?:(?:\s*,\s*(?:${NP}|${BARE_ONE_NP}))+\s*,?\s+and\s+(?:${NP}|${BARE_ONE_NP})|(?:\s*,\s*${NP})*(?:\s*,?\s+and\s+(?:${NP}|${BARE_ONE_NP}))?)(?:\s*,\s*${AGE_NAME})?`;
export const ADV = String.raw`(?:(?:fatally|critically|seriously|mortally|gravely|also|later|reportedly|allegedly|accidentally|unintentionally|tragically|each|both|all|then|apparently)\s+)*`;
export const PASSIVE_PRED = String.raw`(?:(?:fatally|mortally)\s+(?:shot|wounded|stabbed|injured)|pronounced\s+dead|found\s+(?:shot\s+)?dead|found\s+(?:fatally\s+shot|shot\s+to\s+death)|shot\s+and\s+killed|shot\s+to\s+death|shot\s+dead|stabbed\s+to\s+death|gunned\s+down|killed|slain|murdered|dead|wounded|injured|hurt|hospitali[sz]ed|shot\s+and\s+(?:wounded|injured))`;

export const NP_START = new RegExp(String.raw`^${NP}`, 'u');
export const NP_RE = new RegExp(String.raw`${NP}|(?<=\band\s+|,\s*)${BARE_ONE_NP}`, 'gu');
const SINGULAR_HEAD = new RegExp(String.raw`\b(?:${SINGULAR})$`, 'u');
const AGE_START = new RegExp(String.raw`^${AGE}\b`, 'u');

/** The counted head and the count of one noun phrase ("a 17-year-old boy" → 1 boy; "six children" → 6 child; "13-year-old jane roe" → 1 person). */
export function npCount(np: string): { n: number; lemma: string } | undefined {
  const t = np.trim();
  const first = t
    .replace(/^(?:their|his|her)\s+(?=\S+\s)/i, '')
    .split(/\s+/)[0]!
    .toLowerCase();
  const aged = AGE_START.test(t.replace(/^(?:their|his|her|an?|one)\s+/i, ''));
  if (aged && !SINGULAR_HEAD.test(t.toLowerCase())) return { n: 1, lemma: 'person' };
  // "a 5 year-old boy" is one boy, not five.
  const n = aged
    ? 1
    : /^\d+$/.test(first)
      ? Number(first)
      : (WORD_NUMBER[first] ?? (SINGULAR_HEAD.test(t.toLowerCase()) ? 1 : undefined));
  if (!n) return undefined;
  const last = t.split(/\s+/).pop()!.toLowerCase();
  if (last === 'couple') return { n: 2 * n, lemma: 'person' };
  const head = /(?:years?|months?|weeks?)[- ]old$/.test(last) ? 'person' : last;
  const lemma =
    head === 'people' || head === 'persons' || head === 'others'
      ? 'person'
      : head === 'men'
        ? 'man'
        : head === 'women'
          ? 'woman'
          : /(?:children|kids)$/.test(head)
            ? head.replace(/(?:ren|s)$/, '').replace(/^kid$/, 'child')
            : head.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  return { n, lemma };
}

/**
 * The people a list of noun phrases counts. A plural count followed by its members ("Two victims, a 25-year-old man and a
 * 26-year-old man") is not summed, nor a name set beside one person by a comma ("his brother, 22-year-old John Roe").
 */
/** `parts`: the people phrases counted (an apposition is one); `written`: the noun phrases as written, unborn ones included. */
export function listCount(list: string): { n: number; lemma: string; parts: number; written: number } | undefined {
  const parts: { n: number; lemma: string; named: boolean; start: number; end: number }[] = [];
  let found = 0;
  for (const m of list.matchAll(NP_RE)) {
    const c = npCount(m[0]);
    found++;
    // Tolls count the born: "five people and an unborn child" is five, as police and most desks count it.
    if (!c || /\bunborn\b/.test(m[0])) continue;
    const named = AGE_START.test(m[0].trim()) && !SINGULAR_HEAD.test(m[0].trim());
    const prev = parts[parts.length - 1];
    if (prev && c.n === 1 && prev.n === 1 && named !== prev.named && /^\s*,\s*$/.test(list.slice(prev.end, m.index))) {
      prev.end = m.index + m[0].length;
      continue;
    }
    parts.push({ ...c, named, start: m.index, end: m.index + m[0].length });
  }
  if (parts.length === 0) return undefined;
  const rest = parts.slice(1).reduce((a, x) => a + x.n, 0);
  if (parts.length >= 3 && parts[0]!.n > 1 && parts[0]!.n === rest)
    return { n: parts[0]!.n, lemma: parts[0]!.lemma, parts: 1, written: found };
  const lemmas = new Set(parts.map((x) => x.lemma));
  return {
    n: parts.reduce((a, x) => a + x.n, 0),
    lemma: lemmas.size === 1 ? [...lemmas][0]! : 'person',
    parts: parts.length,
    written: found,
  };
}

const AGE_THEN = new RegExp(String.raw`${AGE}\s+`, 'gu');
const MODS_SINGULAR = new RegExp(String.raw`^${MODS}(?:${SINGULAR})\b`, 'u');

/** An age-and-name phrase ("13-year-old jane roe") is a victim only when the two original words after the age are capitalised. */
export function namesCapitalised(original: string, lowerNp: string): boolean {
  for (const m of lowerNp.matchAll(AGE_THEN)) {
    const at = m.index + m[0].length;
    if (MODS_SINGULAR.test(lowerNp.slice(at))) continue;
    const words = original.slice(at).split(/\s+/, 2);
    if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  }
  return true;
}
