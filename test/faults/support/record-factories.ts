import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import { plateOfSeries } from '../../../src/common/plates/taiwan-plate';
import { Call, HttpResult, signIn } from './http-client';

export const FAULTS_PASSWORD = 'faults-password-123';

/** Something the write load creates, the table its row lands in, and how to create the n-th one. */
export interface RecordWriter {
  kind: string;
  table: string;
  create(index: number): Promise<HttpResult>;
}

export interface WriteContext {
  call: Call;
  adminToken: string;
  /** The agency of the requester who files tickets and books cars. */
  requesterToken: string;
  requesterAgencyId: string;
  officeAgencyId: string;
}

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
/** A unique-enough tag for codes and usernames: runs and instances never collide. */
export const runTag = () => randomBytes(3).toString('hex');

function lettersOf(index: number): string {
  return [Math.floor(index / 576) % 24, Math.floor(index / 24) % 24, index % 24]
    .map((digit) => LETTERS[digit])
    .join('');
}

export async function createAgency(call: Call, adminToken: string, code: string): Promise<HttpResult> {
  return call('POST', '/agencies', { token: adminToken, json: { code, name: `測試機關 ${code}` } });
}

export async function createUser(
  call: Call,
  adminToken: string,
  input: { username: string; agencyId: string; roles: string[] },
): Promise<HttpResult> {
  return call('POST', '/users', {
    token: adminToken,
    json: { ...input, displayName: `測試 ${input.username}`, password: FAULTS_PASSWORD },
  });
}

/** Creates an agency and a user in it holding `roles`, and signs the user in. */
export async function userOfNewAgency(
  call: Call,
  adminToken: string,
  roles: string[],
): Promise<{ agencyId: string; userId: string; token: string }> {
  const tag = runTag().toUpperCase();
  const agency = await createAgency(call, adminToken, `FAULT-${tag}`);
  if (agency.status !== 201) throw new Error(`POST /agencies: ${agency.status} ${JSON.stringify(agency.body)}`);
  const username = `fault.${tag.toLowerCase()}`;
  const user = await createUser(call, adminToken, { username, agencyId: agency.body.id, roles });
  if (user.status !== 201) throw new Error(`POST /users: ${user.status} ${JSON.stringify(user.body)}`);
  return {
    agencyId: agency.body.id as string,
    userId: user.body.id as string,
    token: await signIn(call, username, FAULTS_PASSWORD),
  };
}

async function firstOf(call: Call, token: string, path: string): Promise<Record<string, unknown> | undefined> {
  const response = await call('GET', path, { token });
  const items: unknown = Array.isArray(response.body) ? response.body : response.body?.items;
  return Array.isArray(items) ? (items[0] as Record<string, unknown> | undefined) : undefined;
}

function agencyAndUserWriters(context: WriteContext, tag: string): RecordWriter[] {
  const { call, adminToken } = context;
  return [
    {
      kind: 'agency',
      table: 'agencies',
      create: (index) => createAgency(call, adminToken, `LOAD-${tag}-${index}`.toUpperCase()),
    },
    {
      kind: 'user',
      table: 'users',
      create: (index) =>
        createUser(call, adminToken, {
          username: `load.${tag}.${index}`,
          agencyId: context.requesterAgencyId,
          roles: ['requester'],
        }),
    },
  ];
}

async function ticketWriter(context: WriteContext, tag: string): Promise<RecordWriter> {
  const trade = await firstOf(context.call, context.adminToken, '/trades');
  return {
    kind: 'ticket',
    table: 'maintenance_tickets',
    create: (index) =>
      context.call('POST', '/maintenance/tickets', {
        token: context.requesterToken,
        json: {
          tradeCode: trade?.code,
          title: `負載測試 ${tag} ${index}`,
          description: '故障測試產生的報修',
          spotText: '四維行政中心 7 樓茶水間',
        },
      }),
  };
}

async function bookingWriter(context: WriteContext, tag: string): Promise<RecordWriter> {
  const vehicle = await context.call('POST', '/fleet/vehicles', {
    token: context.adminToken,
    json: {
      plate: plateOfSeries(lettersOf(parseInt(tag, 16) % 13_824), (parseInt(tag, 16) % 5832) + 729),
      vehicleClass: 'van',
      seats: 9,
      agencyId: context.officeAgencyId,
      insuranceExpiresOn: DateTime.now().plus({ years: 2 }).toISODate(),
      inspectionDueOn: DateTime.now().plus({ years: 1 }).toISODate(),
    },
  });
  if (vehicle.status !== 201)
    throw new Error(`POST /fleet/vehicles: ${vehicle.status} ${JSON.stringify(vehicle.body)}`);
  const start = DateTime.now().plus({ days: 2 }).startOf('hour');
  return {
    kind: 'booking',
    table: 'fleet_bookings',
    create: (index) =>
      context.call('POST', '/fleet/bookings', {
        token: context.requesterToken,
        json: {
          purpose: `負載測試 ${tag}`,
          origin: '四維行政中心',
          destination: '鳳山行政中心',
          passengers: 2,
          startsAt: start.plus({ minutes: 7 * (index % 5000) }).toISO(),
          endsAt: start.plus({ minutes: 7 * (index % 5000) + 60 }).toISO(),
          needsDriver: false,
          contactPhone: '07-7995678',
        },
      }),
  };
}

async function permitWriter(context: WriteContext): Promise<RecordWriter | string> {
  const lot = await firstOf(context.call, context.adminToken, '/parking/lots');
  if (!lot) return 'permits: GET /parking/lots lists no lot to issue for';
  const today = DateTime.now().setZone('Asia/Taipei').startOf('day');
  const salt = parseInt(runTag(), 16);
  return {
    kind: 'permit',
    table: 'parking_permits',
    create: (index) => {
      const day = today.plus({ days: 1 + (index % 60) }).toISODate();
      return context.call('POST', '/parking/permits', {
        token: context.adminToken,
        json: {
          lotCode: lot?.code,
          agencyVisitedId: context.requesterAgencyId,
          purpose: '出席會議',
          validFrom: day,
          validTo: day,
          plate: plateOfSeries(lettersOf((salt + index) % 13_824), (((salt >> 4) + index) % 5832) + 729),
          vehicleType: 'car',
          visitorName: '林大華',
        },
      });
    },
  };
}

/**
 * The writers for the records this build of the service can create: agencies and users always;
 * tickets, bookings and permits when their endpoints are in the OpenAPI document. Each feature
 * writer is tried once here, so that a broken one fails the test instead of being skipped; one
 * that cannot work on this data (no parking lot) is skipped with the reason.
 */
export async function discoverWriters(
  context: WriteContext,
  paths: string[],
): Promise<{ writers: RecordWriter[]; skipped: string[] }> {
  const tag = runTag();
  const writers = agencyAndUserWriters(context, tag);
  const skipped: string[] = [];
  const optional: [string, () => Promise<RecordWriter | string>][] = [
    ['/maintenance/tickets', () => ticketWriter(context, tag)],
    ['/fleet/bookings', () => bookingWriter(context, tag)],
    ['/parking/permits', () => permitWriter(context)],
  ];
  for (const [path, build] of optional) {
    if (!paths.includes(path)) continue;
    const writer = await build();
    if (typeof writer === 'string') {
      skipped.push(writer);
      continue;
    }
    const probe = await writer.create(100_000);
    if (probe.status !== 201)
      throw new Error(`${writer.kind} writer probe: POST ${path} → ${probe.status} ${JSON.stringify(probe.body)}`);
    writers.push(writer);
  }
  return { writers, skipped };
}
