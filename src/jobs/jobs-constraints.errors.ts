import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK and unique constraint of the job tables means to the caller. */
export const JOBS_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_job_runs_status: { code: 'job.status_unknown', message: 'a run is running, succeeded or failed' },

  uq_job_runs_job_name_period_key: {
    code: 'job.already_ran',
    message: 'the job already ran for this period',
    status: 409,
  },
});
