// Shared helpers for scripts/e2e.mjs and scripts/start.mjs: run code-server (a real VS Code server + web
// workbench, installed by scripts/install-vscode.sh into .vscode-test/code-server) on loopback with
// throwaway state, and drive Debian's Chromium with playwright-core. See shared/docs/real-vscode.md.
//
// `node scripts/lib/codeServer.mjs --check` starts code-server, waits for /healthz and stops it.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = join(ROOT, '.vscode-test/code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** True when install-vscode.sh finished and verified the pinned version, and Chromium is there. */
export function isInstalled() {
  const marker = join(CODE_SERVER_DIR, '.wirecheck-installed');
  return (
    existsSync(CODE_SERVER_ENTRY) &&
    existsSync(marker) &&
    readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION &&
    existsSync(CHROMIUM)
  );
}

// ---- cleanup on exit and signals ---------------------------------------------------------------
const cleanups = [];
let handlersInstalled = false;

/** Runs fn (synchronously) when the process exits, however it exits. Returns an unregister function. */
export function onCleanup(fn) {
  installHandlers();
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

export function runCleanups() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      fn();
    } catch {
      // best effort
    }
  }
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', runCleanups);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      runCleanups();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/** A fresh temp dir (removed on exit unless keep is true). */
export function makeTempDir(prefix, { keep = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (!keep) onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A free TCP port on 127.0.0.1 (there is a small race until code-server binds it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Polls GET /healthz until it answers 200, the process exits, or timeoutMs passes. */
export async function waitForHealthz(baseUrl, { timeoutMs = 60_000, exited = () => null } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    const code = exited();
    if (code !== null) throw new Error(`code-server exited (${code}) before /healthz answered`);
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return await res.json().catch(() => ({}));
      lastError = `HTTP ${res.status}`;
    } catch (err) {
      lastError = err.cause?.code || err.message;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server /healthz did not answer within ${timeoutMs} ms (${lastError})`);
}

/** User settings for the throwaway profile: no welcome page, tips, telemetry or update checks. */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  // Wire copy is one paragraph per line: wrap so a whole story reads on screen.
  'editor.wordWrap': 'on',
  // The web workbench saves edits after 1 s by default: on a busy machine a test's edit reached the disk before its
  // revert, so the revert did nothing and the edit stayed for the tests that followed.
  'files.autoSave': 'off',
};

/**
 * Starts code-server bound to 127.0.0.1 with all state (user data, extensions, XDG config/data) in
 * stateDir; settings are written as the user settings; env adds to the server's (and so the extension host's) environment. Output goes to stateDir/code-server.log (and to stdout too with echo: true).
 * Returns { baseUrl, port, authority, pid, logFile, extensionsDir, userDataDir, stop() }.
 */
export async function startCodeServer({
  stateDir,
  port,
  extensionsDir,
  extraArgs = [],
  env: extraEnv = {},
  settings = DEFAULT_SETTINGS,
  echo = false,
  healthTimeoutMs = 60_000,
} = {}) {
  if (!existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed (${CODE_SERVER_ENTRY}); run scripts/install-vscode.sh`);
  }
  stateDir ??= makeTempDir('wirecheck-cs-');
  port ??= Number(process.env.PORT) || (await freePort());
  const userDataDir = join(stateDir, 'user-data');
  extensionsDir ??= join(stateDir, 'extensions');
  const xdgConfig = join(stateDir, 'xdg-config');
  const xdgData = join(stateDir, 'xdg-data');
  const xdgCache = join(stateDir, 'xdg-cache');
  for (const d of [userDataDir, extensionsDir, xdgConfig, xdgData, xdgCache]) mkdirSync(d, { recursive: true });
  if (settings) {
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify(settings, null, 2));
  }

  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...extraArgs,
  ];
  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
    XDG_CONFIG_HOME: xdgConfig,
    XDG_DATA_HOME: xdgData,
    XDG_CACHE_HOME: xdgCache,
    ...extraEnv,
  };
  // Not inherited from an `npm run`: a nested code-server must not think it runs under npm.
  for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];

  const logFile = join(stateDir, 'code-server.log');
  const logStream = createWriteStream(logFile);
  // detached: own process group, so stop() ends code-server and every process it started.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let exitCode = null;
  const exitedPromise = new Promise((r) => child.on('exit', (code, signal) => r((exitCode = code ?? signal))));
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      logStream.write(chunk);
      if (echo) process.stdout.write(chunk);
    });
  }

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const unregister = onCleanup(() => killGroup('SIGKILL'));

  const stop = async () => {
    unregister();
    if (exitCode === null) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
      await exitedPromise;
      clearTimeout(timer);
    }
    killGroup('SIGKILL'); // any straggler in the group
    logStream.end();
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthz(baseUrl, { timeoutMs: healthTimeoutMs, exited: () => exitCode });
  } catch (err) {
    await stop();
    let tail = '';
    try {
      tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    } catch {
      // no log
    }
    throw new Error(`${err.message}\n--- code-server log (${logFile}) ---\n${tail}`);
  }
  return {
    baseUrl,
    port,
    authority: `127.0.0.1:${port}`,
    pid: child.pid,
    logFile,
    extensionsDir,
    userDataDir,
    stateDir,
    stop,
    exited: exitedPromise,
  };
}

/**
 * "Installs" the built repo as an extension in extensionsDir: one symlink to ROOT, so a rebuild and a window reload
 * pick it up. One link for the whole folder, not a folder of links: the extension host gives a `require('vscode')` the
 * API of the extension whose realpath holds the requiring file's realpath; with dist/ a link of its own the bundle lay
 * outside, and Wirecheck got the fallback API of "Null Extension Description" (the name its notifications showed).
 */
export function installLinkedExtension(extensionsDir) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const extDir = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`.toLowerCase());
  mkdirSync(extensionsDir, { recursive: true });
  symlinkSync(ROOT, extDir, 'dir');
  return extDir;
}

/** Lines of the extension host logs under userDataDir saying a `require('vscode')` was not mapped to its extension. */
export function unmappedVscodeRequires(userDataDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/exthost.*\.log$/i.test(entry.name))
        for (const line of readFileSync(path, 'utf8').split('\n'))
          if (line.includes("Could not identify extension for 'vscode' require call")) found.push(line);
    }
  };
  walk(join(userDataDir, 'logs'));
  return found;
}

/** The Chromium flags that work on these offline machines (real-vscode.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Debian's Chromium headless through playwright-core with a fresh user-data dir.
 * Returns { context, page, close() }.
 */
export async function launchChromium({ userDataDir, headless = true, viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; run scripts/install-vscode.sh`);
  userDataDir ??= makeTempDir('wirecheck-chromium-');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    args: CHROMIUM_ARGS,
    viewport,
    // The workbench's own signal handling would race ours.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const browserPid = context.browser()?.process?.()?.pid;
  const unregister = onCleanup(() => {
    if (browserPid) {
      try {
        process.kill(browserPid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  });
  const close = async () => {
    unregister();
    await context.close().catch(() => {});
  };
  return { context, page, close };
}

/** Workbench URL that opens `folder` (an absolute path on this machine), with an optional payload. */
export function workbenchUrl(server, { folder, payload } = {}) {
  const params = new URLSearchParams();
  if (folder) params.set('folder', folder);
  if (payload) params.set('payload', JSON.stringify(payload));
  const query = params.toString();
  return `${server.baseUrl}/${query ? `?${query}` : ''}`;
}

/** vscode-remote URI for a path on this machine, as the web workbench's payload wants it. */
export function remoteUri(server, absPath) {
  return `vscode-remote://${server.authority}${absPath}`;
}

// ---- CLI: --check -------------------------------------------------------------------------------
if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url) &&
  process.argv.includes('--check')
) {
  const t0 = Date.now();
  try {
    const server = await startCodeServer();
    const health = await fetch(`${server.baseUrl}/healthz`).then((r) => r.json());
    console.log(`code-server ok on ${server.baseUrl} in ${Date.now() - t0} ms: /healthz ${JSON.stringify(health)}`);
    await server.stop();
    process.exit(0);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
