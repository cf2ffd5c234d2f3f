/** What an agency may ask for in a pre-review: a purchase of one of three kinds, or a lease renewal. */
export const VEHICLE_REQUEST_KINDS = ['car', 'motorcycle', 'special_vehicle', 'lease_renewal'] as const;
export type VehicleRequestKind = (typeof VEHICLE_REQUEST_KINDS)[number];

export const VEHICLE_REQUEST_KIND_LABELS: Record<VehicleRequestKind, string> = {
  car: '汽車',
  motorcycle: '機車',
  special_vehicle: '特種車',
  lease_renewal: '續租',
};

/** A line is filed, then the office approves (possibly for less), defers it to a later year, or rejects it. */
export const REQUEST_LINE_STATES = ['filed', 'approved', 'deferred', 'rejected'] as const;
export type RequestLineState = (typeof REQUEST_LINE_STATES)[number];

export const REQUEST_LINE_STATE_LABELS: Record<RequestLineState, string> = {
  filed: '待審查',
  approved: '核列',
  deferred: '緩議',
  rejected: '不予核列',
};

export const REVIEW_DECISIONS = ['approve', 'defer', 'reject'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const STATE_OF_DECISION: Record<ReviewDecision, RequestLineState> = {
  approve: 'approved',
  defer: 'deferred',
  reject: 'rejected',
};
