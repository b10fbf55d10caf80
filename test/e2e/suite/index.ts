// Entry point that VS Code's extension host loads as `extensionTestsPath` (the @vscode/test-electron
// `run()` contract, also honoured by code-server's web workbench, see scripts/e2e.mjs): runs every
// `*.test.js` beside this file with mocha (bdd: describe/it) in one extension-host session.
//
// Output goes through console.log (mocha's spec reporter writes with Base.consoleLog), which the
// extension host forwards to the workbench and from there to the runner (codeAutomationLog in
// scripts/e2e.mjs, stdout under test-electron). When the runner sets WIRECHECK_E2E_MARK, each reporter
// message starts with it, so the runner can tell them from the workbench's own log. The last message
// is a machine-readable summary the runner reads: `WIRECHECK_E2E_RESULT {"passed":N,"failed":N,...}`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { restoreWorkspace, snapshotWorkspace, TEST_TIMEOUT_MS } from './util';

export const RESULT_PREFIX = 'WIRECHECK_E2E_RESULT ';

export async function run(): Promise<void> {
  const mark = process.env.WIRECHECK_E2E_MARK ?? '';
  const log = (...args: unknown[]) => console.log(mark + format(...args));
  // The extension host is not a tty: no colours, no cursor movement.
  Mocha.reporters.Base.useColors = false;
  Mocha.reporters.Base.consoleLog = log;
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: TEST_TIMEOUT_MS,
    // WIRECHECK_E2E_GREP narrows the run (set in the server's environment).
    ...(process.env.WIRECHECK_E2E_GREP ? { grep: process.env.WIRECHECK_E2E_GREP } : {}),
  });

  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));
  // Root hooks, for every test of every file: what a test changes is put back even when it failed or timed out.
  mocha.suite.beforeEach('snapshot the workspace', async function () {
    this.timeout(TEST_TIMEOUT_MS);
    await snapshotWorkspace();
  });
  mocha.suite.afterEach('restore what the test changed', async function () {
    this.timeout(TEST_TIMEOUT_MS);
    const restored = await restoreWorkspace();
    if (restored.length > 0) log(`      (restored after "${this.currentTest?.title}": ${restored.join(', ')})`);
  });
  if (files.length === 0) throw new Error(`no *.test.js files in ${__dirname}`);

  const started = Date.now();
  const failures = await new Promise<number>((resolve, reject) => {
    try {
      const runner = mocha.run((count) => resolve(count));
      runner.on('end', () => {
        const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
        log(
          RESULT_PREFIX +
            JSON.stringify({
              passed: stats.passes,
              failed: stats.failures,
              pending: stats.pending,
              ms: Date.now() - started,
            }),
        );
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
  if (failures > 0) throw new Error(`${failures} end-to-end test${failures === 1 ? '' : 's'} failed`);
}
