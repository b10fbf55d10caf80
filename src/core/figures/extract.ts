// Figures of one sentence: a token pass with small word lists (no NLP library: cheaper and more predictable).
import type { Figure, FigureKind, NonClaimReason } from '../types';
import { HEDGES, type HedgeKind, hedgedInterval } from './hedges';
import { FRACTIONS, MULTIPLIERS, ORDINALS, SCALE_SUFFIXES, SCALE_WORDS, TENS, UNITS, VAGUE } from './numbers';
import { type ScannedNumber, asciiDigits, roundingHalfUnit, scanNumber } from './scanNumber';

/** Denominators that make n/m a fraction rather than a month and day. */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 50, 64, 100]);

export interface FigureMatch extends Figure {
  nonClaim?: NonClaimReason;
}

interface Tok {
  t: 'num' | 'word' | 'punct';
  text: string;
  low: string;
  start: number;
  end: number;
  n?: ScannedNumber;
}

/** A quantity found at a token range [s, e). */
interface Qty {
  s: number;
  e: number;
  kind: FigureKind;
  value: number;
  /** Rounding half-unit; 0 for exact. */
  half: number;
  scaleMul: number;
  low?: number;
  high?: number;
  scale?: string;
  currency?: string;
  nonClaim?: NonClaimReason;
  /** Plain digits with no grouping, currency or scale: may be a year. */
  plain?: ScannedNumber;
}

const has = (o: object, k: string): boolean => Object.hasOwn(o, k);
// Phrases split once: these lookups run at every number.
const HEDGE_WORDS = HEDGES.map(([phrase, kind]) => [phrase.split(' '), kind] as const);
const HEDGE_LAST = new Set(HEDGE_WORDS.map(([words]) => words[words.length - 1]!));
const VAGUE_WORDS = VAGUE.map(([phrase, low, high]) => [phrase.split(' '), low, high] as const);
const VAGUE_FIRST = new Set(VAGUE_WORDS.map(([words]) => words[0]!));
const set = (words: string): Set<string> => new Set(words.split(' '));

const MONTHS = set(
  'january jan february feb march mar april apr may june jun july jul august aug september sep sept october oct november nov december dec',
);
const TIME_UNITS = set(
  'second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight fortnights month months year years decade decades century centuries',
);
/** Nouns after "over"/"under" that make them "across"/"during", not hedges ("staggered over three stages"). */
const PERIOD_NOUNS = set('stage phase round period term session day week month year decade hour minute');
const AFTER_PERSON = set(
  'was is were are has had died dies who whose whom said says and or remains remained shot killed wounded injured arrested charged found taken hit struck stabbed',
);
const PERSON_NOUNS = set(
  'boy girl man woman child baby son daughter mother father brother sister student resident teenager toddler infant victim driver journalist soldier officer nephew niece grandson granddaughter grandmother grandfather wife husband patient cousin youth worker farmer fisherman photographer reporter activist protester',
);
const ONE_NOUNS = set(
  'person man woman child boy girl baby soldier civilian hostage captive prisoner detainee journalist worker doctor nurse medic brigade battalion division officer policeman fighter militant member resident patient student official source diplomat israeli palestinian',
);
const LIMITERS = set('just only exactly merely another single');
const FAMILY = set('mother father parent grandmother grandfather grandparent');
const NAME_PREFIXES = set(
  'route article flight boeing airbus windows resolution chapter section paragraph clause highway interstate road room gate terminal platform apollo model version unit channel page level phase iphone galaxy no number proposition prop amendment bus line squadron camp bill war fox abc nbc cbs',
);
const YEAR_CUES = set('in since by until till from of during before after early late mid year fiscal through between');
const CURRENCY_WORDS: Record<string, string> = {
  dollars: '$',
  dollar: '$',
  euros: '€',
  euro: '€',
  pounds: '£',
  shekels: 'ILS',
  shekel: 'ILS',
  yen: '¥',
  yuan: 'CNY',
  rupees: 'INR',
  riyals: 'SAR',
  dinars: 'dinar',
};
const CURRENCY_CODES = set('USD EUR GBP ILS JPY CHF CNY INR SAR AED EGP QAR');
const SPEAKERS = set(
  'source official diplomat witness eyewitness resident medic doctor spokesperson spokesman spokeswoman analyst aide person expert officer insider lawmaker minister negotiator correspondent representative envoy delegate',
);
const SPEECH = set('say tell report add state announce confirm speak claim note explain cite quote');
const IRREG_PLURALS: Record<string, string> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  police: 'police',
  personnel: 'personnel',
  staff: 'staff',
  cattle: 'cattle',
  livestock: 'livestock',
  sheep: 'sheep',
  lives: 'life',
  wives: 'wife',
  crises: 'crisis',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
};
const NOT_PLURAL = set(
  "says has was does is its this thus his hers ours yours theirs whereas always perhaps across less unless hamas remains stays goes seems becomes lies news series means sometimes besides towards afterwards nearly gaza's",
);
const NOUN_STOP = set(
  'the a an this that these those its their his her our my your whom who which whose what it they them he she we you i us there here each every all both some any no none most many much more less few other another such ' +
    'in on at to from into onto with without by for of since during after before across under over near between among including per via about around through throughout against toward towards within inside outside despite amid than as like until till upon off out up down along behind beyond according following ' +
    'and or but yet so because while when where whereas if although though nor ' +
    'is are was were be been being have has had will would can could may might must shall should do does did not ' +
    'also still now already mostly mainly only just even then ago later earlier again too very reportedly allegedly respectively said says say told',
);
const AUX = set(
  'have has had been be being are is was were will would could can may might must should shall still also now already reportedly allegedly not all each mostly later then since subsequently been reported believed thought feared',
);
const LEFT_SKIP = set('the its their his her our a an all most of at to by also reportedly total');

const IRREGULAR_VERBS: Record<string, string> = {
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
const VERBS = set(
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

const LETTER = /[\p{L}\p{M}]/u;
function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && LETTER.test(s[i]!);
}

function tokenize(s: string): Tok[] {
  const toks: Tok[] = [];
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // No space grouping right after a month: "October 7 200 people" is a date then a count.
      const prev = toks[toks.length - 1];
      const prev2 = prev?.text === '.' ? toks[toks.length - 2] : prev;
      const n = scanNumber(s, i, !(prev2?.t === 'word' && MONTHS.has(prev2.low)));
      toks.push({ t: 'num', text: s.slice(i, n.end), low: s.slice(i, n.end), start: i, end: n.end, n });
      i = n.end;
    } else if (isLetter(s, i)) {
      let j = i + 1;
      while (j < s.length && (isLetter(s, j) || ((s[j] === "'" || s[j] === '’') && isLetter(s, j + 1)))) j++;
      const text = s.slice(i, j);
      toks.push({ t: 'word', text, low: text.toLowerCase(), start: i, end: j });
      i = j;
    } else if (
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 0xa0 ||
      (c >= 0x2000 && c <= 0x200b) ||
      c === 0x202f
    ) {
      i++;
    } else {
      toks.push({ t: 'punct', text: s[i]!, low: s[i]!, start: i, end: i + 1 });
      i++;
    }
  }
  return toks;
}

/** Extraction state for one sentence. */
class SentenceScan {
  readonly out: FigureMatch[] = [];
  private readonly toks: Tok[];

  constructor(
    private readonly sentence: string,
    private readonly offset: number,
  ) {
    this.toks = tokenize(asciiDigits(sentence));
  }

  private w(i: number): string {
    const t = this.toks[i];
    return t && t.t !== 'num' ? t.low : '';
  }
  private num(i: number): ScannedNumber | undefined {
    return this.toks[i]?.n;
  }
  private adj(a: number, b: number): boolean {
    const ta = this.toks[a];
    const tb = this.toks[b];
    return !!ta && !!tb && ta.end === tb.start;
  }
  private isCap(i: number): boolean {
    const t = this.toks[i];
    return t?.t === 'word' && /^\p{Lu}/u.test(t.text);
  }
  private small(i: number, max: number): number | undefined {
    const n = this.num(i);
    return n && !n.grouped && n.decimals === 0 && n.intDigits.length <= 2 && n.value >= 1 && n.value <= max
      ? n.value
      : undefined;
  }
  private year(i: number): boolean {
    const n = this.num(i);
    return !!n && !n.grouped && n.decimals === 0 && n.intDigits.length === 4 && n.value >= 1000 && n.value <= 2999;
  }

  run(): FigureMatch[] {
    for (let k = 0; k < this.toks.length;) {
      const fixed = this.readDate(k) ?? this.readTime(k);
      if (fixed) {
        this.emit(fixed, undefined);
        k = fixed.e;
        continue;
      }
      const q = this.readQuantity(k);
      if (!q) {
        k++;
        continue;
      }
      this.finish(q);
      k = q.e;
    }
    return this.out;
  }

  /** "April 7, 2024", "Oct. 7", "7 October", "Apr 08 2024", "April 2024", "2024-04-08", "8/4/2024". */
  private readDate(k: number): Qty | undefined {
    const date = (e: number, value: number): Qty => ({
      s: k,
      e,
      kind: 'count',
      value,
      half: 0,
      scaleMul: 1,
      nonClaim: 'date',
    });
    if (this.isCap(k) && MONTHS.has(this.w(k))) {
      let j = k + 1;
      if (this.w(j) === '.' && this.adj(k, j)) j++;
      const day = this.small(j, 31);
      if (day !== undefined) {
        j++;
        const y = this.w(j) === ',' ? j + 1 : j;
        return date(this.year(y) ? y + 1 : j, day);
      }
      if (this.year(j)) return date(j + 1, this.num(j)!.value);
      return undefined;
    }
    const day = this.small(k, 31);
    if (day !== undefined && this.isCap(k + 1) && MONTHS.has(this.w(k + 1)))
      return date(this.year(k + 2) ? k + 3 : k + 2, day);
    // Numeric dates: all parts glued by one separator.
    const n = this.num(k);
    const sep = this.w(k + 1);
    if (
      n &&
      (sep === '-' || sep === '/') &&
      this.w(k + 3) === sep &&
      this.num(k + 2) &&
      this.num(k + 4) &&
      this.adj(k, k + 1) &&
      this.adj(k + 1, k + 2) &&
      this.adj(k + 2, k + 3) &&
      this.adj(k + 3, k + 4)
    ) {
      const parts = [n, this.num(k + 2)!, this.num(k + 4)!];
      if (parts.every((p) => !p.grouped && p.decimals === 0 && p.intDigits.length <= 4)) return date(k + 5, n.value);
    }
    // "9/11", "7/7": month/day as a name; "1/3" and "3/4" stay fractions (their denominators are fraction ones).
    const d = this.num(k + 2);
    if (
      n &&
      sep === '/' &&
      d &&
      this.adj(k, k + 1) &&
      this.adj(k + 1, k + 2) &&
      this.w(k + 3) !== '/' &&
      !n.grouped &&
      !d.grouped &&
      !n.decimals &&
      !d.decimals
    ) {
      if (n.value >= 1 && n.value <= 12 && d.value >= 1 && d.value <= 31 && !FRACTION_DENOMINATORS.has(d.value))
        return date(k + 3, n.value);
      // "24/7" means "all the time".
      if (n.value === 24 && d.value === 7) return { ...date(k + 3, 24), nonClaim: 'name' };
    }
    return undefined;
  }

  /** "10:30", "3 pm", "3 p.m.", "0900 GMT", "10 o'clock". */
  private readTime(k: number): Qty | undefined {
    const n = this.num(k);
    if (!n || n.grouped || n.decimals) return undefined;
    const time = (e: number): Qty => ({
      s: k,
      e,
      kind: 'count',
      value: n.value,
      half: 0,
      scaleMul: 1,
      nonClaim: 'time',
    });
    if (
      this.w(k + 1) === ':' &&
      this.adj(k, k + 1) &&
      this.adj(k + 1, k + 2) &&
      this.num(k + 2)?.intDigits.length === 2
    ) {
      const e = k + 3;
      return time(this.w(e) === 'am' || this.w(e) === 'pm' ? e + 1 : e);
    }
    const next = this.w(k + 1);
    if (n.value <= 24 && (next === 'am' || next === 'pm' || next === "o'clock" || next === 'o’clock'))
      return time(k + 2);
    if (n.value <= 12 && (next === 'a' || next === 'p') && this.w(k + 2) === '.' && this.w(k + 3) === 'm')
      return time(this.w(k + 4) === '.' ? k + 5 : k + 4);
    if (
      n.intDigits.length === 4 &&
      n.value <= 2400 &&
      (next === 'gmt' || next === 'utc' || next === 'hrs' || (next === 'hours' && this.w(k + 2) === 'gmt'))
    )
      return time(k + 2);
    return undefined;
  }

  /** A figure, possibly a range ("30–40", "30 to 40", "between 30 and 40"). */
  private readQuantity(k: number): Qty | undefined {
    if (this.w(k) === 'between') {
      const a = this.readSimple(k + 1);
      if (a && this.w(a.e) === 'and') {
        const b = this.readSimple(a.e + 1);
        // "Between 2001 and 2007": a span of years.
        if (b && a.plain && b.plain && this.year(a.s) && this.year(b.s))
          return { ...a, s: k, e: b.e, nonClaim: 'year' };
        if (b) return this.range(a, b, k) ?? a;
      }
      return undefined;
    }
    const a = this.readSimple(k);
    if (!a || a.nonClaim || a.kind === 'vague' || a.kind === 'share') return a;
    const link = this.w(a.e);
    const glued = link === '-' && this.adj(a.e - 1, a.e) && this.adj(a.e, a.e + 1);
    if (glued || ((link === '–' || link === '—') && this.num(a.e + 1)) || (link === 'to' && this.w(k - 1) !== 'from')) {
      const b = this.readSimple(a.e + 1);
      if (!b || b.nonClaim) return a;
      // "2023-24", "1990–2000": a span of years.
      if (
        link !== 'to' &&
        a.plain &&
        this.year(a.s) &&
        b.plain &&
        (b.plain.intDigits.length === 2 || b.plain.intDigits.length === 4)
      ) {
        return { ...a, e: b.e, nonClaim: 'year' };
      }
      return this.range(a, b, a.s) ?? a;
    }
    return a;
  }

  private range(a: Qty, b: Qty, s: number): Qty | undefined {
    const low = a.scaleMul === 1 && b.scaleMul > 1 ? a.value * b.scaleMul : a.value;
    if (!(b.value > low) || a.kind === 'share' || b.kind === 'share' || b.kind === 'vague') return undefined;
    return {
      s,
      e: b.e,
      kind: 'range',
      value: (low + b.value) / 2,
      half: 0,
      scaleMul: b.scaleMul,
      low,
      high: b.value,
      scale: b.scale ?? a.scale,
      currency: a.currency ?? b.currency,
    };
  }

  /** One figure: currency, the number (digits, words, vague or share), scale, percent or currency word. */
  private readSimple(k: number): Qty | undefined {
    let i = k;
    let currency: string | undefined;
    const t = this.toks[k];
    if (!t) return undefined;
    if (t.t === 'punct' && '$€£¥₪₹'.includes(t.text) && this.num(k + 1)) {
      currency = t.text;
      i++;
    } else if (
      t.t === 'word' &&
      /^(?:US|A|C|HK|NZ|S)$/.test(t.text) &&
      this.w(k + 1) === '$' &&
      this.adj(k, k + 1) &&
      this.num(k + 2)
    ) {
      currency = t.text + '$';
      i += 2;
    } else if (t.t === 'word' && CURRENCY_CODES.has(t.text) && this.num(k + 1)) {
      currency = t.text;
      i++;
    }
    const q = this.num(i) ? this.readDigits(i) : currency ? undefined : this.readWords(i);
    if (!q) return undefined;
    q.s = k;
    if (q.nonClaim || q.kind === 'vague' || q.kind === 'share') return q;
    // "1/3", "3/4": a written fraction is a share.
    const den = this.num(q.e + 1);
    if (
      this.w(q.e) === '/' &&
      den &&
      this.adj(q.e - 1, q.e) &&
      this.adj(q.e, q.e + 1) &&
      FRACTION_DENOMINATORS.has(den.value) &&
      q.value >= 1 &&
      q.value < den.value &&
      !den.decimals
    ) {
      return { s: k, e: q.e + 2, kind: 'share', value: (100 * q.value) / den.value, half: 0, scaleMul: 1 };
    }
    // "one in five", "1 in 10": a share.
    if (this.w(q.e) === 'in' || (this.w(q.e) === 'out' && this.w(q.e + 1) === 'of')) {
      let j = q.e + (this.w(q.e) === 'in' ? 1 : 2);
      if (this.w(j) === 'every') j++;
      const d = this.num(j) ? this.readDigits(j) : this.readWords(j);
      if (d && !d.nonClaim && d.kind === 'count' && q.value >= 1 && d.value > q.value && d.value <= 1000) {
        return { s: k, e: d.e, kind: 'share', value: (100 * q.value) / d.value, half: 0, scaleMul: 1 };
      }
    }
    let e = q.e;
    const next = this.w(e);
    if (next === '%' || next === '٪' || next === 'percent' || next === 'pct') {
      return { ...q, e: e + 1, kind: 'percent', plain: undefined };
    }
    if ((next === 'per' && this.w(e + 1) === 'cent') || (next === 'percentage' && /^points?$/.test(this.w(e + 1)))) {
      return { ...q, e: e + 2, kind: 'percent', plain: undefined };
    }
    if (!currency && has(CURRENCY_WORDS, next)) {
      currency = CURRENCY_WORDS[next];
      e++;
    } else if (!currency && CURRENCY_CODES.has(this.toks[e]?.text ?? '')) {
      currency = this.toks[e]!.text;
      e++;
    }
    if (currency) return { ...q, e, kind: 'money', currency, plain: undefined };
    return q;
  }

  private readDigits(i: number): Qty | undefined {
    const n = this.num(i)!;
    let e = i + 1;
    let scaleMul = 1;
    let scale: string | undefined;
    const suffix = this.toks[e];
    if (suffix?.t === 'word' && this.adj(i, e)) {
      if (has(SCALE_SUFFIXES, suffix.low)) {
        scaleMul = SCALE_SUFFIXES[suffix.low]!;
        scale = suffix.text;
        e++;
      } else {
        // "2nd", "1990s", "in their 30s", "3pm"; other letters make a name ("5G", "F-16s").
        const glued = this.adj(i - 1, i) && (this.toks[i - 1]!.t === 'word' || this.w(i - 1) === '-');
        const reason: NonClaimReason = glued
          ? 'name'
          : /^(?:st|nd|rd|th)$/.test(suffix.low)
            ? 'ordinal'
            : suffix.low === 's'
              ? n.intDigits.length === 4
                ? 'year'
                : n.intDigits.length === 2 && n.value % 10 === 0
                  ? 'age'
                  : 'name'
              : suffix.low === 'am' || suffix.low === 'pm'
                ? 'time'
                : 'name';
        return { s: i, e: e + 1, kind: 'count', value: n.value, half: 0, scaleMul: 1, nonClaim: reason };
      }
    }
    if (!scale && this.toks[e]?.t === 'word' && has(SCALE_WORDS, this.w(e))) {
      scaleMul = SCALE_WORDS[this.w(e)]!;
      scale = this.toks[e]!.text;
      e++;
    }
    const value = n.value * scaleMul;
    const plain = scale || n.grouped || n.decimals ? undefined : n;
    return {
      s: i,
      e,
      kind: 'count',
      value,
      half: roundingHalfUnit(n.intDigits, n.decimals, scaleMul),
      scaleMul,
      scale,
      plain,
    };
  }

  /** Number words, vague plurals, shares and ordinals. */
  private readWords(k: number): Qty | undefined {
    const w = this.w(k);
    if (!w) return undefined;
    const vague = this.readVague(k);
    if (vague) return vague;
    const share = this.readShare(k);
    if (share) return share;
    // "several hundred", "a few thousand": vague like "hundreds".
    const m = w === 'a' && this.w(k + 1) === 'few' ? k + 2 : w === 'several' || w === 'few' ? k + 1 : -1;
    if (m > 0 && has(MULTIPLIERS, this.w(m)) && MULTIPLIERS[this.w(m)]! >= 100) {
      const mul = MULTIPLIERS[this.w(m)]!;
      return { s: k, e: m + 1, kind: 'vague', value: 2 * mul, low: 2 * mul, high: 10 * mul - 1, half: 0, scaleMul: 1 };
    }
    if (has(ORDINALS, w) && (w !== 'second' || /^(?:the|a|its|their|his|her)$/.test(this.w(k - 1)))) {
      return { s: k, e: k + 1, kind: 'count', value: ORDINALS[w]!, half: 0, scaleMul: 1, nonClaim: 'ordinal' };
    }
    let total = 0;
    let cur = 0;
    let i = k;
    let any = false;
    let scale: string | undefined;
    let scaleMul = 1;
    let lastSmall = false;
    if ((w === 'a' || w === 'an') && has(MULTIPLIERS, this.w(k + 1))) {
      cur = 1;
      any = true;
      i++;
    } else if (w === 'half' && this.w(k + 1) === 'a' && has(MULTIPLIERS, this.w(k + 2))) {
      cur = 0.5;
      any = true;
      i += 2;
    }
    for (; i < this.toks.length;) {
      const x = this.w(i);
      if (has(UNITS, x) || has(TENS, x)) {
        if (lastSmall) break;
        let v = has(UNITS, x) ? UNITS[x]! : TENS[x]!;
        if (
          has(TENS, x) &&
          this.w(i + 1) === '-' &&
          this.adj(i, i + 1) &&
          has(UNITS, this.w(i + 2)) &&
          UNITS[this.w(i + 2)]! < 10
        ) {
          v += UNITS[this.w(i + 2)]!;
          i += 2;
        } else if (
          has(TENS, x) &&
          has(UNITS, this.w(i + 1)) &&
          UNITS[this.w(i + 1)]! > 0 &&
          UNITS[this.w(i + 1)]! < 10
        ) {
          // "Forty six percent": the hyphen is often dropped.
          v += UNITS[this.w(i + 1)]!;
          i++;
        }
        cur += v;
        any = lastSmall = true;
        i++;
      } else if (any && has(MULTIPLIERS, x)) {
        const mul = MULTIPLIERS[x]!;
        if (mul === 100 || mul === 12) cur = (cur || 1) * mul;
        else {
          total += (cur || 1) * mul;
          cur = 0;
        }
        if (mul > scaleMul && mul >= 1000) {
          scaleMul = mul;
          scale = this.toks[i]!.text;
        }
        lastSmall = false;
        i++;
      } else if (any && x === 'and' && !lastSmall && (has(UNITS, this.w(i + 1)) || has(TENS, this.w(i + 1)))) {
        i++;
      } else break;
    }
    if (!any) return undefined;
    const value = total + cur;
    if (value === 1 && i === k + 1 && !this.oneCounts(k)) return undefined;
    return {
      s: k,
      e: i,
      kind: 'count',
      value,
      half: roundingHalfUnit(String(Math.round(value)), 0, 1),
      scaleMul,
      scale,
    };
  }

  /** "one" alone is a figure only as a count: "just one brigade", "one soldier"; not "one of", "no one", "one step away". */
  private oneCounts(k: number): boolean {
    const prev = this.w(k - 1);
    if (prev === 'no') return false;
    if (
      (this.w(k + 1) === 'in' || this.w(k + 1) === 'out') &&
      (this.num(k + 2) ||
        this.num(k + 3) ||
        /^(?:every|of|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)$/.test(this.w(k + 2)))
    )
      return true;
    const hedged = /^[a-z]+$/.test(prev) && HEDGE_LAST.has(prev);
    return LIMITERS.has(prev) || hedged || ONE_NOUNS.has(this.w(k + 1));
  }

  private readVague(k: number): Qty | undefined {
    if (!VAGUE_FIRST.has(this.w(k))) return undefined;
    for (const [words, low, high] of VAGUE_WORDS) {
      if (!words.every((p, j) => this.w(k + j) === p)) continue;
      const e = k + words.length;
      if (words[0] === 'scores' && this.w(e) !== 'of') continue;
      // "hundreds of thousands" is matched before "hundreds"; "thousands" after "tens of" was consumed with it.
      return { s: k, e, kind: 'vague', value: low, low, high, half: 0, scaleMul: 1 };
    }
    return undefined;
  }

  /** "a third", "two-thirds", "three quarters", "half of": value in percent so shares compare with percentages. */
  private readShare(k: number): Qty | undefined {
    const w = this.w(k);
    const share = (e: number, num: number, den: number): Qty => ({
      s: k,
      e,
      kind: 'share',
      value: (100 * num) / den,
      half: 0,
      scaleMul: 1,
    });
    if (w === 'half' && /^(?:of|the|its|their|his|her|all)$/.test(this.w(k + 1))) return share(k + 1, 1, 2);
    const numerator = w === 'a' ? 1 : has(UNITS, w) ? UNITS[w]! : undefined;
    if (numerator === undefined || numerator === 0) return undefined;
    const f = this.w(k + 1) === '-' && this.adj(k, k + 1) ? k + 2 : k + 1;
    const den = FRACTIONS[this.w(f)];
    if (!den || !has(FRACTIONS, this.w(f))) return undefined;
    // "a third of", "cut by a third." — but "a third round" is an ordinal.
    const after = this.toks[f + 1];
    // "a third-place finish", "a half-measure": a compound modifier, not a share.
    if (after?.text === '-' && this.adj(f, f + 1)) return undefined;
    if (this.w(f + 1) === 'of' || !after || after.t === 'punct' || this.w(k - 1) === 'by' || f === k + 2)
      return share(f + 1, numerator, den);
    return undefined;
  }

  private hedgeBefore(s: number): { kind: HedgeKind; s: number } | undefined {
    if (!HEDGE_LAST.has(this.w(s - 1))) return undefined;
    for (const [words, kind] of HEDGE_WORDS) {
      const start = s - words.length;
      if (start >= 0 && words.every((p, j) => this.w(start + j) === p)) return { kind, s: start };
    }
    return undefined;
  }

  /** Head noun of the counted phrase: skips modifiers and "of its" to the first plural noun run; singular for "one". */
  private findNoun(e: number, singular: boolean): number | undefined {
    let i = e;
    if (this.w(i) === 'of') {
      i++;
      if (/^(?:the|its|their|his|her|our|these|those|them|whom|which|us)$/.test(this.w(i))) {
        if (/^(?:them|whom|which|us|those|these)$/.test(this.w(i)) && !this.isPlural(i + 1)) return undefined;
        i++;
      }
    }
    let head: number | undefined;
    for (let n = 0; n < 6 && i < this.toks.length; n++, i++) {
      const t = this.toks[i]!;
      if (t.t === 'punct') {
        if (t.text === '-' && this.adj(i - 1, i) && this.adj(i, i + 1) && head === undefined) continue;
        break;
      }
      if (t.t === 'num') break;
      if (head !== undefined) {
        if (this.isPlural(i) || (singular && !NOUN_STOP.has(t.low) && !verbLemma(t.low) && n < 3)) head = i;
        else break;
      } else if (this.isPlural(i)) head = i;
      else if (t.low === 'and' || t.low === 'or') continue;
      else if (NOUN_STOP.has(t.low)) break;
      else if (singular && !verbLemma(t.low)) head = i;
      else if (verbLemma(t.low) && !/ed$/.test(t.low)) break;
    }
    return head;
  }

  private isPlural(i: number): boolean {
    const t = this.toks[i];
    if (t?.t !== 'word') return false;
    const l = t.low;
    if (has(IRREG_PLURALS, l)) return true;
    if (l.length < 4 || NOUN_STOP.has(l) || NOT_PLURAL.has(l) || /['’]/.test(l)) return false;
    return l.endsWith('s') && !/(?:ss|us|is)$/.test(l);
  }

  private leftVerb(s: number): string | undefined {
    for (let i = s - 1, n = 0; i >= 0 && n < 4; i--, n++) {
      const t = this.toks[i]!;
      if (t.t !== 'word') return undefined;
      if (LEFT_SKIP.has(t.low)) continue;
      // "the deaths of around 1,200 people", "death toll of": the toll is of people killed.
      if (t.low === 'deaths' || t.low === 'death' || t.low === 'toll') return 'kill';
      const v = verbLemma(t.low);
      return v && !SPEECH.has(v) && v !== 'be' && v !== 'have' ? v : undefined;
    }
    return undefined;
  }

  private rightVerb(i: number): string | undefined {
    if (this.w(i) === 'of' && /^(?:whom|them|those|which|these)$/.test(this.w(i + 1))) i += 2;
    for (let n = 0; n < 5 && i < this.toks.length; i++, n++) {
      const t = this.toks[i]!;
      // Skip an aside: "33,207 people, mostly women and children, have been killed".
      if (t.text === ',' && /^(?:including|mostly|mainly|many|most|among|who|all|both)$/.test(this.w(i + 1))) {
        let close = i + 2;
        while (close < i + 16 && close < this.toks.length && this.toks[close]!.text !== ',') close++;
        if (this.toks[close]?.text === ',') {
          i = close;
          continue;
        }
      }
      if (t.t !== 'word') return undefined;
      if (AUX.has(t.low)) continue;
      const v = verbLemma(t.low);
      return v && !SPEECH.has(v) ? v : undefined;
    }
    return undefined;
  }

  /** The number is the subject of a speech verb ("Two Egyptian security sources … said") or follows "according to". */
  private speakerCount(q: Qty, noun: number | undefined, lemma: string | undefined): boolean {
    if (noun === undefined || !lemma || !SPEAKERS.has(lemma)) return false;
    if (
      (this.w(q.s - 2) === 'according' && this.w(q.s - 1) === 'to') ||
      ((this.w(q.s - 2) === ',' || this.w(q.s - 2) === '”') && SPEECH.has(verbLemma(this.w(q.s - 1)) ?? ''))
    )
      return true;
    if (this.leftVerb(q.s)) return false;
    let aside = false;
    // "Two people who attended the meeting said", "One person familiar with the talks said": a restrictive clause
    // describing the speakers; only a speech verb after it decides.
    let relative = false;
    for (let i = noun + 1, n = 0; i < this.toks.length && n < 16; i++, n++) {
      const x = this.w(i);
      if (i === noun + 1 && /^(?:who|familiar|briefed|close|involved|knowledgeable|aware|with)$/.test(x))
        relative = true;
      // A comma-bounded aside ("Two sources, who asked not to be named, said") is skipped whole.
      if (x === ',' && (aside || /^(?:who|speaking|both|all|each|including)$/.test(this.w(i + 1)))) {
        aside = !aside;
        continue;
      }
      if (aside) continue;
      // Parts of compound modifiers ("state-run") are not the clause's verb.
      if ((this.w(i + 1) === '-' && this.adj(i, i + 1)) || (this.w(i - 1) === '-' && this.adj(i - 1, i))) continue;
      const v = verbLemma(x);
      if (v && SPEECH.has(v)) return true;
      if (x === '.' || x === ';') return false;
      if (relative && x !== ',') continue;
      if (v && !AUX.has(x)) return false;
      if (x === ',') return false;
    }
    return false;
  }

  /** Why the number at q is not a claim, if it is not one. */
  private classify(q: Qty, noun: number | undefined): NonClaimReason | undefined {
    const { s, e } = q;
    const first = this.toks[s]!;
    const prev = this.w(s - 1);
    // Names: "G7", "COVID-19", "F-16", "Route 66", "resolution 2728", "Boeing 737".
    if (first.t === 'num' && this.toks[s - 1]?.t === 'word' && this.adj(s - 1, s)) return 'name';
    if (
      prev === '-' &&
      this.adj(s - 1, s) &&
      this.adj(s - 2, s - 1) &&
      /^[\p{Lu}]/u.test(this.toks[s - 2]?.text ?? '') &&
      first.t === 'num'
    )
      return 'name';
    if (first.t === 'num' && prev === '.' && this.w(s - 2) === 'no' && this.isCap(s - 2)) return 'name';
    if (
      first.t === 'num' &&
      NAME_PREFIXES.has(prev) &&
      (this.isCap(s - 1) ||
        /^(?:resolution|article|route|flight|chapter|section|paragraph|clause|room|gate|terminal|unit|model|version|page|level|phase|no)$/.test(
          prev,
        ))
    )
      return 'name';
    // "World War Two", "the S&P 500": a number that is part of a proper name.
    if (prev === 'war' && this.isCap(s - 1) && this.w(s - 2) === 'world') return 'name';
    if (
      first.t === 'num' &&
      /\bS\.?\s?&\s?P\.?\s*$/.test(this.sentence.slice(Math.max(0, first.start - 8), first.start))
    )
      return 'name';
    // List numbering: "1." or "2)" opening the text.
    if (
      s === 0 &&
      first.t === 'num' &&
      q.plain &&
      (this.w(1) === '.' || this.w(1) === ')') &&
      this.adj(0, 1) &&
      !this.adj(1, 2)
    )
      return 'list-number';
    // Ages: "38-year-old", "aged 38", ", 38," after a name, "(38)".
    const unit = this.w(e) === '-' && this.adj(e - 1, e) ? e + 1 : e;
    const unitWord = this.w(unit).replace(/s$/, '');
    const old =
      this.w(unit + 1) === 'old' ? unit + 1 : this.w(unit + 1) === '-' && this.w(unit + 2) === 'old' ? unit + 2 : -1;
    if (/^(?:year|month|week|day)$/.test(unitWord) && old > 0) {
      // "a 12-year-old girl", "the 38-year-old," are ages; "a 17-year-old blockade" is a duration.
      const after = this.toks[old + 1];
      // "a 16-year-old was wounded": a verb or a relative pronoun next means the age names the person.
      const personNoun =
        after?.t === 'word'
          ? PERSON_NOUNS.has(nounLemma(after.low)) || this.isCap(old + 1) || AFTER_PERSON.has(after.low)
          : true;
      return personNoun ? 'age' : 'duration';
    }
    if (/^(?:aged|age|ages|turns|turned|turning)$/.test(prev) && q.plain && q.value <= 120) return 'age';
    // "ages 24, 25 and 41": every number of the list after "ages".
    if (q.plain && q.value <= 120 && this.agesList(s)) return 'age';
    // ", 38," after a name or a person noun: "Holt Jr., 27, was shot", "The man, 28, later died".
    const personBefore = this.isCap(s - 2) || PERSON_NOUNS.has(nounLemma(this.w(s - 2))) || this.w(s - 2) === '.';
    if (
      q.plain &&
      q.value <= 120 &&
      ((prev === ',' && personBefore && (this.w(e) === ',' || this.w(e) === ';')) ||
        (prev === '(' && this.w(e) === ')' && this.isCap(s - 2)))
    )
      return 'age';
    // Durations: "48 hours", "six months", "7-month war", "seventh month".
    if (TIME_UNITS.has(this.w(unit)) || TIME_UNITS.has(unitWord)) return 'duration';
    // "mother of four", "father-of-three": a personal description, like an age.
    const of = this.w(s - 1) === '-' ? s - 2 : s - 1;
    if (this.w(of) === 'of' && FAMILY.has(this.w(this.w(of - 1) === '-' ? of - 2 : of - 1))) return 'age';
    if (q.plain && this.year(s) && q.value >= 1800 && q.value <= 2100 && (noun === undefined || YEAR_CUES.has(prev)))
      return 'year';
    // "the 2016 presidential election", "some 2016 candidates", "the 1992 primaries": a year naming an event (counts this size are grouped).
    const possessive = /['’]s$/.test(prev);
    if (
      q.plain &&
      this.year(s) &&
      q.value >= 1900 &&
      q.value <= 2099 &&
      (possessive ||
        /^(?:the|a|an|some|every|this|that|its|his|her|their|our|all|and|or|both|most|many|other|those|these|whose|past|previous|earlier|failed|unsuccessful|successful)$/.test(
          prev,
        )) &&
      this.toks[e]?.t === 'word'
    )
      return 'year';
    // "people 65 and older", "those 18 or younger": an age bracket.
    if (
      q.plain &&
      q.value <= 120 &&
      (this.w(e) === 'and' || this.w(e) === 'or') &&
      /^(?:older|over|up|younger|under|above|below)$/.test(this.w(e + 1))
    )
      return 'age';
    // "HB 2", "SB 1070", "FY 2016": an abbreviation in capitals names the number.
    if (
      first.t === 'num' &&
      q.plain &&
      /^[A-Z]{2,5}$/.test(this.toks[s - 1]?.text ?? '') &&
      !/^(?:US|UK|EU|UN|AP|GOP|CEO|ISIS|NATO)$/.test(this.toks[s - 1]!.text) &&
      noun === undefined
    )
      return 'name';
    return undefined;
  }

  /** Whether token `s` continues a comma list that an "ages" or "aged" opened: "ages 24, 25, and 41". */
  private agesList(s: number): boolean {
    for (let i = s - 1, steps = 0; i >= 0 && steps < 12; i--, steps++) {
      const w = this.w(i);
      if (w === 'ages' || w === 'aged') return true;
      if (!(w === ',' || w === 'and' || this.toks[i]!.t === 'num')) return false;
    }
    return false;
  }

  private finish(q: Qty): void {
    const hedge = q.kind !== 'range' && !q.nonClaim ? this.hedgeBefore(q.s) : undefined;
    // Shares and percentages take a singular noun too: "half of the population".
    const noun =
      q.kind === 'money' ? undefined : this.findNoun(q.e, q.value === 1 || q.kind === 'share' || q.kind === 'percent');
    const nounTok = noun === undefined ? undefined : this.toks[noun];
    const lemma = nounTok ? nounLemma(nounTok.low) : undefined;
    // "staggered over three stages": "over" means across here.
    const useHedge =
      hedge && !(/^(?:over|under|above|below)$/.test(this.w(hedge.s)) && lemma && PERIOD_NOUNS.has(lemma))
        ? hedge
        : undefined;
    const start = useHedge ? useHedge.s : q.s;
    const ordinalTime = q.nonClaim === 'ordinal' && TIME_UNITS.has(this.w(q.e)) ? 'duration' : undefined; // "seventh month"
    const nonClaim =
      ordinalTime ??
      q.nonClaim ??
      this.classify(q, noun) ??
      (this.speakerCount({ ...q, s: start }, noun, lemma) ? 'speaker-count' : undefined);
    const verb = this.leftVerb(start) ?? this.rightVerb(noun === undefined ? q.e : noun + 1);
    const fig = this.emit({ ...q, s: start }, useHedge ? this.phrase(useHedge.s, q.s) : undefined, nonClaim);
    let low: number;
    let high: number;
    if (nonClaim) [low, high] = [q.value, q.value];
    else if (q.kind === 'vague' || q.kind === 'range') {
      [low, high] = [q.low!, q.high!];
      if (useHedge?.kind === 'atLeast' || useHedge?.kind === 'moreThan') high = Infinity;
    } else if (q.kind === 'share') {
      // Shares are loose ("a third" of a population): ±10 %, capped at the whole.
      [low, high] = hedgedInterval(useHedge?.kind ?? 'around', q.value, q.value * 0.1, false);
      high = Math.min(high, 100);
    } else [low, high] = hedgedInterval(useHedge?.kind, q.value, q.half, q.kind === 'count');
    fig.low = low;
    fig.high = high;
    if (nounTok) {
      fig.noun = this.sentence.slice(nounTok.start, nounTok.end);
      fig.nounLemma = lemma;
      fig.nounSpan = { start: this.offset + nounTok.start, end: this.offset + nounTok.end };
    }
    if (verb) fig.verb = verb;
  }

  private phrase(s: number, e: number): string {
    return this.sentence.slice(this.toks[s]!.start, this.toks[e - 1]!.end);
  }

  private emit(q: Qty, hedge: string | undefined, nonClaim: NonClaimReason | undefined = q.nonClaim): FigureMatch {
    const start = this.toks[q.s]!.start;
    const end = this.toks[q.e - 1]!.end;
    const fig: FigureMatch = {
      start: this.offset + start,
      end: this.offset + end,
      text: this.sentence.slice(start, end),
      kind: q.kind,
      value: q.value,
      low: q.low ?? q.value,
      high: q.high ?? q.value,
    };
    if (hedge) fig.hedge = hedge;
    if (q.currency) fig.currency = q.currency;
    if (q.scale) fig.scale = q.scale;
    if (nonClaim) fig.nonClaim = nonClaim;
    this.out.push(fig);
    return fig;
  }
}

/** All numbers stated in one sentence; offsets are `offset` + UTF-16 index in the sentence. */
export function extractFiguresFrom(sentence: string, offset: number): FigureMatch[] {
  return new SentenceScan(sentence, offset).run();
}
