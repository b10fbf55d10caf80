// The options each rule reads from the configuration, defined once here (the rule contract's `options`). A value the
// configuration got wrong falls back to its default: the settings' own schema has already reported it.
import * as v from 'valibot';
import type { TeamLexicon } from '../lexicon/schema';
import { PROFILES } from './lexiconEntry';
import { once } from './once';
import { QUOTED_TERMS } from './settings';

const isObject = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x);

/** loaded-term: the style profile, how quoted speech is shown, and the desk's team lexicon. */
export const loadedTermOptionsSchema = once(() =>
  v.object({
    profile: v.fallback(v.picklist(PROFILES), 'inhouse'),
    quoted: v.fallback(v.picklist(QUOTED_TERMS), 'information'),
    team: v.fallback(v.optional(v.custom<TeamLexicon>(isObject)), undefined),
  }),
);

/** wire-status: the time embargoes are checked against (ms since the epoch), passed in, never read from the clock. */
export const wireStatusOptionsSchema = once(() => v.object({ now: v.optional(v.number()) }));

/** figure-conflict: the conflict keys the desk has decided (.wirecheck.json `ignoredConflicts`). */
export const figureConflictOptionsSchema = once(() => v.object({ ignoredConflicts: v.array(v.string()) }));
