// Numbers that are not claims, one recogniser per reason (each file holds the guideline's definition).
import type { NonClaimReason } from '../../types';
import type { FigureMatch } from '../extract';
import { biography } from './biography';
import { contextOf, type NonClaimRecogniser } from './context';
import { courtSplit } from './courtSplit';
import { documentLength } from './documentLength';
import { duration } from './duration';
import { electionCalendar } from './electionCalendar';
import { hypothetical } from './hypothetical';
import { institutionalConstant } from './institutionalConstant';
import { interviewees } from './interviewees';
import { listNumbering } from './listNumbering';
import { marketPrice } from './marketPrice';
import { namedItems } from './namedItems';
import { rank } from './rank';
import { sportsResult } from './sportsResult';

export type { NonClaimContext, NonClaimRecogniser } from './context';

/** In order: the narrower, surer reasons first, so the hover names the most telling one. */
export const RECOGNISERS: readonly NonClaimRecogniser[] = [
  courtSplit,
  sportsResult,
  marketPrice,
  institutionalConstant,
  electionCalendar,
  duration,
  documentLength,
  listNumbering,
  rank,
  biography,
  interviewees,
  hypothetical,
  namedItems,
];

/** Why a figure (sentence-relative offsets [start, end)) is not a claim, if one recogniser says so. Bounded windows: linear. */
export function nonClaimReasonOf(
  sentence: string,
  start: number,
  end: number,
  figure: FigureMatch,
  headline: boolean,
  preceding = '',
): NonClaimReason | undefined {
  const ctx = contextOf(sentence, start, end, figure, headline, preceding);
  for (const r of RECOGNISERS) if (r.test(ctx)) return r.reason;
  return undefined;
}
