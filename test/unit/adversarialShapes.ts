// Unpunctuated dumps that once made the checks quadratic or overflowed the stack; shared by the unit test and the bench.

/** Shapes of about half a megabyte, each a single sentence or paragraph with thousands of figures, cues or quotes. */
export const ADVERSARIAL_SHAPES = {
  'comma-separated numbers before a relative clause': `The toll rose. ${'1,'.repeat(150_000)} states who said it.`,
  'thousands of speech verbs in one sentence': `Police said ${'the group killed 5 people, he said, and '.repeat(12_000)}he said.`,
  'thousands of quotes in one sentence': `Police said ${'"5 people" and '.repeat(32_000)}he said.`,
  'thousands of quoted sentences in one paragraph': '"5 people died," he said. '.repeat(20_000),
  'thousands of loaded terms in one paragraph': 'The "brutal massacre" and the brutal regime killed 5. '.repeat(10_000),
} as const;

export type ShapeName = keyof typeof ADVERSARIAL_SHAPES;
