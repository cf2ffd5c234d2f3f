/** The statutory and recurring work the office tracks; `other` carries a name the office gives it. */
export const OBLIGATION_KINDS = [
  'electrical_inspection',
  'fire_safety_inspection',
  'public_safety_filing',
  'insurance_renewal',
  'fire_drill',
  'elevator_maintenance',
  'other',
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

export const OBLIGATION_KIND_LABELS: Record<ObligationKind, string> = {
  electrical_inspection: '高低壓電氣設備檢驗',
  fire_safety_inspection: '消防設備安全檢查及改善',
  public_safety_filing: '建築物公共安全檢查申報',
  insurance_renewal: '火災及公共意外保險',
  fire_drill: '自衛消防編組訓練',
  elevator_maintenance: '電梯保養',
  other: '其他',
};

/** The kinds the yearly report counts as statutory inspections. */
export const STATUTORY_INSPECTION_KINDS: readonly ObligationKind[] = [
  'electrical_inspection',
  'fire_safety_inspection',
  'public_safety_filing',
];

export const OCCURRENCE_STATUSES = ['upcoming', 'open', 'overdue', 'completed'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

export const INSPECTION_RESULTS = ['passed', 'failed'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** `sourceModule` of the tickets an occurrence opens (its work order and corrective tickets). */
export const OCCURRENCE_SOURCE_MODULE = 'maintenance_obligation_occurrence';
