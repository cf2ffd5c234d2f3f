import { UnprocessableError } from '../../common/errors/domain-error';
import { fieldDetails } from '../../common/errors/field-error';

type CheckImportRule = 'import_round_code' | 'import_no_assignment' | 'import_outside_round' | 'import_round_exists';

const FIELD_OF: Record<CheckImportRule, string> = {
  import_round_code: 'campaign',
  import_no_assignment: 'occupant',
  import_outside_round: 'checkedAt',
  import_round_exists: 'campaign',
};

/** A line of the earlier residence checks that breaks one of the import's own rules. */
export class ImportedCheckInvalidError extends UnprocessableError {
  constructor(rule: CheckImportRule, message: string) {
    const code = `residence_check.${rule}`;
    super(code, message, fieldDetails(FIELD_OF[rule], code, message));
  }
}
