// Runs the end-to-end suite (test/e2e/suite) in a downloaded Electron VS Code with @vscode/test-electron:
// `npm run test:electron`. For machines that can reach VS Code's update server; on the offline
// machines here the download fails, and `npm run test:e2e` (code-server + Chromium) is the runner.
// On a Linux machine with no display, run it under `xvfb-run -a`.
//
// Env: VSCODE_VERSION (default 1.100.3, the VS Code that code-server 4.100.3 ships, so both runners
// test against the same API), WIRECHECK_E2E_GREP (only the tests whose title matches).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  // Compiled to out/test/e2e/runElectron.js.
  const root = path.resolve(__dirname, '../../..');
  const extensionTestsPath = path.join(root, 'out/test/e2e/suite/index.js');
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`${extensionTestsPath} is missing: run npm run build`);

  // The tests edit the seeds: give them a throwaway copy, never the repository's fixtures.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(workspace);
  const seeds = path.join(root, 'test/fixtures/seeds');
  for (const name of fs.readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
    fs.copyFileSync(path.join(seeds, name), path.join(workspace, name));
  }

  const launchArgs = [
    workspace,
    '--disable-extensions', // other installed extensions; the one under development still loads
    '--disable-workspace-trust',
    '--skip-welcome',
    '--skip-release-notes',
    '--user-data-dir',
    path.join(tmp, 'user-data'),
  ];
  if (process.getuid?.() === 0) launchArgs.push('--no-sandbox'); // Electron refuses root otherwise

  try {
    return await runTests({
      version: process.env.VSCODE_VERSION || '1.100.3',
      cachePath: path.join(root, '.vscode-test'),
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs,
      extensionTestsEnv: process.env.WIRECHECK_E2E_GREP ? { WIRECHECK_E2E_GREP: process.env.WIRECHECK_E2E_GREP } : {},
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    console.log(`e2e (electron): exit code ${code}`);
    process.exit(code);
  },
  (err: unknown) => {
    console.error('e2e (electron): failed to run the tests:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
