// Connections to the archive's PostgreSQL: URLs redacted in every message, passwords only from the environment
// (PGPASSWORD, PGPASSFILE, read by `pg` itself) or given by the editor's SecretStorage, faults in plain words.
import type { Pool, PoolClient, PoolConfig } from 'pg';

/** The URL with any password and query string removed: the only form that goes into a log line or a message. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    u.search = '';
    return u.toString();
  } catch {
    return '(an archive URL that could not be read)';
  }
}

/** Every occurrence of the URL (and of a password in it) replaced in a message from the driver or the server. */
export function redactIn(message: string, url: string): string {
  let out = message.split(url).join(redactUrl(url));
  try {
    const pw = new URL(url).password;
    if (pw) out = out.split(decodeURIComponent(pw)).join('***').split(pw).join('***');
  } catch {
    // Not a URL: nothing more to hide.
  }
  return out;
}

export class ArchiveError extends Error {
  constructor(
    message: string,
    /** 'unreachable': no connection; 'slow': a statement ran past its time limit; 'refused': the server said no. */
    readonly kind: 'unreachable' | 'slow' | 'refused' | 'usage',
  ) {
    super(message);
  }
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/** A driver or server error as one clear line, its kind, and never the password. */
export function describeDbError(e: unknown, url: string): ArchiveError {
  if (e instanceof ArchiveError) return e;
  const err = e as { code?: string; message?: string };
  const raw = redactIn(err.message ?? String(e), url);
  const where = redactUrl(url);
  if (err.code === '57014')
    return new ArchiveError(`the archive at ${where} is too slow: a query ran past its time limit (${raw})`, 'slow');
  if ((err.code && UNREACHABLE.has(err.code)) || /terminat|Connection terminated|timeout expired|connect/i.test(raw))
    return new ArchiveError(`cannot reach the archive at ${where}: ${raw}`, 'unreachable');
  return new ArchiveError(`the archive at ${where} refused: ${raw}`, 'refused');
}

export interface ArchiveConnection {
  url: string;
  pool: Pool;
}

export interface ConnectOptions {
  /** From the editor's SecretStorage; the CLI leaves it to PGPASSWORD / PGPASSFILE. */
  password?: string;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  max?: number;
}

export function connect(url: string, opts: ConnectOptions = {}): ArchiveConnection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ArchiveError('the archive URL is not a URL (expected postgres://user@host:port/database)', 'usage');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw new ArchiveError(`the archive URL must start with postgres://, not ${parsed.protocol}//`, 'usage');
  if (parsed.password)
    throw new ArchiveError(
      'the archive URL holds a password: give it in PGPASSWORD or a PGPASSFILE (the editor: "Wirecheck: Set Archive Password") instead',
      'usage',
    );
  const config: PoolConfig = {
    connectionString: url,
    max: opts.max ?? 4,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    statement_timeout: opts.statementTimeoutMs ?? 60_000,
    application_name: 'wirecheck',
    // Archive statements are short index lookups: compiling one with JIT would cost more than running it.
    options: '-c jit=off',
  };
  if (opts.password !== undefined) config.password = opts.password;
  // pg is loaded on first use: the editor's start-up (and every CLI run without --archive) never pays for it.
  const { Pool: PgPool } = require('pg') as typeof import('pg');
  const pool = new PgPool(config);
  // An idle client's broken connection must not crash the process: the next query reports it.
  pool.on('error', () => undefined);
  return { url, pool };
}

/** Runs `fn` in one transaction on one client; rolls back on any failure. */
export async function inTransaction<T>(conn: ArchiveConnection, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  let client: PoolClient;
  try {
    client = await conn.pool.connect();
  } catch (e) {
    throw describeDbError(e, conn.url);
  }
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw describeDbError(e, conn.url);
  } finally {
    client.release();
  }
}

/** `name`: a statement run often (each query), prepared once per connection and planned without re-parsing. */
export async function query<R extends Record<string, unknown>>(
  conn: ArchiveConnection,
  sql: string,
  params: unknown[] = [],
  name?: string,
): Promise<R[]> {
  try {
    return (await conn.pool.query<R>(name ? { name, text: sql, values: params } : { text: sql, values: params })).rows;
  } catch (e) {
    throw describeDbError(e, conn.url);
  }
}
