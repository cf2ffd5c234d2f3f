/**
 * The clearance (騰空) of a family dormitory being wound down: the occupant is served a notice
 * with a deadline, hands the dormitory over, it is demolished, and its land is returned to the
 * finance bureau (財政局). The CHECK constraint on `dormitory_clearances.status` lists the same.
 */
export const CLEARANCE_STATUSES = ['noticed', 'handed_over', 'demolished', 'land_returned'] as const;
export type ClearanceStatus = (typeof CLEARANCE_STATUSES)[number];

export const CLEARANCE_STATUS_LABELS: Record<ClearanceStatus, string> = {
  noticed: '已通知騰空',
  handed_over: '已點交',
  demolished: '已拆除',
  land_returned: '土地已移交財政局',
};

export const CLEARANCE_STEPS = ['handover', 'demolition', 'land_return'] as const;
export type ClearanceStep = (typeof CLEARANCE_STEPS)[number];

export interface ClearanceStepRule {
  from: ClearanceStatus;
  to: ClearanceStatus;
  /** The date of the step before, which this step's date may not precede. */
  previousDate: 'noticeOn' | 'handedOverOn' | 'demolishedOn';
  date: 'handedOverOn' | 'demolishedOn' | 'landReturnedOn';
  requiresDocument: boolean;
}

/** The steps in their only order: each one moves exactly one state forward. */
export const CLEARANCE_STEP_RULES: Record<ClearanceStep, ClearanceStepRule> = {
  handover: {
    from: 'noticed',
    to: 'handed_over',
    previousDate: 'noticeOn',
    date: 'handedOverOn',
    requiresDocument: false,
  },
  demolition: {
    from: 'handed_over',
    to: 'demolished',
    previousDate: 'handedOverOn',
    date: 'demolishedOn',
    requiresDocument: false,
  },
  land_return: {
    from: 'demolished',
    to: 'land_returned',
    previousDate: 'demolishedOn',
    date: 'landReturnedOn',
    requiresDocument: true,
  },
};

/** The step a clearance in `status` takes next, or null once the land is returned. */
export function nextClearanceStep(status: ClearanceStatus): ClearanceStep | null {
  return CLEARANCE_STEPS.find((step) => CLEARANCE_STEP_RULES[step].from === status) ?? null;
}

export type ClearanceStepDecision =
  { ok: true; rule: ClearanceStepRule } | { ok: false; expected: ClearanceStep | null };

/** Whether `step` is the one a clearance in `status` takes next; if not, which one is. */
export function decideClearanceStep(status: ClearanceStatus, step: ClearanceStep): ClearanceStepDecision {
  const rule = CLEARANCE_STEP_RULES[step];
  return rule.from === status ? { ok: true, rule } : { ok: false, expected: nextClearanceStep(status) };
}
