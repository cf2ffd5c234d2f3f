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

export class AttachmentRejectedError extends BadRequestError {
  constructor(
    reason: 'too_large' | 'type_not_allowed' | 'content_mismatch' | 'empty',
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(`maintenance_attachment.${reason}`, message, details);
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

type ObligationInputProblem =
  'location_kind' | 'other_kind_name' | 'failed_items' | 'completed_in_future' | 'due_date_locked';

/** The request field each obligation input problem is about. */
const OBLIGATION_INPUT_FIELDS: Record<ObligationInputProblem, string> = {
  location_kind: 'locationId',
  other_kind_name: 'otherKindName',
  failed_items: 'failedItems',
  completed_in_future: 'completedOn',
  due_date_locked: 'dueDate',
};

export class ObligationInputError extends UnprocessableError {
  constructor(reason: ObligationInputProblem, message: string, details: Record<string, unknown> = {}) {
    const code = `maintenance_obligation.${reason}`;
    super(code, message, fieldDetails(OBLIGATION_INPUT_FIELDS[reason], code, message, details));
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
