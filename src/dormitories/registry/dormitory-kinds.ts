/** The four kinds of city dormitory the office manages, with the labels used in the yearly report. */
export const DORMITORY_TYPES = ['head_residence', 'multi_room_staff', 'single_room_staff', 'family'] as const;
export type DormitoryType = (typeof DORMITORY_TYPES)[number];

export const DORMITORY_TYPE_LABELS: Record<DormitoryType, string> = {
  head_residence: '首長宿舍',
  multi_room_staff: '多房間職務宿舍',
  single_room_staff: '單房間職務宿舍',
  family: '眷舍',
};

export const DORMITORY_STATUSES = ['in_use', 'vacant', 'demolished', 'handed_over', 'lent_out'] as const;
export type DormitoryStatus = (typeof DORMITORY_STATUSES)[number];

/** Statuses after which the dormitory has left the register for good. */
export const REMOVED_STATUSES: readonly DormitoryStatus[] = ['demolished', 'handed_over'];
