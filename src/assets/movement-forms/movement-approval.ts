import { MovementApprovalTier } from '../../config/app-config.schema';

export const APPROVER_ROLES = ['property_officer', 'agency_admin', 'admin'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

export const FORM_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

/**
 * The approvals a movement form needs, in order: those of the highest tier whose `fromCost` the
 * asset's acquisition cost reaches. The tiers are configuration (validated at boot to start at 0
 * and rise), so the office changes its thresholds without a release.
 */
export function approvalStepsFor(tiers: readonly MovementApprovalTier[], cost: number): ApproverRole[] {
  const tier = [...tiers].reverse().find((candidate) => cost >= candidate.fromCost);
  return [...tier!.steps];
}
