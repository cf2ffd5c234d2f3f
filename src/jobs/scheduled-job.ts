import { Actor } from '../identity/actor';

/** How long one run of a job covers; the run for a period happens once, whatever the instances. */
export type JobPeriod = 'quarter-hour' | 'hour' | 'day' | 'month';

/**
 * A piece of scheduled work. Feature modules implement it in `jobs/*.job.ts` and register it
 * with JobsService in `onModuleInit`. `run` must be safe to call again for the same moment (a
 * manual re-run after a failure) and should return a small summary of what it did.
 */
export interface ScheduledJob {
  /** `<feature>.<what>`, e.g. `maintenance.auto-close`. */
  readonly name: string;
  /** Six-field cron pattern (with seconds), read in Asia/Taipei. */
  readonly cron: string;
  readonly period: JobPeriod;
  readonly description: string;
  /**
   * Whether an admin's manual run may redo a period that already succeeded (e.g. recomputing a
   * period's figures after late records came in). Such a job keeps what it replaces itself.
   */
  readonly recomputable?: boolean;
  run(at: Date, context: JobRunContext): Promise<Record<string, unknown>>;
}

export interface JobRunContext {
  trigger: 'schedule' | 'manual';
  /** The admin who ran it by hand; absent for the timer. */
  actor?: Actor;
}
