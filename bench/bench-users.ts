import { ClientBase } from 'pg';

/** Every bench account signs in with this password; its argon2 hash is computed once per run. */
export const BENCH_PASSWORD = 'bench-password-1234';

export const REQUESTER_AGENCIES = ['FINANCE', 'CIVIL-AFFAIRS', 'EDUCATION', 'SOCIAL', 'LABOR', 'URBAN'];
export const DISPATCHER_COUNT = 8;
export const OFFICER_COUNT = 4;
export const TECHNICIAN_COUNT = 12;
export const DRIVER_COUNT = 40;
/** Staff who filed the historic tickets and bookings, spread over the agencies. */
const STAFF_PER_AGENCY = 25;

export const benchUsername = {
  admin: 'bench-admin',
  coordinator: 'bench-coordinator',
  reports: 'bench-reports',
  requester: (agencyCode: string) => `bench-requester-${agencyCode.toLowerCase()}`,
  dispatcher: (index: number) => `bench-dispatcher-${index}`,
  officer: (index: number) => `bench-officer-${index}`,
};

/**
 * Creates the benchmark's accounts by SQL (admin, coordinator, report viewer, one requester per
 * agency, dispatchers, parking officers assigned to the lots, technicians, drivers and the
 * historic staff), all with the same password hash. Needs the reference data loaded.
 */
export async function createBenchUsers(client: ClientBase, passwordHash: string): Promise<void> {
  const insert = (username: string, agencyCode: string, roles: string[]) =>
    client.query(
      `INSERT INTO users (username, display_name, agency_id, roles, password_hash, version)
       SELECT $1, $1, id, $3::text[], $4, 1 FROM agencies WHERE code = $2`,
      [username, agencyCode, roles, passwordHash],
    );
  await insert(benchUsername.admin, 'GA-OFFICE', ['admin']);
  await insert(benchUsername.coordinator, 'GA-OFFICE', ['maintenance_coordinator']);
  await insert(benchUsername.reports, 'GA-OFFICE', ['report_viewer']);
  for (const code of REQUESTER_AGENCIES) await insert(benchUsername.requester(code), code, ['requester']);
  for (let index = 1; index <= DISPATCHER_COUNT; index++)
    await insert(benchUsername.dispatcher(index), 'GA-OFFICE', ['dispatcher']);
  for (let index = 1; index <= OFFICER_COUNT; index++)
    await insert(benchUsername.officer(index), 'GA-OFFICE', ['parking_officer']);
  await client.query(
    `INSERT INTO parking_lot_officers (lot_id, user_id)
     SELECT lot.id, u.id FROM users u CROSS JOIN parking_lots lot WHERE u.username LIKE 'bench-officer-%'`,
  );
  await client.query(
    `INSERT INTO users (username, display_name, agency_id, roles, password_hash, version)
     SELECT 'bench-technician-' || g, '技術員' || g, (SELECT id FROM agencies WHERE code = 'GA-OFFICE'), ARRAY['technician'], $2, 1
       FROM generate_series(1, $1::int) g`,
    [TECHNICIAN_COUNT, passwordHash],
  );
  await client.query(
    `INSERT INTO users (username, display_name, agency_id, roles, password_hash, version)
     SELECT 'bench-driver-' || g, '駕駛' || g, (SELECT id FROM agencies WHERE code = 'GA-OFFICE'), ARRAY['driver'], $2, 1
       FROM generate_series(1, $1::int) g`,
    [DRIVER_COUNT, passwordHash],
  );
  await client.query(
    `INSERT INTO fleet_drivers (user_id, display_name, licence_class, licence_expires_on, version)
     SELECT id, display_name, 'professional_light_vehicle', (now() AT TIME ZONE 'Asia/Taipei')::date + 3650, 1 FROM users WHERE username LIKE 'bench-driver-%'`,
  );
  await client.query(
    `INSERT INTO users (username, display_name, agency_id, roles, password_hash, version)
     SELECT 'bench-staff-' || lower(a.code) || '-' || g, a.name || '同仁' || g, a.id, ARRAY['requester'], $2, 1
       FROM agencies a CROSS JOIN generate_series(1, $1::int) g`,
    [STAFF_PER_AGENCY, passwordHash],
  );
}
