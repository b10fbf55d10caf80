// The contract every rule follows, and the context the Desk hands it. A rule reports where and what; the Desk stamps
// the rule id, severity, docs link and ignore key string on every finding, and owns each article's per-rule state.
import type * as v from 'valibot';
import type { DocumentAnalysis } from '../analyze';
import type { CheckConfig } from '../config';
import type { IgnoreKey } from '../schema/ignoreKey';
import type { FixEdit, RelatedLocation, Severity, Span } from '../types';

/** Every rule's id: settings keys, the CLI's and SARIF's rule names, `docs/rules/<id>.md`. */
export type RuleId =
  | 'unattributed-figure'
  | 'loaded-term'
  | 'figure-conflict'
  | 'vague-source'
  | 'wire-status'
  | 'quote-mismatch'
  | 'source-changed';

/** Another open article on the same story, as desk rules see it. */
export interface Peer {
  id: string;
  analysis: DocumentAnalysis;
  score: number;
}

/** What a rule reports; the Desk turns it into a `Finding`. */
export interface FindingInit extends Span {
  message: string;
  /** Set only by rules that grade their findings; otherwise the rule's default severity. */
  severity?: Severity;
  /** Replacement texts for the range, best first (quick fixes). */
  suggestions?: string[];
  related?: RelatedLocation[];
  fixes?: FixEdit[];
  /** Section of the rule's docs page ("docs/rules/<id>.md#<anchor>"). */
  anchor?: string;
  /** What "ignore in this workspace" keys this finding on (never offsets). */
  ignore?: IgnoreKey;
}

export interface RuleContext<Options = unknown, State = unknown> {
  id: string;
  analysis: DocumentAnalysis;
  /** Open articles on the same story (empty for document rules). */
  peers: Peer[];
  /** Matched desk-folder stories that are not open, analysed in the background: their conflicts are notes only. */
  folderPeers: Peer[];
  /** The rule's options, read from the configuration through its schema. */
  options: Options;
  /** This article's state (built by `init` once per text, kept by the Desk). */
  readonly state: State;
  /** A peer's state (built on first use when the Desk keeps none for it). */
  stateOf(peer: { id: string; analysis: DocumentAnalysis }): State;
  /** Every open article (not only story matches): versions of one agency item share a guid, not always their text. */
  open: () => Iterable<{ id: string; analysis: DocumentAnalysis }>;
  /** How this article relates to an open peer (version, rewrite, same story), `derived` 'a' when this one derives. */
  relation?: (peerId: string) => { kind: string; derived: 'a' | 'b'; ordered?: string } | undefined;
}

/** A rule's options: a schema from src/core/schema/ and where its input sits in the configuration. */
export interface RuleOptions<Options> {
  /** Built on first use (start-up never pays for a schema it does not read). */
  schema: () => v.GenericSchema<unknown, Options>;
  read(config: CheckConfig): unknown;
}

export interface Rule<Options = unknown, State = unknown> {
  id: RuleId;
  /** How the editor names it: "Figure with no source". */
  name: string;
  /** One sentence: what it flags (pickers, SARIF). */
  description: string;
  /** The shorter text its entry shows in the Settings editor (`wirecheck.rules`); `description` when absent. */
  settingDescription?: string;
  /** Its page, relative to the extension root: "docs/rules/<id>.md". */
  docs: string;
  /** The title of the action that opens its page, as a question an editor would ask. */
  docsQuestion?: string;
  /** The word after its count in the status bar ("3 unsourced"); rules without one are not counted there. */
  tally?: string;
  /** Its message after its name in the editor ("Figure with no source: …"), the words the name already says taken out. */
  restate?(message: string): string;
  defaultSeverity: Severity;
  /** 'desk': findings depend on other open articles (re-run when any article changes). */
  scope: 'document' | 'desk';
  options?: RuleOptions<Options>;
  /** Per-article state, built once per text and owned by the Desk (also ahead of the first check, on restore). */
  init?(doc: { id: string; analysis: DocumentAnalysis }): State;
  check(ctx: RuleContext<Options, State>, report: (f: FindingInit) => void): void;
}

/** Any rule, whatever its options and state (the rule list). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any>;
