// Shared by the casualty unit tests: one article's facts through a Desk, and its compared toll.
import { Desk } from '../../src/core/desk';
import { factsOf, type Fact } from '../../src/core/facts';

/** The facts of one article, analysed as the Desk does. */
export const factsOfText = (text: string): Fact[] => {
  const d = new Desk();
  d.upsert('x', text);
  return factsOf('x', d.get('x')!.analysis);
};

/** The article's compared toll, as the conflicts eval reads it: keyed as people, not secondary, not a lower bound. */
export const toll = (text: string, p: 'killed' | 'injured'): number | undefined =>
  factsOfText(text).find((f) => f.key === `person|${p}|` && !f.secondary && !f.weak)?.low;
