import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config.schema';
import { fromProjectRoot } from '../config/project-root';
import { EmbeddedServer, ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'facilities_ops';

/** Where the service's database is: DATABASE_URL, or an embedded server this process started. */
export class DatabaseLocation {
  constructor(
    readonly url: string,
    readonly embedded: EmbeddedServer | null,
  ) {}

  get isEmbedded(): boolean {
    return this.embedded !== null;
  }

  /** Stops the embedded server, if this process started one; call after the pool is closed. */
  async stopEmbedded(): Promise<void> {
    await this.embedded?.stop();
  }
}

export async function resolveDatabaseLocation(config: AppConfig): Promise<DatabaseLocation> {
  if (config.database.url) return new DatabaseLocation(config.database.url, null);
  const logger = new Logger('EmbeddedPostgres');
  const dataDir = fromProjectRoot(config.database.embeddedDataDir);
  const server = await startEmbeddedPostgres({
    dataDir,
    port: config.database.embeddedPort,
    log: (message) => logger.log(message),
  });
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME);
  logger.log(`embedded PostgreSQL ready on 127.0.0.1:${config.database.embeddedPort}, data in ${dataDir}`);
  return new DatabaseLocation(server.urlFor(EMBEDDED_DATABASE_NAME), server);
}
