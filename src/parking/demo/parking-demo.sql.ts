/**
 * Demo permits: on each working day from $1 days ago to today, a handful issued by the officer $2
 * at either center's lot, for visitors of the agencies $3 (uuid[]); plates are unique so active
 * permits never overlap. Past permits are expired, a few revoked; serials are gap-free per lot and
 * ROC year, and the serial and lot-day counters are what issuing them would have left.
 */
export const DEMO_PERMITS_SQL = `
  WITH letters AS (SELECT 'ABCDEFGHJKLMNPQRSTUVWXYZ'::text AS l),
       days AS (
         SELECT d::date AS day FROM generate_series((now() AT TIME ZONE 'Asia/Taipei')::date - $1::int,
                                                   (now() AT TIME ZONE 'Asia/Taipei')::date, interval '1 day') AS d
          WHERE extract(isodow FROM d) < 6),
       planned AS (
         SELECT row_number() OVER (ORDER BY d.day, k) AS g, d.day, random() AS r1, random() AS r2, random() AS r3
           FROM days d CROSS JOIN generate_series(1, 9) AS k WHERE random() < 0.65),
       shaped AS (
         SELECT p.*, lot.id AS lot_id, lot.code AS lot_code,
                extract(year FROM p.day)::int - 1911 AS roc_year,
                p.day + CASE WHEN p.r2 < 0.8 THEN 0 ELSE 1 + floor(p.r3 * 2)::int END AS valid_to,
                ((p.day + time '08:00') + p.r3 * interval '8 hours') AT TIME ZONE 'Asia/Taipei' AS issued_at,
                p.r1 < 0.02 AS revoked,
                substr(x.l, 1 + (p.g / 576)::int % 24, 1) || substr(x.l, 1 + (p.g / 24)::int % 24, 1) || substr(x.l, 1 + p.g::int % 24, 1)
                  || '-' || translate(lpad(((p.g * 37) % 10000)::text, 4, '0'), '4', '7') AS plate
           FROM planned p CROSS JOIN letters x
           JOIN parking_lots lot ON lot.code = CASE WHEN p.r1 < 0.6 THEN 'SW' ELSE 'FS' END)
  INSERT INTO parking_permits (lot_id, roc_year, serial_number, serial, plate, vehicle_type, visitor_name, visitor_phone, agency_visited_id,
    purpose, valid_from, valid_to, status, issued_by_user_id, issued_at, revoked_at, revocation_reason, verification_token,
    created_at, updated_at, version)
  SELECT s.lot_id, s.roc_year, coalesce(c.last_number, 0) + row_number() OVER (PARTITION BY s.lot_id, s.roc_year ORDER BY s.issued_at, s.g),
         s.lot_code || s.roc_year || '-' ||
           lpad((coalesce(c.last_number, 0) + row_number() OVER (PARTITION BY s.lot_id, s.roc_year ORDER BY s.issued_at, s.g))::text, 5, '0'),
         s.plate, 'car',
         (ARRAY['陳先生', '林小姐', '黃先生', '張小姐', '李先生', '王小姐'])[1 + s.g % 6], '09' || lpad(((s.g * 7919) % 100000000)::text, 8, '0'),
         ($3::uuid[])[1 + s.g % array_length($3::uuid[], 1)],
         (ARRAY['出席會議', '洽公', '送件', '參加說明會'])[1 + s.g % 4], s.day, s.valid_to,
         CASE WHEN s.revoked THEN 'revoked' WHEN s.valid_to < (now() AT TIME ZONE 'Asia/Taipei')::date THEN 'expired' ELSE 'active' END,
         $2::uuid, s.issued_at, CASE WHEN s.revoked THEN s.issued_at + interval '1 hour' END, CASE WHEN s.revoked THEN '會議取消' END,
         md5(s.g::text || random()::text), s.issued_at, s.issued_at, 1
    FROM shaped s LEFT JOIN parking_serial_counters c ON c.lot_id = s.lot_id AND c.roc_year = s.roc_year
  RETURNING id`;

export const DEMO_SERIAL_COUNTERS_SQL = `
  INSERT INTO parking_serial_counters (lot_id, roc_year, last_number)
  SELECT lot_id, roc_year, max(serial_number) FROM parking_permits GROUP BY lot_id, roc_year
  ON CONFLICT (lot_id, roc_year) DO UPDATE SET last_number = greatest(parking_serial_counters.last_number, excluded.last_number)`;

export const DEMO_LOT_DAYS_SQL = `
  INSERT INTO parking_lot_days (lot_id, day, capacity, issued)
  SELECT p.lot_id, d::date, lot.daily_capacity, count(*)
    FROM parking_permits p JOIN parking_lots lot ON lot.id = p.lot_id
   CROSS JOIN LATERAL generate_series(p.valid_from, p.valid_to, interval '1 day') AS d
   WHERE p.status <> 'revoked'
   GROUP BY p.lot_id, d::date, lot.daily_capacity
  ON CONFLICT (lot_id, day) DO UPDATE SET issued = excluded.issued`;
