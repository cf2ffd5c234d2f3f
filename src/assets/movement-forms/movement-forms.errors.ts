import { HttpStatus } from '@nestjs/common';
import { ConflictError, DomainError } from '../../common/errors/domain-error';
import { ApproverRole, FormStatus } from './movement-approval';

/** The asset already has a form waiting for approval; one form at a time per asset. */
export class FormAlreadyPendingError extends ConflictError {
  constructor(assetId: string, formId: string) {
    super('asset_movement_form.already_pending', `asset ${assetId} already has movement form ${formId} pending`, {
      assetId,
      formId,
    });
  }
}

export class FormNotPendingError extends ConflictError {
  constructor(id: string, status: FormStatus) {
    super('asset_movement_form.not_pending', `movement form ${id} is ${status}; only a pending form can change`, {
      id,
      status,
    });
  }
}

/** The form's next step belongs to another role, or to another agency's admin. */
export class NotYourStepError extends DomainError {
  constructor(id: string, requiredRole: ApproverRole) {
    super(
      'asset_movement_form.not_your_step',
      `the next step of movement form ${id} is decided by a ${requiredRole}${requiredRole === 'agency_admin' ? ' of the custodian agency' : ''}`,
      HttpStatus.FORBIDDEN,
      { id, requiredRole },
    );
  }
}

/** Whoever filed the form, or decided an earlier step, may not approve it again. */
export class ApproverAlreadyInvolvedError extends DomainError {
  constructor(id: string, as: 'filer' | 'approver') {
    super(
      'asset_movement_form.approver_involved',
      `you ${as === 'filer' ? 'filed' : 'already decided a step of'} movement form ${id}; another person decides this step`,
      HttpStatus.FORBIDDEN,
      { id, as },
    );
  }
}

export class NotFilerError extends DomainError {
  constructor(id: string) {
    super(
      'asset_movement_form.not_filer',
      `only the person who filed movement form ${id} may withdraw it`,
      HttpStatus.FORBIDDEN,
      {
        id,
      },
    );
  }
}
