import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK, exclusion and unique constraint of the dormitory tables means to the caller. */
export const DORMITORIES_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_dormitories_lendable_head_residence: {
    field: 'lendable',
    code: 'dormitories.lendable_head_residence_only',
    message: 'only a head-of-agency residence can be lent for events',
  },
  ck_dormitories_removed_on: {
    field: 'effectiveOn',
    code: 'dormitories.removed_on_required',
    message: 'a demolished or handed-over dormitory needs the date it was removed, and only such a one has it',
  },
  ck_dormitories_status: { field: 'status', code: 'dormitories.status_unknown', message: 'unknown dormitory status' },
  ck_dormitories_type: { field: 'type', code: 'dormitories.type_unknown', message: 'unknown dormitory type' },
  ck_dormitory_status_changes_to_status: {
    field: 'status',
    code: 'dormitories.status_unknown',
    message: 'unknown dormitory status',
  },
  ck_dormitory_units_room_count: {
    field: 'units.roomCount',
    code: 'dormitories.unit_rooms',
    message: 'a unit has at least one room',
  },
  ck_dormitory_assignments_period: {
    field: 'endsOn',
    code: 'dormitories.assignment_ends_before_start',
    message: 'a move-out must come after the move-in',
  },
  ck_dormitory_assignments_move_out_due_on: {
    field: 'moveOutDueOn',
    code: 'dormitories.move_out_due_before_start',
    message: 'the move-out deadline must come after the move-in',
  },
  ex_dormitory_assignments_unit_period: {
    field: 'startsOn',
    code: 'dormitories.unit_occupied',
    message: 'the unit already has an occupant in that period',
    status: 409,
  },
  ck_dormitory_patrol_findings_repair: {
    code: 'dormitories.finding_repair',
    message: 'a finding sent for repair needs its ticket and the time it was sent',
  },
  ck_dormitory_patrol_findings_severity: {
    field: 'findings.severity',
    code: 'dormitories.finding_severity',
    message: 'the severity is low, medium or high',
  },
  ck_dormitory_photos_owner: {
    code: 'dormitories.photo_owner',
    message: 'a photo belongs to exactly one patrol finding or residence check',
  },
  ck_residence_bookings_organizer_type: {
    field: 'organizerType',
    code: 'dormitories.organizer_type',
    message: 'the organizer is an agency, a school or an organisation',
  },
  ck_residence_bookings_status: {
    code: 'dormitories.residence_booking_status',
    message: 'unknown residence booking status',
  },
  ck_residence_bookings_window: {
    field: 'endsAt',
    code: 'dormitories.residence_booking_window',
    message: 'a residence booking must end after it starts',
  },
  ex_residence_bookings_window: {
    field: 'startsAt',
    code: 'dormitories.residence_booked',
    message: 'the residence is already booked in that window',
    status: 409,
  },
  ck_residence_check_campaigns_code: {
    field: 'code',
    code: 'dormitories.campaign_code',
    message: 'a campaign code is the ROC year and the half, e.g. 113-H1',
  },
  ck_residence_checks_outcome: {
    field: 'outcome',
    code: 'dormitories.check_outcome',
    message: 'unknown residence check outcome',
  },
  ck_residence_checks_recorded: {
    field: 'checkedOn',
    code: 'dormitories.check_recorded',
    message: 'a recorded check needs its outcome and the day it was checked',
  },
  ck_dormitory_clearances_status: {
    code: 'dormitories.clearance_status',
    message: 'unknown clearance status',
  },
  ck_dormitory_clearances_deadline: {
    field: 'deadlineOn',
    code: 'dormitories.clearance_deadline_before_notice',
    message: 'the clearance deadline may not come before the notice',
  },
  ck_dormitory_clearances_step_order: {
    field: 'on',
    code: 'dormitories.clearance_step_order',
    message: 'a clearance step may not be dated before the step before it',
  },
  ck_dormitory_clearances_steps_recorded: {
    field: 'step',
    code: 'dormitories.clearance_steps_recorded',
    message: 'each clearance step reached needs its date (and the land return its document number)',
  },
  ck_dormitory_loans_term: {
    field: 'endsOn',
    code: 'dormitories.loan_ends_before_start',
    message: 'a loan must end on or after the day it starts',
  },
  ck_dormitory_loans_property_kind: {
    field: 'propertyKind',
    code: 'dormitories.loan_property_kind',
    message: 'what is lent is land or a house',
  },
  ex_dormitory_loans_term: {
    field: 'startsOn',
    code: 'dormitories.loan_overlap',
    message: 'the property is already lent for some of those days',
    status: 409,
  },
  ck_dormitory_lawsuits_stage: {
    field: 'stage',
    code: 'dormitories.lawsuit_stage',
    message: 'the stage is first, second or third instance, or enforcement',
  },
  ck_dormitory_lawsuits_status: { code: 'dormitories.lawsuit_status', message: 'unknown lawsuit status' },
  ck_dormitory_lawsuits_closed: {
    field: 'closedOn',
    code: 'dormitories.lawsuit_closed',
    message: 'a closed lawsuit needs its outcome and a closing day not before it was filed',
  },
  ck_dormitory_lawsuit_hearings_stage: {
    field: 'stage',
    code: 'dormitories.lawsuit_stage',
    message: 'the stage is first, second or third instance, or enforcement',
  },

  uq_dormitories_code: {
    field: 'code',
    code: 'dormitory.code_taken',
    message: 'another dormitory already has this code',
    status: 409,
  },
  // Only adding a unit can hit this: a new register entry's units are checked against each other
  // before the write, and answered with their `units.N.code` (UnitCodeTakenError).
  uq_dormitory_units_dormitory_id_code: {
    field: 'code',
    code: 'dormitory_unit.code_taken',
    message: 'the dormitory already has a unit with this code',
    status: 409,
  },
  uq_dormitory_clearances_dormitory_id: {
    field: 'dormitoryId',
    code: 'dormitory_clearance.exists',
    message: 'this dormitory already has a clearance',
    status: 409,
  },
  uq_dormitory_lawsuits_court_case_number: {
    field: 'caseNumber',
    code: 'dormitory_lawsuit.case_number_taken',
    message: 'the court already has a lawsuit with this case number',
    status: 409,
  },
  uq_residence_check_campaigns_agency_id_code: {
    field: 'at',
    code: 'residence_check_campaign.exists',
    message: 'the residence check campaign of this half-year is already open',
    status: 409,
  },
  // Only an imported round can hit this (the campaign lists each assignment once): the line names the occupant twice.
  uq_residence_checks_campaign_id_assignment_id: {
    field: 'occupant',
    code: 'residence_check.exists',
    message: 'the campaign already has a check of this assignment',
    status: 409,
  },
});
