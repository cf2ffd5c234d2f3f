/**
 * Demo bookings: on each working day from $3 days ago to $4 days ahead, each vehicle of $1 (jsonb
 * `[{vehicleId, driverId, seats, vip}]`, in order) may carry one trip, so no vehicle or driver is
 * ever double-booked. Past trips were completed (or the booking was cancelled, rejected or a
 * no-show); future ones are requested or approved with a planned trip. Requesters come from $2
 * (jsonb `[{userId, agencyId}]`). random() follows the transaction's setseed().
 */
export const DEMO_BOOKING_PLAN_SQL = `
  CREATE TEMP TABLE demo_booking_plan ON COMMIT DROP AS
  WITH vehicles AS (
         SELECT row_number() OVER () AS n, v.*
           FROM jsonb_to_recordset($1::jsonb) AS v("vehicleId" uuid, "driverId" uuid, seats int, vip boolean)),
       requesters AS (
         SELECT row_number() OVER () AS n, r.* FROM jsonb_to_recordset($2::jsonb) AS r("userId" uuid, "agencyId" uuid)),
       slots AS (
         SELECT d::date AS day, v.*, random() AS r1, random() AS r2, random() AS r3, random() AS r4
           FROM generate_series((now() AT TIME ZONE 'Asia/Taipei')::date - $3::int, (now() AT TIME ZONE 'Asia/Taipei')::date + $4::int,
                                interval '1 day') AS d
          CROSS JOIN vehicles v
          WHERE extract(isodow FROM d) < 6),
       timed AS (
         SELECT s.*, row_number() OVER (ORDER BY s.day, s.n) AS g,
                ((s.day + time '08:00') + floor(s.r1 * 10) * interval '30 minutes') AT TIME ZONE 'Asia/Taipei' AS starts_at,
                interval '1 hour' + floor(s.r3 * 6) * interval '30 minutes' AS duration
           FROM slots s WHERE s.r2 < CASE WHEN s.vip THEN 0.25 ELSE 0.55 END)
  SELECT t.*, q."userId" AS requester_id, q."agencyId" AS agency_id,
         CASE WHEN t.starts_at > now() + interval '2 hours'
              THEN CASE WHEN t.r4 < 0.45 THEN 'requested' ELSE 'approved' END
              WHEN t.starts_at > now() - t.duration THEN 'requested'
              ELSE CASE WHEN t.r4 < 0.86 THEN 'completed' WHEN t.r4 < 0.93 THEN 'cancelled' WHEN t.r4 < 0.97 THEN 'rejected' ELSE 'no_show' END
         END AS state,
         gen_random_uuid() AS trip_id
    FROM timed t JOIN requesters q ON q.n = 1 + (t.g * 7) % (SELECT count(*) FROM requesters)`;

export const DEMO_TRIPS_SQL = `
  INSERT INTO fleet_trips (id, vehicle_id, driver_id, starts_at, ends_at, turnaround_minutes, state, checked_out_at, odometer_out_km,
    fuel_out_percent, checked_in_at, odometer_in_km, fuel_in_percent, created_at, updated_at, version)
  SELECT trip_id, "vehicleId", "driverId", starts_at, starts_at + duration, 15,
         CASE WHEN state = 'completed' THEN 'completed' ELSE 'planned' END,
         CASE WHEN state = 'completed' THEN starts_at END,
         CASE WHEN state = 'completed' THEN 20000 + g * 25 END, CASE WHEN state = 'completed' THEN 80 END,
         CASE WHEN state = 'completed' THEN starts_at + duration END,
         CASE WHEN state = 'completed' THEN 20000 + g * 25 + 8 + floor(r3 * 15)::int END, CASE WHEN state = 'completed' THEN 65 END,
         least(starts_at - interval '2 days', now()), least(starts_at + duration, now()), 1
    FROM demo_booking_plan WHERE state IN ('completed', 'approved')`;

export const DEMO_OCCUPANCIES_SQL = `
  INSERT INTO fleet_occupancies (vehicle_id, driver_id, trip_id, during, turnaround_minutes, occupied)
  SELECT resource.vehicle_id, resource.driver_id, p.trip_id, tstzrange(p.starts_at, p.starts_at + p.duration, '[)'), 15,
         tstzrange(p.starts_at, p.starts_at + p.duration + interval '15 minutes', '[)')
    FROM demo_booking_plan p
   CROSS JOIN LATERAL (VALUES (p."vehicleId", NULL::uuid), (NULL::uuid, p."driverId")) AS resource(vehicle_id, driver_id)
   WHERE p.state IN ('completed', 'approved') AND (resource.vehicle_id IS NOT NULL OR resource.driver_id IS NOT NULL)`;

export const DEMO_BOOKINGS_SQL = `
  INSERT INTO fleet_bookings (agency_id, requester_id, entered_by_id, channel, purpose, origin, stops, destination, passengers, starts_at,
    ends_at, needs_driver, wanted_class, loan, contact_phone, state, reason, trip_id, created_at, updated_at, version)
  SELECT agency_id, requester_id, requester_id, CASE WHEN g % 15 = 0 THEN 'paper' ELSE 'online' END,
         CASE WHEN vip THEN '接待外賓參訪' ELSE (ARRAY['出席預算審查會議', '工地會勘', '公文送達', '參加教育訓練', '陪同長官視察'])[1 + g % 5] END,
         '四維行政中心', CASE WHEN g % 4 = 0 THEN ARRAY['高雄車站'] ELSE ARRAY[]::text[] END,
         (ARRAY['鳳山行政中心', '高雄市議會', '小港機場', '岡山區公所', '旗山區公所'])[1 + g % 5],
         1 + (g % greatest(seats - 1, 1)), starts_at, starts_at + duration, "driverId" IS NOT NULL,
         CASE WHEN vip THEN 'vip_van' END, false, '07-7995678#' || (1200 + g % 300),
         state, CASE state WHEN 'cancelled' THEN '會議延期' WHEN 'rejected' THEN '當日車輛已全數派出' END,
         CASE WHEN state IN ('completed', 'approved') THEN trip_id END,
         least(starts_at - interval '3 days', now() - interval '1 hour'), least(starts_at, now()),
         CASE WHEN state = 'requested' THEN 1 ELSE 2 END
    FROM demo_booking_plan
  RETURNING id`;

export const DEMO_ODOMETERS_SQL = `
  UPDATE fleet_vehicles v SET odometer_km = greatest(v.odometer_km, t.last_km)
    FROM (SELECT vehicle_id, max(odometer_in_km) AS last_km FROM fleet_trips GROUP BY vehicle_id) t
   WHERE t.vehicle_id = v.id AND t.last_km IS NOT NULL`;
