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
