// Hypothetical, generic and figurative quantities: "could borrow billions", "any one person", "a two-pronged strategy".
import type { NonClaimRecogniser } from './context';

const MODAL =
  /\b(?:could|might|would|may|can|if)\s+(?:(?:not|never|easily|potentially|also|still|even)\s+)?(?:[\p{Ll}]+\s+){0,2}$/u;
// "a three-way contest", "two-tiered system", "a half-measure", "a two-pronged strategy", "tenfold".
const FIGURATIVE =
  /^-(?:way|pronged|prong|tiered|tier|sided|fold|headed|horse|track|step|part|front|handed|minded|dimensional|faced)\b/i;
const IDIOM = /^\s+(?:times|reasons|ways|things|miles an hour|words)\b/i;
const ONE_OF = /^\s+of\b/i;

export const hypothetical: NonClaimRecogniser = {
  reason: 'hypothetical',
  definition:
    'Hypothetical, generic and figurative quantities ("could borrow billions", "any one person", "a two-pronged strategy", "one of those executives") describe no reported fact.',
  test({ figure, before, after }) {
    if (FIGURATIVE.test(after)) return true;
    // "the only one who", "the only one not to": a pronoun, not a count.
    if (
      figure.value === 1 &&
      /^one$/i.test(figure.text) &&
      /\bthe only\s*$/i.test(before) &&
      /^\s*(?:who|that|to|not|in|on|at|I|[,.;:!?])/.test(after)
    )
      return true;
    // A condition: "if it earns a 5 percent return", "unless turnout tops 60 percent".
    if (
      /(?:^|[\s,;(])(?:if|unless)\s+(?:[\p{L}’'-]+\s+){1,3}(?:a|an)?\s*$/iu.test(before) &&
      !/\b(?:said|says|asked)\s+(?:if|unless)\b/i.test(before)
    )
      return true;
    if (/\bany\s*$/i.test(before) && figure.value === 1) return true;
    // "one of those executives": membership, not a count (the guideline's "one of").
    if (figure.value === 1 && /^(?:at least |just |only )?one$/i.test(figure.text) && ONE_OF.test(after)) return true;
    // Vague amounts under a modal are possibilities: "could borrow billions"; a precise figure stays a claim.
    if (figure.kind === 'vague' && MODAL.test(before)) return true;
    // A counterfactual: "If he were to win the rest, he would still need 159 delegates".
    if (
      /(?:^|[,;]\s*|\.\s+)(?:If|if|Even if|even if)\b[^.;]{0,160}\b(?:were to|would|could)\b[^.;]*$/.test(before) ||
      (/(?:^|[,;]\s*)(?:If|if)\b[^.;]*\b(?:were to|were)\b[^.;]*$/.test(before) && /\bwould\b/.test(after))
    )
      return true;
    return /^(?:a|one) (?:million|thousand|hundred)$/i.test(figure.text) && IDIOM.test(after);
  },
};
