// Feature extraction for story matching: content stems, names, figures, dates and the dateline of one text.
// Pure and dependency-free: it runs on every keystroke-debounced edit, so it avoids an NLP parser.
import { AMBIGUOUS_MONTH, MONTHS, MONTH_NAME, tokenize, type Tok } from './tokens';

/** Feature kinds, as the one-letter prefix of a feature key ("n:rafah"). */
export type FeatureKind = 'w' | 'n' | 'N' | 'f' | 'd' | 'y' | 'p';

/** How much one occurrence of each kind counts: what a story is about is in its names, figures and dates (grid-tuned on DEV). */
export const KIND_BOOST: Record<FeatureKind, number> = { w: 1, n: 2, N: 2, f: 4, d: 3, y: 1, p: 2 };

/**
 * Kinds that pin down one event (names, name pairs, figures, day dates, dateline) rather than a kind of event
 * (content words, bare years). Scored as their own cosine: see SCORE in storyIndex.ts.
 */
export const SPECIFIC_KINDS: ReadonlySet<string> = new Set(['n', 'N', 'f', 'd', 'p']);

export interface WireMeta {
  agency?: string;
  /** UPDATE number from a slug ("UPDATE 2-"), 0 when none. */
  update: number;
  corrected: boolean;
  dateline?: string;
  /** ISO date the copy itself carries near its top ("September 17, 2013", "Posted 2007-11-12", " date 2024-04-08"). */
  dated?: string;
  /** News agencies the copy cites as a source in its body ("told the Reuters news agency", "AFP reported"). */
  cites?: string[];
  /** Streets of "N block of X" addresses: two shootings on different streets are different events. */
  streets?: string[];
  /** The agency item this copy is (from its metadata: guid, @version, versionCreated): see itemVersion.ts. */
  guid?: string;
  itemVersion?: number;
  versionCreated?: string;
}

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
    'mr mrs ms dr sir mister president prime minister vice secretary chief officer police sheriff sgt lt gen col capt sen rep gov judge ' +
    'spokesman spokeswoman spokesperson director deputy head lawyer attorney general governor mayor senator king queen prince pope ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december jan feb mar apr jun jul aug sep sept oct nov dec update corrected refile urgent ' +
    'first published updated posted advertisement photo video read more related story click share'
  ).split(' '),
);

/** Agency names as credited (dateline parentheses, credit lines), not as mentioned ("told Reuters"). */
const AGENCIES: [string, string][] = [
  ['Reuters', 'Reuters'],
  ['AFP|Agence France[- ]Presse', 'AFP'],
  ['AP|Associated Press', 'AP'],
  ['Al Jazeera', 'Al Jazeera'],
  ['Bloomberg', 'Bloomberg'],
  ['Xinhua', 'Xinhua'],
];
/** The literal words an agency pattern cannot match without ("Agence France[- ]Presse" -> "Agence France"). */
const literalsOf = (alt: string): string[] => alt.split('|').map((a) => a.split('[')[0]!);
const CREDIT_RES: [RegExp, string, string[]][] = AGENCIES.map(([alt, name]) => [
  new RegExp(
    `\\((?:[^)\\n]*/)?(?:${alt})(?:/[^)\\n]*)?\\)|^\\s*(?:[-—–]\\s*)?(?:${alt})(?: and news agencies)?\\s*$|[-—–]\\s*(?:${alt})\\s*$`,
    'm',
  ),
  name,
  literalsOf(alt),
]);

/** Lines that are site or agency furniture, not the story: legal notices, credits, video carousels, widgets. */
const BOILERPLATE_RE =
  /copyright|all rights reserved|©|may not be (?:re)?published|redistributed|terms of (?:use|service)|privacy policy|^\s*\(?(?:reporting|writing|editing|additional reporting|compiled) by\b|add a location to your tweets|twitter stores that location|sign up for (?:our|the) newsletter|view full caption|^\s*related coverage\b/i;

/**
 * Web-page furniture that scraped copy carries: sign-in, account and subscription widgets, newsletter and alert
 * sign-ups, metered-paywall counters, the Wayback Machine's capture bar.
 */
const WEB_FURNITURE_RE =
  /\bsign (?:in|up) (?:using|with) your\b|\b(?:subscription|subscribe|subscriber|home delivery|digital access|premium clicks?|used this month|zip ?code)\b|\bjoined forces with\b|\b(?:get|receive) (?:an? )?email (?:notifications|alerts?)\b|\bposts new content\b|\b(?:sign|log) in (?:to update your profile|or create an account)\b|\bemail newsletters?\b|\bnews (?:stories )?each day in your inbox\b|\blet us know what's going on\b|\bconfirm (?:list )?sign ?up\b|\bmoved to (?:the )?archive\b|^\s*\d+ captures\b/i;
// "0:43 Homeless man found dead… Pause": a video playlist item, another story's headline with its running time.
const VIDEO_ITEM_RE = /^\s*\d{1,2}:\d{2}\s+\S/;
// "(Photo: Getty Images)", "(Source: WAVE 3 News)": picture and source credits name agencies, not the story's actors.
const CREDIT_PAREN_RE = /\((?:photo|source|credit|image|video)s?:[^)\n]{0,80}\)/gi;

// Phone numbers ("614-645-4141", "(313) 596-2260") and radio dials ("Newsradio 780 and 105.9 FM") are no figures.
const PHONE_RE = /(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-.]\d{4}\b|\b1-\d{3}-[A-Z\d]{3}-[A-Z\d]{4}\b/g;
const RADIO_RE = /\b\d{2,4}(?:\.\d)?\s*(?:AM|FM)\b|\b(?:newsradio|radio)\s+\d{2,4}(?:\.\d)?\b/gi;

// The same patterns over the whole text at once (multi-line, not global): a line that matches one of the per-line
// patterns makes its whole-text twin match too, so a pattern whose twin finds nothing is not tried line by line.
const whole = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('g', '') + 'm');
const CLOCK_RE = /\b\d{1,2}:\d{2}\b/g;
const [BOILERPLATE_ANY, WEB_FURNITURE_ANY, VIDEO_ITEM_ANY, CLOCK_ANY, CREDIT_PAREN_ANY, PHONE_ANY, RADIO_ANY] = [
  BOILERPLATE_RE,
  WEB_FURNITURE_RE,
  VIDEO_ITEM_RE,
  CLOCK_RE,
  CREDIT_PAREN_RE,
  PHONE_RE,
  RADIO_RE,
].map(whole);

/** Drop furniture lines so that two stories from one website do not match on their footer. */
export function stripBoilerplate(text: string): string {
  const boilerplate = BOILERPLATE_ANY!.test(text);
  const web = WEB_FURNITURE_ANY!.test(text);
  const video = VIDEO_ITEM_ANY!.test(text);
  const clock = CLOCK_ANY!.test(text);
  const credit = CREDIT_PAREN_ANY!.test(text);
  // A replacement can join what it leaves into a later pattern's match: each pattern also runs after an earlier one did.
  const phone = credit || PHONE_ANY!.test(text);
  const radio = phone || RADIO_ANY!.test(text);
  if (!(boilerplate || web || video || clock || credit || phone || radio)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (
        (boilerplate && BOILERPLATE_RE.test(line)) ||
        (web && WEB_FURNITURE_RE.test(line)) ||
        (video && VIDEO_ITEM_RE.test(line)) ||
        (clock && (line.match(CLOCK_RE)?.length ?? 0) >= 3)
      )
        return '';
      if (credit) line = line.replace(CREDIT_PAREN_RE, ' ');
      if (phone) line = line.replace(PHONE_RE, ' ');
      return radio ? line.replace(RADIO_RE, ' ') : line;
    })
    .join('\n');
}

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

const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A full date with its year: "September 17, 2013", "17 September 2013", "Mon Apr 08 2024", "2007-11-12". */
const FULL_DATE_RE = new RegExp(
  `\\b(?:${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)|(\\d{1,2})\\s+${MONTH_RE},?\\s+((?:19|20)\\d\\d)|((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d))\\b`,
  'i',
);
/** How far into the copy a date still reads as its filing date (a date line or "Posted ..." under the headline). */
const DATED_HEAD_CHARS = 400;

/** The filing date a copy states near its top, as an ISO date, or undefined. */
export function detectDated(text: string): string | undefined {
  const m = FULL_DATE_RE.exec(text.slice(0, DATED_HEAD_CHARS));
  if (!m) return undefined;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [Number(m[3]), MONTHS[m[1].toLowerCase().slice(0, 3)]!, Number(m[2])];
  else if (m[5]) [y, mo, d] = [Number(m[6]), MONTHS[m[5].toLowerCase().slice(0, 3)]!, Number(m[4])];
  else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Wire agencies that other outlets build on; a broadcaster quoting itself ("told Al Jazeera") is not one. */
const WIRE_AGENCIES: [string, string][] = [
  ['Reuters', 'Reuters'],
  ['AFP|Agence France[- ]Presse', 'AFP'],
  ['Associated Press|AP', 'AP'],
  ['Bloomberg', 'Bloomberg'],
  ['Xinhua', 'Xinhua'],
];
const CITE_RES: [RegExp, string, string[]][] = WIRE_AGENCIES.map(([alt, name]) => [
  new RegExp(
    `\\b(?:told|to|according to|quoted by|cited by|reported by|via)\\s+(?:the\\s+)?(?:${alt})\\b|\\b(?:${alt})(?:\\s+news\\s+agency)?\\s+(?:reported|said|quoted|cited|reports|says)\\b|\\bthe\\s+(?:${alt})\\s+news\\s+agency\\b`,
  ),
  name,
  literalsOf(alt),
]);

/** Whether the text holds one of the words: a plain search, before a regex that scans the whole text. */
const mentions = (text: string, words: string[]): boolean => words.some((w) => text.includes(w));

/** Agencies cited as a source in the body (not credited in the dateline): a sign the copy is built on theirs. */
export function detectCites(text: string): string[] {
  const out: string[] = [];
  for (const [re, name, words] of CITE_RES) if (mentions(text, words) && re.test(text)) out.push(name);
  return out;
}

/** Agency, slug and dateline from the first lines of wire copy. */
export function detectWireMeta(text: string): WireMeta {
  const head = text.slice(0, 1200);
  const upd = /^\s*UPDATE\s*(\d+)\s*[-–—:]/m.exec(head);
  const corrected = /^\s*(?:CORRECTED|REFILE|CORRECTION)\b/m.test(head);
  let agency: string | undefined;
  for (const [re, name, words] of CREDIT_RES)
    if (mentions(text, words) && re.test(text)) {
      agency = name;
      break;
    }
  // "GAZA (Reuters) -", "GAZA:", "ROGERS PARK —": an upper-case place leading a paragraph.
  const dl =
    /(?:^|\n)\s*(?:date \d{4}-\d{2}-\d{2}\s+)?(\p{Lu}[\p{Lu}.'’ -]{1,40}?\p{Lu})(?:,\s*[\p{L}\d. ]{2,30})?\s*(?:\([^)\n]{1,40}\)\s*)?[:—–-]\s/u.exec(
      head,
    );
  const dateline = dl && !/^(?:UPDATE|CORRECTED|REFILE)/.test(dl[1]!) ? dl[1]!.trim().toLowerCase() : undefined;
  const meta: WireMeta = { agency, update: upd ? Number(upd[1]) : 0, corrected, dateline };
  const dated = detectDated(text);
  if (dated) meta.dated = dated;
  const cites = detectCites(text).filter((c) => c !== agency);
  if (cites.length) meta.cites = cites;
  const streets = detectStreets(text);
  if (streets.length) meta.streets = streets;
  return meta;
}

const ORDINAL_WORDS: Record<string, string> = {
  first: '1st',
  second: '2nd',
  third: '3rd',
  fourth: '4th',
  fifth: '5th',
  sixth: '6th',
  seventh: '7th',
  eighth: '8th',
  ninth: '9th',
  tenth: '10th',
};
// "the 5300 block of South Fairfield", "1900 block of 16th Street": US police-blotter addresses, by street.
const BLOCK_RE =
  /\b\d{1,3}00 block of (?:(?:[NSEW]\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest|NE|NW|SE|SW)[ \t]+)?(\d+(?:st|nd|rd|th)|[A-Z][a-zA-Z'’]+)/g;

// "5301 Mitscher Avenue", "on Mohawk Street", "near Middleground Road": a street named with its type.
const ADDRESS_RE =
  /\b(?:\d{1,5}[ \t]+|(?:on|near|along|off|at)[ \t]+)(?:(?:[NSEW]\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest|NE|NW|SE|SW)[ \t]+)?(\d+(?:st|nd|rd|th)|[A-Z][a-zA-Z'’]+)(?:[ \t]+[A-Z][a-zA-Z'’]+){0,2}[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Trail|Pike)\b/g;
/** Words that head a street name in prose but name no place of their own. */
const NOT_STREET = new Set(['the', 'a', 'an', 'this', 'that']);

/** Streets a story places its event on ("5300 block of South Fairfield" -> "fairfield"), sorted, for the verifier. */
export function detectStreets(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(BLOCK_RE)) {
    const w = m[1]!.toLowerCase();
    out.add(ORDINAL_WORDS[w] ?? w);
  }
  for (const m of text.matchAll(ADDRESS_RE)) {
    const w = m[1]!.toLowerCase();
    if (NOT_STREET.has(w)) continue;
    out.add(ORDINAL_WORDS[w] ?? w);
  }
  return [...out].sort();
}

/** All features of one text, capped to maxFeatures by raw weight (names, figures and dates first). */
export function extractFeatures(text: string, maxFeatures = 200): DocFeatures {
  // Lines are split on "\n" below: a lone CR (old Mac line end) would make the whole story one line.
  text = text.replace(/\r(?!\n)/g, '\n');
  const toks = tokenize(stripBoilerplate(text));
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

  const meta = detectWireMeta(text);
  if (meta.dateline) add(`p:${meta.dateline}`);

  const scored: [string, number][] = [];
  for (const [k, c] of counts) scored.push([k, KIND_BOOST[k[0] as FeatureKind] * (1 + Math.log(c))]);
  // Keep the strongest; ties go to the longer key (longer words are rarer), then alphabetical for determinism.
  scored.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  return { weights: new Map(scored.slice(0, maxFeatures)), stems, meta };
}
