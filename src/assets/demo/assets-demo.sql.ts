/**
 * Demo property register: $1 assets of a dozen categories acquired over the last ten years, in the
 * rooms $2 (jsonb `[{roomId, siteId}]`), held by the agencies $3 (uuid[]), numbered per category in
 * acquisition order after any number already handed out. random() follows the transaction's setseed().
 */
export const DEMO_ASSETS_SQL = `
  WITH rooms AS (SELECT row_number() OVER () AS n, r.* FROM jsonb_to_recordset($2::jsonb) AS r("roomId" uuid, "siteId" uuid)),
       categories(slot, category_code, name, life, property) AS (VALUES
         (0, '3140101-03', '個人電腦', 4, true), (1, '3140101-05', '筆記型電腦', 4, true), (2, '3140204-01', '投影機', 5, true),
         (3, '5010102-09', '辦公桌', 10, false), (4, '5010103-02', '辦公椅', 5, false), (5, '3110112-01', '冷氣機', 9, true),
         (6, '3140302-01', '印表機', 5, true), (7, '5010201-04', '檔案櫃', 10, false), (8, '3120211-01', '電話機', 5, false),
         (9, '3140104-07', '伺服器', 5, true), (10, '4050101-01', '飲水機', 8, true), (11, '5010301-01', '會議桌', 10, false)),
       planned AS (
         SELECT g, c.category_code, c.name, c.life,
                CASE WHEN c.property THEN 10000 + floor(random() * 90000)::int ELSE 800 + floor(random() * 8000)::int END AS cost,
                (now() AT TIME ZONE 'Asia/Taipei')::date - 3650 + ((g - 1) * 3650 / $1::int) AS acquired,
                random() AS r1, random() AS r2
           FROM generate_series(1, $1::int) AS g JOIN categories c ON c.slot = g % 12)
  INSERT INTO assets (property_number, kind, item_class, name, category_code, acquisition_date, acquisition_cost, minimum_service_life_years,
    custodian_agency_id, location_id, site_id, custodian_name, status, disposed_on, created_at, updated_at, version)
  SELECT p.category_code || '-' || lpad((coalesce(s.last_serial, 0) + row_number() OVER (PARTITION BY p.category_code ORDER BY p.acquired, p.g))::text, 6, '0'),
         CASE WHEN p.cost >= 10000 AND p.life >= 2 THEN 'property' ELSE 'item' END,
         CASE WHEN p.cost >= 10000 AND p.life >= 2 THEN NULL WHEN p.life >= 2 THEN 'non_consumable' ELSE 'consumable' END, p.name, p.category_code, p.acquired, p.cost, p.life,
         ($3::uuid[])[1 + p.g % array_length($3::uuid[], 1)], r."roomId", r."siteId",
         (ARRAY['陳志明', '林淑芬', '黃建宏', '張美玲', '李俊傑'])[1 + p.g % 5],
         CASE WHEN p.acquired + 365 * p.life < (now() AT TIME ZONE 'Asia/Taipei')::date AND p.r1 < 0.5 THEN 'scrapped'
              WHEN p.r1 < 0.05 THEN 'idle' ELSE 'in_use' END,
         CASE WHEN p.acquired + 365 * p.life < (now() AT TIME ZONE 'Asia/Taipei')::date AND p.r1 < 0.5
              THEN least(p.acquired + 365 * p.life + 30, (now() AT TIME ZONE 'Asia/Taipei')::date) END,
         p.acquired::timestamp AT TIME ZONE 'Asia/Taipei', p.acquired::timestamp AT TIME ZONE 'Asia/Taipei', 1
    FROM planned p
    JOIN rooms r ON r.n = 1 + floor(p.r2 * (SELECT count(*) FROM rooms))::int
    LEFT JOIN asset_number_sequences s ON s.category_code = p.category_code
  RETURNING id`;

export const DEMO_ASSET_SEQUENCES_SQL = `
  INSERT INTO asset_number_sequences (category_code, last_serial)
  SELECT category_code, max(substring(property_number from '[0-9]+$')::int) FROM assets GROUP BY category_code
  ON CONFLICT (category_code) DO UPDATE SET last_serial = greatest(asset_number_sequences.last_serial, excluded.last_serial)`;
