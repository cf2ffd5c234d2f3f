/**
 * The baseline: a bare `node:http` server whose handlers run the SQL the service runs for each
 * benchmarked operation (same statements, same transaction shape), with a `pg` Pool of the
 * service's size. No framework, no validation, no ORM: what is left is the database's cost.
 * The caller's identity comes in x-user-id / x-agency-id headers instead of a JWT.
 */
import fastifyStatic from '@fastify/static';
import * as argon2 from 'argon2';
import Fastify from 'fastify';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool, PoolClient } from 'pg';

interface Recorded {
  text: string;
  values: unknown[];
}

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.BENCH_POOL_SIZE ?? 10),
  application_name: 'bench-baseline',
});
const recorded = (file: string | undefined): Recorded[] =>
  file ? (JSON.parse(readFileSync(file, 'utf8')) as Recorded[]) : [];
const figuresStatements = recorded(process.env.BENCH_FIGURES_SQL_FILE);
const boardStatements = recorded(process.env.BENCH_BOARD_SQL_FILE);

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const auditSql = `INSERT INTO audit_entries (actor_user_id, actor_agency_id, actor_name, entity_type, entity_id, action, before, after, request_id)
                  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, occurred_at`;

function audit(
  client: PoolClient,
  request: IncomingMessage,
  entityType: string,
  entityId: string,
  action: string,
  before: unknown,
  after: unknown,
) {
  const { userId, agencyId } = identityOf(request);
  return client.query(auditSql, [
    userId,
    agencyId,
    'bench',
    entityType,
    entityId,
    action,
    before ? JSON.stringify(before) : null,
    JSON.stringify(after),
    randomBytes(8).toString('hex'),
  ]);
}

function identityOf(request: IncomingMessage): { userId: string; agencyId: string } {
  return { userId: String(request.headers['x-user-id']), agencyId: String(request.headers['x-agency-id']) };
}

async function inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    await client.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function createBooking(request: IncomingMessage, body: Record<string, unknown>) {
  const { userId, agencyId } = identityOf(request);
  await pool.query(`SELECT max(seats) AS seats FROM fleet_vehicles WHERE status <> 'retired'`);
  return inTransaction(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO fleet_bookings (agency_id, requester_id, entered_by_id, channel, purpose, origin, stops, destination, passengers, starts_at, ends_at, needs_driver, contact_phone, version)
       VALUES ($1, $2, $2, 'online', $3, $4, '{}', $5, $6, $7, $8, $9, $10, 1) RETURNING *`,
      [
        agencyId,
        userId,
        body.purpose,
        body.origin,
        body.destination,
        body.passengers,
        body.startsAt,
        body.endsAt,
        body.needsDriver,
        body.contactPhone,
      ],
    );
    await audit(client, request, 'booking', rows[0].id, 'create', null, rows[0]);
    return { ...rows[0], trip: null };
  });
}

async function assignBooking(request: IncomingMessage, bookingId: string, body: Record<string, unknown>) {
  const found = await pool.query('SELECT * FROM fleet_bookings WHERE id = $1 LIMIT 1', [bookingId]);
  if (!found.rowCount) throw new HttpError(404, 'no such booking');
  const { starts_at: start, ends_at: end } = found.rows[0];
  try {
    return await inTransaction(async (client) => {
      const locked = (await client.query('SELECT * FROM fleet_bookings WHERE id = $1 LIMIT 1 FOR UPDATE', [bookingId]))
        .rows[0];
      if (!['requested', 'approved'].includes(locked.state)) throw new HttpError(409, `booking is ${locked.state}`);
      const vehicle = (
        await client.query('SELECT * FROM fleet_vehicles WHERE id = $1 LIMIT 1 FOR SHARE', [body.vehicleId])
      ).rows[0];
      if (!vehicle) throw new HttpError(404, 'no such vehicle');
      const trip = (
        await client.query(
          `INSERT INTO fleet_trips (vehicle_id, driver_id, starts_at, ends_at, turnaround_minutes, version) VALUES ($1, NULL, $2, $3, 15, 1)
           RETURNING id, state, created_at, updated_at, version`,
          [body.vehicleId, start, end],
        )
      ).rows[0];
      await audit(client, request, 'trip', trip.id, 'create', null, trip);
      await client.query(
        `INSERT INTO fleet_occupancies (vehicle_id, driver_id, trip_id, unavailability_id, during, turnaround_minutes, occupied)
         VALUES ($1, NULL, $2, NULL, tstzrange($3, $4, '[)'), 15, tstzrange($3, $4::timestamptz + make_interval(mins => 15), '[)'))`,
        [body.vehicleId, trip.id, start, end],
      );
      const updated = await client.query(
        `UPDATE fleet_bookings SET state = 'approved', trip_id = $1, version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE id = $2 RETURNING updated_at, version`,
        [trip.id, bookingId],
      );
      await audit(client, request, 'booking', bookingId, 'assign', locked, {
        ...locked,
        ...updated.rows[0],
        state: 'approved',
        trip_id: trip.id,
      });
      return (
        await client.query(
          'SELECT b.*, row_to_json(t) AS trip FROM fleet_bookings b LEFT JOIN fleet_trips t ON t.id = b.trip_id WHERE b.id = $1',
          [bookingId],
        )
      ).rows[0];
    });
  } catch (error) {
    if ((error as { code?: string }).code !== '23P01') throw error;
    const holders = await pool.query(
      `SELECT b.id AS booking_id, o.unavailability_id FROM fleet_occupancies o
         LEFT JOIN fleet_bookings b ON b.trip_id = o.trip_id AND b.state IN ('approved', 'in_trip', 'completed')
        WHERE o.vehicle_id = $1 AND o.occupied && tstzrange($2, $3::timestamptz + make_interval(mins => $4), '[)')
          AND ($5::uuid IS NULL OR o.trip_id IS DISTINCT FROM $5)
        ORDER BY lower(o.occupied), b.id`,
      [body.vehicleId, start, end, 15, null],
    );
    throw new HttpError(409, `double booked by ${holders.rows.map((row) => row.booking_id).join(', ')}`);
  }
}

const VENUE_CLASHES_SQL = `SELECT DISTINCT ON (o.booking_id) o.booking_id, o.space_id, lower(o.occupied) AS occupied_from, upper(o.occupied) AS occupied_until
   FROM venue_space_links l JOIN venue_occupancies o ON o.space_id = l.descendant_id
  WHERE l.ancestor_id = $1 AND o.occupied && tstzrange($2, $3, '[)') AND ($4::uuid IS NULL OR o.booking_id <> $4)
  ORDER BY o.booking_id, lower(o.occupied)`;

async function bookVenue(request: IncomingMessage, body: Record<string, unknown>) {
  const { userId, agencyId } = identityOf(request);
  const space = (await pool.query('SELECT * FROM venue_spaces WHERE id = $1 LIMIT 1', [body.spaceId])).rows[0];
  if (!space) throw new HttpError(404, 'no such space');
  const setup = Number(body.setupMinutes ?? 0);
  const cleanup = Number(body.cleanupMinutes ?? 0);
  const from = new Date(Date.parse(String(body.startsAt)) - setup * 60_000);
  const until = new Date(Date.parse(String(body.endsAt)) + cleanup * 60_000);
  try {
    const booking = await inTransaction(async (client) => {
      const { rows } = await client.query(
        `INSERT INTO venue_bookings (space_id, agency_id, requester_id, contact_name, contact_phone, title, event_kind, attendees, starts_at, ends_at,
           setup_minutes, cleanup_minutes, equipment, status, decided_at, decided_by_id, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, '[]', 'approved', now(), $3, 1)
         RETURNING *`,
        [
          space.id,
          agencyId,
          userId,
          body.contactName,
          body.contactPhone,
          body.title,
          body.eventKind,
          body.attendees,
          body.startsAt,
          body.endsAt,
          setup,
          cleanup,
        ],
      );
      await audit(client, request, 'venue_booking', rows[0].id, 'create', null, rows[0]);
      await client.query(
        `INSERT INTO venue_occupancies (booking_id, space_id, occupied)
         SELECT $1, descendant_id, tstzrange($3, $4, '[)') FROM venue_space_links WHERE ancestor_id = $2`,
        [rows[0].id, space.id, from, until],
      );
      return rows[0];
    });
    return { ...booking, space };
  } catch (error) {
    if ((error as { code?: string }).code !== '23P01') throw error;
    const clashes = await pool.query(VENUE_CLASHES_SQL, [space.id, from, until, null]);
    throw new HttpError(409, `clashes with ${clashes.rows.map((row) => row.booking_id).join(', ')}`);
  }
}

async function issuePermit(request: IncomingMessage, body: Record<string, string>) {
  const { userId } = identityOf(request);
  const lot = (await pool.query('SELECT * FROM parking_lots WHERE code = $1 LIMIT 1', [body.lotCode])).rows[0];
  if (!lot) throw new HttpError(404, 'no such lot');
  const officer = await pool.query('SELECT 1 FROM parking_lot_officers WHERE lot_id = $1 AND user_id = $2 LIMIT 1', [
    lot.id,
    userId,
  ]);
  if (!officer.rowCount) throw new HttpError(403, 'not an officer of this lot');
  await pool.query('SELECT * FROM agencies WHERE id = $1 LIMIT 1', [body.agencyVisitedId]);
  const rocYear =
    Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Taipei', year: 'numeric' }).format(new Date())) - 1911;
  return inTransaction(async (client) => {
    const serial = (
      await client.query(
        `INSERT INTO parking_serial_counters AS c (lot_id, roc_year, last_number) VALUES ($1, $2, 1)
         ON CONFLICT (lot_id, roc_year) DO UPDATE SET last_number = c.last_number + 1 RETURNING last_number`,
        [lot.id, rocYear],
      )
    ).rows[0].last_number as number;
    await client.query(
      `INSERT INTO parking_lot_days AS d (lot_id, day, capacity, issued) VALUES ($1, $2, $3, 1) ON CONFLICT (lot_id, day) DO UPDATE SET issued = d.issued + 1`,
      [lot.id, body.validFrom, lot.daily_capacity],
    );
    const permit = (
      await client.query(
        `INSERT INTO parking_permits (lot_id, roc_year, serial_number, serial, plate, vehicle_type, visitor_name, visitor_phone, agency_visited_id, purpose,
           valid_from, valid_to, status, issued_by_user_id, verification_token, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9, $10, $11, 'active', $12, $13, 1) RETURNING *`,
        [
          lot.id,
          rocYear,
          serial,
          `${lot.code}${rocYear}-${String(serial).padStart(5, '0')}`,
          body.plate,
          body.vehicleType,
          body.visitorName,
          body.agencyVisitedId,
          body.purpose,
          body.validFrom,
          body.validTo,
          userId,
          randomBytes(24).toString('base64url'),
        ],
      )
    ).rows[0];
    await audit(client, request, 'parking_permit', permit.id, 'issue', null, permit);
    return permit;
  });
}

async function verifyPermit(request: IncomingMessage, token: string) {
  const client = String(request.headers['x-forwarded-for'] ?? request.socket.remoteAddress);
  await pool.query(
    `INSERT INTO parking_throttle_windows AS w (key, window_started_at, hits) VALUES ($1, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2 / 1000.0) THEN 1 ELSE w.hits + 1 END,
       window_started_at = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2 / 1000.0) THEN now() ELSE w.window_started_at END
     RETURNING hits, ceil(extract(epoch FROM w.window_started_at + make_interval(secs => $2 / 1000.0) - now()))::int AS seconds_left`,
    [createHash('sha256').update(`baseline-${client}`).digest('hex'), 60_000],
  );
  const permit = (
    await pool.query(
      `SELECT p.status, p.plate, p.valid_from::text AS "validFrom", p.valid_to::text AS "validTo", l.code AS "lotCode", l.name AS "lotName"
         FROM parking_permits p JOIN parking_lots l ON l.id = p.lot_id WHERE p.verification_token = $1`,
      [token],
    )
  ).rows[0];
  if (!permit) throw new HttpError(404, 'no such permit');
  return {
    valid: permit.status === 'active',
    lotCode: permit.lotCode,
    lotName: permit.lotName,
    plate: permit.plate,
    validFrom: permit.validFrom,
    validTo: permit.validTo,
  };
}

async function listTickets(query: URLSearchParams) {
  const limit = Number(query.get('limit') ?? 50);
  const values: unknown[] = [query.get('status'), query.get('tradeCode')];
  let keyset = '';
  const cursor = query.get('cursor');
  if (cursor) {
    values.push(...(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as string[]));
    keyset = 'AND (created_at, id) < ($3, $4)';
  }
  const { rows } = await pool.query(
    `SELECT * FROM maintenance_tickets WHERE status = $1 AND trade_code = $2 ${keyset} ORDER BY created_at DESC, id DESC LIMIT ${limit + 1}`,
    values,
  );
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > limit
        ? Buffer.from(JSON.stringify([last.created_at.toISOString(), last.id])).toString('base64url')
        : null,
  };
}

/** As the service reads it: the ticket and its four lists at once, then the assignee's name. */
async function ticketWithHistory(id: string) {
  const [ticketRows, history, comments, costLines, attachments] = await Promise.all([
    pool.query('SELECT * FROM maintenance_tickets WHERE id = $1', [id]),
    pool.query('SELECT * FROM maintenance_ticket_status_changes WHERE ticket_id = $1 ORDER BY id ASC', [id]),
    pool.query('SELECT * FROM maintenance_ticket_comments WHERE ticket_id = $1 ORDER BY created_at ASC, id ASC', [id]),
    pool.query('SELECT * FROM maintenance_ticket_cost_lines WHERE ticket_id = $1 ORDER BY created_at ASC, id ASC', [
      id,
    ]),
    pool.query('SELECT * FROM maintenance_ticket_attachments WHERE ticket_id = $1 ORDER BY created_at ASC, id ASC', [
      id,
    ]),
  ]);
  const ticket = ticketRows.rows[0];
  if (!ticket) throw new HttpError(404, 'no such ticket');
  const assignee = ticket.assignee_user_id
    ? (await pool.query('SELECT display_name FROM users WHERE id = $1', [ticket.assignee_user_id])).rows[0]
    : undefined;
  return {
    ...ticket,
    assigneeName: assignee?.display_name ?? null,
    history: history.rows,
    comments: comments.rows,
    costLines: costLines.rows,
    attachments: attachments.rows,
  };
}

async function figures() {
  const results = await Promise.all(figuresStatements.map((statement) => pool.query(statement.text, statement.values)));
  return results.map((result) => result.rows);
}

/** The dispatch board's week, as the service ran it: its statements one after another, on one connection. */
async function boardWeek() {
  const client = await pool.connect();
  try {
    const results = [];
    for (const statement of boardStatements) results.push((await client.query(statement.text, statement.values)).rows);
    return results;
  } finally {
    client.release();
  }
}

const THROTTLE_COUNT_SQL = `INSERT INTO login_throttles AS counter (username, source, attempts, window_started_at)
       VALUES ($1, $2, 1, now())
       ON CONFLICT (username, source) DO UPDATE SET
         attempts = CASE WHEN counter.window_started_at > now() - make_interval(secs => $3)
                         THEN counter.attempts + 1 ELSE 1 END,
         window_started_at = CASE WHEN counter.window_started_at > now() - make_interval(secs => $3)
                                  THEN counter.window_started_at ELSE now() END
       RETURNING attempts, window_started_at AS "windowStartedAt", last_success_at IS NOT NULL AS trusted`;

/** Sign-in: the throttle's two counters, the user, argon2 (unbounded: all of libuv's threads), the success. No JWT. */
async function signIn(request: IncomingMessage, body: Record<string, string>) {
  const username = body.username.toLowerCase();
  const source = request.socket.remoteAddress ?? 'unknown';
  for (const counter of [source, '']) await pool.query(THROTTLE_COUNT_SQL, [username, counter, 900]);
  const user = (await pool.query('SELECT * FROM users WHERE username = $1', [username])).rows[0];
  if (!user || !(await argon2.verify(user.password_hash, body.password)) || !user.active)
    throw new HttpError(401, 'wrong username or password');
  await pool.query(
    `UPDATE login_throttles
          SET attempts = CASE WHEN source = $2 THEN 0 ELSE greatest(attempts - 1, 0) END,
              last_success_at = CASE WHEN source = $2 THEN now() ELSE last_success_at END
        WHERE username = $1 AND source IN ($2, $3)`,
    [username, source, ''],
  );
  return { id: user.id, username: user.username };
}

/** `@fastify/static` alone over the web build (its defaults: no precompressed files, no cache policy), for the static-file scenario. */
async function staticFiles(): Promise<((request: IncomingMessage, response: ServerResponse) => void) | null> {
  const root = process.env.BENCH_WEB_ROOT;
  if (!root || !existsSync(root)) return null;
  const fastify = Fastify();
  await fastify.register(fastifyStatic, { root });
  await fastify.ready();
  return (request, response) => fastify.routing(request, response);
}

async function readBody(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>) : {};
}

async function route(request: IncomingMessage): Promise<[number, unknown]> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const parts = url.pathname.split('/').filter(Boolean);
  const path = parts.join('/');
  if (path === 'health/ready') return [200, (await pool.query('SELECT 1 AS ok')).rows[0]];
  if (request.method === 'GET' && path === 'fleet/bookings') return [200, await boardWeek()];
  if (request.method === 'POST' && path === 'auth/login') return [200, await signIn(request, await readBody(request))];
  if (request.method === 'POST' && path === 'fleet/bookings')
    return [201, await createBooking(request, await readBody(request))];
  if (request.method === 'POST' && parts[0] === 'fleet' && parts[3] === 'assign')
    return [200, await assignBooking(request, parts[2], await readBody(request))];
  if (request.method === 'POST' && path === 'venues/bookings')
    return [201, await bookVenue(request, await readBody(request))];
  if (request.method === 'POST' && path === 'parking/permits')
    return [201, await issuePermit(request, await readBody(request))];
  if (request.method === 'GET' && parts[0] === 'parking' && parts[1] === 'verify')
    return [200, await verifyPermit(request, parts[2])];
  if (path === 'maintenance/tickets') return [200, await listTickets(url.searchParams)];
  if (parts[0] === 'maintenance' && parts[1] === 'tickets' && parts[2]) return [200, await ticketWithHistory(parts[2])];
  if (parts[parts.length - 1] === 'figures') return [200, await figures()];
  return [404, { message: 'no such route' }];
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

const servingStatic = staticFiles();
const server = createServer((request, response) => {
  if (request.url?.startsWith('/assets/')) {
    void servingStatic.then((serve) =>
      serve ? serve(request, response) : send(response, 404, { message: 'no web build' }),
    );
    return;
  }
  route(request).then(
    ([status, body]) => send(response, status, body),
    (error: Error) => send(response, error instanceof HttpError ? error.status : 500, { message: error.message }),
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
});
