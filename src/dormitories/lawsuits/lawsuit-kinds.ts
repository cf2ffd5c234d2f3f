/** A lawsuit's stage in the courts: first, second and third instance, then enforcement. */
export const LAWSUIT_STAGES = ['first_instance', 'second_instance', 'third_instance', 'enforcement'] as const;
export type LawsuitStage = (typeof LAWSUIT_STAGES)[number];

export const LAWSUIT_STATUSES = ['open', 'closed'] as const;
export type LawsuitStatus = (typeof LAWSUIT_STATUSES)[number];
