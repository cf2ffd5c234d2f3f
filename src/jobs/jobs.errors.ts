import { ConflictError, UnprocessableError } from '../common/errors/domain-error';

/** A manual run dated in the future: it would act on data before its time. */
export class FutureJobRunError extends UnprocessableError {
  constructor(job: string, at: Date) {
    const message = 'a job cannot be run by hand for a moment in the future';
    super('job.future_run', `${job}: ${message} (${at.toISOString()})`, {
      fields: [{ field: 'at', code: 'job.future_run', message }],
    });
  }
}

/** The job already ran for this period (a recompute goes through its own action). */
export class JobAlreadyRanError extends ConflictError {
  constructor(job: string, periodKey: string) {
    super('job.already_ran', `${job} already ran for period ${periodKey}`, { job, periodKey });
  }
}
