import { UnprocessableError } from '../common/errors/domain-error';

/** The parent a new location names does not fit its kind (building under site, floor under building…). */
export class LocationParentError extends UnprocessableError {
  private constructor(code: string, message: string) {
    super(code, message, { fields: [{ field: 'parentId', code, message }] });
  }

  static required(kind: string, parentKind: string): LocationParentError {
    return new LocationParentError('location.parent_required', `a ${kind} needs a parent ${parentKind}`);
  }

  static notAllowed(): LocationParentError {
    return new LocationParentError('location.site_has_no_parent', 'a site has no parent');
  }

  static wrongKind(kind: string, parentKind: string, actual: string): LocationParentError {
    return new LocationParentError(
      'location.wrong_parent_kind',
      `a ${kind} must hang under a ${parentKind}, not a ${actual}`,
    );
  }
}
