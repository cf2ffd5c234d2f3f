import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { postgresErrorOf } from '../common/errors/postgres-error';

const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 4;

function isRetryable(error: unknown): boolean {
  const code = postgresErrorOf(error)?.code;
  return code !== undefined && RETRYABLE_SQLSTATES.has(code);
}

/**
 * Runs one use case in one transaction. The whole transaction is retried only when PostgreSQL
 * reports a serialization failure or a deadlock, the two cases where retrying is safe.
 */
@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>, isolation: IsolationLevel = 'READ COMMITTED'): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        // READ COMMITTED is the server's default; naming it would cost a SET round trip per write.
        return await (isolation === 'READ COMMITTED'
          ? this.dataSource.transaction(work)
          : this.dataSource.transaction(isolation, work));
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
      }
    }
  }
}
