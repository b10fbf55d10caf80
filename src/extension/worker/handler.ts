// What the preparation worker does with one request; also run in-thread when no worker can be started.
import { Analyzer } from '../../core/analyze';
import { prepareArticleBytes, prepareDeskStoryBytes, type Prepared } from '../../core/worker/prepared';
import type { Request, Response } from './protocol';

function failed(id: string, e: unknown): Prepared<never> {
  return { id, ok: false, skipped: `could not prepare: ${String(e)}` };
}

export function handle(req: Request, analyzer: Analyzer): Response {
  if (req.kind === 'stories') {
    return {
      seq: req.seq,
      kind: 'stories',
      results: req.jobs.map((j) => {
        try {
          return prepareDeskStoryBytes(j.id, j.bytes, req.maxBytes);
        } catch (e) {
          return failed(j.id, e);
        }
      }),
    };
  }
  return {
    seq: req.seq,
    kind: 'articles',
    results: req.jobs.map((j) => {
      try {
        return prepareArticleBytes(analyzer, j.id, j.bytes, req.maxBytes, { markdown: j.markdown });
      } catch (e) {
        return failed(j.id, e);
      }
    }),
  };
}
