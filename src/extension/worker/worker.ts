// The preparation worker (bundled as dist/worker.js): decodes, models and featurises desk-folder stories, and fully
// analyses articles restored at start-up, so that the extension host only inserts the results.
import { parentPort } from 'node:worker_threads';
import { Analyzer } from '../../core/analyze';
import { handle } from './handler';
import type { Request, Response } from './protocol';

const analyzer = new Analyzer();

parentPort?.on('message', (req: Request) => {
  let res: Response;
  try {
    res = handle(req, analyzer);
  } catch (e) {
    res = { seq: req.seq, kind: 'error', message: String(e) };
  }
  parentPort!.postMessage(res);
});
