import { Client } from 'pg';

export type Side = 'service' | 'baseline';

/** What the write scenarios need besides the history: requested bookings to assign, a few cars to fight over, room in the lots. */
export interface Fixtures {
  /** Per side: requested bookings in the next weeks, and the few vehicles the dispatchers assign them to. */
  contention: Record<Side, { bookingIds: string[]; vehicleIds: string[] }>;
  /** Per side: meeting rooms booked in the venue scenario, so the two sides never clash with each other. */
  venueSpaceIds: Record<Side, string[]>;
  verificationTokens: string[];
  ticketIds: string[];
  agencyVisitedId: string;
}

const CONTENDED_VEHICLES = 4;
export const BENCH_VENUE_ROOMS = 6;

/** Meeting rooms of the bench on a floor of its own, open every day 07:00–22:00, booked without approval. */
async function venueRoomsFor(client: Client, side: Side): Promise<string[]> {
  const prefix = side === 'service' ? 'BENCH-S' : 'BENCH-B';
  const rooms = await client.query(
    `WITH floor AS (SELECT f.id FROM locations f JOIN locations b ON b.id = f.parent_id JOIN locations s ON s.id = b.parent_id
                     WHERE s.code = 'SW' AND f.kind = 'floor' ORDER BY f.sort_order DESC LIMIT 1),
          room AS (INSERT INTO locations (kind, parent_id, parent_kind, code, name, sort_order, version)
                   SELECT 'room', floor.id, 'floor', '${prefix}-' || g, '基準測試會議室' || g, 100 + g, 1 FROM floor, generate_series(1, $1::int) g
                   RETURNING id, code),
          space AS (INSERT INTO venue_spaces (location_id, site_id, code, name, kind, capacity, equipment, opens_at, closes_at,
                      open_on_non_working_days, needs_approval, version)
                    SELECT room.id, (SELECT id FROM locations WHERE code = 'SW' AND kind = 'site'), room.code, room.code, 'meeting_room', 50, '[]',
                           '07:00', '22:00', true, false, 1 FROM room
                    RETURNING id)
     INSERT INTO venue_space_links (ancestor_id, descendant_id) SELECT id, id FROM space RETURNING ancestor_id AS id`,
    [BENCH_VENUE_ROOMS],
  );
  return rooms.rows.map((row) => row.id as string);
}

async function contentionFor(
  client: Client,
  side: Side,
  bookings: number,
): Promise<{ bookingIds: string[]; vehicleIds: string[] }> {
  const prefix = side === 'service' ? 'BS' : 'BB';
  const vehicles = await client.query(
    `INSERT INTO fleet_vehicles (plate, vehicle_class, model, seats, agency_id, status, insurance_expires_on, inspection_due_on, version)
     SELECT '${prefix}-' || lpad(g::text, 4, '0'), 'van', 'Toyota Hiace', 9, (SELECT id FROM agencies WHERE code = 'GA-OFFICE'), 'active',
            (now() AT TIME ZONE 'Asia/Taipei')::date + 730, (now() AT TIME ZONE 'Asia/Taipei')::date + 365, 1
       FROM generate_series(1, $1::int) g RETURNING id`,
    [CONTENDED_VEHICLES],
  );
  // Windows of 1–3 hours in office hours over the next 20 days: enough overlap that many assignments collide.
  const requested = await client.query(
    `INSERT INTO fleet_bookings (agency_id, requester_id, entered_by_id, channel, purpose, origin, destination, passengers, starts_at, ends_at,
       needs_driver, contact_phone, state, version)
     SELECT u.agency_id, u.id, u.id, 'online', '基準測試', '四維行政中心', '鳳山行政中心', 3, w.starts_at, w.starts_at + w.hours * interval '1 hour',
            false, '07-7995678', 'requested', 1
       FROM (SELECT g, ((now() AT TIME ZONE 'Asia/Taipei')::date + 2 + g % 20 + interval '8 hours' + (g * 7 % 16) * interval '30 minutes')
                       AT TIME ZONE 'Asia/Taipei' AS starts_at, 1 + g % 3 AS hours
               FROM generate_series(1, $1::int) g) w
       JOIN users u ON u.username = 'bench-requester-finance'
     RETURNING id`,
    [bookings],
  );
  return {
    bookingIds: requested.rows.map((row) => row.id as string),
    vehicleIds: vehicles.rows.map((row) => row.id as string),
  };
}

/**
 * Prepares the write fixtures and samples ids for the reads. The lots' daily capacity is raised
 * so that a load test of issuing is not a test of running out of spaces (the CHECK still runs).
 */
export async function prepareFixtures(url: string, contendedBookings: number): Promise<Fixtures> {
  const client = new Client({ connectionString: url, application_name: 'bench-fixtures' });
  await client.connect();
  try {
    await client.query(`UPDATE parking_lots SET daily_capacity = 1000000`);
    const contention = {
      service: await contentionFor(client, 'service', contendedBookings),
      baseline: await contentionFor(client, 'baseline', contendedBookings),
    };
    const venueSpaceIds = {
      service: await venueRoomsFor(client, 'service'),
      baseline: await venueRoomsFor(client, 'baseline'),
    };
    await client.query('ANALYZE fleet_bookings; ANALYZE fleet_vehicles; ANALYZE venue_spaces');
    const tokens = await client.query('SELECT verification_token FROM parking_permits ORDER BY random() LIMIT 2000');
    const tickets = await client.query('SELECT id FROM maintenance_tickets ORDER BY random() LIMIT 2000');
    const agency = await client.query(`SELECT id FROM agencies WHERE code = 'FINANCE'`);
    return {
      contention,
      venueSpaceIds,
      verificationTokens: tokens.rows.map((row) => row.verification_token as string),
      ticketIds: tickets.rows.map((row) => row.id as string),
      agencyVisitedId: agency.rows[0].id as string,
    };
  } finally {
    await client.end();
  }
}
