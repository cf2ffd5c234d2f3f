import { statusPathsSql } from '../tickets/ticket-status-paths';

/**
 * Demo tickets over the last $5 days: $1 requesters (jsonb `[{userId, agencyId}]`), $2 rooms
 * (jsonb `[{roomId, floorId, buildingId, siteId, label}]`), $3 the technician of each trade
 * (jsonb `{trade: userId}`), $4 how many, $6 the office time zone (numbers follow its year). Old tickets are mostly closed; recent ones are spread over
 * every open state. Times stay in the past; random() follows the transaction's setseed().
 */
export const DEMO_TICKETS_SQL = `
  WITH requesters AS (
         SELECT row_number() OVER () AS n, r.* FROM jsonb_to_recordset($1::jsonb) AS r("userId" uuid, "agencyId" uuid)),
       rooms AS (
         SELECT row_number() OVER () AS n, r.*
           FROM jsonb_to_recordset($2::jsonb) AS r("roomId" uuid, "floorId" uuid, "buildingId" uuid, "siteId" uuid, label text)),
       assignees AS (SELECT key AS trade_code, (value #>> '{}')::uuid AS user_id FROM jsonb_each($3::jsonb)),
       kinds(n, trade_code, title, description) AS (VALUES
         (1, 'plumbing_electrical', '茶水間水龍頭漏水', '茶水間水龍頭關不緊，一直滴水。'),
         (2, 'plumbing_electrical', '辦公室日光燈不亮', '辦公室靠窗一排日光燈不亮，已更換開關仍無改善。'),
         (3, 'plumbing_electrical', '男廁小便斗阻塞', '男廁第二個小便斗排水不順。'),
         (4, 'plumbing_electrical', '插座跳電', '影印機插座使用時會跳電。'),
         (5, 'hvac', '會議室冷氣不冷', '會議室冷氣開到最低溫仍不涼。'),
         (6, 'hvac', '冷氣出風口滴水', '辦公室冷氣出風口滴水，地面濕滑。'),
         (7, 'hvac', '空調異音', '空調運轉時有異常聲響。'),
         (8, 'civil', '天花板漏水', '下雨後天花板有水漬並滴水。'),
         (9, 'civil', '門鎖故障', '辦公室門鎖卡住無法上鎖。'),
         (10, 'civil', '地磚破損', '走廊地磚破裂翹起，容易絆倒。'),
         (11, 'fire_safety', '緊急照明燈不亮', '樓梯間緊急照明燈測試不亮。'),
         (12, 'fire_safety', '滅火器壓力不足', '走廊滅火器壓力錶指針在紅色區。'),
         (13, 'elevator', '電梯按鈕失靈', '電梯內樓層按鈕按了沒有反應。'),
         (14, 'telecom', '分機無法撥出', '辦公室分機無法撥打外線。'),
         (15, 'public_address', '廣播喇叭無聲', '本樓層廣播聽不到聲音。'),
         (16, 'cctv', '監視器畫面中斷', '停車場入口監視器畫面時有時無。')),
       targets(priority, response_minutes, resolution_minutes) AS (VALUES
         ('emergency', 60, 480), ('high', 240, 1440), ('normal', 480, 4320), ('low', 1440, 10080)),
       seeds AS (
         SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7,
                now() - interval '20 minutes' - (($4::int - g) * $5::int * interval '1 day') / $4::int - random() * interval '3 hours' AS created_at
           FROM generate_series(1, $4::int) AS g),
       planned AS (
         SELECT s.*, k.trade_code, k.title, k.description,
                CASE WHEN s.r5 < 0.03 THEN 'emergency' WHEN s.r5 < 0.18 THEN 'high' WHEN s.r5 < 0.9 THEN 'normal' ELSE 'low' END AS priority,
                CASE WHEN s.created_at < now() - interval '21 days'
                     THEN CASE WHEN s.r4 < 0.8 THEN 'closed' WHEN s.r4 < 0.88 THEN 'cancelled' WHEN s.r4 < 0.95 THEN 'rejected' ELSE 'on_hold' END
                     ELSE CASE WHEN s.r4 < 0.22 THEN 'submitted' WHEN s.r4 < 0.4 THEN 'assigned' WHEN s.r4 < 0.58 THEN 'in_progress'
                               WHEN s.r4 < 0.64 THEN 'on_hold' WHEN s.r4 < 0.8 THEN 'resolved' WHEN s.r4 < 0.95 THEN 'closed' ELSE 'cancelled' END
                END AS status
           FROM seeds s JOIN kinds k ON k.n = 1 + floor(s.r6 * 16)::int)
  INSERT INTO maintenance_tickets (number, status, priority, agency_id, requester_user_id, location_id, site_id, building_id, floor_id,
    room_id, location_label, trade_code, title, description, contact_phone, assignee_user_id, hold_reason, resolution_note,
    satisfaction, response_target_minutes, resolution_target_minutes, response_due_at, resolution_due_at, paused_since,
    created_at, responded_at, resolved_at, closed_at, updated_at, version)
  SELECT (extract(year FROM p.created_at AT TIME ZONE $6)::int - 1911) || '-' ||
           lpad((coalesce(c.last_number, 0) + row_number() OVER (PARTITION BY extract(year FROM p.created_at AT TIME ZONE $6)
                 ORDER BY p.created_at, p.g))::text, 6, '0'),
         p.status, p.priority, q."agencyId", q."userId", r."roomId", r."siteId", r."buildingId", r."floorId", r."roomId", r.label,
         p.trade_code, p.title, p.description, '07-799' || lpad((1000 + p.g)::text, 4, '0'),
         CASE WHEN p.status NOT IN ('submitted', 'rejected', 'cancelled') THEN a.user_id END,
         CASE WHEN p.status = 'on_hold' THEN (ARRAY['parts', 'vendor', 'access'])[1 + p.g % 3] END,
         CASE WHEN p.status IN ('resolved', 'closed') THEN '已完成修繕並測試正常。' END,
         CASE WHEN p.status = 'closed' AND p.r3 < 0.6 THEN 3 + floor(p.r3 * 3.4)::int END,
         t.response_minutes, t.resolution_minutes,
         p.created_at + t.response_minutes * interval '1 minute', p.created_at + t.resolution_minutes * interval '1 minute',
         CASE WHEN p.status = 'on_hold' THEN p.created_at + (now() - p.created_at) * 0.3 END,
         p.created_at,
         CASE WHEN p.status NOT IN ('submitted', 'rejected', 'cancelled') THEN p.created_at + (now() - p.created_at) * 0.1 * p.r1 END,
         CASE WHEN p.status IN ('resolved', 'closed') THEN p.created_at + least((now() - p.created_at) * 0.5, p.r2 * interval '8 days' + interval '2 hours') END,
         CASE WHEN p.status = 'closed' THEN p.created_at + least((now() - p.created_at) * 0.8, p.r2 * interval '8 days' + interval '3 days')
              WHEN p.status IN ('rejected', 'cancelled') THEN p.created_at + (now() - p.created_at) * 0.05 END,
         now(), 1
    FROM planned p
    JOIN requesters q ON q.n = 1 + floor(p.r7 * (SELECT count(*) FROM requesters))::int
    JOIN rooms r ON r.n = 1 + floor(p.r1 * (SELECT count(*) FROM rooms))::int
    JOIN targets t ON t.priority = p.priority
    LEFT JOIN assignees a ON a.trade_code = p.trade_code
    LEFT JOIN maintenance_ticket_counters c ON c.roc_year = extract(year FROM p.created_at AT TIME ZONE $6)::int - 1911
  RETURNING id`;

/**
 * The status history each demo ticket's state implies, from the ids in $1 (uuid[]): the requester
 * files, confirms and cancels, the coordinator ($3) assigns and rejects, the assignee does the rest;
 * each named as $2 (jsonb `{userId: displayName}`) names them.
 */
export const DEMO_TICKET_HISTORY_SQL = `
  INSERT INTO maintenance_ticket_status_changes (ticket_id, from_status, to_status, action, actor_user_id, actor_name, reason, occurred_at)
  SELECT t.id, p.path[i - 1], p.path[i], p.actions[i], who.actor_id, $2::jsonb ->> who.actor_id::text,
         CASE p.path[i] WHEN 'rejected' THEN '非本處管理之設備，請洽大樓管理單位。' WHEN 'cancelled' THEN '已自行排除。'
                        WHEN 'on_hold' THEN '等待零件到貨。' END,
         CASE p.actions[i] WHEN 'submit' THEN t.created_at WHEN 'assign' THEN t.responded_at
              WHEN 'resolve' THEN t.resolved_at WHEN 'confirm' THEN t.closed_at WHEN 'reject' THEN t.closed_at WHEN 'cancel' THEN t.closed_at
              WHEN 'hold' THEN t.paused_since
              ELSE t.responded_at + (coalesce(t.resolved_at, t.paused_since, now()) - t.responded_at) * 0.3 END
    FROM maintenance_tickets t
    JOIN ${statusPathsSql()} ON p.status = t.status
    CROSS JOIN LATERAL generate_series(1, array_length(p.path, 1)) AS i
    CROSS JOIN LATERAL (
      SELECT CASE WHEN p.actions[i] IN ('submit', 'confirm', 'cancel') THEN t.requester_user_id
                  WHEN p.actions[i] IN ('assign', 'reject') THEN $3::uuid
                  ELSE t.assignee_user_id END AS actor_id) AS who
   WHERE t.id = ANY($1::uuid[])`;

/** A public answer of the coordinator ($2 id, $3 name) on every third demo ticket the office took on ($1 ids). */
export const DEMO_TICKET_COMMENTS_SQL = `
  INSERT INTO maintenance_ticket_comments (ticket_id, author_user_id, author_name, body, internal, created_at)
  SELECT t.id, $2, $3, '已派員前往現場查看，如需進一步處理將再通知您。', false, t.responded_at + interval '5 minutes'
    FROM maintenance_tickets t
   WHERE t.id = ANY($1::uuid[]) AND t.responded_at IS NOT NULL AND right(t.number, 1) IN ('0', '3', '6')`;

/** Keeps the per-year ticket counters ahead of every number handed out. */
export const DEMO_TICKET_COUNTERS_SQL = `
  INSERT INTO maintenance_ticket_counters (roc_year, last_number)
  SELECT split_part(number, '-', 1)::int, max(split_part(number, '-', 2)::int) FROM maintenance_tickets GROUP BY 1
  ON CONFLICT (roc_year) DO UPDATE SET last_number = greatest(maintenance_ticket_counters.last_number, excluded.last_number)`;
