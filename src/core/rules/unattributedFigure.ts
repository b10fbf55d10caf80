// unattributed-figure: a number stated in the reporter's voice with no source in reach.
import { toKey, type IgnoreKey } from '../schema/ignoreKey';
import type { FigureClaim, Severity } from '../types';
import type { FindingInit, Rule } from './rule';

/** Stable key for "ignore this figure": figure text + counted noun + sentence hash, never offsets. */
export function figureIgnoreKey(claim: FigureClaim): string {
  return toKey(figureIgnore(claim));
}

function figureIgnore(claim: FigureClaim): IgnoreKey {
  const figure = claim.figure.text.replace(/\s+/g, ' ').trim().toLowerCase();
  return { kind: 'figure', figure, noun: claim.figure.nounLemma ?? '', sentence: claim.sentenceHash };
}

/** `"129" (hostages)` — what the desk reads in a message. */
export function describeFigure(claim: FigureClaim): string {
  const f = claim.figure;
  const what = f.noun
    ? f.noun
    : f.kind === 'money'
      ? 'an amount'
      : f.kind === 'percent'
        ? 'a percentage'
        : f.kind === 'share'
          ? 'a share'
          : '';
  return `"${f.text}"${what ? ` (${what})` : ''}`;
}

/** Insert ", according to …" before the sentence's final punctuation (outside a closing quote mark). */
function sourceInsertion(claim: FigureClaim): { at: number; text: string } {
  const s = claim.sentence;
  // Only the sentence's tail is searched: a degenerate 1 MB sentence must not make this quadratic.
  const tail = s.text.slice(-16);
  const m = /[.!?]?["”’)]*\s*$/.exec(tail);
  const at = s.end - tail.length + (m ? m.index : tail.length);
  return { at, text: ', according to …' };
}

function finding(claim: FigureClaim, severity: Severity, message: string, anchor: string): FindingInit {
  const insertion = sourceInsertion(claim);
  return {
    severity,
    start: claim.figure.start,
    end: claim.figure.end,
    message,
    suggestions: [insertion.text.replace(/^, /, '')],
    anchor,
    ignore: figureIgnore(claim),
    fixes: [
      {
        title: 'Add "according to …"',
        start: insertion.at,
        end: insertion.at,
        text: insertion.text,
        snippet: ', according to ${1:source}',
      },
    ],
  };
}

export function checkClaim(claim: FigureClaim): FindingInit | undefined {
  if (claim.nonClaim) return undefined;
  const what = describeFigure(claim);
  const a = claim.attribution;
  if (a && (a.kind === 'in-sentence' || a.kind === 'carried' || a.kind === 'headline-colon' || a.kind === 'quoted'))
    return undefined;
  if (a?.kind === 'vague') {
    return finding(
      claim,
      'warning',
      `Figure ${what} is sourced only as "${a.cue}": name who says so.`,
      'vague-sources',
    );
  }
  if (a?.kind === 'paragraph-final') {
    return finding(
      claim,
      'information',
      `Figure ${what} is sourced only by the paragraph's closing attribution (${a.source} ${a.cue}): consider attributing it in its own sentence.`,
      'paragraph-final-attribution',
    );
  }
  if (claim.background) {
    return finding(
      claim,
      'information',
      `Background figure ${what} has no source: confirm it or say where it comes from.`,
      'background-figures',
    );
  }
  const kind = claim.figure.kind === 'vague' ? 'Vague figure' : 'Figure';
  return finding(
    claim,
    'warning',
    `${kind} ${what} has no source: say who gives it ("according to …").`,
    'what-it-flags',
  );
}

/** 'Figure "129" (hostages) has no source: say who…' → '"129" (hostages) — say who…' (after the rule's name). */
function withoutName(message: string): string {
  const m =
    /^(Vague figure|Background figure|Figure) ("[^"]*"(?: \([^)]*\))?) (has no source|is sourced only)(?::\s*|\s+)([\s\S]*)$/.exec(
      message,
    );
  if (!m) return message;
  const kind = m[1] === 'Figure' ? '' : `${m[1]!.split(' ')[0]!.toLowerCase()} figure `;
  const rest = m[3] === 'is sourced only' ? `sourced only ${m[4]}` : m[4]!;
  return `${kind}${m[2]} — ${rest}`;
}

export const unattributedFigureRule: Rule = {
  id: 'unattributed-figure',
  name: 'Figure with no source',
  description:
    "Counts, amounts, percentages and vague quantities stated in the reporter's voice with no attribution in reach.",
  settingDescription: "Figures with no source in the reporter's voice.",
  docs: 'docs/rules/unattributed-figure.md',
  docsQuestion: 'Why does this figure need a source?',
  tally: 'unsourced',
  restate: withoutName,
  defaultSeverity: 'warning',
  scope: 'document',
  check(ctx, report) {
    for (const claim of ctx.analysis.claims) {
      const f = checkClaim(claim);
      if (f) report(f);
    }
  },
};
