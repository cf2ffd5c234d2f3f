/**
 * The property register: items and property of a dozen categories in the centers' rooms, held by
 * the agencies, numbered per category in acquisition order, with the number sequences. $1 = how many.
 */
export const ASSETS_SQL = [
  `INSERT INTO assets (property_number, kind, item_class, name, category_code, specification, acquisition_date, acquisition_cost, minimum_service_life_years,
     custodian_agency_id, location_id, site_id, custodian_name, status, disposed_on, created_at, updated_at, version)
   SELECT x.category_code || '-' || pg_temp.zero_padded(row_number() OVER (PARTITION BY x.category_code ORDER BY x.acquired, x.g), 6),
          CASE WHEN x.cost >= 10000 AND x.life >= 2 THEN 'property' ELSE 'item' END,
         CASE WHEN x.cost >= 10000 AND x.life >= 2 THEN NULL WHEN x.life >= 2 THEN 'non_consumable' ELSE 'consumable' END, x.name, x.category_code, NULL, x.acquired, x.cost, x.life,
          a.id, r.room_id, r.site_id, '保管人' || (x.g % 500), x.status,
          CASE WHEN x.status IN ('transferred', 'donated', 'sold', 'scrapped') THEN least(x.acquired + 365 * x.life, (now() AT TIME ZONE 'Asia/Taipei')::date) END,
          x.acquired::timestamp AT TIME ZONE 'Asia/Taipei', x.acquired::timestamp AT TIME ZONE 'Asia/Taipei', 1
     FROM (SELECT g, c.category_code, c.name, c.life,
                  CASE WHEN c.property THEN 10000 + floor(r1 * 90000)::int ELSE 500 + floor(r1 * 9000)::int END AS cost,
                  (now() AT TIME ZONE 'Asia/Taipei')::date - 3650 + ((g - 1)::bigint * 3650 / $1::int)::int AS acquired,
                  CASE WHEN r2 < 0.85 THEN 'in_use' WHEN r2 < 0.9 THEN 'idle' WHEN r2 < 0.97 THEN 'scrapped' WHEN r2 < 0.99 THEN 'transferred' ELSE 'sold' END AS status,
                  r3
             FROM (SELECT g, random() r1, random() r2, random() r3 FROM generate_series(1, $1::int) g) seeds
             JOIN (VALUES (0, '3140101-03', '個人電腦', 4, true), (1, '3140101-05', '筆記型電腦', 4, true), (2, '3140204-01', '投影機', 5, true),
                          (3, '5010102-09', '辦公桌', 10, false), (4, '5010103-02', '辦公椅', 5, false), (5, '3110112-01', '冷氣機', 9, true),
                          (6, '3140302-01', '印表機', 5, true), (7, '5010201-04', '檔案櫃', 10, false), (8, '3120211-01', '電話機', 5, false),
                          (9, '3140104-07', '伺服器', 5, true), (10, '4050101-01', '飲水機', 8, true), (11, '5010301-01', '會議桌', 10, false))
                  AS c(slot, category_code, name, life, property) ON c.slot = seeds.g % 12) x
     JOIN bench_agencies a ON a.n = 1 + (x.g % (SELECT count(*) FROM bench_agencies))
     JOIN bench_rooms r ON r.n = 1 + floor(x.r3 * (SELECT count(*) FROM bench_rooms))::int`,
  `INSERT INTO asset_number_sequences (category_code, last_serial)
   SELECT category_code, max(substring(property_number from '[0-9]+$')::int) FROM assets GROUP BY category_code
   ON CONFLICT (category_code) DO UPDATE SET last_serial = greatest(asset_number_sequences.last_serial, excluded.last_serial)`,
];
