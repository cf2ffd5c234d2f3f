import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import startSharedDatabase, { teardownTestDatabase } from '../../support/global-setup';

const globals = globalThis as typeof globalThis & { __faultsTeardown?: () => Promise<void> };

const PROJECT_ROOT = join(__dirname, '..', '..', '..');

/**
 * Builds the service into a private folder (the fault tests run it as real child processes, and
 * `dist/` belongs to others) and makes sure the run has the shared test database server.
 */
export default async function globalSetup(): Promise<void> {
  const outDir = join(PROJECT_ROOT, 'dist-faults', String(process.pid));
  rmSync(outDir, { recursive: true, force: true });
  // tsc exits non-zero on type errors but still emits; an unfinished file of someone else's must not stop the run.
  const build = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    },
  );
  if (build.error) throw build.error;
  process.env.FAULTS_DIST_DIR = outDir;

  await startSharedDatabase();
  globals.__faultsTeardown = async () => {
    await teardownTestDatabase();
    rmSync(outDir, { recursive: true, force: true });
    if (!readdirSync(join(outDir, '..')).length) rmSync(join(outDir, '..'), { recursive: true, force: true });
  };
}
