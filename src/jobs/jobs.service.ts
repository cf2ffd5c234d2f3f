import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { CronJob } from 'cron';
import { Repository } from 'typeorm';
import { ConflictError, NotFoundError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config.schema';
import { Actor } from '../identity/actor';
import { periodKeyOf } from './job-period';
import { JobRun } from './job-run.entity';
import { JobRunContext, ScheduledJob } from './scheduled-job';

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
        timeZone: this.config.time.zone,
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
   * Runs the job for the period containing `at` unless that period already has a run. A manual
   * run with `replaceFailed` may redo a period whose run failed, or any finished run of a
   * recomputable job.
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
    if (replaceFailed) await this.runs.delete({ jobName: name, periodKey, status: 'failed' });
    const claimed =
      (await this.claim(job, periodKey, at, trigger)) ??
      (replaceFailed && job.recomputable ? await this.reclaimFinished(job, periodKey, at) : null);
    if (!claimed) return { job: name, periodKey, ran: false, run: null };
    try {
      const context: JobRunContext = { trigger, actor };
      const result = await job.run(at, context);
      await this.runs.update(claimed, { status: 'succeeded', finishedAt: new Date(), result: result as never });
    } catch (error) {
      this.logger.error(`${name} ${periodKey} failed: ${(error as Error).stack ?? String(error)}`);
      await this.runs.update(claimed, { status: 'failed', finishedAt: new Date(), error: (error as Error).message });
    }
    return { job: name, periodKey, ran: true, run: await this.runs.findOneBy({ id: claimed }) };
  }

  /**
   * Manual run from the API: refuses a period that is running, or that already ran successfully
   * unless the job is recomputable.
   */
  async runManually(name: string, at: Date, actor?: Actor): Promise<JobRunOutcome> {
    const outcome = await this.runForPeriod(name, at, 'manual', true, actor);
    if (!outcome.ran) {
      throw new ConflictError('job.already_ran', `${name} already ran for period ${outcome.periodKey}`, {
        job: name,
        periodKey: outcome.periodKey,
      });
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

  private async claim(
    job: ScheduledJob,
    periodKey: string,
    at: Date,
    trigger: 'schedule' | 'manual',
  ): Promise<string | null> {
    const result = await this.runs
      .createQueryBuilder()
      .insert()
      .values({ jobName: job.name, periodKey, trigger, status: 'running', runAt: at })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = (result.raw as { id: string }[])[0];
    return row?.id ?? null;
  }

  /** Takes over the period's finished run row for a recompute; a running one is left alone. */
  private async reclaimFinished(job: ScheduledJob, periodKey: string, at: Date): Promise<string | null> {
    const [rows] = (await this.runs.query(
      `UPDATE job_runs SET status = 'running', trigger = 'manual', run_at = $3, started_at = now(),
              finished_at = NULL, result = NULL, error = NULL
        WHERE job_name = $1 AND period_key = $2 AND status <> 'running' RETURNING id`,
      [job.name, periodKey, at],
    )) as [{ id: string }[], number];
    return rows[0]?.id ?? null;
  }
}
