// End-to-end tests in a real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven by headless
// Debian Chromium, on an offline machine. `npm run test:e2e`.
//
// 1. installs code-server and the Debian packages (scripts/install-vscode.sh) when missing;
// 2. builds when dist/ or the compiled suite is missing;
// 3. copies test/fixtures/seeds/*.txt into a fresh temp workspace (tests edit it; the repo copies stay);
// 4. starts code-server with throwaway state, opens the workbench with the test payload
//    (extensionDevelopmentPath = repo root, extensionTestsPath = out/test/e2e/suite/index.js);
// 5. prints the mocha output (codeAutomationLog) and exits with the code given to codeAutomationExit,
//    ending with `e2e: N passed, N failed`.
//
// Env: E2E_TIMEOUT_MS (default 900000: the whole run's safety net; each wait inside has its own 60 s ceiling), E2E_VERBOSE=1 (workbench console and code-server log),
// E2E_KEEP=1 (keep the temp folder), E2E_SCREENSHOT=path.png (screenshot when the run ends).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import {
  ROOT,
  isInstalled,
  launchChromium,
  makeTempDir,
  remoteUri,
  runCleanups,
  startCodeServer,
  workbenchUrl,
} from './lib/codeServer.mjs';

const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS) || 15 * 60_000;
const VERBOSE = process.env.E2E_VERBOSE === '1';
const KEEP = process.env.E2E_KEEP === '1';
const SCREENSHOT = process.env.E2E_SCREENSHOT;
const SUITE = join(ROOT, 'out/test/e2e/suite/index.js');
const RESULT_PREFIX = 'WIRECHECK_E2E_RESULT ';
// Starts every message of the suite's reporter (test/e2e/suite/index.ts), passed through the server's env.
const MARK = '\u2063e2e\u2063';

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const say = (msg) => console.log(`e2e ${elapsed()}: ${msg}`);

let result = null; // { passed, failed, pending, ms } from the suite's last line
let resultSeen;
const resultLine = new Promise((r) => (resultSeen = r));
let mochaPassing = null;
let mochaFailing = null;

let finishing = false;
let browser = null; // { close() } once Chromium runs
let server = null;

async function finish(code, why) {
  if (finishing) return;
  finishing = true;
  if (why) console.error(`e2e: FAILED: ${why}`);
  const passed = result?.passed ?? mochaPassing ?? 0;
  let failed = result?.failed ?? mochaFailing ?? 0;
  if (code !== 0 && failed === 0) failed = 1; // a crash or timeout counts as a failure
  if (code === 0 && result === null && mochaPassing === null) {
    console.error('e2e: FAILED: the suite exited 0 but reported no results');
    code = 1;
    failed = 1;
  }
  // Close Chromium and stop code-server (process group) gracefully; cleanups SIGKILL what is left.
  const bounded = (p) => Promise.race([p, new Promise((r) => setTimeout(r, 5_000).unref())]);
  await bounded(Promise.all([browser?.close(), server?.stop()]).catch(() => {}));
  runCleanups();
  console.log(`e2e finished in ${elapsed()} (exit ${code})`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

function run(cmd, args, what) {
  say(what);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) return finish(1, `${what} failed (exit ${r.status ?? r.signal})`);
}

// ---- 1-2: install and build ---------------------------------------------------------------------
if (!isInstalled())
  await run('bash', [join(ROOT, 'scripts/install-vscode.sh')], 'installing code-server and Debian packages');
if (!existsSync(join(ROOT, 'dist/extension.js')) || !existsSync(SUITE))
  await run(process.execPath, [join(ROOT, 'scripts/build.mjs')], 'building');

setTimeout(() => {
  finish(1, `timed out after ${TIMEOUT_MS / 1000} s (E2E_TIMEOUT_MS); the workbench or the suite hung`);
}, TIMEOUT_MS);
process.on('unhandledRejection', (err) => finish(1, err?.stack || String(err)));
process.on('uncaughtException', (err) => finish(1, err?.stack || String(err)));

// ---- 3: throwaway workspace ---------------------------------------------------------------------
const tmp = makeTempDir('wirecheck-e2e-', { keep: KEEP });
const workspace = join(tmp, 'workspace');
mkdirSync(workspace);
const seedsDir = join(ROOT, 'test/fixtures/seeds');
const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt'));
for (const name of seeds) copyFileSync(join(seedsDir, name), join(workspace, name));
say(`workspace ${workspace} (${seeds.length} seeds)${KEEP ? ' (kept)' : ''}`);

// ---- 4: code-server + Chromium ------------------------------------------------------------------
try {
  server = await startCodeServer({
    stateDir: join(tmp, 'code-server'),
    echo: VERBOSE,
    env: { WIRECHECK_E2E_MARK: MARK },
  });
} catch (err) {
  await finish(1, err.message);
}
say(`code-server up on ${server.baseUrl} (pid ${server.pid})`);
server.exited.then(
  (code) => !finishing && finish(1, `code-server exited unexpectedly (${code}); log: ${server.logFile}`),
);

browser = await launchChromium({ userDataDir: join(tmp, 'chromium') });
const { page } = browser;

let exitResolve;
const exitCode = new Promise((r) => (exitResolve = r));

function onLine(line) {
  if (line.startsWith(RESULT_PREFIX)) {
    try {
      result = JSON.parse(line.slice(RESULT_PREFIX.length));
      resultSeen();
    } catch {
      console.log(line);
    }
    return;
  }
  const passing = /^\s*(\d+) passing\b/.exec(line);
  if (passing) mochaPassing = Number(passing[1]);
  const failing = /^\s*(\d+) failing\b/.exec(line);
  if (failing) mochaFailing = Number(failing[1]);
  console.log(line);
}

// The workbench forwards its log service here: the extension host's console (so mocha's reporter,
// whose messages start with MARK) and the workbench's own info lines (shown with E2E_VERBOSE=1).
await page.exposeFunction('codeAutomationLog', (type, args) => {
  const text = format(...(Array.isArray(args) ? args : [args]));
  if (text.startsWith(MARK)) {
    for (const line of text.slice(MARK.length).replace(/\n$/, '').split('\n')) onLine(line);
  } else if (VERBOSE) {
    console.log(`[workbench ${type}] ${text}`);
  } else if (type === 'error' || type === 'warn') {
    console.error(`[workbench ${type}] ${text}`);
  }
});
await page.exposeFunction('codeAutomationExit', (code) => exitResolve(Number(code)));

page.on('pageerror', (err) => console.error(`[page error] ${err.message}`));
page.on('crash', () => finish(1, 'the workbench page crashed'));
if (VERBOSE) page.on('console', (msg) => console.log(`[browser ${msg.type()}] ${msg.text()}`));

const payload = [
  ['extensionDevelopmentPath', remoteUri(server, ROOT)],
  ['extensionTestsPath', remoteUri(server, SUITE)],
];
const url = workbenchUrl(server, { folder: workspace, payload });
say('opening the workbench');
await page.goto(url, { waitUntil: 'domcontentloaded' });

// ---- 5: wait for the suite ----------------------------------------------------------------------
const code = await exitCode;
// The summary line is logged just before the exit call: wait for it to land (bounded, for a suite that crashed).
await Promise.race([resultLine, new Promise((r) => setTimeout(r, 5_000).unref())]);
if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT }).catch(() => {});
if (code !== 0 && result === null && !VERBOSE) {
  try {
    const tail = readFileSync(server.logFile, 'utf8').split('\n').slice(-20).join('\n');
    console.error(`--- code-server log tail (${server.logFile}) ---\n${tail}`);
  } catch {
    // no log
  }
}
await finish(code, code === 0 ? undefined : `the suite exited with code ${code}`);
