// Institutional constants and rules: what it takes to win, what is at stake, the fixed size of a body or a threshold.
import type { NonClaimRecogniser } from './context';

const BODY = String.raw`(?:super)?delegates?|electoral votes?|(?:Senate |House |legislative |parliamentary )?seats?|votes?`;
// "1,237 delegates needed", "50 delegates at stake", "55 Democratic delegates were up for grabs", "With 35 at stake".
const AT_STAKE = new RegExp(
  String.raw`^\s+(?:(?:[\p{Lu}][\p{L}-]*|pledged|remaining)\s+)?(?:(?:${BODY}|mark|majority|threshold|magic number)\s+)?(?:(?:are|were|is|was|will be)\s+)?(?:at stake|up for grabs|(?:needed|required) (?:to|for)\b|needed\b|required\b)`,
  'u',
);
// "It takes 1,237 delegates to win", "a candidate must win 1,237 delegates", "would require a net gain of four seats".
const NEEDED =
  /\b(?:it takes|takes|needs? to (?:win|get|secure|take|reach|collect)|(?:has|have|had) to (?:win|get|secure|take|reach|collect)|needs?|needed|requires?|required|must (?:win|get|secure|reach|collect)|to (?:win|clinch|secure) the nomination with|a (?:net )?(?:gain|majority) of|majority of)\s*$/i;
const COUNTED = new RegExp(String.raw`^\s+(?:(?:more|additional|Republican|Democratic|pledged)\s+)?(?:${BODY})\b`, 'u');
// "Israel's 120-seat Knesset", "the 15-member Security Council", "the nine-justice court".
const SIZE_OF_BODY = /^-(?:seat|member|nation|state|justice|judge)\b/;
// "Iowa's 99 counties", "the 12 Federal Reserve districts", "all 50 states", "the state's 13 congressional districts".
const FIXED_UNITS =
  /^\s+(?:electoral votes|(?:House |Senate |legislative )?seats|counties|(?:congressional |legislative |electoral |school |voting |(?:[\p{Lu}][\p{L}]+ ){1,2})?districts|member states|states and territories|states|provinces|cantons|justices)\b/u;
const FIXED_BEFORE = /(?:['’]s|\ball|\bthe|\bthe nation['’]s|\bthe country['’]s)\s*$/i;
// "Both Florida, 99 delegates, and Ohio, 66 delegates, are winner-take-all": a state's allotment in apposition.
const ALLOTMENT = /^\s+delegates\s*,/;
// Category and legal thresholds: "businesses with fewer than 10 employees", "workers earning under $47,476".
// "The 714 superdelegates", "the state's Democrats also have five superdelegates": the party's fixed allotment.
const SUPERDELEGATES = /^\s+superdelegates\b/i;
const ALLOTTED_BEFORE = /(?:\bthe|\b(?:Democrats|Republicans|party|state)['’]?s?\s+(?:also\s+)?(?:have|has))\s*$/i;
// Age and size categories: "voters under 45", "businesses with fewer than 10 employees".
const GROUP_BEFORE = /\b(?:voters|people|those|adults|men|women|Americans|residents|workers|children|respondents)\s*$/i;
const THRESHOLD_BEFORE =
  /\b(?:(?:businesses|companies|firms|employers|households|families|people|those|workers|schools|groups)\s+with|earning|making|who (?:earn|make)|(?:with )?(?:annual )?incomes? (?:of )?|salaries of|aged|ages)\s*$/i;

// "won 137 of the 138 seats", "all the 99 delegates": the whole a share is taken from.
const WHOLE = /\b(?:of|all) the\s*$/i;
const WHOLE_UNIT = /^\s+(?:seats|members|delegates|electoral votes|justices|senators)\b/i;
const LIMIT_AFTER =
  /^[^.;()]{0,40}?(?:\s[-–—]\s?|\s?--\s?|,\s+|\(\s*)(?:the\s+)?(?:legal\s+|federal\s+|statutory\s+)?(?:maximum|minimum|limit|cap|ceiling)\b(?:\s+(?:amount|allowed|permitted|contribution))?(?:\s+(?:an?\s+)?(?:individual|person|donor|anyone|one)\s+(?:can|may|is allowed to)\b|\s+(?:allowed|permitted|under)\b|\s+(?:by|under)\s+law\b)/i;
const QUALIFY =
  /^[^.;]{0,40}?\bto (?:qualify|be eligible|become eligible|get on the ballot|make the (?:ballot|stage|debate))\b/i;
// "It takes 2,383 to win": the requirement with its noun left out.
const TO_WIN = /^\s+to\s+(?:win|clinch|secure|pass|override|confirm|ratify)\b/i;
// "the debate commission's 15-percent hurdle", "a 5 percent threshold".
// "candidates who get at least 15 percent of the vote": a rule that applies to anyone, not a result.
const RULE_SUBJECT =
  /\b(?:candidates?|parties|party|anyone|those|any(?:one| candidate)?)\s+(?:who|that|must|need to|needs to|have to|has to)\s+(?:(?:manage|manages|fail|fails|is able|are able)\s+to\s+)?(?:get|gets|win|wins|receive|receives|reach|reaches|earn|earns|clear|clears|garner|garners)\s*$/i;
const HURDLE =
  /^(?:[-\s]?(?:percent|per cent|%))?[-\s](?:hurdle|threshold|cutoff|cut-off|minimum|requirement|limit|cap|ceiling|bar)\b/i;

export const institutionalConstant: NonClaimRecogniser = {
  reason: 'institutional-constant',
  definition:
    'Institutional constants and rules — delegates or votes needed or at stake, seats up, the fixed size of a body, state counts of counties or districts, legal thresholds — are not news claims.',
  test({ figure, before, after }) {
    // "a two-thirds majority", "a 60 percent supermajority": a rule's threshold.
    if (
      (figure.kind === 'share' || figure.kind === 'percent') &&
      /^\s+(?:super)?majority\b|^\s+(?:vote|threshold)\s+(?:of|in|is|was|needed|required)\b/i.test(after)
    )
      return true;
    if (figure.kind === 'vague' || figure.kind === 'share') return false;
    if (
      figure.kind === 'percent' &&
      RULE_SUBJECT.test(before.replace(/\s*(?:at least|more than|over|fewer than|less than|under)\s*$/i, ''))
    )
      return true;
    if (AT_STAKE.test(after)) return true;
    // "$2,700 to the campaign - the maximum an individual can give": the legal limit named in apposition.
    if (figure.kind === 'money' && LIMIT_AFTER.test(after.slice(0, 90))) return true;
    if (NEEDED.test(before) && COUNTED.test(after)) return true;
    if (SIZE_OF_BODY.test(after) || HURDLE.test(after)) return true;
    if (WHOLE.test(before) && WHOLE_UNIT.test(after)) return true;
    // "The state has 16 electoral votes": a state's weight in the Electoral College.
    if (
      /^\s+electoral votes\b/i.test(after) &&
      /\b(?:has|have|had|with|carries|carry|its|their|worth)\s*$/i.test(before)
    )
      return true;
    if (NEEDED.test(before) && TO_WIN.test(after)) return true;
    // "you have to win at least eight of them to qualify": a rule of eligibility, whoever meets it.
    if (NEEDED.test(before.replace(/\s*(?:at least|more than|over)\s*$/i, '')) && QUALIFY.test(after.slice(0, 60)))
      return true;
    if (FIXED_UNITS.test(after) && FIXED_BEFORE.test(before) && figure.kind === 'count') return true;
    if (SUPERDELEGATES.test(after) && ALLOTTED_BEFORE.test(before)) return true;
    if (ALLOTMENT.test(after) && /[\p{Lu}][\p{L}.]*,\s*$/u.test(before)) return true;
    // A threshold is hedged or bounded: "fewer than 10 employees", "over $50,000"; a plain "with 40 employees" is a count.
    if (!figure.hedge || !/^(?:fewer than|less than|under|more than|over|at least|below|above)$/i.test(figure.hedge))
      return false;
    const lead = before.replace(/\s*(?:fewer than|less than|under|more than|over|at least|below|above)\s*$/i, '');
    return (
      THRESHOLD_BEFORE.test(lead) ||
      (GROUP_BEFORE.test(lead) &&
        figure.kind === 'count' &&
        figure.value <= 100 &&
        /^\s*(?:[,;.]|and|or|who)/.test(after))
    );
  },
};
