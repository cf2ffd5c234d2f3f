export const RESIDENCE_CHECK_OUTCOMES = ['living_there', 'not_living_there', 'unreachable'] as const;
export type ResidenceCheckOutcome = (typeof RESIDENCE_CHECK_OUTCOMES)[number];
