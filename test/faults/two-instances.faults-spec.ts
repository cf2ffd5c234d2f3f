import { cloneTemplateDatabase, TestDatabase } from '../support/test-database';
import { signIn } from './support/http-client';
import { connectSql, existingTables, halfWrittenRecords } from './support/integrity-checks';
import { createUser, FAULTS_PASSWORD, runTag } from './support/record-factories';
import { seedAccounts, ServiceProcess, startService } from './support/service-process';
import { runWriteLoad, writersFor } from './support/write-load';

jest.setTimeout(120_000);

/** Columns that must hold unique values, checked where the table exists. */
const UNIQUE_VALUES: [string, string][] = [
  ['users', 'username'],
  ['agencies', 'code'],
  ['parking_permits', 'serial'],
  ['maintenance_tickets', 'number'],
];
const PERIOD_MOMENT = '2024-03-15T03:07:00.000Z';

describe('two instances on one database', () => {
  let database: TestDatabase;
  let services: ServiceProcess[] = [];

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    services.push(await startService(database.url));
    await seedAccounts(database.url, FAULTS_PASSWORD);
    services.push(await startService(database.url));
  });
  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    services = [];
    await database.drop();
  });

  it('lets exactly one of two simultaneous creations of the same username through, and duplicates no unique value under load', async () => {
    const [a, b] = services;
    const tokens = await Promise.all(services.map((service) => signIn(service.call, 'admin', FAULTS_PASSWORD)));
    const agencyId = ((await a.call('GET', '/users/me', { token: tokens[0] })).body as { agencyId: string }).agencyId;
    const tag = runTag();
    const pairs = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        Promise.all(
          services.map((service, which) =>
            createUser(service.call, tokens[which], {
              username: `twin.${tag}.${index}`,
              agencyId,
              roles: ['requester'],
            }),
          ),
        ),
      ),
    );
    expect(pairs.map((pair) => pair.map((response) => response.status).sort())).toEqual(pairs.map(() => [201, 409]));
    for (const pair of pairs)
      expect(pair.find((response) => response.status === 409)!.body).toMatchObject({
        statusCode: 409,
        code: expect.any(String),
        requestId: expect.any(String),
      });

    const [loadA, loadB] = await Promise.all([
      writersFor(a.call, FAULTS_PASSWORD),
      writersFor(b.call, FAULTS_PASSWORD),
    ]);
    const results = await Promise.all([
      runWriteLoad(loadA.writers, { workers: 4, maxPerWorker: 10, offset: 0 }),
      runWriteLoad(loadB.writers, { workers: 4, maxPerWorker: 10, offset: 0 }),
    ]);
    const statuses = results.flatMap((result) => [...result.statuses.keys()]);
    expect(statuses.filter((status) => status === 0 || status >= 500)).toEqual([]);
    expect(results.every((result) => result.acknowledged.length > 15)).toBe(true);

    const { sql, end } = await connectSql(database.url);
    try {
      const tables = await existingTables(sql);
      for (const [table, column] of UNIQUE_VALUES.filter(([table]) => tables.has(table))) {
        expect(await sql(`SELECT "${column}", count(*) FROM public."${table}" GROUP BY 1 HAVING count(*) > 1`)).toEqual(
          [],
        );
      }
      expect(await halfWrittenRecords(sql)).toEqual([]);
    } finally {
      await end();
    }
  });

  it('runs each scheduled job once for a period when both instances are asked at the same moment', async () => {
    const tokens = await Promise.all(services.map((service) => signIn(service.call, 'admin', FAULTS_PASSWORD)));
    const jobs = (await services[0].call('GET', '/jobs', { token: tokens[0] })).body as { name: string }[];
    expect(jobs.length).toBeGreaterThan(0);
    const outcomes = await Promise.all(
      jobs.map(async ({ name }) => {
        const answers = await Promise.all(
          services.map((service, which) =>
            service.call('POST', `/jobs/${encodeURIComponent(name)}/run`, {
              token: tokens[which],
              json: { at: PERIOD_MOMENT },
            }),
          ),
        );
        return {
          name,
          statuses: answers.map((answer) => answer.status).sort(),
          runStatus: answers.find((answer) => answer.status === 200)?.body?.status as string | undefined,
        };
      }),
    );
    expect(outcomes).toEqual(jobs.map(({ name }) => ({ name, statuses: [200, 409], runStatus: 'succeeded' })));
    const { sql, end } = await connectSql(database.url);
    try {
      const runs = await sql<{ job_name: string; runs: string }>(
        'SELECT job_name, count(*)::text AS runs FROM job_runs GROUP BY job_name ORDER BY job_name',
      );
      expect(runs).toEqual(
        jobs.map(({ name }) => ({ job_name: name, runs: '1' })).sort((x, y) => (x.job_name < y.job_name ? -1 : 1)),
      );
    } finally {
      await end();
    }
  });
});
