import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '../../../src/users/password-hasher';
import { freePort } from '../../support/test-database-server';
import { Call, fetchClient } from './http-client';

/** A service started from the private build as a real child process on loopback. */
export interface ServiceProcess {
  url: string;
  call: Call;
  child: ChildProcess;
  /** What the process printed, for failure messages. */
  output(): string;
  /** SIGKILL: no shutdown hook runs, in-flight transactions are cut. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

function distDirectory(): string {
  const directory = process.env.FAULTS_DIST_DIR;
  if (!directory)
    throw new Error(
      'FAULTS_DIST_DIR is not set; run the fault tests through jest (the faults project builds the service)',
    );
  return directory;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Polls `/health/ready` until it says 200; fails early if the process exits. */
async function waitUntilReady(service: ServiceProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null)
      throw new Error(`service exited with ${service.child.exitCode}:\n${service.output()}`);
    const ready = await service.call('GET', '/health/ready', { timeoutMs: 2000 });
    if (ready.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`service not ready within ${timeoutMs} ms:\n${service.output()}`);
}

export async function startService(
  databaseUrl: string,
  environment: Record<string, string> = {},
): Promise<ServiceProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [join(distDirectory(), 'src', 'main.js')], {
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      ...environment,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const service: ServiceProcess = {
    url,
    call: fetchClient(url),
    child,
    output: () => output,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
  try {
    await waitUntilReady(service, 60_000);
  } catch (error) {
    await service.kill();
    throw error;
  }
  return service;
}

/**
 * Creates the admin (office) and requester (FINANCE) accounts straight in the database: a service
 * on DATABASE_URL loads the reference agencies but no demo accounts.
 */
export async function seedAccounts(databaseUrl: string, password: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const hash = await hashPassword(password);
    for (const [username, agencyCode, roles] of [
      ['admin', 'GA-OFFICE', ['admin']],
      ['requester', 'FINANCE', ['requester']],
    ] as const) {
      await client.query(
        `INSERT INTO users (username, display_name, agency_id, roles, password_hash, version)
         SELECT $1, $1, id, $3::text[], $4, 1 FROM agencies WHERE code = $2 ON CONFLICT (username) DO NOTHING`,
        [username, agencyCode, roles, hash],
      );
    }
  } finally {
    await client.end();
  }
}
