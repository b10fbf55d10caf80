// How far speech reaches around a direct quote: a quote it carries ends the coverage unless the reported clause goes
// on.
import type { Sentence } from '../types';

// A finite verb after the quote (not a relative's): the quote was the reported clause's subject, and the clause goes on.
const CLAUSE_VERB =
  /(?<!\b(?:who|that|which)\s)\b(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had)\b/;

/**
 * Speech carried by a direct quote covers the quote, not the reporter's words after it ("warned that embassies were
 * "no longer safe" after the strike that killed seven"), unless the reported speech goes on ("… and that China had…").
 */
export function quoteCutoff(sentence: Sentence, text: string, verbAt: number): number {
  const quote = sentence.quotes.filter((q) => q.start > verbAt).pop();
  if (!quote) return sentence.end;
  const rest = text.slice(quote.end - sentence.start);
  if (/^[\s,”"’']*(?:and|but|while)\s+(?:that|said|says|added|adds)\b/.test(rest)) return sentence.end;
  // "projects that "a small levy" on transfers would raise $75 million": the quote was the clause's subject.
  const clause = /^[^,;:.!?–—]*/.exec(rest.slice(0, 200))![0];
  if (!/^[\s”"’']*[,;:.!?)–—-]/.test(rest) && CLAUSE_VERB.test(clause)) return sentence.end;
  // A quote inside the reported clause ("concluded that "top secret" information was in 22 emails") does not end it.
  return /^[\s”"’']*(?:[,;:.!?)–—-]|$|(?:after|before|when|while|as|since|following|amid|despite|because|during|in|on|at|near)\b)/i.test(
    rest,
  )
    ? quote.end
    : sentence.end;
}
