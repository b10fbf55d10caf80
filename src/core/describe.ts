// Plain-language descriptions of figures and sources, shared by hovers, the panel, the CLI and reports.
import type { Attribution, Figure, FigureClaim } from './types';

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  if (Math.abs(n) >= 1e9) return `${+(n / 1e9).toFixed(2)} billion`;
  if (Math.abs(n) >= 1e6) return `${+(n / 1e6).toFixed(2)} million`;
  // Interval bounds from hedges are not precise: whole numbers from 100 up, two decimals below.
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-US');
  return Number.isInteger(n) ? String(n) : String(+n.toFixed(2));
}

/** "exactly 129", "at least 33,207", "between 1,150 and 1,250", "more than 250". */
export function describeInterval(f: Pick<Figure, 'value' | 'low' | 'high' | 'currency' | 'kind'>): string {
  const unit = (n: number): string =>
    f.currency ? `${f.currency}${formatNumber(n)}` : f.kind === 'percent' ? `${formatNumber(n)} %` : formatNumber(n);
  if (f.low === f.high) return `exactly ${unit(f.value)}`;
  if (!Number.isFinite(f.high)) return f.low > f.value ? `more than ${unit(f.value)}` : `at least ${unit(f.low)}`;
  if (f.low <= 0) return `up to ${unit(f.high)}`;
  return `between ${unit(f.low)} and ${unit(f.high)}`;
}

const NON_CLAIM: Record<string, string> = {
  date: 'a date',
  year: 'a year',
  time: 'a time of day',
  duration: 'a duration',
  age: 'an age',
  ordinal: 'an ordinal',
  name: 'part of a name',
  'list-number': 'list numbering',
  'speaker-count': 'a count of the speakers themselves',
  quoted: 'inside a direct quotation (the speaker’s words)',
  furniture: 'story furniture',
  'institutional-constant': 'institutional constant',
  'election-calendar': 'election calendar',
  'court-split': 'court split',
  'named-items': 'count of items the text names',
  'market-price': 'market price or index level',
  'sports-result': 'sports result or statistic',
  hypothetical: 'hypothetical, generic or figurative quantity',
  'document-length': 'document length',
  biography: 'personal biography',
  rank: 'rank or position',
};

export function describeNonClaim(claim: FigureClaim): string | undefined {
  return claim.nonClaim ? (NON_CLAIM[claim.nonClaim] ?? claim.nonClaim) : undefined;
}

export function describeSource(a: Attribution | undefined): string {
  if (!a) return 'no source found';
  switch (a.kind) {
    case 'carried':
      return a.via
        ? `${a.source} — carried from ${a.via}`
        : `${a.source} — carried from the previous sentence ("${a.cue}")`;
    case 'paragraph-final':
      return `${a.source} — only from the paragraph's closing "${a.cue}"`;
    case 'headline-colon':
      return `${a.source} — named beside the headline's colon`;
    case 'vague':
      return `vague ("${a.cue}"), no named source`;
    case 'quoted':
      return `${a.source} (quoted speech)`;
    default:
      return a.via ? `${a.source} (${a.via})` : `${a.source} ("${a.cue}")`;
  }
}
