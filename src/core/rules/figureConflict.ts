// figure-conflict: the same fact with an incompatible figure in another open article on the same story.
import { toKey, type IgnoreKey } from '../schema/ignoreKey';
import { figureConflictOptionsSchema } from '../schema/ruleOptions';
import { CLASS_LABEL, DECISION, compareFacts, overlaps } from '../facts/compare';
import { factIndex, type FactIndex } from '../facts/facts';
import { filedLine, plainLabel, plainScope, reportingSource, reportName } from '../facts/table';
import type { Fact, FactComparison } from '../facts/types';
import type { FixEdit } from '../types';
import type { FindingInit, Rule, RuleContext } from './rule';
import { supersededBy, type Supersession } from './superseded';

const NOT_OPEN = 'in the folder, not open';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** "1,139, according to an Al Jazeera tally": the other figure with its source, as a replacement text. */
export function withSource(f: Fact): string {
  return f.source
    ? `${f.claim.figure.text}, according to ${f.source.replace(/^(The|A|An|Its|Their)\b/, (w) => w.toLowerCase())}`
    : f.claim.figure.text;
}

/** The other figure as it must read at this position: capitalised at a sentence start, lower-case hedge mid-sentence. */
function figureAt(y: Fact, x: Fact): string {
  const t = y.claim.figure.text;
  const atStart = x.claim.figure.start === x.claim.sentence.start;
  if (atStart) return t.charAt(0).toUpperCase() + t.slice(1);
  // "More than 33,000" mid-sentence reads "more than 33,000" (a hedge word, never a name).
  return /^(?:More|Some|About|Around|Almost|Nearly|Over|Under|At|Up|Fewer|Less|Roughly|Approximately|Just|Only|An?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands)\b/.test(
    t,
  )
    ? t.charAt(0).toLowerCase() + t.slice(1)
    : t;
}

/** A source as it reads after "according to" ("The Health Ministry" → "the Health Ministry"). */
const sourceAfterCue = (source: string): string => source.replace(/^(The|A|An|Its|Their)\b/, (w) => w.toLowerCase());

/**
 * Replace the figure (and its noun, when adjacent) by the other figure with its source. The source goes where it reads
 * well: at the end of the figure's clause ("…, 133 of whom remain in Gaza, according to X."), or right after the noun
 * when the clause is long or has a source of its own; "according to" already there is reused.
 */
function sourcedFix(x: Fact, y: Fact, text: string): FixEdit | undefined {
  if (!y.source) return undefined;
  const title = "Use the other report's figure with its source";
  const f = x.claim.figure;
  const a = x.claim.attribution;
  const other = figureAt(y, x);
  const source = sourceAfterCue(y.source);
  // "1,139 people, according to X": the other figure replaces the figure through its own "according to" source.
  // "1,170 people, mostly civilians per Israel": the other source takes the place of this one ("…, mostly civilians, according to Y").
  if (
    a?.cueSpan &&
    a.cueSpan.start > f.end &&
    /^(?:according to|per|citing|quoting)$/i.test(a.cue) &&
    a.cueSpan.start - f.end < 60
  ) {
    const at = text.indexOf(a.source, a.cueSpan.end);
    if (at >= 0 && at - a.cueSpan.end <= 2) {
      const between = text.slice(f.end, a.cueSpan.start);
      const joined = /,\s*$/.test(between) ? between : `${between.replace(/\s+$/, '')}, `;
      return { title, start: f.start, end: at + a.source.length, text: `${other}${joined}according to ${source}` };
    }
  }
  const s = x.claim.sentence;
  const gap = f.nounSpan ? text.slice(f.end, f.nounSpan.start) : '';
  const end = f.nounSpan && f.nounSpan.start >= f.end && /^[^,.;:!?"“”]{0,24}$/.test(gap) ? f.nounSpan.end : f.end;
  // The end of the figure's clause: a comma, semicolon, dash or the sentence's closing stop (not a digit group's comma).
  const rest = text.slice(end, s.end);
  const stop = /(?<!\d),(?!\d)|;|\s[–—]\s|[.!?]["”’]?\s*$|["“”]/.exec(rest);
  const clauseEnd = stop ? end + stop.index : s.end;
  const ownSource = !!a && a.kind !== 'vague';
  if (!ownSource && clauseEnd > end && clauseEnd - end <= 80 && !/["“”]/.test(text.slice(end, clauseEnd))) {
    return {
      title,
      start: f.start,
      end: clauseEnd,
      text: `${other}${text.slice(f.end, clauseEnd).replace(/\s+$/, '')}, according to ${source}`,
    };
  }
  const next = end < s.end ? (text[end] ?? '') : '';
  const tail = /^[,.;:!?)"”’]?$/.test(next) ? '' : ',';
  return { title, start: f.start, end, text: `${other}${text.slice(f.end, end)}, according to ${source}${tail}` };
}

/** "no source; in Gaza; filed 8 Apr · AFP": one side as an editor reads it. */
function sideDetails(f: Fact, agency: string | undefined, version?: string): string {
  const source = reportingSource(f.source);
  const parts = [source ? `source ${source}` : 'no source'];
  const scope = plainScope(f.scope);
  if (scope.length) parts.push(scope.join(', '));
  parts.push(filedLine(f.filed, agency, version));
  return parts.join('; ');
}

/** One compared pair: this article's fact, the other report's, and how the editor names that report. */
interface Pair {
  c: FactComparison;
  peerId: string;
  report: string;
  /** The other report's agency, for its filing line ("filed 9 Apr · Reuters"). */
  agency?: string;
  /** The other report's own version number when it is an agency item ("· version 3"). */
  version?: string;
  /** What ignores this pair alone, and that key as written in .wirecheck.json. */
  ignore: IgnoreKey;
  key: string;
  /** This side carries the newer figure of an update: the other report lags (information only). */
  newer: boolean;
  /** The other report is a desk-folder story that is not open: a note, never a warning. */
  folder?: boolean;
  /** The other report is a later version of this article's own story that changed the figure. */
  superseded?: Supersession;
}

const time = (p: Pair): number => (p.c.b.filed ? Date.parse(p.c.b.filed) : Number.NEGATIVE_INFINITY);

/** All of one figure's conflicts as one finding: related information per report, newest first. */
function merged(ctx: Pick<RuleContext, 'analysis'>, pairs: Pair[], ignored: ReadonlySet<string>): FindingInit {
  // Open reports lead (they set the message and the level); unopened folder reports follow, each newest first.
  const sorted = [...pairs].sort(
    (p, q) => Number(!!p.folder) - Number(!!q.folder) || time(q) - time(p) || p.peerId.localeCompare(q.peerId),
  );
  const active = sorted.filter((p) => !ignored.has(p.key));
  // Every pair ignored: the first pair's key lets the desk mark the finding as hidden.
  const shown = active.length > 0 ? active : sorted;
  const first = shown[0]!;
  const x = first.c.a;
  const text = ctx.analysis.model.text;
  const label = plainLabel(x.label ?? x.key);
  const others = shown
    .map(
      (p) =>
        `${p.c.b.claim.figure.text} in ${p.report}${p.folder ? ` (${NOT_OPEN}, ${filedLine(p.c.b.filed, p.agency, p.version)})` : ''} (${CLASS_LABEL[p.c.conflict!]})`,
    )
    .join('; ');
  const decision = first.newer
    ? 'this report carries the newer figure; the other report lags'
    : DECISION[first.c.conflict!];
  // Unopened folder reports never raise the level: open reports decide it, and with none the finding is a note.
  const open = shown.filter((p) => !p.folder);
  const later = shown.find((p) => p.superseded);
  const message = later
    ? `Superseded figure — ${label}: your copy says ${x.claim.figure.text}; ${later.superseded!.label}, says ${later.c.b.claim.figure.text}. To decide: ${later.superseded!.correction ? 'the later version corrects this figure: take the correction' : 'a later version of this story changed the figure: update it or say why it stands'}.`
    : `Conflicting figure — ${label}: ${x.claim.figure.text} here vs ${others}. Here: ${sideDetails(x, ctx.analysis.model.meta.agency, ctx.analysis.model.meta.wire?.version)}. To decide: ${decision}.`;
  const classOf = (p: Pair): string => (p.superseded ? 'superseded' : p.c.conflict!);
  const fixes: FixEdit[] = [];
  const seen = new Set<string>();
  const add = (f: FixEdit | undefined): void => {
    if (!f || seen.has(`${f.start}|${f.end}|${f.text}`)) return;
    seen.add(`${f.start}|${f.end}|${f.text}`);
    fixes.push(f);
  };
  // An unopened folder report is for looking at, not for rewriting the open copy: only open reports offer their figure.
  for (const p of open) {
    const y = p.c.b;
    const sourced = sourcedFix(x, y, text);
    if (sourced) add({ ...sourced, title: `Use ${y.claim.figure.text} from ${p.report}, with its source` });
  }
  for (const p of open)
    add({
      title: `Use ${p.c.b.claim.figure.text} from ${p.report}`,
      start: x.claim.figure.start,
      end: x.claim.figure.end,
      text: figureAt(p.c.b, x),
    });
  return {
    severity:
      open.length === 0
        ? 'information'
        : open.find((p) => p.superseded)?.superseded!.correction
          ? 'error'
          : open.every((p) => p.newer)
            ? 'information'
            : 'warning',
    start: x.claim.figure.start,
    end: x.claim.figure.end,
    message,
    suggestions: [...new Set(open.map((p) => withSource(p.c.b)))],
    anchor: later ? 'superseded' : first.c.conflict!,
    related: shown.map((p) => {
      const y = p.c.b;
      return {
        docId: p.peerId,
        start: y.claim.figure.start,
        end: y.claim.figure.end,
        text: y.claim.figure.text,
        message: `${y.claim.figure.text} — ${sideDetails(y, p.agency, p.version)}${p.folder ? ` — ${NOT_OPEN}` : ''} — ${p.superseded ? `superseded: ${p.superseded.label}` : CLASS_LABEL[p.c.conflict!]}`,
        report: p.report,
        conflict: classOf(p),
        ignoreKey: p.key,
      };
    }),
    ignore: first.ignore,
    fixes,
  };
}

export const figureConflictRule: Rule<{ ignoredConflicts: string[] }, FactIndex> = {
  id: 'figure-conflict',
  name: 'Conflicting figure',
  description:
    'The same fact (what is counted, what happened, in which frame) with an incompatible figure in another open article on the same story.',
  settingDescription: 'The same fact with incompatible numbers in another open article on the same story.',
  docs: 'docs/rules/figure-conflict.md',
  docsQuestion: 'How to settle a conflicting figure',
  tally: 'conflicts',
  defaultSeverity: 'warning',
  scope: 'desk',
  options: {
    schema: figureConflictOptionsSchema,
    read: (config) => ({ ignoredConflicts: config.workspace.ignoredConflicts.map((e) => e.key) }),
  },
  // An article's facts: built at insert (on restore), this spreads the cost over small tasks instead of making the
  // first check of a restored article build them for every peer at once.
  init: ({ id, analysis }) => factIndex(id, analysis),
  check(ctx, report) {
    const folder = ctx.folderPeers;
    if (ctx.peers.length === 0 && folder.length === 0) return;
    const mine = ctx.state;
    if (mine.facts.length === 0) return;
    const byFigure = new Map<string, Pair[]>();
    const unopened = new Set(folder.map((p) => p.id));
    for (const peer of [...ctx.peers, ...folder.filter((p) => !ctx.peers.some((q) => q.id === p.id))]) {
      // The same article open twice is not a second report.
      if (peer.id === ctx.id || peer.analysis.model.text === ctx.analysis.model.text) continue;
      const theirs = ctx.stateOf(peer).byKey;
      const meta = peer.analysis.model.meta;
      const report = reportName(peer.id, meta);
      for (const [key, xs] of mine.byKey) {
        const ys = theirs.get(key);
        if (!ys) continue;
        for (const x of xs) {
          const seen = new Set<string>();
          for (const y of ys) {
            if (overlaps(x, y)) continue;
            const id = `${y.low}|${y.high}|${y.source ?? ''}`;
            if (seen.has(id)) continue;
            seen.add(id);
            const c = compareFacts(x, y);
            const newer =
              c.conflict === 'update' && !!x.filed && !!y.filed && Date.parse(x.filed) > Date.parse(y.filed);
            const superseded = supersededBy(ctx.analysis, peer.analysis);
            const ignore: IgnoreKey = {
              kind: 'conflict',
              fact: x.key,
              mine: norm(x.claim.figure.text),
              theirs: norm(y.claim.figure.text),
            };
            const pair: Pair = {
              c,
              peerId: peer.id,
              report,
              agency: meta.agency,
              version: meta.wire?.version,
              ignore,
              key: toKey(ignore),
              newer,
              ...(unopened.has(peer.id) ? { folder: true } : {}),
              ...(superseded ? { superseded } : {}),
            };
            const at = `${x.claim.figure.start}|${x.claim.figure.end}`;
            const list = byFigure.get(at);
            if (list) list.push(pair);
            else byFigure.set(at, [pair]);
          }
        }
      }
    }
    const ignored = new Set(ctx.options.ignoredConflicts);
    for (const pairs of byFigure.values()) report(merged(ctx, pairs, ignored));
  },
};
