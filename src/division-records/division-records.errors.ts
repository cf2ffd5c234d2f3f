import { UnprocessableError } from '../common/errors/domain-error';

export class NotACenterError extends UnprocessableError {
  constructor(siteId: string) {
    super('division_records.not_a_center', `location ${siteId} is not an administration center (a site)`, {
      fields: [{ field: 'siteId', code: 'division_records.not_a_center', message: 'siteId must name a site' }],
    });
  }
}

export class AttendanceRequiredError extends UnprocessableError {
  constructor() {
    super('division_records.attendance_required', 'a civil-defence training session needs its attendance', {
      fields: [
        { field: 'attendance', code: 'division_records.attendance_required', message: 'attendance is required' },
      ],
    });
  }
}
