#!/usr/bin/env node
// A throwaway PostgreSQL for the archive (issue 22): `node scripts/archive.mjs up|down|pause|resume|status|install`.
// up: initdb in a fresh temp folder (as the `postgres` user when run as root), trust auth on this cluster only,
// listening on 127.0.0.1 at a free port with its unix socket in the same folder; prints the URL (--json: a record).
// down: stops it and deletes the folder; pause / resume: stops it keeping the folder, starts it again on a free port.
// install: Debian's postgresql package with apt-get when no initdb is found.
// Several clusters may run at once (the tests start their own): each is named by its folder; `down` without
// --dir stops the one `up` recorded last for this checkout.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const STATE = join(root, '.archive-server.json');

function log(line) {
  process.stderr.write(`archive: ${line}\n`);
}

/** The newest PostgreSQL server binaries Debian installed, or undefined. */
export function findBin() {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(base, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const path = which.stdout.trim();
  return path ? join(path, '..') : undefined;
}

/** Installs Debian's PostgreSQL when missing (root or passwordless sudo); returns the bin folder. */
export function ensureInstalled() {
  let bin = findBin();
  if (bin) return bin;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  log('PostgreSQL not found: apt-get install postgresql');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) =>
    execFileSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), {
      stdio: 'inherit',
      env,
    });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'postgresql']);
  bin = findBin();
  if (!bin) throw new Error('apt-get installed postgresql but no initdb was found under /usr/lib/postgresql');
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a server binary as the cluster's owner: `postgres` when we are root (PostgreSQL refuses to run as root). */
function asOwner(bin, args, opts = {}) {
  const root = process.getuid?.() === 0;
  const cmd = root ? 'runuser' : bin;
  const argv = root ? ['-u', 'postgres', '--', bin, ...args] : args;
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

export async function up() {
  const bin = ensureInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'wirecheck-pg-'));
  if (process.getuid?.() === 0) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gw = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (pw.status !== 0)
      throw new Error(
        'running as root, and there is no `postgres` user to own the cluster (install the postgresql package)',
      );
    chownSync(dir, Number(pw.stdout), Number(gw.stdout));
  }
  const data = join(dir, 'data');
  // Trust auth: this cluster is throwaway, listens on loopback only and lives in a private temp folder.
  asOwner(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  let lastError;
  // A free port can be taken between the probe and the start on a busy machine: try a few.
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const opts = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB`;
    try {
      asOwner(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', opts, '-w', '-t', '180', 'start']);
      asOwner(join(bin, 'createdb'), ['-h', dir, '-p', String(port), '-U', 'postgres', 'wirecheck']);
      const server = { dir, port, bin, url: `postgres://postgres@127.0.0.1:${port}/wirecheck` };
      writeFileSync(join(dir, 'server.json'), JSON.stringify(server));
      return server;
    } catch (e) {
      lastError = e;
      try {
        asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } catch {
        // Not started: nothing to stop.
      }
    }
  }
  const serverLog = existsSync(join(dir, 'server.log'))
    ? readFileSync(join(dir, 'server.log'), 'utf8').slice(-2000)
    : '';
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`PostgreSQL did not start: ${lastError?.stderr ?? lastError}\n${serverLog}`);
}

/** Stops the cluster in `dir` (fast shutdown, then immediate) and deletes its folder. */
export function down(dir) {
  const info = JSON.parse(readFileSync(join(dir, 'server.json'), 'utf8'));
  try {
    asOwner(join(info.bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'fast', '-w', '-t', '60', 'stop']);
  } catch {
    try {
      asOwner(join(info.bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
    } catch {
      // Already stopped (a test stops it on purpose).
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts again a cluster `pause` stopped (a bench archive kept for the next `--reuse`: 100,000 stories take ~20 min
 * to index), on a free port; returns its record as `up` does.
 */
export async function resume(dir) {
  const info = JSON.parse(readFileSync(join(dir, 'server.json'), 'utf8'));
  const port = await freePort();
  const opts = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB`;
  asOwner(join(info.bin, 'pg_ctl'), [
    '-D',
    join(dir, 'data'),
    '-l',
    join(dir, 'server.log'),
    '-o',
    opts,
    '-w',
    '-t',
    '180',
    'start',
  ]);
  const server = { dir, port, bin: info.bin, url: `postgres://postgres@127.0.0.1:${port}/wirecheck` };
  writeFileSync(join(dir, 'server.json'), JSON.stringify(server));
  return server;
}

/** Stops (without deleting) or starts again the cluster in `dir`: the tests' "database down mid-run". */
export function pause(dir) {
  const info = JSON.parse(readFileSync(join(dir, 'server.json'), 'utf8'));
  asOwner(join(info.bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const dirArg = rest.includes('--dir') ? rest[rest.indexOf('--dir') + 1] : undefined;
  if (command === 'install') {
    log(`PostgreSQL binaries: ${ensureInstalled()}`);
  } else if (command === 'up') {
    const server = await up();
    if (!rest.includes('--no-record')) writeFileSync(STATE, JSON.stringify(server));
    process.stdout.write(rest.includes('--json') ? JSON.stringify(server) + '\n' : `${server.url}\n`);
    if (!rest.includes('--json'))
      log(
        `started in ${server.dir} as ${userInfo().username === 'root' ? 'postgres' : userInfo().username}; stop with npm run archive:down`,
      );
  } else if (command === 'down') {
    const dir = dirArg ?? (existsSync(STATE) ? JSON.parse(readFileSync(STATE, 'utf8')).dir : undefined);
    if (!dir || !existsSync(dir)) {
      log('no archive server recorded for this checkout');
      if (!dirArg && existsSync(STATE)) rmSync(STATE);
      return;
    }
    down(dir);
    if (!dirArg) rmSync(STATE, { force: true });
    log(`stopped and removed ${dir}`);
  } else if (command === 'pause') {
    pause(dirArg);
  } else if (command === 'resume') {
    const server = await resume(dirArg);
    process.stdout.write(rest.includes('--json') ? JSON.stringify(server) + '\n' : `${server.url}\n`);
  } else if (command === 'status') {
    process.stdout.write(existsSync(STATE) ? readFileSync(STATE, 'utf8') + '\n' : 'no archive server recorded\n');
  } else {
    process.stderr.write(
      'usage: node scripts/archive.mjs up [--json] | down [--dir D] | pause --dir D | resume --dir D [--json] | status | install\n',
    );
    process.exitCode = 2;
  }
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  main().catch((e) => {
    log(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
