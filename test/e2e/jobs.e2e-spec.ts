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

describe('scheduled jobs', () => {
  let t: TestApp;
  let second: NestFastifyApplication;
  const calls: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
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
});
