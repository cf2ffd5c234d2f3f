/** The priorities a repair ticket opened from a finding may ask for (maintenance's own scale). */
export const REPAIR_PRIORITIES = ['emergency', 'high', 'normal', 'low'] as const;
export type RepairPriority = (typeof REPAIR_PRIORITIES)[number];
