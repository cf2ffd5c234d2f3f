import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import startSharedDatabase from '../../support/global-setup';

type Teardown = () => Promise<void>;
const globals = globalThis as typeof globalThis & { __testDatabaseTeardown?: Teardown; __faultsTeardown?: Teardown };

const PROJECT_ROOT = join(__dirname, '..', '..', '..');

/**
 * Builds the service into a private folder (the fault tests run it as real child processes, and
 * `dist/` belongs to others) and makes sure the run has a test database server. When the e2e
 * project's setup already started one, it is shared; otherwise this setup starts it and keeps
 * its teardown apart, so that neither project's teardown loses the other's server.
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

  let ownServer: Teardown | undefined;
  if (!process.env.TEST_DATABASE_ADMIN_URL) {
    const previous = globals.__testDatabaseTeardown;
    await startSharedDatabase();
    ownServer = globals.__testDatabaseTeardown;
    globals.__testDatabaseTeardown = previous;
  }
  globals.__faultsTeardown = async () => {
    await ownServer?.();
    rmSync(outDir, { recursive: true, force: true });
    if (!readdirSync(join(outDir, '..')).length) rmSync(join(outDir, '..'), { recursive: true, force: true });
  };
}
