import { defineConstraintErrors } from '../common/errors/constraint-errors';

/** What each CHECK and unique constraint of the maintenance tables means to the caller. */
export const MAINTENANCE_CONSTRAINT_ERRORS = defineConstraintErrors({
  ck_maintenance_tickets_location: {
    field: 'locationId',
    code: 'maintenance.location_required',
    message: 'a ticket needs a location: choose one, or describe the spot in spotText',
  },
  ck_maintenance_tickets_assignment: {
    field: 'assigneeUserId',
    code: 'maintenance.assignee_required',
    message: 'a ticket past submission needs a technician or a vendor',
  },
  ck_maintenance_tickets_hold_reason: {
    field: 'holdReason',
    code: 'maintenance.hold_reason_required',
    message: 'a ticket on hold needs one of the hold reasons, and only a ticket on hold has one',
  },
  ck_maintenance_tickets_priority: {
    field: 'priority',
    code: 'maintenance.priority_unknown',
    message: 'unknown priority',
  },
  ck_maintenance_tickets_satisfaction: {
    field: 'satisfaction',
    code: 'maintenance.satisfaction_range',
    message: 'satisfaction is a score from 1 to 5',
  },
  ck_maintenance_tickets_status: { code: 'maintenance.status_unknown', message: 'unknown ticket status' },
  ck_maintenance_ticket_status_changes_to_status: {
    code: 'maintenance.status_unknown',
    message: 'unknown ticket status',
  },
  ck_maintenance_ticket_attachments_sha256: {
    code: 'maintenance.attachment_digest',
    message: 'the attachment digest is not a SHA-256 value',
  },
  ck_maintenance_ticket_attachments_size: {
    field: 'bytes',
    code: 'maintenance.attachment_empty',
    message: 'an attachment may not be empty',
  },
  ck_maintenance_ticket_cost_lines_amount: {
    field: 'quantity',
    code: 'maintenance.cost_line_amount',
    message: 'a cost line needs a quantity above 0 and a unit price of at least 0, with at most 2 decimal places',
  },
  ck_maintenance_ticket_cost_lines_kind: {
    field: 'kind',
    code: 'maintenance.cost_kind_unknown',
    message: 'unknown cost kind',
  },
  ck_maintenance_notifications_clock: { code: 'maintenance.notification_clock', message: 'unknown SLA clock' },
  ck_maintenance_notifications_kind: { code: 'maintenance.notification_kind', message: 'unknown notification kind' },
  ck_maintenance_notifications_email_attempts: {
    code: 'maintenance.notification_attempts',
    message: 'e-mail attempts cannot be negative',
  },
  ck_maintenance_sla_policies_priority: {
    field: 'priority',
    code: 'maintenance.priority_unknown',
    message: 'unknown priority',
  },
  ck_maintenance_sla_policies_targets: {
    field: 'resolutionMinutes',
    code: 'maintenance.sla_resolution_before_response',
    message: 'the response target must be above 0 minutes and the resolution target at least as long as it',
  },
  ck_maintenance_obligations_advance_from: {
    field: 'advanceFrom',
    code: 'maintenance.obligation_advance_from',
    message: 'the next due date advances from the due date or the completion date',
  },
  ck_maintenance_obligations_due_day_of_month: {
    field: 'nextDueDate',
    code: 'maintenance.obligation_due_day',
    message: 'the due day of the month is 1 to 31',
  },
  ck_maintenance_obligations_interval_months: {
    field: 'intervalMonths',
    code: 'maintenance.obligation_interval',
    message: 'the interval is 1 to 120 months',
  },
  ck_maintenance_obligations_kind: {
    field: 'kind',
    code: 'maintenance.obligation_kind',
    message: 'unknown obligation kind',
  },
  ck_maintenance_obligations_lead_time_days: {
    field: 'leadTimeDays',
    code: 'maintenance.obligation_lead_time',
    message: 'the lead time is 0 to 365 days',
  },
  ck_maintenance_obligations_other_kind_name: {
    field: 'otherKindName',
    code: 'maintenance.obligation_other_kind_name',
    message: 'an obligation of kind "other" needs a name for its kind, and only such an obligation has one',
  },
  ck_maintenance_obligation_occurrences_completion: {
    field: 'certificateAttachmentId',
    code: 'maintenance.occurrence_completion',
    message: 'a completed occurrence needs its completion date, result and certificate',
  },
  ck_maintenance_obligation_occurrences_open_has_ticket: {
    code: 'maintenance.occurrence_ticket',
    message: 'an open occurrence needs its work order ticket',
  },
  ck_maintenance_obligation_occurrences_result: {
    field: 'result',
    code: 'maintenance.occurrence_result',
    message: 'the result is passed or failed',
  },
  ck_maintenance_obligation_occurrences_status: {
    field: 'status',
    code: 'maintenance.occurrence_status',
    message: 'unknown occurrence status',
  },
  ck_maintenance_obligation_attachments_sha256: {
    code: 'maintenance.attachment_digest',
    message: 'the attachment digest is not a SHA-256 value',
  },
  ck_maintenance_obligation_attachments_size: {
    field: 'bytes',
    code: 'maintenance.attachment_empty',
    message: 'an attachment may not be empty',
  },

  uq_maintenance_tickets_number: {
    field: 'number',
    code: 'maintenance.ticket_number_taken',
    message: 'another ticket already has this number',
    status: 409,
  },
  uq_maintenance_notifications_once: {
    code: 'maintenance.notification_sent',
    message: 'this notification was already sent for the ticket',
    status: 409,
  },
  uq_maintenance_obligation_occurrences_obligation_due_date: {
    code: 'maintenance.occurrence_exists',
    message: 'the obligation already has an occurrence due on this date',
    status: 409,
  },
  uq_maintenance_obligation_occurrences_pending: {
    code: 'maintenance.occurrence_pending',
    message: 'the obligation already has an occurrence not yet completed',
    status: 409,
  },
  uq_maintenance_obligation_occurrences_ticket_id: {
    code: 'maintenance.occurrence_ticket_taken',
    message: 'the work order ticket already belongs to another occurrence',
    status: 409,
  },
  uq_maintenance_obligation_findings_ticket_id: {
    code: 'maintenance.finding_ticket_taken',
    message: 'the repair ticket already belongs to another failed item',
    status: 409,
  },
});
