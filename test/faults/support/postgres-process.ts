import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** An embedded PostgreSQL run by a helper process, so that a test can stop and restart it at will. */
export interface PostgresProcess {
  adminUrl: string;
  urlFor(database: string): string;
  /** Stops PostgreSQL (fast shutdown: sessions are cut) and waits until it is gone. */
  stop(): Promise<void>;
}

// The helper uses the service's own startEmbeddedPostgres from the private build: the package is
// ESM only and cannot be loaded inside Jest's module runtime, but a plain Node process can.
const HELPER = `
const { startEmbeddedPostgres } = require(process.env.FAULTS_EMBEDDED_MODULE);
startEmbeddedPostgres({ dataDir: process.env.FAULTS_PG_DIR, port: Number(process.env.FAULTS_PG_PORT) }).then((server) => {
  process.stdout.write('ready ' + server.adminUrl + '\\n');
  process.once('SIGTERM', () => server.stop().then(() => process.exit(0)));
}, (error) => { process.stderr.write(error.message + '\\n'); process.exit(1); });
`;

export function startPostgresProcess(dataDir: string, port: number): Promise<PostgresProcess> {
  const distDirectory = process.env.FAULTS_DIST_DIR;
  if (!distDirectory) throw new Error('FAULTS_DIST_DIR is not set; run the fault tests through jest');
  const child = spawn(process.execPath, ['-e', HELPER], {
    env: {
      ...process.env,
      FAULTS_EMBEDDED_MODULE: join(distDirectory, 'src', 'database', 'embedded-postgres.js'),
      FAULTS_PG_DIR: dataDir,
      FAULTS_PG_PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`embedded PostgreSQL did not start:\n${output}`)), 60_000);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded PostgreSQL helper exited with ${code}:\n${output}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (\S+)/.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const adminUrl = ready[1];
      resolve({
        adminUrl,
        urlFor: (database) => Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString(),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
