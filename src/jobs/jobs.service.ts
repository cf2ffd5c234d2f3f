import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { CronJob } from 'cron';
import { Repository } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error';
import { TAIPEI_ZONE } from '../common/time/taipei-zone';
import { AppConfig } from '../config/app-config.schema';
import { Actor } from '../identity/actor';
import { periodKeyOf } from './job-period';
import { JobRun } from './job-run.entity';
import { FutureJobRunError, JobAlreadyRanError } from './jobs.errors';
import { JobRunContext, ScheduledJob } from './scheduled-job';

interface Claim {
  id: string;
  attempt: number;
}

export interface JobRunOutcome {
  job: string;
  periodKey: string;
  /** false when another instance (or an earlier call) already ran this period */
  ran: boolean;
  run: JobRun | null;
}

/**
 * Runs each registered job exactly once per period across all instances: the timers fire on every
 * instance, the first to claim the (job, period) row does the work, the others step aside.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, ScheduledJob>();

  constructor(
    @InjectRepository(JobRun) private readonly runs: Repository<JobRun>,
    private readonly scheduler: SchedulerRegistry,
    private readonly config: AppConfig,
  ) {}

  register(job: ScheduledJob): void {
    if (this.jobs.has(job.name)) throw new Error(`job ${job.name} is registered twice`);
    this.jobs.set(job.name, job);
  }

  list(): ScheduledJob[] {
    return [...this.jobs.values()];
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobs.enabled) return;
    for (const job of this.jobs.values()) {
      const timer = CronJob.from({
        cronTime: job.cron,
        timeZone: TAIPEI_ZONE,
        onTick: () =>
          void this.runForPeriod(job.name, new Date(), 'schedule').catch((error: Error) =>
            this.logger.error(`${job.name}: ${error.message}`),
          ),
      });
      this.scheduler.addCronJob(job.name, timer as never);
      timer.start();
    }
  }

  /**
   * Runs the job for the period containing `at` unless that period already has a run, or a run
   * that is still alive. A manual run with `replaceFailed` may redo a period whose run failed, or
   * any finished run of a recomputable job.
   */
  async runForPeriod(
    name: string,
    at: Date,
    trigger: 'schedule' | 'manual',
    replaceFailed = false,
    actor?: Actor,
  ): Promise<JobRunOutcome> {
    const job = this.jobs.get(name);
    if (!job) throw new NotFoundError('job', name);
    const periodKey = periodKeyOf(job.period, at);
    const claim =
      (await this.claim(job, periodKey, at, trigger, replaceFailed)) ??
      (replaceFailed && job.recomputable ? await this.reclaimFinished(job, periodKey, at) : null);
    if (!claim) return { job: name, periodKey, ran: false, run: null };
    const heartbeat = setInterval(
      () => void this.renewLease(claim).catch((error: Error) => this.logger.warn(`${name}: ${error.message}`)),
      (this.config.jobs.leaseSeconds * 1000) / 3,
    );
    try {
      const context: JobRunContext = { trigger, actor };
      const result = await job.run(at, context);
      await this.finish(claim, { status: 'succeeded', result });
    } catch (error) {
      this.logger.error(`${name} ${periodKey} failed: ${(error as Error).stack ?? String(error)}`);
      await this.finish(claim, { status: 'failed', error: (error as Error).message });
    } finally {
      clearInterval(heartbeat);
    }
    return { job: name, periodKey, ran: true, run: await this.runs.findOneBy({ id: claim.id }) };
  }

  /**
   * Manual run from the API: refuses a moment in the future (the run would act on data before its
   * time and use up a period the schedule has yet to reach), a period that is running, and one
   * that already ran successfully unless the job is recomputable. A recomputable job only counts
   * and keeps every earlier result as history, so it may be run ahead (a provisional figure).
   */
  async runManually(name: string, at: Date, actor?: Actor): Promise<JobRunOutcome> {
    if (at.getTime() > Date.now() && !this.jobs.get(name)?.recomputable) throw new FutureJobRunError(name, at);
    const outcome = await this.runForPeriod(name, at, 'manual', true, actor);
    if (!outcome.ran) {
      throw new JobAlreadyRanError(name, outcome.periodKey);
    }
    return outcome;
  }

  recentRuns(name?: string, limit = 50): Promise<JobRun[]> {
    return this.runs.find({
      where: name ? { jobName: name } : {},
      order: { startedAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /**
   * Claims the period in one statement: a new row, or the row of a run whose lease expired (its
   * instance died) or, when asked, of a failed run; each takeover is a new attempt.
   */
  private async claim(
    job: ScheduledJob,
    periodKey: string,
    at: Date,
    trigger: 'schedule' | 'manual',
    replaceFailed: boolean,
  ): Promise<Claim | null> {
    const [row] = (await this.runs.query(
      `INSERT INTO job_runs AS run (job_name, period_key, trigger, status, run_at, lease_expires_at)
       VALUES ($1, $2, $3, 'running', $4, now() + make_interval(secs => $5))
       ON CONFLICT (job_name, period_key) DO UPDATE SET
         trigger = excluded.trigger, status = 'running', run_at = excluded.run_at, started_at = now(),
         finished_at = NULL, result = NULL, error = NULL, lease_expires_at = excluded.lease_expires_at,
         attempt = run.attempt + 1
       WHERE (run.status = 'running' AND run.lease_expires_at < now()) OR (run.status = 'failed' AND $6)
       RETURNING id, attempt`,
      [job.name, periodKey, trigger, at, this.config.jobs.leaseSeconds, replaceFailed],
    )) as Claim[];
    return row ?? null;
  }

  private async renewLease(claim: Claim): Promise<void> {
    await this.runs.query(
      `UPDATE job_runs SET lease_expires_at = now() + make_interval(secs => $3)
        WHERE id = $1 AND attempt = $2 AND status = 'running'`,
      [claim.id, claim.attempt, this.config.jobs.leaseSeconds],
    );
  }

  /** Records the outcome, unless the lease was lost and another attempt owns the period now. */
  private async finish(claim: Claim, outcome: Pick<JobRun, 'status'> & Partial<Pick<JobRun, 'result' | 'error'>>) {
    const update = await this.runs.update(
      { id: claim.id, attempt: claim.attempt, status: 'running' },
      { ...outcome, result: (outcome.result ?? null) as never, finishedAt: new Date(), leaseExpiresAt: null },
    );
    if (!update.affected) this.logger.warn(`run ${claim.id} lost its lease; attempt ${claim.attempt} was taken over`);
  }

  /** Takes over the period's finished run row for a recompute; a running one is left alone. */
  /** A recomputable job's finished period taken again by a manual run, under a fresh lease. */
  private async reclaimFinished(job: ScheduledJob, periodKey: string, at: Date): Promise<Claim | null> {
    const [row] = (await this.runs.query(
      `UPDATE job_runs SET status = 'running', trigger = 'manual', run_at = $3, started_at = now(),
              finished_at = NULL, result = NULL, error = NULL,
              lease_expires_at = now() + make_interval(secs => $4), attempt = attempt + 1
        WHERE job_name = $1 AND period_key = $2 AND status <> 'running' RETURNING id, attempt`,
      [job.name, periodKey, at, this.config.jobs.leaseSeconds],
    )) as [Claim[], number];
    return row[0] ?? null;
  }
}
