import { QueryFailedError } from 'typeorm';
import { mapPostgresError } from './postgres-error-mapper';

describe('mapPostgresError: a lost database is 503 database.unavailable', () => {
  const lost = [
    new Error('Connection terminated unexpectedly'),
    new Error('timeout exceeded when trying to connect'),
    new Error('Client has encountered a connection error and is not queryable'),
    new Error('Client was closed and is not queryable'),
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    new QueryFailedError('INSERT …', [], new Error('Client has encountered a connection error and is not queryable')),
  ];

  it.each(lost.map((error) => [error.message, error]))('%s', (_message, error) => {
    expect(mapPostgresError(error)).toMatchObject({ statusCode: 503, code: 'database.unavailable' });
  });

  it('leaves an error that is not about the connection alone', () => {
    expect(mapPostgresError(new Error('something else'))).toBeUndefined();
  });
});
