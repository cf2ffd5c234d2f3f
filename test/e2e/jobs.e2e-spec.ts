import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../../src/app.module';
import { createApp } from '../../src/bootstrap/create-app';
import { JobsService } from '../../src/jobs/jobs.service';
import { ScheduledJob } from '../../src/jobs/scheduled-job';
import { startTestApp, TestApp } from '../support/test-app';

function countingJob(calls: string[], instance: string): ScheduledJob {
  return {
    name: 'test.counting',
    cron: '0 0 3 * * *',
    period: 'day',
    description: 'counts its runs',
    run: async (at) => {
      calls.push(`${instance}@${at.toISOString()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { instance };
    },
  };
}

/** A job whose runs wait until the test lets them finish, like one busy for a long time. */
function heldJob(name: string, finishes: ((result: Record<string, unknown>) => void)[]): ScheduledJob {
  return {
    name,
    cron: '0 0 4 * * *',
    period: 'day',
    description: 'waits for the test',
    run: () => new Promise((resolve) => finishes.push(resolve)),
  };
}

async function until<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 200; tries++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('gave up waiting');
}

describe('scheduled jobs', () => {
  let t: TestApp;
  let second: NestFastifyApplication;
  let dying: NestFastifyApplication;
  const calls: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ JOBS_LEASE_SECONDS: '3' });
    // Passport keeps one strategy per name for the whole process, the last app's: the instance
    // that dies must not be the last one created.
    dying = await createApp(AppModule);
    await dying.init();
    second = await createApp(AppModule);
    await second.init();
    t.app.get(JobsService).register(countingJob(calls, 'first'));
    second.get(JobsService).register(countingJob(calls, 'second'));
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('runs once per period when two instances on one database fire together', async () => {
    const at = new Date('2026-03-05T01:00:00Z');
    const later = new Date('2026-03-05T15:00:00Z');
    const outcomes = await Promise.all([
      ...Array.from({ length: 5 }, () => t.app.get(JobsService).runForPeriod('test.counting', at, 'schedule')),
      ...Array.from({ length: 5 }, () => second.get(JobsService).runForPeriod('test.counting', later, 'schedule')),
    ]);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    expect(calls).toHaveLength(1);
    const rows = await t.sql<{ period_key: string; status: string }>(
      "SELECT period_key, status FROM job_runs WHERE job_name = 'test.counting'",
    );
    expect(rows).toEqual([{ period_key: '2026-03-05', status: 'succeeded' }]);
  });

  it('treats the Taipei day as the period: 16:30 UTC is already the next day', async () => {
    const outcome = await t.app
      .get(JobsService)
      .runForPeriod('test.counting', new Date('2026-03-05T16:30:00Z'), 'schedule');
    expect(outcome).toMatchObject({ ran: true, periodKey: '2026-03-06' });
  });

  it('can be run by hand for a given date, once, by an admin', async () => {
    const admin = await t.login('admin');
    const run = await t
      .http()
      .post('/jobs/test.counting/run')
      .set('authorization', `Bearer ${admin}`)
      .send({ at: '2026-04-01T02:00:00Z' })
      .expect(200);
    expect(run.body).toMatchObject({
      periodKey: '2026-04-01',
      status: 'succeeded',
      trigger: 'manual',
      result: { instance: 'first' },
    });
    const again = await t
      .http()
      .post('/jobs/test.counting/run')
      .set('authorization', `Bearer ${admin}`)
      .send({ at: '2026-04-01T05:00:00Z' })
      .expect(409);
    expect(again.body.code).toBe('job.already_ran');
    await t
      .http()
      .post('/jobs/test.counting/run')
      .set('authorization', `Bearer ${await t.login('coordinator')}`)
      .send({})
      .expect(403);
    await t.http().post('/jobs/no.such.job/run').set('authorization', `Bearer ${admin}`).send({}).expect(404);
  });

  it('refuses a manual run dated in the future with 422 naming the field, and writes no run', async () => {
    const admin = await t.login('admin');
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString();
    const refused = await t
      .http()
      .post('/jobs/test.counting/run')
      .set('authorization', `Bearer ${admin}`)
      .send({ at: tomorrow })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'job.future_run',
      details: { fields: [{ field: 'at', code: 'job.future_run', message: expect.any(String) }] },
    });
    const rows = await t.sql("SELECT 1 FROM job_runs WHERE job_name = 'test.counting' AND run_at > now()");
    expect(rows).toEqual([]);
  });

  it('keeps renewing the lease of a run that is alive, so no other instance takes its period', async () => {
    const finishes: ((result: Record<string, unknown>) => void)[] = [];
    second.get(JobsService).register(heldJob('test.long', finishes));
    t.app.get(JobsService).register(heldJob('test.long', []));
    const at = new Date('2026-06-01T01:00:00Z');
    const running = second.get(JobsService).runForPeriod('test.long', at, 'schedule');
    const leaseOf = async () =>
      (await t.sql<{ lease: Date }>("SELECT lease_expires_at AS lease FROM job_runs WHERE job_name = 'test.long'"))[0]
        ?.lease;
    const firstLease = await until(leaseOf);
    await until(async () => ((await leaseOf())! > firstLease ? true : undefined));
    expect((await t.app.get(JobsService).runForPeriod('test.long', at, 'schedule')).ran).toBe(false);
    finishes[0]({ done: true });
    expect((await running).run).toMatchObject({ status: 'succeeded', attempt: 1, leaseExpiresAt: null });
  });

  it("takes the period of a run whose instance died once its lease ran out, exactly once, and ignores the dead run's late outcome", async () => {
    const finishes: ((result: Record<string, unknown>) => void)[] = [];
    dying.get(JobsService).register(heldJob('test.crashing', finishes));
    for (const app of [t.app, second])
      app.get(JobsService).register({ ...countingJob(calls, 'taker'), name: 'test.crashing' });
    const at = new Date('2026-07-01T01:00:00Z');
    const deadRun = dying
      .get(JobsService)
      .runForPeriod('test.crashing', at, 'schedule')
      .catch(() => 'died');
    await until(async () => (finishes.length ? true : undefined));
    expect((await t.app.get(JobsService).runForPeriod('test.crashing', at, 'schedule')).ran).toBe(false);

    // The instance dies mid-run: no more heartbeats; its lease then runs out.
    await dying.close();
    await t.sql("UPDATE job_runs SET lease_expires_at = now() - interval '1 second' WHERE job_name = 'test.crashing'");
    calls.splice(0);
    const takeovers = await Promise.all([
      ...Array.from({ length: 3 }, () => t.app.get(JobsService).runForPeriod('test.crashing', at, 'schedule')),
      ...Array.from({ length: 3 }, () => second.get(JobsService).runForPeriod('test.crashing', at, 'schedule')),
    ]);
    expect(takeovers.filter((outcome) => outcome.ran)).toHaveLength(1);
    expect(calls).toHaveLength(1);

    finishes[0]({ from: 'the dead run' });
    expect(await deadRun).toBe('died');
    const rows = await t.sql("SELECT status, attempt, result FROM job_runs WHERE job_name = 'test.crashing'");
    expect(rows).toEqual([{ status: 'succeeded', attempt: 2, result: { instance: 'taker' } }]);
  });

  it('lets a manual run take the period of a run a killed process left running', async () => {
    await t.sql(
      `INSERT INTO job_runs (job_name, period_key, trigger, status, run_at, started_at, lease_expires_at)
       VALUES ('test.counting', '2026-08-01', 'schedule', 'running', '2026-08-01T01:00:00Z', now() - interval '1 hour',
               now() - interval '59 minutes')`,
    );
    const run = await t
      .http()
      .post('/jobs/test.counting/run')
      .set('authorization', `Bearer ${await t.login('admin')}`)
      .send({ at: '2026-08-01T02:00:00Z' })
      .expect(200);
    expect(run.body).toMatchObject({ periodKey: '2026-08-01', status: 'succeeded', trigger: 'manual', attempt: 2 });
  });
});
