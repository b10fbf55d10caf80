// The contract every rule follows, and the context the engine hands it.
import type { DocumentAnalysis } from '../analyze';
import type { CheckConfig } from '../config';
import type { Finding, Severity } from '../types';

/** Another open article on the same story, as cross-document rules see it. */
export interface Peer {
  id: string;
  analysis: DocumentAnalysis;
  score: number;
}

export interface RuleContext {
  id: string;
  analysis: DocumentAnalysis;
  peers: Peer[];
  /** Matched desk-folder stories that are not open, analysed in the background: their conflicts are notes only. */
  folderPeers?: Peer[];
  config: CheckConfig;
  /** Every open article (not only story matches): versions of one agency item share a guid, not always their text. */
  open?: () => Iterable<{ id: string; analysis: DocumentAnalysis }>;
  /** How this article relates to an open peer (version, rewrite, same story), `derived` 'a' when this one derives. */
  relation?: (peerId: string) => { kind: string; derived: 'a' | 'b'; ordered?: string } | undefined;
}

export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Whether findings depend on other open articles (re-run when any article changes). */
  crossDocument: boolean;
  run(context: RuleContext): Finding[];
  /** Optional: build what `run` will need for this article ahead of time (called when an article is inserted). */
  prepare?(id: string, analysis: DocumentAnalysis): void;
}
