import { ConflictError, UnprocessableError } from '../common/errors/domain-error';

export class FilingClosedError extends UnprocessableError {
  constructor(deadline: string) {
    super('vehicle_reviews.filing_closed', `the round took requests until ${deadline}`, { deadline });
  }
}

/** An approval that would take the round's approved total above its ceiling. */
export class CeilingExceededError extends ConflictError {
  constructor(ceilingAmount: number, approvedTotal: number) {
    const remaining = ceilingAmount - approvedTotal;
    const params = { ceilingAmount, approvedTotal, remaining };
    super(
      'vehicle_reviews.ceiling_exceeded',
      `the approval would exceed the round's ceiling of ${ceilingAmount}; ${remaining} remains`,
      {
        ...params,
        fields: [
          {
            field: 'approvedAmount',
            code: 'vehicle_reviews.ceiling_exceeded',
            message: `at most ${remaining} remains under the ceiling`,
            params,
          },
        ],
      },
    );
  }
}

export class CeilingBelowApprovedError extends ConflictError {
  constructor(approvedTotal: number) {
    super('vehicle_reviews.ceiling_below_approved', `the round has ${approvedTotal} approved already`, {
      approvedTotal,
      fields: [
        {
          field: 'ceilingAmount',
          code: 'vehicle_reviews.ceiling_below_approved',
          message: `the ceiling may not be lower than the ${approvedTotal} approved`,
          params: { approvedTotal },
        },
      ],
    });
  }
}

export class ApprovedAmountRequiredError extends UnprocessableError {
  constructor() {
    super('vehicle_reviews.approved_amount_required', 'an approval needs the approved amount', {
      fields: [
        {
          field: 'approvedAmount',
          code: 'vehicle_reviews.approved_amount_required',
          message: 'approvedAmount is required',
        },
      ],
    });
  }
}

export class DecisionReasonRequiredError extends UnprocessableError {
  constructor() {
    super('vehicle_reviews.reason_required', 'a rejection needs its reason', {
      fields: [{ field: 'reason', code: 'vehicle_reviews.reason_required', message: 'reason is required' }],
    });
  }
}
