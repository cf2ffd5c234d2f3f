import { Logger } from '@nestjs/common';
import 'reflect-metadata';
import { AppModule } from './app.module';
import { printBanner } from './bootstrap/banner';
import { createApp } from './bootstrap/create-app';
import { DOCS_PATH } from './bootstrap/open-api';
import { AppConfig } from './config/app-config.schema';
import { DatabaseLocation } from './database/database-location';
import { EMBEDDED_DEMO_PASSWORD } from './seed/demo-accounts';
import { SeedService } from './seed/seed.service';

async function main(): Promise<void> {
  const app = await createApp(AppModule);
  const config = app.get(AppConfig);
  const location = app.get(DatabaseLocation);
  const seed = app.get(SeedService);
  await seed.loadReferenceOnce();
  const demoLogins = location.isEmbedded ? await seed.loadDemo(() => EMBEDDED_DEMO_PASSWORD, true) : [];

  await app.listen({ port: config.http.port, host: config.http.host });
  const url = `http://localhost:${config.http.port}`;
  printBanner({ url, docsUrl: `${url}/${DOCS_PATH}`, embedded: location.isEmbedded, demoLogins });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    Logger.log(`${signal} received, shutting down`, 'Shutdown');
    await app.close();
    await location.stopEmbedded();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: Error) => {
  // Configuration and start-up errors end here: say what is wrong, in one line, and stop.
  process.stderr.write(`facilities-ops failed to start: ${error.message}\n`);
  process.exit(1);
});
