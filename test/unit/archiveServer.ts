// The archive tests' own PostgreSQL: started with scripts/archive.mjs (Debian's server, installed when missing) in a
// temp folder on a free port, stopped and deleted afterwards. Never a mock.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './helpers';

const run = promisify(execFile);
const SCRIPT = join(ROOT, 'scripts', 'archive.mjs');

export interface TestServer {
  dir: string;
  port: number;
  url: string;
}

export async function startServer(): Promise<TestServer> {
  const { stdout } = await run(process.execPath, [SCRIPT, 'up', '--json', '--no-record'], {
    timeout: 600_000,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as TestServer;
}

/** Stops the server abruptly, keeping its folder: "the database went down mid-run". */
export async function killServer(server: TestServer): Promise<void> {
  await run(process.execPath, [SCRIPT, 'pause', '--dir', server.dir], { timeout: 120_000 });
}

export async function stopServer(server: TestServer | undefined): Promise<void> {
  if (server) await run(process.execPath, [SCRIPT, 'down', '--dir', server.dir], { timeout: 180_000 });
}
