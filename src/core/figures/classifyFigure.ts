// What a quantity counts and whether it is a claim: the counted noun, the verbs around it, speaker counts, and the
// non-claims (ages, names, periods, years).
import type { NonClaimReason } from '../types';
import { nounLemma, verbLemma } from './figureLemmas';
import type { Qty } from './figureTokens';
import {
  AFTER_PERSON,
  AUX,
  FAMILY,
  has,
  IRREG_PLURALS,
  LEFT_SKIP,
  NAME_PREFIXES,
  NOT_PLURAL,
  NOUN_STOP,
  PERSON_NOUNS,
  SPEAKERS,
  SPEECH,
  TIME_UNITS,
  YEAR_CUES,
} from './figureWords';
import { QuantityReader } from './readQuantities';

/** Finds what a quantity counts and says why it is not a claim, when it is not. */
export class FigureClassifier extends QuantityReader {
  /** Head noun of the counted phrase: skips modifiers and "of its" to the first plural noun run; singular for "one". */
  protected findNoun(e: number, singular: boolean): number | undefined {
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

  protected isPlural(i: number): boolean {
    const t = this.toks[i];
    if (t?.t !== 'word') return false;
    const l = t.low;
    if (has(IRREG_PLURALS, l)) return true;
    if (l.length < 4 || NOUN_STOP.has(l) || NOT_PLURAL.has(l) || /['’]/.test(l)) return false;
    return l.endsWith('s') && !/(?:ss|us|is)$/.test(l);
  }

  protected leftVerb(s: number): string | undefined {
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

  protected rightVerb(i: number): string | undefined {
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
  protected speakerCount(q: Qty, noun: number | undefined, lemma: string | undefined): boolean {
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
  protected classify(q: Qty, noun: number | undefined): NonClaimReason | undefined {
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
  protected agesList(s: number): boolean {
    for (let i = s - 1, steps = 0; i >= 0 && steps < 12; i--, steps++) {
      const w = this.w(i);
      if (w === 'ages' || w === 'aged') return true;
      if (!(w === ',' || w === 'and' || this.toks[i]!.t === 'num')) return false;
    }
    return false;
  }
}
