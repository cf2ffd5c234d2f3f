export const HOLD_REASONS = ['parts', 'vendor', 'access', 'after_hours', 'budget', 'other'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** zh-TW label and whether the hold stops the resolution clock (waiting on others does; "other" does not). */
export const HOLD_REASON_RULES: Record<HoldReason, { label: string; pausesClock: boolean }> = {
  parts: { label: '等待料件', pausesClock: true },
  vendor: { label: '等待廠商', pausesClock: true },
  access: { label: '無法進入現場', pausesClock: true },
  after_hours: { label: '需於非上班時間施工', pausesClock: true },
  budget: { label: '等待經費', pausesClock: true },
  other: { label: '其他', pausesClock: false },
};
