import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const JOB_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;
export type JobRunStatus = (typeof JOB_RUN_STATUSES)[number];

/**
 * One run of a job for one period. The unique (job, period) key is what makes a period run once:
 * every instance's timer tries to insert the row and only the one that succeeds does the work.
 * A running run holds a lease that its instance keeps renewing; a run whose lease ran out died
 * with its instance, and the next claim takes the period over as a new attempt.
 */
@Entity('job_runs')
@Unique('uq_job_runs_job_name_period_key', ['jobName', 'periodKey'])
@Index('ix_job_runs_job_name_started_at', ['jobName', 'startedAt'])
@Check('ck_job_runs_status', "status IN ('running', 'succeeded', 'failed')")
export class JobRun {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text' }) jobName: string;
  @Column({ type: 'text' }) periodKey: string;
  @Column({ type: 'text' }) trigger: 'schedule' | 'manual';
  @Column({ type: 'text' }) status: JobRunStatus;
  @Column({ type: 'timestamptz' }) runAt: Date;
  @Column({ type: 'timestamptz', default: () => 'now()' }) startedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'jsonb', nullable: true }) result: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) error: string | null;
  /** Until when the running attempt's instance is known to be alive; null once the run finished. */
  @Column({ type: 'timestamptz', nullable: true }) leaseExpiresAt: Date | null;
  /** Which claim of the period this is; only the current attempt may record the outcome. */
  @Column({ type: 'integer', default: 1 }) attempt: number;
}
