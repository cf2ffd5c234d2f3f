import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK and unique constraint of the pre-review tables means to the caller. */
export const VEHICLE_REVIEWS_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_vehicle_review_rounds_budget_year: {
    field: 'budgetYear',
    code: 'vehicle_reviews.budget_year_range',
    message: 'the budget year is a ROC year from 100 to 300',
  },
  ck_vehicle_review_rounds_ceiling_amount: {
    field: 'ceilingAmount',
    code: 'vehicle_reviews.ceiling_negative',
    message: 'the ceiling may not be negative',
  },
  ck_vehicle_review_rounds_within_ceiling: {
    field: 'approvedAmount',
    code: 'vehicle_reviews.ceiling_exceeded',
    message: "the round's approved total may not exceed its ceiling",
    status: 409,
  },
  ck_vehicle_request_lines_kind: { field: 'kind', code: 'vehicle_reviews.kind_unknown', message: 'unknown kind' },
  ck_vehicle_request_lines_state: { code: 'vehicle_reviews.state_unknown', message: 'unknown line state' },
  ck_vehicle_request_lines_quantity: {
    field: 'quantity',
    code: 'vehicle_reviews.quantity_range',
    message: 'quantity is 1 to 10000',
  },
  ck_vehicle_request_lines_unit_price: {
    field: 'unitPrice',
    code: 'vehicle_reviews.unit_price_range',
    message: 'the unit price is 1 to 1000000000',
  },
  ck_vehicle_request_lines_requested_amount: {
    code: 'vehicle_reviews.requested_amount_mismatch',
    message: 'the requested amount is the quantity times the unit price',
  },
  ck_vehicle_request_lines_replaced_age: {
    field: 'replacedAgeYears',
    code: 'vehicle_reviews.replaced_age_range',
    message: 'the replaced vehicle is 0 to 100 years old',
  },
  ck_vehicle_request_lines_replaced_km: {
    field: 'replacedKm',
    code: 'vehicle_reviews.replaced_km_range',
    message: 'the replaced vehicle has run 0 to 10000000 km',
  },
  ck_vehicle_request_lines_approval: {
    field: 'approvedAmount',
    code: 'vehicle_reviews.approved_amount_required',
    message: 'an approved line has its approved amount and quantity, other lines none',
  },
  ck_vehicle_request_lines_approved_amount: {
    field: 'approvedAmount',
    code: 'vehicle_reviews.approved_amount_above_request',
    message: 'the approved amount is 1 up to the requested amount',
  },
  ck_vehicle_request_lines_approved_quantity: {
    field: 'approvedQuantity',
    code: 'vehicle_reviews.approved_quantity_above_request',
    message: 'the approved quantity is 1 up to the requested quantity',
  },
  ck_vehicle_request_lines_decision_reason: {
    field: 'reason',
    code: 'vehicle_reviews.reason_required',
    message: 'a rejection needs its reason',
  },

  uq_vehicle_review_rounds_budget_year: {
    field: 'budgetYear',
    code: 'vehicle_reviews.round_exists',
    message: 'the budget year already has a pre-review round',
    status: 409,
  },
});
