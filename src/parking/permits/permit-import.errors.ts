import { UnprocessableError } from '../../common/errors/domain-error';
import { fieldDetails } from '../../common/errors/field-error';

type PermitImportRule = 'import_serial_form' | 'import_permit_current' | 'import_revoked_before_issue';

const FIELD_OF: Record<PermitImportRule, string> = {
  import_serial_form: 'serial',
  import_permit_current: 'validTo',
  import_revoked_before_issue: 'revokedAt',
};

/** A line of the earlier permits that breaks one of the import's own rules. */
export class ImportedPermitInvalidError extends UnprocessableError {
  constructor(rule: PermitImportRule, message: string) {
    const code = `parking.${rule}`;
    super(code, message, fieldDetails(FIELD_OF[rule], code, message));
  }
}
