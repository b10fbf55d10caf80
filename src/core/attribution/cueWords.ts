// The words and patterns attribution cues are found by (cues.ts): speech verbs, what may not follow them, and the cheap
// literal pre-tests that let most sentences skip the costly patterns.
import type { Span } from '../types';

/** What part of the sentence a cue sources: all of it, the reported clause after it, or the clause before it. */
export type CueScope = 'all' | 'after' | 'before';

export interface Cue extends Span {
  kind: 'according' | 'speech' | 'tally' | 'colon' | 'vague';
  cue: string;
  source: string;
  scope: CueScope;
  /** For 'after': where the coverage stops (the end of a direct quote that carried the speech). */
  until: number;
  /** For 'after': where the coverage starts when not right after the cue ("told a crowd of 1,300 that …"). */
  from?: number;
  /** The source is only a pronoun ("he added"): it names no one by itself. */
  pronoun: boolean;
}

const SPEECH_VERBS =
  'said|says|say|saying|told|tells|tell|telling|reported|reports|reporting|estimated|estimates|estimating|stated|states(?= that\\b)|announced|announces|announcing|' +
  'added|adds|adding|noted|notes|confirmed|confirms|confirming|warned|warns|wrote|writes|tweeted|posted|counted|recorded|declared|declares|' +
  'claimed|claims|claiming|insisted|insists|explained|acknowledged|revealed|disclosed|indicated|described|describes|showed|shows|show|showing|suggested|' +
  'predicted|predicts|projected|projects|forecast|forecasts|expects|expected|expecting|vowed|pledged|promised|argued|argues|asserted|' +
  // A figure inside someone's proposal, demand or accusation is theirs: "has proposed a 10 percent VAT".
  'proposed|proposes|proposing|called for|calls for|calling for|threatened|threatens|offered|offers|agreed|demanded|demands|urged|' +
  // An actor's own stated goal is theirs: "the RNC set a goal of $64 million" (its action, "killed 100", is not a source).
  '(?:supports|supported|favors|favored|backs|backed|proposes) (?=\\w+ing\\b)|set (?:a|an|its|their|the) (?:new |fundraising |\\w+ )?(?:goal|target) of|aims? to|aimed to|seeks? to|sought to|' +
  // Present and progressive forms of promises and predictions: "he vows to impose a 35 percent tax", "economists predict".
  'vows|vowing|promises|promising|pledges|pledging|predict|estimate|suggest|indicate|noting|insisting|emphasizes|emphasized|emphasize|' +
  'brags|bragged|brag|lists|listed|unveiled|unveils|charges? that|released (?:a|an|its|their) (?:list|report|tally|count|statement|estimate)|' +
  'accused|alleged|alleges|alleging|charged|touted|touts|boasted|boasts|highlighted|highlights|(?:raised|raises|increased|increases|revised|revises|gave|gives) the (?:death )?toll|' +
  'quoted|cited|(?:puts?|putting|estimated|estimates|estimating|pegged|pegs) (?:the|its|their) (?:death |official |overall )?(?:toll|figure|number|crowd|turnout|cost|damage|total|count|size|attendance|loss|losses|value|worth)(?: of [a-z]+)? at|' +
  // "HuffPost Pollster puts Obama's approval at 50 percent": a rating, share or chance someone puts at a figure.
  "(?:puts?|putting|pegged|pegs|placed|places) (?:the|its|their|his|her|[A-Z][\\w.'’-]*['’]s) (?:[\\w'’-]+ ){0,2}(?:approval|approval rating|rating|ratings|support|share|odds|chances?|chance|lead|deficit|margin|unemployment rate|rate|growth|cost|costs|price|tab|bill|value|worth|estimate|turnout|crowd|toll|number|figure|total) at|" +
  '(?:spoke|spoken|speak|speaks) of|' +
  // Not "released": hostages and prisoners are released far more often than figures are.
  'tallied|calculated|calculates|found|finds|finding|publishe[sd]|' +
  // Opinions and conclusions with a named holder are theirs too: "economists believe", "the study concluded".
  '(?:pointed|points|point) (?:out|to)|argue|arguing|concluded|concludes|conclude|believe|believes|think|thinks|suggests|indicates|' +
  '(?:spoke|speaks) out|talked about|asked|asks|hopes|wants|plans|expect|blamed|blames|blame|admitted|admits';
export const SPEECH_RE = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'g');
export const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$/;
// "estimated at $18.5 billion" has no one behind it; "reported at least six" and "said at the time" do.
export const NOT_SPEECH_AFTER =
  /^\s+(?:of\b|at\s+(?=[\d$€£]|(?:about|around|some|roughly|nearly|approximately|more than|less than|over|under|between|up to)\b)|to be\b|as\b(?!\s+(?:many|much|few|little|high|low|large|small)\s+as\b)|up\b|off\b|dead\b|missing\b|responsibility|nothing\b|little\b|no more\b|nothing more\b|(?:to|into)\s+(?:a\s+|the\s+)?(?:hospital|intensive|icu|clinic|care|rehab|the\s+bar)\b)/;
// Verbs that invert in attributions (", said the minister"); ", shows Sanders with 47 percent" is a subject's verb.
export const INVERTIBLE =
  /^(?:said|says|added|adds|asked|wrote|writes|noted|notes|explained|told|recalled|continued|insisted|warned|stated|declared|tweeted|acknowledged|argued|reported|announced|confirmed|according)$/;
export const FINITE_VERB =
  /\b(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|does|did|do)\b/;
export const NOUN_BEFORE =
  /\b(?:the|a|an|these|those|its|their|his|her|our|two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|both|new|\d[\d,.]*)\s+$/i;
export const DOCUMENT_CUE = /(?:list|report|tally|count|statement|estimate|toll|goal|target)$/;
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

export const MAX_CUES_PER_SENTENCE = 100;

// Words each pattern below cannot match without, searched for in the lower-cased sentence before the pattern scans it:
// most sentences hold none of them, and a literal search (no flags) is far cheaper than a Unicode pattern tried at every
// position (a regex of the words measured about twice as fast as one includes() per word).
export const AS_REPORTED_WORDS = /reported|stated|announced|noted|revealed|disclosed/;
export const ACCORDING_WORDS = /according to|citing|quoting|per|based on|courtesy of/;
export const TALLY_WORDS = /tall|figures|data|statistics|estimate|count|census|records|report/;
export const POSSESSIVE_WORDS = /'s|’s/;
export const PLAN_WORDS = /plan|proposal|pledge|promise|goal|target|offer|demand|bid/;
export const NAMED_REPORT_WORDS =
  /poll|survey|study|report|analysis|letter|memo|tally|census|audit|filing|statement|index|average|count|estimate|data|figures/;
export const POLLS_WORDS = /polls|surveys/;
export const POLL_HAS_WORDS = /poll|survey|study|analysis/;
export const ED_BY = /ed by/;
export const REPORTEDLY_WORDS = /reported|purportedly|it is |said to/;
// Characters that case-insensitive Unicode patterns fold onto ASCII letters (ſ → s, K → k) but toLowerCase keeps.
export const FOLDS_TO_ASCII = /[\u017f\u212a]/;
export const HEADLINE_SOURCE =
  /^(?:Poll|Polls|Survey|Study|Report|Police|Officials|Sources|UN|U\.N\.|WHO|Ministry|Army|Military|Pentagon|Kremlin|Analysts|Experts|Data|Census)$/;

// "issued a statement calling the test a violation of five resolutions": what the document says is its maker's.
export const DOCUMENT_SAYING =
  /\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|report|memo|news release|press release|release|resolution|tweet|post|message|filing|complaint|lawsuit|suit|ruling|order)\s+(?:that\s+)?(?:saying|calling|noting|stating|warning|describing|condemning|urging|claiming|alleging|accusing|demanding|estimating|predicting|citing|arguing|asserting)\b/gi;
// The participles are rarer than the document nouns, so they are the literal pre-test.
export const DOCUMENT_SAYING_WORDS =
  /saying|calling|noting|stating|warning|describing|condemning|urging|claiming|alleging|accusing|demanding|estimating|predicting|citing|arguing|asserting/;
// "It edged up its forecast for those countries by 0.1 points": a pronoun's own figures, named in the sentence before.
export const POSSESSED_DATA =
  /\b(its|their|his|her)\s+(?:own\s+)?(?:(?:latest|new|revised|updated|previous|earlier|official|annual|quarterly|preliminary|final)\s+)?(?:forecasts?|estimates?|projections?|count|tally|figures|data|calculations?|statistics)\b/gi;
export const POSSESSED_DATA_WORDS = /forecast|estimate|projection|count|tally|figures|data|calculation|statistics/;
export const PRONOUN_OF: Record<string, string> = { its: 'it', their: 'they', his: 'he', her: 'she' };
