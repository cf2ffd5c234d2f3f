/**
 * The figures whose monthly trend the page and the downloads chart: the flows the report's
 * sentences print. Stock figures (dormitories on the register) hardly move within a year, and
 * the per-center or per-lot figures repeat their total.
 */
export const MAIN_FIGURE_KEYS: readonly string[] = [
  'maintenance.received',
  'maintenance.closed',
  'dormitories.repairs',
  'fleet.trips',
  'fleet.bookings',
  'parking.issued',
  'assets.added',
  'venues.public_openings',
  'venues.room_bookings',
];

/**
 * The report section's sentences, in the report's order: the text the office pastes. The other
 * figures stay on the page and in the tables of the downloads.
 */
export const REPORT_SENTENCE_KEYS: readonly string[] = [
  'maintenance.received',
  'dormitories.managed',
  'dormitories.verifications',
  'fleet.trips',
  'parking.issued',
  'maintenance.fire_drills',
  'venues.public_openings',
  'division.cleaning_greening',
  'division.civil_defence_training',
];
