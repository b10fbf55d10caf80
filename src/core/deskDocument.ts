// The shapes an article takes on the desk: as stored, as given, and as prepared elsewhere.
import type { DocumentAnalysis } from './analyze';
import type { PreparedStory } from './match';
import type { ModelOptions } from './text/model';

export interface DeskDocument {
  id: string;
  text: string;
  hash: string;
  analysis: DocumentAnalysis;
  /** The editor's version of this text, when the caller has one: the Desk stamps it on every finding. */
  version?: number;
}

/** How an article is read, plus the editor's document version of this text (stamped on its findings). */
export type UpsertOptions = ModelOptions & { version?: number };

/** An article whose analysis and story features were computed elsewhere (a worker thread). */
export interface PreparedArticleInput {
  hash: string;
  analysis: DocumentAnalysis;
  story: PreparedStory;
}
