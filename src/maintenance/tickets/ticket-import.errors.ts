import { UnprocessableError } from '../../common/errors/domain-error';
import { fieldDetails } from '../../common/errors/field-error';

/**
 * A case of the earlier records without a closing time. It would be open here with an SLA clock
 * started years ago, overdue at once; unfinished work is filed anew, so its clock starts here.
 */
export class ImportedCaseOpenError extends UnprocessableError {
  constructor(number: string) {
    const message = `${number} has no closing time: only closed cases are brought in, an open one is filed anew`;
    super(
      'maintenance.import_case_open',
      message,
      fieldDetails('closedAt', 'maintenance.import_case_open', message, { number }),
    );
  }
}
