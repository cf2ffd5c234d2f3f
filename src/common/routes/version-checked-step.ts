import { applyDecorators, Type } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../../identity/decorators';
import { Role } from '../../identity/role';
import { ErrorBody } from '../errors/error-body';

const STALE = '資料已被他人修改（`<資料>.stale_version`），請重新讀取後再試';

export interface VersionCheckedStepDoc {
  summary: string;
  /** The step's rules, ending with the reminder to send back `version`. */
  description: string;
  /** What the step answers. */
  type: Type<unknown>;
  /** Who may take the step. */
  roles: readonly Role[];
  /** A PATCH answers 200; a step posted to the record answers 201. */
  answers?: 'ok' | 'created';
  /** What answers 403 besides a missing role (the step belongs to someone else). */
  forbidden?: string;
  /** What answers 409 besides a stale version (another state the record is already in). */
  conflict?: string;
  /** What answers 422, where the step has rules of its own. */
  unprocessable?: string;
}

/**
 * The routes that change one record the client read before: the roles, a 404 for a record the
 * actor does not see, a 409 when the `version` sent back is stale (or the record has moved on)
 * and, where the step has rules, a 422.
 */
export function VersionCheckedStep(doc: VersionCheckedStepDoc): MethodDecorator {
  const answer = doc.answers === 'ok' ? ApiOkResponse : ApiCreatedResponse;
  return applyDecorators(
    ApiOperation({ summary: doc.summary, description: doc.description }),
    Roles(...doc.roles),
    answer({ type: doc.type }),
    ...(doc.forbidden ? [ApiForbiddenResponse({ type: ErrorBody, description: doc.forbidden })] : []),
    ApiNotFoundResponse({ type: ErrorBody }),
    ApiConflictResponse({ type: ErrorBody, description: doc.conflict ? `資料已被他人修改，或${doc.conflict}` : STALE }),
    ...(doc.unprocessable ? [ApiUnprocessableEntityResponse({ type: ErrorBody, description: doc.unprocessable })] : []),
  );
}
