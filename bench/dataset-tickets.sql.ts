import { statusPathsSql } from '../src/maintenance/tickets/ticket-status-paths';

/**
 * Tickets over ten years (business hours, Asia/Taipei), numbered per ROC year in filing order,
 * with the status history their state implies and the per-year counters. $1 = how many.
 */
export const TICKETS_SQL = [
  `INSERT INTO maintenance_tickets (number, status, priority, agency_id, requester_user_id, location_id, site_id, building_id, floor_id,
     room_id, location_label, spot_text, trade_code, title, description, contact_phone, assignee_user_id, hold_reason, resolution_note,
     response_target_minutes, resolution_target_minutes, response_due_at, resolution_due_at, paused_since, created_at, responded_at,
     resolved_at, closed_at, updated_at, version, satisfaction)
   SELECT (extract(year FROM t.created_at AT TIME ZONE 'Asia/Taipei')::int - 1911) || '-' ||
            pg_temp.zero_padded(row_number() OVER (PARTITION BY extract(year FROM t.created_at AT TIME ZONE 'Asia/Taipei') ORDER BY t.created_at, t.g), 6),
          t.status, t.priority, s.agency_id, s.id, r.room_id, r.site_id, r.building_id, r.floor_id, r.room_id, r.label,
          CASE WHEN r.room_id IS NULL THEN '一樓大廳' END, t.trade_code, t.trade_code || ' 報修 #' || t.g, '設備故障，請派員處理（基準測試資料）', '07-799' || lpad((t.g % 10000)::text, 4, '0'),
          CASE WHEN t.status NOT IN ('submitted', 'rejected', 'cancelled') THEN tech.id END,
          CASE WHEN t.status = 'on_hold' THEN 'parts' END,
          CASE WHEN t.status IN ('resolved', 'closed') THEN '已修復' END,
          240, 4320, t.created_at + interval '4 hours', t.created_at + interval '3 days',
          CASE WHEN t.status = 'on_hold' THEN t.created_at + interval '1 day' END,
          t.created_at,
          CASE WHEN t.status NOT IN ('submitted', 'rejected', 'cancelled') THEN t.created_at + t.r1 * interval '8 hours' END,
          CASE WHEN t.status IN ('resolved', 'closed') THEN t.created_at + interval '1 hour' + t.r2 * interval '10 days' END,
          CASE WHEN t.status = 'closed' THEN t.created_at + interval '2 hours' + t.r2 * interval '10 days' + interval '3 days'
               WHEN t.status IN ('rejected', 'cancelled') THEN t.created_at + t.r2 * interval '2 days' END,
          t.created_at, 1, CASE WHEN t.status = 'closed' AND t.r3 < 0.4 THEN 3 + floor(t.r3 * 5)::int END
     FROM (SELECT x.*,
                  CASE WHEN x.created_at < now() - interval '30 days'
                       THEN CASE WHEN x.r4 < 0.92 THEN 'closed' WHEN x.r4 < 0.97 THEN 'cancelled' ELSE 'rejected' END
                       ELSE CASE WHEN x.r4 < 0.3 THEN 'submitted' WHEN x.r4 < 0.5 THEN 'assigned' WHEN x.r4 < 0.7 THEN 'in_progress'
                                 WHEN x.r4 < 0.75 THEN 'on_hold' ELSE 'resolved' END END AS status,
                  CASE WHEN x.r5 < 0.03 THEN 'emergency' WHEN x.r5 < 0.18 THEN 'high' WHEN x.r5 < 0.88 THEN 'normal' ELSE 'low' END AS priority,
                  (ARRAY['plumbing_electrical', 'plumbing_electrical', 'plumbing_electrical', 'hvac', 'hvac', 'hvac', 'civil', 'civil',
                         'fire_safety', 'elevator', 'telecom', 'public_address', 'cctv'])[1 + floor(x.r6 * 13)::int] AS trade_code
             FROM (SELECT g, r1, r2, r3, r4, r5, r6, r7, r8,
                          (((now() AT TIME ZONE 'Asia/Taipei')::date - 3650 + ((g - 1)::bigint * 3650 / $1::int)::int)::timestamp + interval '8 hours 30 minutes' + r1 * interval '9 hours')
                            AT TIME ZONE 'Asia/Taipei' AS created_at
                     FROM (SELECT g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8
                             FROM generate_series(1, $1::int) g) seeds) x) t
     JOIN bench_staff s ON s.n = 1 + floor(t.r7 * (SELECT count(*) FROM bench_staff))::int
     JOIN bench_technicians tech ON tech.n = 1 + (t.g % (SELECT count(*) FROM bench_technicians))
     LEFT JOIN bench_rooms r ON r.n = 1 + floor(t.r8 * (SELECT count(*) FROM bench_rooms))::int`,
  `INSERT INTO maintenance_ticket_status_changes (ticket_id, from_status, to_status, action, actor_user_id, actor_name, reason, occurred_at)
   SELECT t.id, p.path[i - 1], p.path[i], p.actions[i], CASE WHEN i = 1 THEN t.requester_user_id ELSE coalesce(t.assignee_user_id, t.requester_user_id) END,
          'bench', CASE WHEN p.path[i] IN ('rejected', 'cancelled') THEN '重複報修' END,
          t.created_at + (i - 1) * ((coalesce(t.closed_at, t.resolved_at, t.created_at + interval '2 hours') - t.created_at) / greatest(array_length(p.path, 1) - 1, 1))
     FROM maintenance_tickets t
     JOIN ${statusPathsSql()} ON p.status = t.status
     CROSS JOIN LATERAL generate_series(1, array_length(p.path, 1)) AS i`,
  `INSERT INTO maintenance_ticket_counters (roc_year, last_number)
   SELECT split_part(number, '-', 1)::int, max(split_part(number, '-', 2)::int) FROM maintenance_tickets GROUP BY 1`,
];
