/**
 * Venue bookings over ten years, spread over the reference spaces of both centers. Each space has
 * at most one booking a day — in the morning, or in the afternoon for a hall — so a hall's
 * occupancy rows never meet its rooms' and the exclusion constraint holds by construction. The
 * bookings that went ahead hold their space and its parts; the rest were requested in vain,
 * rejected, cancelled or no-shows. $1 = how many, at most one a day per space over the ten years
 * (the spaces are reference data, so a larger scale fills them rather than overlapping).
 */
export const VENUES_SQL = [
  `CREATE TEMP TABLE bench_venue_spaces AS
     SELECT row_number() OVER (ORDER BY s.code) AS n, s.id, s.capacity,
            EXISTS (SELECT 1 FROM venue_space_parts p WHERE p.whole_id = s.id) AS is_hall
       FROM venue_spaces s`,
  `CREATE TEMP TABLE bench_venue_count AS SELECT least($1::int, 3650 * (SELECT count(*) FROM bench_venue_spaces))::int AS n`,
  `CREATE TEMP TABLE bench_venue_plan AS
   SELECT gen_random_uuid() AS id, x.*, s.id AS requester_id, s.agency_id,
          CASE WHEN x.r2 < 0.80 THEN CASE WHEN x.g % 2 = 0 THEN 'checked_in' ELSE 'approved' END WHEN x.r2 < 0.88 THEN 'cancelled'
               WHEN x.r2 < 0.94 THEN 'rejected' ELSE 'no_show' END AS status
     FROM (SELECT seeds.g, seeds.r2, sp.id AS space_id, least(sp.capacity, 5 + floor(seeds.r3 * 60)::int) AS attendees,
                  ((((now() AT TIME ZONE 'Asia/Taipei')::date - 3650 + floor(((seeds.g - 1) / (SELECT count(*) FROM bench_venue_spaces)) * 3650.0
                     / ceil((SELECT n FROM bench_venue_count)::numeric / (SELECT count(*) FROM bench_venue_spaces)))::int)::timestamp
                    + CASE WHEN sp.is_hall THEN interval '14 hours' ELSE interval '9 hours' END) AT TIME ZONE 'Asia/Taipei') AS starts_at,
                  interval '1 hour' + floor(seeds.r4 * 5) * interval '30 minutes' AS duration,
                  CASE WHEN seeds.r4 < 0.5 THEN 0 ELSE 15 END AS buffer
             FROM (SELECT g, random() r2, random() r3, random() r4 FROM generate_series(1, (SELECT n FROM bench_venue_count)) g) seeds
             JOIN bench_venue_spaces sp ON sp.n = 1 + (seeds.g - 1) % (SELECT count(*) FROM bench_venue_spaces)) x
     JOIN bench_staff s ON s.n = 1 + (x.g::bigint * 7919) % (SELECT count(*) FROM bench_staff)`,
  `INSERT INTO venue_bookings (id, space_id, agency_id, requester_id, contact_name, contact_phone, title, event_kind, attendees, starts_at, ends_at,
     setup_minutes, cleanup_minutes, equipment, status, reason, decided_at, checked_in_at, created_at, updated_at, version)
   SELECT id, space_id, agency_id, requester_id, '承辦人', '07-7995678', (ARRAY['業務協調會議', '教育訓練', '專題講座', '政策宣導', '成果展'])[1 + g % 5],
          (ARRAY['meeting', 'training', 'lecture', 'publicity', 'exhibition'])[1 + g % 5], attendees, starts_at, starts_at + duration,
          buffer, buffer, '[]'::jsonb, status, CASE WHEN status IN ('cancelled', 'rejected') THEN '活動取消' END,
          CASE WHEN status <> 'cancelled' THEN starts_at - interval '5 days' END, CASE WHEN status = 'checked_in' THEN starts_at END,
          starts_at - interval '7 days', starts_at, 2
     FROM bench_venue_plan`,
  `INSERT INTO venue_occupancies (booking_id, space_id, occupied)
   SELECT p.id, l.descendant_id, tstzrange(p.starts_at - make_interval(mins => p.buffer), p.starts_at + p.duration + make_interval(mins => p.buffer), '[)')
     FROM bench_venue_plan p JOIN venue_space_links l ON l.ancestor_id = p.space_id
    WHERE p.status IN ('approved', 'checked_in')`,
];
