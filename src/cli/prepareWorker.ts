// A CLI preparation worker (bundled as dist/prepareWorker.js): takes path indices from the shared counter until none
// are left, and posts each prepared article back to the main thread (see prepare.ts).
import './v8flags';
import { workerData, type MessagePort } from 'node:worker_threads';
import { Analyzer } from '../core/analyze';
import { NEXT, POSTED, prepareInput } from './prepare';

const { paths, maxBytes, ctl, port } = workerData as {
  paths: string[];
  maxBytes: number;
  ctl: Int32Array;
  port: MessagePort;
};
const analyzer = new Analyzer();
for (let i = Atomics.add(ctl, NEXT, 1); i < paths.length; i = Atomics.add(ctl, NEXT, 1)) {
  port.postMessage({ i, result: prepareInput(analyzer, paths[i]!, maxBytes, true) });
  Atomics.add(ctl, POSTED, 1);
  Atomics.notify(ctl, POSTED);
}
port.close();
