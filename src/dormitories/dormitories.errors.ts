import { ConflictError, UnprocessableError } from '../common/errors/domain-error';
import { fieldDetails } from '../common/errors/field-error';

export class DormitoryRemovedError extends UnprocessableError {
  constructor(id: string) {
    super('dormitory.removed', `dormitory ${id} has been demolished or handed over and can no longer change`, { id });
  }
}

export class DormitoryOccupiedError extends UnprocessableError {
  constructor(id: string, activeAssignments: number) {
    super(
      'dormitory.occupied',
      `dormitory ${id} still has ${activeAssignments} occupant(s); record their move-out first`,
      { id, activeAssignments },
    );
  }
}

export class SingleUnitDormitoryError extends UnprocessableError {
  constructor(type: string) {
    super(
      'dormitory.single_unit',
      `a ${type} dormitory is assigned as a whole and has exactly one unit; only multi-room staff dormitories have several`,
      fieldDetails(
        'units',
        'dormitory.single_unit',
        'only multi-room staff dormitories have several units',
        { type },
        {
          max: 1,
        },
      ),
    );
  }
}

/**
 * A code repeated among the units of a new register entry, found before the write: the answer names
 * the unit by its place in the request (`units.2.code`), which the constraint registry, knowing only
 * `uq_dormitory_units_dormitory_id_code`, cannot.
 */
export class UnitCodeTakenError extends ConflictError {
  constructor(field: string, code: string) {
    const message = `the dormitory already has a unit ${code}`;
    super('dormitory_unit.code_taken', message, fieldDetails(field, 'dormitory_unit.code_taken', message, { code }));
  }
}

export class AssignmentClosedError extends ConflictError {
  constructor(id: string) {
    super('dormitory_assignment.closed', `assignment ${id} already has a move-out date`, { id });
  }
}

export class OccupantRequiredError extends UnprocessableError {
  constructor() {
    const message = 'give either occupantUserId, or occupantName with occupantAgencyId';
    super(
      'dormitory_assignment.occupant_required',
      message,
      fieldDetails('occupantUserId', 'dormitory_assignment.occupant_required', message),
    );
  }
}

export class CheckAlreadyRecordedError extends ConflictError {
  constructor(id: string) {
    super('residence_check.already_recorded', `residence check ${id} is already recorded`, { id });
  }
}

/** One campaign per agency and half-year (`uq_residence_check_campaigns_agency_id_code`); `at` picks the half-year. */
export class CampaignExistsError extends ConflictError {
  constructor(code: string) {
    const message = `the residence check campaign ${code} is already open`;
    super(
      'residence_check_campaign.exists',
      message,
      fieldDetails('at', 'residence_check_campaign.exists', message, { code }),
    );
  }
}

export class ResidenceNotLendableError extends UnprocessableError {
  constructor(id: string) {
    super('residence_booking.not_lendable', `dormitory ${id} is not a residence lent out for events`, { id });
  }
}

export class BookingTransitionError extends ConflictError {
  constructor(id: string, from: string, to: string) {
    super('residence_booking.invalid_transition', `booking ${id} is ${from} and cannot become ${to}`, { id, from, to });
  }
}

export class BookingInPastError extends UnprocessableError {
  constructor() {
    const message = 'a residence booking must start in the future';
    super(
      'residence_booking.starts_in_past',
      message,
      fieldDetails('startsAt', 'residence_booking.starts_in_past', message),
    );
  }
}

/** Clearances, lawsuits and loans concern only family dormitories (眷舍); each refuses any other with its own code. */
export abstract class FamilyDormitoryOnlyError extends UnprocessableError {
  protected constructor(code: string, id: string) {
    const message = 'only a family dormitory (眷舍) is cleared, sued for or lent this way';
    super(code, message, fieldDetails('dormitoryId', code, message, { id }));
  }
}

export class ClearanceFamilyOnlyError extends FamilyDormitoryOnlyError {
  constructor(id: string) {
    super('dormitory_clearance.family_only', id);
  }
}

export class LawsuitFamilyOnlyError extends FamilyDormitoryOnlyError {
  constructor(id: string) {
    super('dormitory_lawsuit.family_only', id);
  }
}

export class LoanFamilyOnlyError extends FamilyDormitoryOnlyError {
  constructor(id: string) {
    super('dormitory_loan.family_only', id);
  }
}

export class ClearanceStepOutOfOrderError extends UnprocessableError {
  constructor(step: string, expected: string | null) {
    const message = expected
      ? `the clearance's next step is ${expected}, not ${step}`
      : 'the clearance is complete; no step is left';
    super(
      'dormitory_clearance.step_out_of_order',
      message,
      fieldDetails('step', 'dormitory_clearance.step_out_of_order', message, {}, { step, expected }),
    );
  }
}

export class ClearanceStepBeforePreviousError extends UnprocessableError {
  constructor(previous: string) {
    const message = `a clearance step may not be dated before the step before it (${previous})`;
    super(
      'dormitory_clearance.step_before_previous',
      message,
      fieldDetails('on', 'dormitory_clearance.step_before_previous', message, {}, { previous }),
    );
  }
}

export class ClearanceDocumentRequiredError extends UnprocessableError {
  constructor() {
    const message = "the land return needs the finance bureau's document number";
    super(
      'dormitory_clearance.document_required',
      message,
      fieldDetails('documentNumber', 'dormitory_clearance.document_required', message),
    );
  }
}

export class HearingBeforeFilingError extends UnprocessableError {
  constructor(filedOn: string) {
    const message = `a hearing cannot come before the lawsuit was filed (${filedOn})`;
    super(
      'dormitory_lawsuit.hearing_before_filing',
      message,
      fieldDetails('heldOn', 'dormitory_lawsuit.hearing_before_filing', message, {}, { filedOn }),
    );
  }
}

export class FindingRepairOpenError extends ConflictError {
  constructor(findingId: string, repairTicketId: string) {
    super('dormitory_patrol_finding.repair_open', `finding ${findingId} already has repair ticket ${repairTicketId}`, {
      repairTicketId,
    });
  }
}
