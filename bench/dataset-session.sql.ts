/**
 * What every generating connection sets up first: the people, rooms and agencies the rows are
 * spread over (numbered, to pick one by a random number), and zero-padding for serial numbers.
 */
export const SESSION_SQL = [
  // Serial numbers keep their usual width and grow past it at 10× instead of being cut (lpad truncates).
  `CREATE FUNCTION pg_temp.zero_padded(n bigint, width int) RETURNS text LANGUAGE sql IMMUTABLE
     AS $$ SELECT lpad(n::text, greatest(width, length(n::text)), '0') $$`,
  `CREATE TEMP TABLE bench_staff AS
     SELECT row_number() OVER (ORDER BY username) AS n, id, agency_id FROM users WHERE username LIKE 'bench-staff-%'`,
  `CREATE TEMP TABLE bench_technicians AS
     SELECT row_number() OVER (ORDER BY username) AS n, id FROM users WHERE username LIKE 'bench-technician-%'`,
  `CREATE TEMP TABLE bench_officers AS
     SELECT row_number() OVER (ORDER BY username) AS n, id FROM users WHERE username LIKE 'bench-officer-%'`,
  `CREATE TEMP TABLE bench_agencies AS SELECT row_number() OVER (ORDER BY code) AS n, id FROM agencies`,
  `CREATE TEMP TABLE bench_rooms AS
     SELECT row_number() OVER (ORDER BY r.id) AS n, r.id AS room_id, f.id AS floor_id, b.id AS building_id, s.id AS site_id,
            s.name || ' ' || b.name || ' ' || f.name || ' ' || r.name AS label
       FROM locations r JOIN locations f ON f.id = r.parent_id JOIN locations b ON b.id = f.parent_id JOIN locations s ON s.id = b.parent_id
      WHERE r.kind = 'room'`,
];
