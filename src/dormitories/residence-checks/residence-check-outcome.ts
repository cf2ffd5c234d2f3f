export const RESIDENCE_CHECK_OUTCOMES = ['living_there', 'not_living_there', 'unreachable'] as const;
export type ResidenceCheckOutcome = (typeof RESIDENCE_CHECK_OUTCOMES)[number];

export const RESIDENCE_CHECK_OUTCOME_LABELS: Record<ResidenceCheckOutcome, string> = {
  living_there: '確實居住',
  not_living_there: '未實際居住',
  unreachable: '無法聯繫',
};
