// wire-status: what the agency says about its own item. A withheld or canceled version, or a correction, puts an
// error on every open copy of that guid (and on open rewrites of it); an embargo warns until its time; an editor's
// note is shown at the top. "Now" comes from the configuration, so the rule stays deterministic.
import { relation } from '../match/versions';
import { wireStatusOptionsSchema } from '../schema/ruleOptions';
import type { RelatedLocation, Severity, StoryMeta, WireStatus } from '../types';
import type { FindingInit, Rule, RuleContext } from './rule';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "8 Apr 10:02 GMT" (a date-only value: "8 Apr"); the value as written when it is not a date. */
export function wireTime(iso: string | undefined): string {
  if (!iso) return 'an unknown time';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t);
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return /T\d/.test(iso)
    ? `${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} GMT`
    : day;
}

const withdrawn = (w: WireStatus | undefined): boolean => w?.pubStatus === 'withheld' || w?.pubStatus === 'canceled';
const sameItem = (a: WireStatus, b: WireStatus): boolean =>
  (!!a.guid && a.guid === b.guid) || (!!a.duKey && a.duKey === b.duKey);
const versionOf = (m: StoryMeta): number => Number(m.wire?.version ?? NaN);
/** Whether `other` is a later version than `mine`: by @version, else by filing time. */
function later(other: StoryMeta, mine: StoryMeta): boolean {
  const [a, b] = [versionOf(other), versionOf(mine)];
  if (!Number.isNaN(a) && !Number.isNaN(b) && a !== b) return a > b;
  return !!other.filed && !!mine.filed && Date.parse(other.filed) > Date.parse(mine.filed);
}

/** The headline, else the first paragraph, else the start: where a status message sits. */
function top(ctx: Pick<RuleContext, 'analysis'>): { start: number; end: number } {
  const p = ctx.analysis.model.paragraphs[0];
  return p ? { start: p.start, end: p.end } : { start: 0, end: Math.min(ctx.analysis.model.text.length, 1) };
}

const who = (m: StoryMeta): string => m.agency ?? m.wire?.provider ?? 'The agency';

function make(
  ctx: Pick<RuleContext, 'analysis'>,
  severity: Severity,
  anchor: string,
  message: string,
  key: string,
  related: RelatedLocation[] = [],
): FindingInit {
  return { severity, ...top(ctx), message, anchor, related, ignore: { kind: 'wire', item: key } };
}

function statusWord(w: WireStatus): string {
  return w.pubStatus === 'canceled' ? 'withdrew (canceled)' : 'withheld';
}

export const wireStatusRule: Rule<{ now?: number }> = {
  id: 'wire-status',
  name: 'Wire status',
  description:
    "The agency's own status for its item: withdrawn (withheld, canceled) or corrected versions stop every open copy, embargoes warn until their time, editors' notes are shown.",
  settingDescription: "The agency's status for its item: withdrawn or corrected versions, embargoes, editors' notes.",
  docs: 'docs/rules/wire-status.md',
  defaultSeverity: 'error',
  scope: 'desk',
  options: { schema: wireStatusOptionsSchema, read: (config) => ({ now: config.now }) },
  check(ctx, report) {
    const meta = ctx.analysis.model.meta;
    const mine = meta.wire;
    const guid = mine?.guid ?? mine?.duKey ?? '';
    if (mine && withdrawn(mine)) {
      report(
        make(
          ctx,
          'error',
          'withdrawn',
          `${who(meta)} ${statusWord(mine)} this story at ${wireTime(meta.filed)}: do not publish.`,
          `withdrawn:${guid}`,
        ),
      );
    }
    if (mine?.embargoed && (ctx.options.now === undefined || ctx.options.now < Date.parse(mine.embargoed))) {
      report(
        make(
          ctx,
          'warning',
          'embargo',
          `Embargoed until ${wireTime(mine.embargoed)}: do not publish before then.`,
          `embargo:${guid}`,
        ),
      );
    }
    if (mine?.edNote)
      report(
        make(ctx, 'information', 'editors-note', `Editor's note from ${who(meta)}: ${mine.edNote}`, `note:${guid}`),
      );
    // Other versions of this item (same guid or NITF du-key), open anywhere on the desk.
    if (mine && (mine.guid || mine.duKey)) {
      for (const other of ctx.open()) {
        const om = other.analysis.model.meta;
        if (other.id === ctx.id || !om.wire || !sameItem(mine, om.wire)) continue;
        const at = [
          {
            docId: other.id,
            start: 0,
            end: Math.min(other.analysis.model.text.length, other.analysis.model.paragraphs[0]?.end ?? 0),
            text: om.headline ?? '',
            message: `version ${om.wire.version ?? '?'}`,
          },
        ];
        if (withdrawn(om.wire) && !withdrawn(mine)) {
          report(
            make(
              ctx,
              'error',
              'withdrawn',
              `${who(om)} ${statusWord(om.wire)} this story at ${wireTime(om.filed)} (version ${om.wire.version ?? '?'}): do not publish this copy.`,
              `withdrawn:${guid}`,
              at,
            ),
          );
        } else if (om.wire.signals?.includes('correction') && later(om, meta)) {
          report(
            make(
              ctx,
              'error',
              'corrected',
              `${who(om)} corrected this story at ${wireTime(om.filed)} (version ${om.wire.version ?? '?'}): this copy is superseded; use the correction.`,
              `corrected:${guid}:${om.wire.version ?? ''}`,
              at,
            ),
          );
        }
      }
    }
    // A rewrite or version of a withdrawn item that does not carry its guid (a desk's own copy): matched by its text.
    for (const peer of ctx.peers) {
      const pm = peer.analysis.model.meta;
      if (!withdrawn(pm.wire) || (mine && sameItem(mine, pm.wire!))) continue;
      const rel = relation(peer.analysis.model.text, ctx.analysis.model.text);
      if (rel.kind !== 'version' && rel.kind !== 'rewrite') continue;
      const at = [
        {
          docId: peer.id,
          start: 0,
          end: peer.analysis.model.paragraphs[0]?.end ?? 0,
          text: pm.headline ?? '',
          message: `${pm.wire!.pubStatus} version`,
        },
      ];
      report(
        make(
          ctx,
          'error',
          'withdrawn',
          `This is a ${rel.kind} of a story ${who(pm)} ${statusWord(pm.wire!)} at ${wireTime(pm.filed)}: do not publish.`,
          `withdrawn:${pm.wire!.guid ?? ''}`,
          at,
        ),
      );
    }
  },
};
