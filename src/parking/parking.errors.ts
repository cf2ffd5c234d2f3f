import { HttpStatus } from '@nestjs/common';
import { BadRequestError, ConflictError, DomainError, UnprocessableError } from '../common/errors/domain-error';
import { fieldDetails } from '../common/errors/field-error';
import type { PlateRefusal } from '../common/plates/taiwan-plate';

/** A plate the one plate rule refused; the field code says which rule (`plate.ambiguous`, …). */
export class InvalidPlateError extends BadRequestError {
  constructor(refusal: PlateRefusal, field = 'plate') {
    const { code, ...params } = refusal.problem;
    super('parking.invalid_plate', refusal.reason, fieldDetails(field, code, refusal.reason, {}, params));
  }
}

export class InvalidWindowError extends BadRequestError {
  constructor(reason: string) {
    super('parking.invalid_window', reason);
  }
}

export class NotLotOfficerError extends DomainError {
  constructor(lotCode: string) {
    super('parking.not_lot_officer', `you are not an officer of parking lot ${lotCode}`, HttpStatus.FORBIDDEN, {
      lotCode,
    });
  }
}

export class PlateOverlapError extends ConflictError {
  constructor(plate: string, lotCode: string, existingSerial: string | null) {
    const holder = existingSerial ? `permit ${existingSerial}` : 'another active permit';
    super('parking.plate_overlap', `${plate} already holds ${holder} at lot ${lotCode} for part of that window`, {
      plate,
      lotCode,
      existingSerial,
    });
  }
}

export class LotFullError extends ConflictError {
  constructor(lotCode: string, day: string) {
    super('parking.lot_full', `lot ${lotCode} has no temporary space left on ${day}`, { lotCode, day });
  }
}

export class PermitNotActiveError extends ConflictError {
  constructor(serial: string, status: string) {
    super('parking.permit_not_active', `permit ${serial} is ${status}, not active`, { serial, status });
  }
}

/** One refused line of a bulk issue. */
export interface BulkLineProblem {
  line: number;
  plate: string;
  code: string;
  message: string;
  /** The plate rule's parameters (`readings` of an ambiguous plate), for the client's wording. */
  params?: Record<string, unknown>;
}

/** A bulk issue refused as a whole; `lines` says what was wrong with which line. */
export class BulkIssueRefusedError extends DomainError {
  constructor(
    statusCode: HttpStatus.BAD_REQUEST | HttpStatus.CONFLICT,
    lines: BulkLineProblem[],
    fullDays: string[] = [],
  ) {
    const summary = [
      lines.length ? `${lines.length} line(s) refused` : '',
      fullDays.length ? `no space on ${fullDays.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    super('parking.bulk_refused', `nothing was issued: ${summary}`, statusCode, { lines, fullDays });
  }
}

/** The lot is closed for new permits. */
export class LotInactiveError extends UnprocessableError {
  constructor(lotCode: string) {
    super('parking.lot_inactive', `parking lot ${lotCode} is closed for permits`, { lotCode });
  }
}

/** Only an active parking officer can be made an officer of a lot. */
export class NotAnOfficerError extends UnprocessableError {
  constructor(username: string) {
    super('parking.not_an_officer', `user ${username} is not an active parking officer`);
  }
}
