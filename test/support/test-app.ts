import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { createApp } from '../../src/bootstrap/create-app';
import { SeedService } from '../../src/seed/seed.service';
import { cloneTemplateDatabase, TestDatabase } from './test-database';

export const TEST_PASSWORD = 'test-password-123';

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  http: () => ReturnType<typeof request>;
  /** Runs SQL directly on this file's database, to check rows behind the API's back. */
  sql<T = Record<string, unknown>>(text: string, parameters?: unknown[]): Promise<T[]>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Boots the real AppModule over HTTP against a fresh clone of the migrated template database,
 * with the reference data and the demo accounts (password TEST_PASSWORD) loaded.
 */
export async function startTestApp(environment: Record<string, string> = {}): Promise<TestApp> {
  const database = await cloneTemplateDatabase();
  Object.assign(process.env, {
    LOG_LEVEL: 'silent',
    JOBS_ENABLED: 'false',
    ...environment,
    DATABASE_URL: database.url,
  });
  const app = await createApp(AppModule);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await app.get(SeedService).loadDemoAccounts(() => TEST_PASSWORD);
  const sqlClient = new Client({ connectionString: database.url });
  await sqlClient.connect();
  const http = () => request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    database,
    http,
    sql: async <T>(text: string, parameters?: unknown[]) => (await sqlClient.query(text, parameters)).rows as T[],
    async login(username, password = TEST_PASSWORD) {
      const cached = tokens.get(username);
      if (cached && password === TEST_PASSWORD) return cached;
      const response = await http().post('/auth/login').send({ username, password });
      if (response.status !== 200)
        throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      const token = (response.body as { accessToken: string }).accessToken;
      tokens.set(username, token);
      return token;
    },
    async close() {
      await sqlClient.end();
      await app.close();
      await database.drop();
    },
  };
}
