import { BadRequestError, ConflictError, ForbiddenError, UnprocessableError } from '../common/errors/domain-error';
import { fieldDetails } from '../common/errors/field-error';
import { TicketAction, TicketStatus } from './tickets/ticket-state-machine';

/** The action does not apply to the ticket's state; the body names what the caller could do instead. */
export class IllegalTransitionError extends ConflictError {
  constructor(action: TicketAction, status: TicketStatus, allowed: TicketAction[]) {
    super(
      'maintenance_ticket.illegal_transition',
      `cannot ${action} a ticket that is ${status}; allowed now: ${allowed.length ? allowed.join(', ') : 'none'}`,
      { action, status, allowedActions: allowed },
    );
  }
}

export class TransitionNotPermittedError extends ForbiddenError {
  constructor(action: TicketAction, allowed: TicketAction[]) {
    super(`you may not ${action} this ticket; you may: ${allowed.length ? allowed.join(', ') : 'nothing'}`);
  }
}

export class MissingTransitionInputError extends UnprocessableError {
  constructor(action: TicketAction, field: string) {
    const message = `${action} needs ${field}`;
    super('maintenance_ticket.input_required', message, {
      action,
      field,
      ...fieldDetails(field.split(' ')[0], 'maintenance_ticket.input_required', message),
    });
  }
}

export class NotAssignableError extends UnprocessableError {
  constructor(userId: string) {
    super('maintenance_ticket.not_assignable', `user ${userId} is not a technician with maintenance trades`, {
      userId,
    });
  }
}

export class AttachmentTypeNotAllowedError extends BadRequestError {
  constructor(contentType: string, allowedTypes: string[]) {
    super(
      'maintenance_attachment.type_not_allowed',
      `files of type ${contentType} are not accepted; allowed: ${allowedTypes.join(', ')}`,
      {
        allowedTypes,
      },
    );
  }
}

export class AttachmentTooLargeError extends BadRequestError {
  constructor(maxBytes: number) {
    super('maintenance_attachment.too_large', `the file is larger than the ${maxBytes}-byte limit`, { maxBytes });
  }
}

export class AttachmentEmptyError extends BadRequestError {
  constructor() {
    super('maintenance_attachment.empty', 'the file is empty');
  }
}

export class AttachmentContentMismatchError extends BadRequestError {
  constructor(contentType: string) {
    super('maintenance_attachment.content_mismatch', `the file's content is not ${contentType}`);
  }
}

export class CertificateRequiredError extends UnprocessableError {
  constructor(occurrenceId: string) {
    super(
      'maintenance_obligation.certificate_required',
      `completing needs the certificate or report: upload it to /maintenance/obligation-occurrences/${occurrenceId}/attachments and pass its id as certificateAttachmentId`,
      { occurrenceId },
    );
  }
}

export class OccurrenceAlreadyCompletedError extends ConflictError {
  constructor(occurrenceId: string) {
    super('maintenance_obligation.already_completed', `occurrence ${occurrenceId} is already completed`, {
      occurrenceId,
    });
  }
}

/** Each obligation input problem: the request field it is about, and what the caller must change. */
type ObligationInputProblem =
  'location_kind' | 'other_kind_name' | 'failed_items' | 'completed_in_future' | 'due_date_locked';

const OBLIGATION_INPUT_PROBLEMS: Record<ObligationInputProblem, { field: string; message: string }> = {
  location_kind: {
    field: 'locationId',
    message: 'an obligation belongs to a center (site) or a building, not a floor or room',
  },
  other_kind_name: { field: 'otherKindName', message: 'otherKindName is required for kind other and only for it' },
  failed_items: { field: 'failedItems', message: 'a failed result needs failedItems, and a passed one has none' },
  completed_in_future: { field: 'completedOn', message: 'completedOn is in the future' },
  due_date_locked: { field: 'dueDate', message: 'the due date can only move before its work order is opened' },
};

export class ObligationInputError extends UnprocessableError {
  constructor(problem: ObligationInputProblem, details: Record<string, unknown> = {}) {
    const code = `maintenance_obligation.${problem}`;
    const { field, message } = OBLIGATION_INPUT_PROBLEMS[problem];
    super(code, message, fieldDetails(field, code, message, details));
  }
}

export class InternalCommentForbiddenError extends ForbiddenError {
  constructor() {
    super('only the maintenance office writes internal comments');
  }
}

export class TriageForbiddenError extends ForbiddenError {
  constructor() {
    super('only maintenance coordinators triage tickets');
  }
}

/** A line of an imported file of earlier repair cases that breaks a rule of its own. */
export class ImportedCaseInvalidError extends UnprocessableError {
  constructor(field: 'number' | 'closedAt', message: string) {
    super('maintenance.import_case_invalid', message, {
      fields: [{ field, code: 'maintenance.import_case_invalid', message }],
    });
  }
}
