import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import 'reflect-metadata';
import { AppModule } from '../app.module';
import { createOpenApiDocument, OPEN_API_FILE } from '../bootstrap/open-api';
import { fromProjectRoot } from '../config/project-root';

/**
 * `npm run api:doc`: writes the OpenAPI document the web app's client is generated from. Nest's
 * preview mode reads the controllers' metadata without creating any provider, so no database is
 * started and the document is the same as the one served at /docs-json.
 */
async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  const document = createOpenApiDocument(app);
  writeFileSync(fromProjectRoot(OPEN_API_FILE), `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
  console.log(`wrote ${OPEN_API_FILE} (${Object.keys(document.paths).length} paths)`);
}

main().catch((error: Error) => {
  console.error(`api:doc failed: ${error.message}`);
  process.exit(1);
});
