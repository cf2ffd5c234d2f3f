/**
 * Maintenance rules the office has not asked to change per deployment; kept here rather than
 * in AppConfig until they do.
 */
export const MAINTENANCE_SETTINGS = {
  /** A resolved ticket the requester neither confirms nor reopens closes after this many working days. */
  autoCloseAfterBusinessDays: 3,
  /** Share of an SLA budget used at which the assignee and the coordinators are warned. */
  slaWarningFraction: 0.75,
} as const;
