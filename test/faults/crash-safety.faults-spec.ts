import { cloneTemplateDatabase, TestDatabase } from '../support/test-database';
import { connectSql, halfWrittenRecords, idsOf, rowsWithoutAudit } from './support/integrity-checks';
import { FAULTS_PASSWORD } from './support/record-factories';
import { seedAccounts, ServiceProcess, startService } from './support/service-process';
import { LoadResult, runWriteLoad, writersFor } from './support/write-load';

jest.setTimeout(120_000);

/**
 * SIGKILL under a write load: what the service acknowledged survives with its audit row, nothing
 * is half-written, and a restarted service answers again.
 */
describe('crash safety', () => {
  let database: TestDatabase;
  const services: ServiceProcess[] = [];

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
  });
  afterAll(async () => {
    await Promise.all(services.map((service) => service.kill()));
    await database.drop();
  });

  it('keeps every acknowledged write with its audit entry after a SIGKILL mid-load, and comes back', async () => {
    const first = await startService(database.url);
    services.push(first);
    await seedAccounts(database.url, FAULTS_PASSWORD);
    const { writers, skipped } = await writersFor(first.call, FAULTS_PASSWORD).catch((error: Error) => {
      throw new Error(`${error.message}\nservice output:\n${first.output()}`);
    });
    if (skipped.length) console.log(`crash safety: not in the load: ${skipped.join('; ')}`);
    const { sql, end } = await connectSql(database.url);
    try {
      const before = new Map<string, Set<string>>();
      for (const writer of writers) before.set(writer.table, await idsOf(sql, writer.table));

      const progress: LoadResult = { acknowledged: [], statuses: new Map() };
      const load = runWriteLoad(writers, { workers: 8, maxPerWorker: 400, offset: 0 }, progress);
      // Kill once a good number of writes are through, so that others are surely in flight.
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && progress.acknowledged.length < 40)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await first.kill();
      const { acknowledged, statuses } = await load;
      expect(statuses.get(0)).toBeGreaterThan(0); // some requests were cut by the kill
      expect(acknowledged.length).toBeGreaterThan(20);
      expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);

      const second = await startService(database.url);
      services.push(second);
      const missing: string[] = [];
      for (const record of acknowledged) {
        if (!(await sql(`SELECT 1 FROM public."${record.table}" WHERE id::text = $1`, [record.id])).length)
          missing.push(`${record.kind} ${record.id} row`);
        if (!(await sql('SELECT 1 FROM audit_entries WHERE entity_id = $1', [record.id])).length)
          missing.push(`${record.kind} ${record.id} audit`);
      }
      expect(missing).toEqual([]);
      expect(await halfWrittenRecords(sql)).toEqual([]);
      for (const writer of writers)
        expect(await rowsWithoutAudit(sql, writer.table, before.get(writer.table)!)).toEqual([]);

      const ready = await second.call('GET', '/health/ready');
      expect(ready.status).toBe(200);
      const again = await writersFor(second.call, FAULTS_PASSWORD);
      const after = await runWriteLoad(again.writers, {
        workers: 1,
        maxPerWorker: again.writers.length,
        offset: 50_000,
      });
      expect(after.acknowledged.map((record) => record.kind).sort()).toEqual(
        writers.map((writer) => writer.kind).sort(),
      );
    } finally {
      await end();
    }
  });
});
