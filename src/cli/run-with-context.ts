import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { DatabaseLocation } from '../database/database-location';

/**
 * Boots the application without HTTP for a command-line task, runs it, and shuts everything
 * down (including an embedded PostgreSQL this process started).
 */
export async function runWithContext(task: (context: INestApplicationContext) => Promise<void>): Promise<void> {
  process.env.JOBS_ENABLED = 'false';
  process.env.LOG_LEVEL ??= 'warn';
  const context = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    await task(context);
  } finally {
    const location = context.get(DatabaseLocation);
    await context.close();
    await location.stopEmbedded();
  }
}
