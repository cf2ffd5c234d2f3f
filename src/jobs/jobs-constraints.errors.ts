import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK constraint of the job tables means to the caller. */
export const JOBS_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_job_runs_status: { code: 'job.status_unknown', message: 'a run is running, succeeded or failed' },
});
