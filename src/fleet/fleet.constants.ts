/** Fixed limits of the fleet module; the booking rules the office tunes are in `AppConfig.fleet`. */
export const FLEET_RULES = {
  /** Kilometres before a service falls due by distance at which it is announced. */
  serviceWarningKm: 1000,
  /** The most rows one export returns. */
  exportRowLimit: 20000,
} as const;

export const VEHICLE_CLASSES = ['motorcycle', 'electric', 'sedan', 'suv', 'van', 'vip_van'] as const;
export type VehicleClass = (typeof VEHICLE_CLASSES)[number];
export const VEHICLE_CLASS_LABELS: Record<VehicleClass, string> = {
  motorcycle: '機車',
  electric: '電動車',
  sedan: '轎車',
  suv: '休旅車',
  van: '廂型車',
  vip_van: '禮賓車',
};

export const VEHICLE_STATUSES = ['active', 'maintenance', 'retired'] as const;
export type VehicleStatus = (typeof VEHICLE_STATUSES)[number];

export const UNAVAILABILITY_KINDS = ['maintenance', 'inspection', 'repair'] as const;
export type UnavailabilityKind = (typeof UNAVAILABILITY_KINDS)[number];

/** Why a driver cannot drive for a while (請假、受訓、公差…). */
export const DRIVER_UNAVAILABILITY_KINDS = ['leave', 'sick_leave', 'training', 'official_duty', 'other'] as const;
export type DriverUnavailabilityKind = (typeof DRIVER_UNAVAILABILITY_KINDS)[number];

export const LICENCE_CLASSES = [
  'light_vehicle',
  'professional_light_vehicle',
  'heavy_vehicle',
  'professional_heavy_vehicle',
  'motorcycle',
] as const;
export type LicenceClass = (typeof LICENCE_CLASSES)[number];

export const BOOKING_STATES = [
  'requested',
  'approved',
  'in_trip',
  'completed',
  'rejected',
  'cancelled',
  'no_show',
] as const;
export type BookingState = (typeof BOOKING_STATES)[number];
export const BOOKING_STATE_LABELS: Record<BookingState, string> = {
  requested: '申請中',
  approved: '已派車',
  in_trip: '出車中',
  completed: '已完成',
  rejected: '已退件',
  cancelled: '已取消',
  no_show: '未到',
};
export const BOOKING_CHANNELS = ['online', 'paper'] as const;
export type BookingChannel = (typeof BOOKING_CHANNELS)[number];

export const TRIP_STATES = ['planned', 'in_trip', 'completed', 'released'] as const;
export type TripState = (typeof TRIP_STATES)[number];
