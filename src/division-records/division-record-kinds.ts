/**
 * The division's recurring activities kept on paper until now. Fire-brigade drills are not among
 * them: they are statutory obligations of the maintenance module, recorded per center with their
 * certificate there, and counting them here too would count each drill twice.
 */
export const DIVISION_RECORD_KINDS = ['cleaning_greening_evaluation', 'civil_defence_training'] as const;
export type DivisionRecordKind = (typeof DIVISION_RECORD_KINDS)[number];

export const DIVISION_RECORD_KIND_LABELS: Record<DivisionRecordKind, string> = {
  cleaning_greening_evaluation: '環境清潔及綠美化績效考評',
  civil_defence_training: '防護團講習',
};
