// Messages between the extension host and the preparation worker (dist/worker.js). Texts travel as bytes
// (transferred, not copied); results come back as plain objects (structured clone).
import type { Prepared, PreparedArticle, PreparedDeskStory } from '../../core/worker/prepared';

export interface StoryJob {
  id: string;
  bytes: Uint8Array;
}

export interface ArticleJob {
  id: string;
  bytes: Uint8Array;
  markdown: boolean;
}

export type Request =
  | { seq: number; kind: 'stories'; jobs: StoryJob[]; maxBytes: number }
  | { seq: number; kind: 'articles'; jobs: ArticleJob[]; maxBytes: number };

export type Response =
  | { seq: number; kind: 'stories'; results: Prepared<PreparedDeskStory>[] }
  | { seq: number; kind: 'articles'; results: Prepared<PreparedArticle>[] }
  | { seq: number; kind: 'error'; message: string };
