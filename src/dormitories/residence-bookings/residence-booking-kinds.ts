export const ORGANIZER_TYPES = ['agency', 'school', 'organisation'] as const;
export type OrganizerType = (typeof ORGANIZER_TYPES)[number];

export const BOOKING_STATUSES = ['requested', 'approved', 'rejected', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Bookings that hold the residence's time window. */
export const HOLDING_STATUSES: readonly BookingStatus[] = ['requested', 'approved'];
