import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fromProjectRoot } from '../../../src/config/project-root';
import { WEB_BUILD_DIR } from '../../../src/web-app/serve-web-app';
import databaseSetup from '../../support/global-setup';

/** The browser tests drive the built web app (`npm test` builds it first) on the e2e tests' database server. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(fromProjectRoot(join(WEB_BUILD_DIR, 'index.html'))))
    throw new Error(`no web build in ${WEB_BUILD_DIR}: run npm run build:web first (npm test does)`);
  await databaseSetup();
}
