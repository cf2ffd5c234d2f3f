import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEMPLATE_DATABASE = 'facilities_ops_template';

/** A free TCP port on loopback for the test run's embedded server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A data directory the `postgres` OS user can reach (a 0700 mkdtemp folder would not do). */
export function scratchDataDirectory(): string {
  const directory = join(tmpdir(), `facilities-ops-pg-${process.pid}-${Date.now()}`);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true, mode: 0o755 });
  return directory;
}
