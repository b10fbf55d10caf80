// Which agency a story comes from, and how we know: the parsed metadata first, then the dateline
// ("GAZA (Reuters) -"), credit lines ("(AFP Photo)", "Reporting by … ; Editing by …"), then prose
// ("told Al Jazeera", "Al Jazeera's Imran Khan"). Pure: no editor APIs.
import { CREDITING_AGENCIES, agencyAlternation, canonicalAgency } from './text/agencies';
import { matchDateline } from './text/furniture';
import type { ArticleModel } from './types';

export type AgencyEvidence = 'metadata' | 'dateline' | 'credit line' | 'prose';

export interface AgencyCredit {
  /** Canonical name: "AFP", "Reuters", "AP", "Al Jazeera"… */
  agency: string;
  /** Where it was found, weakest last. */
  evidence: AgencyEvidence;
  /** The words that credit it, as written ("(AFP Photo)", "told Al Jazeera"); empty for metadata. */
  cue: string;
  /** Offset of the cue in the text, when it comes from the text. */
  start?: number;
}

export interface AgencyReport {
  /** Best guess, undefined when nothing credits an agency. */
  primary?: AgencyCredit;
  /** Every credit found, in text order (metadata first). */
  credits: AgencyCredit[];
  /** Agencies the story quotes as a source of its own ("told the Reuters news agency"): a sign it builds on them. */
  quotes: string[];
}

export { canonicalAgency };

const AGENCY = agencyAlternation(CREDITING_AGENCIES);
const CREDIT_LINE = new RegExp(
  String.raw`\((${AGENCY})(?:[ /](?:Photo|Video|Graphic|file))?\)|^(?:Copyright|©)[^\n]{0,20}?\b(${AGENCY})\b|^(?:Reporting|Writing|Additional reporting) by [^\n]{0,200}?\b(?:for |\()?(${AGENCY})\b`,
  'gmu',
);
const PROSE = new RegExp(
  String.raw`\btold (?:the )?(${AGENCY})\b(?! news agency)|\b(${AGENCY})[’']s [\p{Lu}][\p{Ll}]+|\ban? (${AGENCY}) (?:tally|count|reporter|correspondent|journalist|analysis)\b|\bspeaking to (${AGENCY})\b`,
  'gu',
);
/** "told the Reuters news agency", "according to AFP": the story uses the agency as a source. */
const QUOTES = new RegExp(
  String.raw`\btold (?:the )?(${AGENCY}) news agency\b|\b(?:according to|reported by|cited by|quoted by) (?:the )?(${AGENCY})\b`,
  'gu',
);

function firstGroup(m: RegExpExecArray): string {
  for (let i = 1; i < m.length; i++) if (m[i]) return m[i]!;
  return '';
}

/** Credit lines and prose credits of a text, in text order within each kind (credit lines first). */
export function scanCredits(text: string): AgencyCredit[] {
  const credits: AgencyCredit[] = [];
  const scan = (re: RegExp, evidence: AgencyEvidence): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const agency = canonicalAgency(firstGroup(m));
      if (agency) credits.push({ agency, evidence, cue: m[0], start: m.index });
    }
  };
  scan(CREDIT_LINE, 'credit line');
  scan(PROSE, 'prose');
  return credits;
}

/** The agency a story's credit lines, else its prose, credit most often: the model's fallback when no dateline names one. */
export function creditedAgency(text: string): string | undefined {
  return pickPrimary(scanCredits(text))?.agency;
}

/** Every agency credit of a story, with the strongest one as `primary`. */
export function detectAgency(model: Pick<ArticleModel, 'text' | 'meta' | 'furniture'>): AgencyReport {
  const text = model.text;
  const credits: AgencyCredit[] = [];
  // The dateline the model found (one detector: text/furniture.ts), "BEIRUT (Associated Press) —" included.
  const dl = model.furniture.find((f) => f.kind === 'dateline');
  const agency = dl && matchDateline(dl.text)?.agency;
  if (dl && agency) credits.push({ agency, evidence: 'dateline', cue: dl.text.trim(), start: dl.start });
  credits.push(...scanCredits(text));
  const quotes: string[] = [];
  QUOTES.lastIndex = 0;
  for (let m = QUOTES.exec(text); m; m = QUOTES.exec(text)) {
    const agency = canonicalAgency(firstGroup(m));
    if (agency && !quotes.includes(agency)) quotes.push(agency);
  }
  const meta = model.meta.agency ? (canonicalAgency(model.meta.agency) ?? model.meta.agency) : undefined;
  // The parsed metadata decides; the text only says how it is credited (the model may have read it from the prose).
  const primary = meta
    ? (pickPrimary(credits.filter((c) => c.agency === meta)) ?? {
        agency: meta,
        evidence: 'metadata' as const,
        cue: '',
      })
    : pickPrimary(credits);
  return { primary, credits, quotes };
}

const RANK: Record<AgencyEvidence, number> = { metadata: 0, dateline: 1, 'credit line': 2, prose: 3 };

function pickPrimary(credits: AgencyCredit[]): AgencyCredit | undefined {
  if (credits.length === 0) return undefined;
  const best = credits.reduce((min, c) => Math.min(min, RANK[c.evidence]), Infinity);
  const top = credits.filter((c) => RANK[c.evidence] === best);
  // Within one kind of evidence, the agency credited most often wins; ties go to the first in the text.
  const votes = new Map<string, number>();
  for (const c of top) votes.set(c.agency, (votes.get(c.agency) ?? 0) + 1);
  const winner = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return top.find((c) => c.agency === winner);
}

/** "AFP (metadata)", "Reuters (dateline)", "agency unknown": one short label for lists. */
export function agencyLabel(report: AgencyReport): string {
  return report.primary ? report.primary.agency : 'agency unknown';
}
