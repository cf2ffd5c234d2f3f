/**
 * Permits over ten years (60% Siwei, 40% Fengshan; mostly one day, issued during office hours),
 * serials gap-free per lot and ROC year, with the serial counters and lot-day counters that
 * issuing them would have left. Permits past their last day are expired; old ones anonymised.
 * $1 = how many.
 */
export const PARKING_SQL = [
  `INSERT INTO parking_permits (lot_id, roc_year, serial_number, serial, plate, vehicle_type, visitor_name, visitor_phone, agency_visited_id,
     purpose, valid_from, valid_to, status, issued_by_user_id, issued_at, revoked_at, revocation_reason, anonymised_at, verification_token,
     created_at, updated_at, version)
   SELECT lot.id, p.roc_year,
          row_number() OVER (PARTITION BY lot.id, p.roc_year ORDER BY p.issued_at, p.g),
          lot.code || p.roc_year || '-' || pg_temp.zero_padded(row_number() OVER (PARTITION BY lot.id, p.roc_year ORDER BY p.issued_at, p.g), 5),
          p.plate, p.vehicle_type,
          CASE WHEN p.valid_to >= (now() AT TIME ZONE 'Asia/Taipei')::date - 180 THEN '訪客' || p.g END,
          CASE WHEN p.valid_to >= (now() AT TIME ZONE 'Asia/Taipei')::date - 180 THEN '09' || lpad((p.g % 100000000)::text, 8, '0') END,
          a.id, '洽公', p.valid_from, p.valid_to,
          CASE WHEN p.revoked THEN 'revoked' WHEN p.valid_to < (now() AT TIME ZONE 'Asia/Taipei')::date THEN 'expired' ELSE 'active' END,
          o.id, p.issued_at,
          CASE WHEN p.revoked THEN p.issued_at + interval '1 hour' END, CASE WHEN p.revoked THEN '會議取消' END,
          CASE WHEN p.valid_to < (now() AT TIME ZONE 'Asia/Taipei')::date - 180 THEN p.valid_to + 181 END,
          md5(p.g::text || random()::text), p.issued_at, p.issued_at, 1
     FROM (SELECT x.*, (x.issued_at AT TIME ZONE 'Asia/Taipei')::date + x.ahead AS valid_from,
                  (x.issued_at AT TIME ZONE 'Asia/Taipei')::date + x.ahead + x.extra AS valid_to,
                  extract(year FROM x.issued_at AT TIME ZONE 'Asia/Taipei')::int - 1911 AS roc_year
             FROM (SELECT g, r1 < 0.6 AS siwei, r4 < 0.01 AS revoked,
                          CASE WHEN r2 < 0.7 THEN 0 ELSE 1 + floor(r3 * 3)::int END AS ahead,
                          CASE WHEN r3 < 0.85 THEN 0 ELSE 1 + floor(r2 * 2)::int END AS extra,
                          CASE WHEN g % 10 = 0 THEN 'motorcycle' ELSE 'car' END AS vehicle_type,
                          CASE WHEN g % 10 = 0
                               THEN chr(65 + (g / 26000) % 26) || chr(65 + (g / 1000) % 26) || chr(66 + (g / 676000) % 24) || '-' || lpad((g % 1000)::text, 3, '0')
                               ELSE chr(65 + (g / 6760000) % 24) || chr(65 + (g / 260000) % 26) || chr(65 + (g / 10000) % 26) || '-' || lpad((g % 10000)::text, 4, '0') END AS plate,
                          (((now() AT TIME ZONE 'Asia/Taipei')::date - 3650 + ((g - 1)::bigint * 3650 / $1::int)::int)::timestamp + interval '8 hours' + r5 * interval '9 hours') AT TIME ZONE 'Asia/Taipei' AS issued_at
                     FROM (SELECT g, random() r1, random() r2, random() r3, random() r4, random() r5 FROM generate_series(1, $1::int) g) seeds) x) p
     JOIN parking_lots lot ON lot.code = CASE WHEN p.siwei THEN 'SW' ELSE 'FS' END
     JOIN bench_agencies a ON a.n = 1 + (p.g % (SELECT count(*) FROM bench_agencies))
     JOIN bench_officers o ON o.n = 1 + (p.g % (SELECT count(*) FROM bench_officers))`,
  `INSERT INTO parking_serial_counters (lot_id, roc_year, last_number)
   SELECT lot_id, roc_year, max(serial_number) FROM parking_permits GROUP BY lot_id, roc_year`,
  `INSERT INTO parking_lot_days (lot_id, day, capacity, issued)
   SELECT p.lot_id, d::date, greatest(lot.daily_capacity, count(*)), count(*)
     FROM parking_permits p JOIN parking_lots lot ON lot.id = p.lot_id
     CROSS JOIN LATERAL generate_series(p.valid_from, p.valid_to, interval '1 day') AS d
    WHERE p.status <> 'revoked'
    GROUP BY p.lot_id, d::date, lot.daily_capacity`,
];
