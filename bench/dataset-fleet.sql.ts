/** Vehicles of the historic pool at scale 1; vehicles 1–40 have a driver of their own, the rest are self-driven. */
const HISTORIC_VEHICLES = 60;
const BOOKINGS_AT_SCALE_ONE = 200_000;

/**
 * Bookings over ten years: each vehicle has at most one trip a day (so the occupancy rows
 * satisfy the exclusion constraints by construction), completed trips carry their trip and
 * occupancy rows; the rest were cancelled, rejected or no-shows. The pool grows with the
 * bookings (a larger deployment has more cars), so it stays one trip a day. $1 = how many.
 */
export const fleetSql = (
  bookings: number,
  vehicles = Math.max(HISTORIC_VEHICLES, Math.ceil((HISTORIC_VEHICLES * bookings) / BOOKINGS_AT_SCALE_ONE)),
) => [
  `INSERT INTO fleet_vehicles (plate, vehicle_class, model, seats, agency_id, status, odometer_km, insurance_expires_on, inspection_due_on, version)
   SELECT 'OF-' || lpad(g::text, 4, '0'), c.class, c.model, c.seats, (SELECT id FROM agencies WHERE code = 'GA-OFFICE'), 'active',
          0, (now() AT TIME ZONE 'Asia/Taipei')::date + 730, (now() AT TIME ZONE 'Asia/Taipei')::date + 365, 1
     FROM generate_series(1, ${vehicles}) g
     JOIN (VALUES (0, 'sedan', 'Toyota Altis', 5), (1, 'suv', 'Toyota RAV4', 7), (2, 'van', 'Toyota Hiace', 9),
                  (3, 'sedan', 'Toyota Camry', 5), (4, 'electric', 'Tesla Model 3', 5), (5, 'sedan', 'Honda Civic', 5),
                  (6, 'suv', 'Mitsubishi Outlander', 7), (7, 'sedan', 'Toyota Altis', 5), (8, 'van', 'Volkswagen T6', 9),
                  (9, 'vip_van', 'Toyota Granvia', 9)) AS c(slot, class, model, seats) ON c.slot = g % 10`,
  `CREATE TEMP TABLE bench_fleet AS
     SELECT row_number() OVER (ORDER BY v.plate) AS n, v.id AS vehicle_id, v.seats, d.id AS driver_id
       FROM fleet_vehicles v
       LEFT JOIN fleet_drivers d ON d.display_name = '駕駛' || substr(v.plate, 4)::int
      WHERE v.plate LIKE 'OF-%'`,
  `CREATE TEMP TABLE bench_booking_plan AS
   SELECT x.*, CASE WHEN x.state = 'completed' THEN gen_random_uuid() END AS trip_id,
          s.id AS requester_id, s.agency_id
     FROM (SELECT k.*, f.vehicle_id, f.seats, CASE WHEN k.wants_driver AND f.driver_id IS NOT NULL THEN f.driver_id END AS driver_id,
                  k.wants_driver AND f.driver_id IS NOT NULL AS needs_driver,
                  CASE WHEN k.starts_at > now() THEN 'requested' WHEN k.r2 < 0.85 THEN 'completed' WHEN k.r2 < 0.92 THEN 'cancelled'
                       WHEN k.r2 < 0.95 THEN 'rejected' ELSE 'no_show' END AS state
             FROM (SELECT g, 1 + (g - 1) % ${vehicles} AS vehicle_n, (g - 1) / ${vehicles} AS k, r2, r3, r4 < 0.7 AS wants_driver,
                          (((now() AT TIME ZONE 'Asia/Taipei')::date - 3650 + floor(((g - 1) / ${vehicles}) * 3650.0 / ceil($1::numeric / ${vehicles}))::int)::timestamp
                            + interval '8 hours' + floor(r1 * 12) * interval '30 minutes') AT TIME ZONE 'Asia/Taipei' AS starts_at,
                          interval '1 hour' + floor(r3 * 7) * interval '30 minutes' AS duration
                     FROM (SELECT g, random() r1, random() r2, random() r3, random() r4 FROM generate_series(1, $1::int) g) seeds) k
             JOIN bench_fleet f ON f.n = k.vehicle_n) x
     JOIN bench_staff s ON s.n = 1 + (x.g::bigint * 7919) % (SELECT count(*) FROM bench_staff)`,
  `INSERT INTO fleet_trips (id, vehicle_id, driver_id, starts_at, ends_at, turnaround_minutes, state, checked_out_at, odometer_out_km,
     fuel_out_percent, checked_in_at, odometer_in_km, fuel_in_percent, created_at, updated_at, version)
   SELECT trip_id, vehicle_id, driver_id, starts_at, starts_at + duration, 15, 'completed', starts_at, 10000 + k * 40, 80,
          starts_at + duration, 10000 + k * 40 + 5 + floor(r3 * 30)::int, 60, starts_at - interval '1 day', starts_at + duration, 3
     FROM bench_booking_plan WHERE trip_id IS NOT NULL`,
  `INSERT INTO fleet_occupancies (vehicle_id, driver_id, trip_id, during, turnaround_minutes, occupied)
   SELECT resource.vehicle_id, resource.driver_id, p.trip_id, tstzrange(p.starts_at, p.starts_at + p.duration, '[)'), 15,
          tstzrange(p.starts_at, p.starts_at + p.duration + interval '15 minutes', '[)')
     FROM bench_booking_plan p
     CROSS JOIN LATERAL (VALUES (p.vehicle_id, NULL::uuid), (NULL::uuid, p.driver_id)) AS resource(vehicle_id, driver_id)
    WHERE p.trip_id IS NOT NULL AND (resource.vehicle_id IS NOT NULL OR resource.driver_id IS NOT NULL)`,
  `INSERT INTO fleet_bookings (agency_id, requester_id, entered_by_id, channel, purpose, origin, destination, passengers, starts_at, ends_at,
     needs_driver, wanted_class, loan, contact_phone, state, reason, trip_id, created_at, updated_at, version)
   SELECT agency_id, requester_id, requester_id, CASE WHEN g % 20 = 0 THEN 'paper' ELSE 'online' END, '公務洽公', '四維行政中心',
          (ARRAY['鳳山行政中心', '高雄車站', '市議會', '小港機場', '岡山區公所'])[1 + g % 5], 1 + (g % seats), starts_at, starts_at + duration,
          needs_driver, NULL, g % 50 = 0, '07-7995678', state,
          CASE WHEN state IN ('cancelled', 'rejected') THEN '行程取消' END, trip_id,
          starts_at - interval '3 days', starts_at, CASE WHEN trip_id IS NULL THEN 1 ELSE 2 END
     FROM bench_booking_plan`,
  `UPDATE fleet_vehicles v SET odometer_km = coalesce((SELECT max(odometer_in_km) FROM fleet_trips t WHERE t.vehicle_id = v.id), 0)
    WHERE v.plate LIKE 'OF-%'`,
];
