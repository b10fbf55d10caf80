// Word lists the figure extractor reads a sentence with: months, currencies, speakers, plurals, hedges and vague
// plurals split into words once (these lookups run at every number).
import { HEDGES } from './hedges';
import { VAGUE } from './numbers';

/** Denominators that make n/m a fraction rather than a month and day. */
export const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 50, 64, 100]);

export const has = (o: object, k: string): boolean => Object.hasOwn(o, k);
// Phrases split once: these lookups run at every number.
export const HEDGE_WORDS = HEDGES.map(([phrase, kind]) => [phrase.split(' '), kind] as const);
export const HEDGE_LAST = new Set(HEDGE_WORDS.map(([words]) => words[words.length - 1]!));
export const VAGUE_WORDS = VAGUE.map(([phrase, low, high]) => [phrase.split(' '), low, high] as const);
export const VAGUE_FIRST = new Set(VAGUE_WORDS.map(([words]) => words[0]!));
export const set = (words: string): Set<string> => new Set(words.split(' '));

export const MONTHS = set(
  'january jan february feb march mar april apr may june jun july jul august aug september sep sept october oct november nov december dec',
);
export const TIME_UNITS = set(
  'second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight fortnights month months year years decade decades century centuries',
);
/** Nouns after "over"/"under" that make them "across"/"during", not hedges ("staggered over three stages"). */
export const PERIOD_NOUNS = set('stage phase round period term session day week month year decade hour minute');
export const AFTER_PERSON = set(
  'was is were are has had died dies who whose whom said says and or remains remained shot killed wounded injured arrested charged found taken hit struck stabbed',
);
export const PERSON_NOUNS = set(
  'boy girl man woman child baby son daughter mother father brother sister student resident teenager toddler infant victim driver journalist soldier officer nephew niece grandson granddaughter grandmother grandfather wife husband patient cousin youth worker farmer fisherman photographer reporter activist protester',
);
export const ONE_NOUNS = set(
  'person man woman child boy girl baby soldier civilian hostage captive prisoner detainee journalist worker doctor nurse medic brigade battalion division officer policeman fighter militant member resident patient student official source diplomat israeli palestinian',
);
export const LIMITERS = set('just only exactly merely another single');
export const FAMILY = set('mother father parent grandmother grandfather grandparent');
export const NAME_PREFIXES = set(
  'route article flight boeing airbus windows resolution chapter section paragraph clause highway interstate road room gate terminal platform apollo model version unit channel page level phase iphone galaxy no number proposition prop amendment bus line squadron camp bill war fox abc nbc cbs',
);
export const YEAR_CUES = set(
  'in since by until till from of during before after early late mid year fiscal through between',
);
export const CURRENCY_WORDS: Record<string, string> = {
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
export const CURRENCY_CODES = set('USD EUR GBP ILS JPY CHF CNY INR SAR AED EGP QAR');
export const SPEAKERS = set(
  'source official diplomat witness eyewitness resident medic doctor spokesperson spokesman spokeswoman analyst aide person expert officer insider lawmaker minister negotiator correspondent representative envoy delegate',
);
export const SPEECH = set('say tell report add state announce confirm speak claim note explain cite quote');
export const IRREG_PLURALS: Record<string, string> = {
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
export const NOT_PLURAL = set(
  "says has was does is its this thus his hers ours yours theirs whereas always perhaps across less unless hamas remains stays goes seems becomes lies news series means sometimes besides towards afterwards nearly gaza's",
);
export const NOUN_STOP = set(
  'the a an this that these those its their his her our my your whom who which whose what it they them he she we you i us there here each every all both some any no none most many much more less few other another such ' +
    'in on at to from into onto with without by for of since during after before across under over near between among including per via about around through throughout against toward towards within inside outside despite amid than as like until till upon off out up down along behind beyond according following ' +
    'and or but yet so because while when where whereas if although though nor ' +
    'is are was were be been being have has had will would can could may might must shall should do does did not ' +
    'also still now already mostly mainly only just even then ago later earlier again too very reportedly allegedly respectively said says say told',
);
export const AUX = set(
  'have has had been be being are is was were will would could can may might must should shall still also now already reportedly allegedly not all each mostly later then since subsequently been reported believed thought feared',
);
export const LEFT_SKIP = set('the its their his her our a an all most of at to by also reportedly total');
