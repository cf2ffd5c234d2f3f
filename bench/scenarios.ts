import type autocannon from 'autocannon';
import { plateOfSeries } from '../src/common/plates/taiwan-plate';
import { BENCH_VENUE_ROOMS, Fixtures, Side } from './bench-fixtures';

/** A signed-in bench user: the JWT for the service, the ids the baseline takes from headers instead. */
export interface Identity {
  token: string;
  userId: string;
  agencyId: string;
}

export interface Identities {
  requesters: Identity[];
  dispatchers: Identity[];
  officers: Identity[];
  coordinator: Identity;
  reports: Identity;
}

export type ScenarioKind = 'write' | 'read' | 'figures';

export interface Scenario {
  name: string;
  kind: ScenarioKind;
  /** 409 is an expected answer here (a lost race), counted apart from errors. */
  conflictsExpected?: boolean;
  connections: number;
  /** At least this long, when one request takes seconds on a busy machine (argon2 on purpose). */
  minimumSeconds?: number;
  request(side: Side): autocannon.RequestTemplate;
}

export interface ScenarioInputs {
  identities: Identities;
  fixtures: Fixtures;
  /** Cursors deep into the ticket list (filter `deepListFilter`), found by paging through the service. */
  deepCursors: string[];
  figuresPath: string;
  /** The dispatch board's week of bookings for every vehicle (`/fleet/bookings?from&to&limit=200`). */
  boardPath: string;
  /** Accounts that sign in (many, so the per-account throttle is not what is measured). */
  signInUsernames: string[];
  password: string;
  /** Hashed files of the web build (`/assets/…`); none without a build. */
  staticPaths: string[];
}

export const DEEP_LIST_FILTER = 'status=closed&tradeCode=plumbing_electrical';
const LIST_STATUSES = ['closed', 'submitted', 'in_progress', 'resolved', 'cancelled'];
const LIST_TRADES = [
  'plumbing_electrical',
  'hvac',
  'civil',
  'fire_safety',
  'elevator',
  'telecom',
  'public_address',
  'cctv',
];
const HOUR = 3_600_000;

function headersOf(side: Side, identity: Identity, json = false): Record<string, string> {
  const auth: Record<string, string> =
    side === 'service'
      ? { authorization: `Bearer ${identity.token}` }
      : { 'x-user-id': identity.userId, 'x-agency-id': identity.agencyId };
  return json ? { ...auth, 'content-type': 'application/json' } : auth;
}

function pick<T>(items: readonly T[], index: number): T {
  return items[index % items.length];
}

/** Windows a venue request may ask for: 18 starts 40 minutes apart from 08:00, each 90 minutes long, so neighbours overlap. */
const VENUE_SLOTS = 18;

/** The n-th venue request: a bench room, a slot, a day 3 to 152 days ahead (Taipei, within the opening hours). */
function venueRequest(index: number): { room: number; startsAt: string; endsAt: string } {
  const room = index % BENCH_VENUE_ROOMS;
  const slot = Math.floor(index / BENCH_VENUE_ROOMS) % VENUE_SLOTS;
  const day = 3 + (Math.floor(index / (BENCH_VENUE_ROOMS * VENUE_SLOTS)) % 150);
  const start = Date.parse(`${taipeiDay(day)}T08:00:00+08:00`) + slot * 40 * 60_000;
  return { room, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 90 * 60_000).toISOString() };
}

function taipeiDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * HOUR + offsetDays * 24 * HOUR).toISOString().slice(0, 10);
}

/** A request template whose every request is built from a counter, so payloads vary and stay valid. */
function varied(
  method: string,
  build: (index: number) => { path: string; headers: Record<string, string>; body?: unknown },
): autocannon.RequestTemplate {
  let counter = 0;
  return {
    method,
    setupRequest: (request) => {
      const next = build(counter++);
      return {
        ...request,
        method,
        path: next.path,
        headers: next.headers,
        body: next.body === undefined ? undefined : JSON.stringify(next.body),
      };
    },
  };
}

/** Scenarios added with issue 15: the board's week, sign-in, the web app's files. */
function moreScenarios(inputs: ScenarioInputs): Scenario[] {
  const { identities } = inputs;
  const staticFile: Scenario[] = inputs.staticPaths.length
    ? [
        {
          name: 'web app static file (vs @fastify/static alone)',
          kind: 'read',
          connections: 16,
          request: () =>
            varied('GET', (index) => ({
              path: pick(inputs.staticPaths, index),
              headers: { 'accept-encoding': 'br, gzip' },
            })),
        },
      ]
    : [];
  return [
    {
      name: 'dispatch board, a week of bookings',
      kind: 'read',
      connections: 16,
      request: (side) =>
        varied('GET', (index) => ({
          path: inputs.boardPath,
          headers: headersOf(side, pick(identities.dispatchers, index)),
        })),
    },
    {
      name: 'sign in (argon2id)',
      kind: 'write',
      connections: 8,
      minimumSeconds: 6,
      request: () =>
        varied('POST', (index) => ({
          path: '/auth/login',
          headers: { 'content-type': 'application/json' },
          body: { username: pick(inputs.signInUsernames, index), password: inputs.password },
        })),
    },
    ...staticFile,
  ];
}

/** The scenarios of the issue, each measured against the baseline on the same database. */
export function scenarios(inputs: ScenarioInputs): Scenario[] {
  const { identities, fixtures } = inputs;
  const plateSide = { service: 'S', baseline: 'B' } as const;
  // The 2012 scheme's letters (no I, O) and its 9^4 numbers without a 4, so every plate is issuable.
  const SERIES_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const PLATES_PER_SERIES = 9 ** 4;
  return [
    {
      name: 'create vehicle booking',
      kind: 'write',
      connections: 16,
      request: (side) =>
        varied('POST', (index) => {
          const startsAt = new Date(Date.now() + 2 * HOUR + (index % (80 * 24)) * HOUR);
          return {
            path: '/fleet/bookings',
            headers: headersOf(side, pick(identities.requesters, index), true),
            body: {
              purpose: `洽公 #${index}`,
              origin: '四維行政中心',
              destination: pick(['鳳山行政中心', '高雄車站', '市議會'], index),
              passengers: 1 + (index % 4),
              startsAt: startsAt.toISOString(),
              endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
              needsDriver: false,
              contactPhone: '07-7995678',
            },
          };
        }),
    },
    {
      name: 'assign under contention',
      kind: 'write',
      conflictsExpected: true,
      connections: 32,
      request: (side) =>
        varied('POST', (index) => ({
          path: `/fleet/bookings/${pick(fixtures.contention[side].bookingIds, index)}/assign`,
          headers: headersOf(side, pick(identities.dispatchers, index), true),
          body: { vehicleId: pick(fixtures.contention[side].vehicleIds, index) },
        })),
    },
    {
      name: 'book a venue (overlaps refused)',
      kind: 'write',
      conflictsExpected: true,
      connections: 16,
      request: (side) =>
        varied('POST', (index) => {
          const { room, startsAt, endsAt } = venueRequest(index);
          return {
            path: '/venues/bookings',
            headers: headersOf(side, pick(identities.requesters, index), true),
            body: {
              spaceId: fixtures.venueSpaceIds[side][room],
              title: `會議 #${index}`,
              eventKind: 'meeting',
              attendees: 10 + (index % 30),
              startsAt,
              endsAt,
              setupMinutes: 10,
              cleanupMinutes: 10,
              contactName: '承辦人',
              contactPhone: '07-7995678',
            },
          };
        }),
    },
    {
      name: 'issue parking permit',
      kind: 'write',
      connections: 16,
      request: (side) =>
        varied('POST', (index) => {
          const day = taipeiDay(5 + (index % 80));
          const series = `Z${plateSide[side]}${SERIES_LETTERS[Math.floor(index / PLATES_PER_SERIES) % SERIES_LETTERS.length]}`;
          const plate = plateOfSeries(series, index % PLATES_PER_SERIES);
          return {
            path: '/parking/permits',
            headers: headersOf(side, pick(identities.officers, index), true),
            body: {
              lotCode: index % 5 < 3 ? 'SW' : 'FS',
              agencyVisitedId: fixtures.agencyVisitedId,
              purpose: '出席會議',
              validFrom: day,
              validTo: day,
              plate,
              vehicleType: 'car',
              visitorName: `訪客${index}`,
            },
          };
        }),
    },
    {
      name: 'verify permit by token',
      kind: 'read',
      connections: 16,
      // Many phones scan permits: vary the client address so the per-client limit is not what is measured.
      request: () =>
        varied('GET', (index) => ({
          path: `/parking/verify/${pick(fixtures.verificationTokens, index)}`,
          headers: { 'x-forwarded-for': `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` },
        })),
    },
    {
      name: 'list tickets, filtered first page',
      kind: 'read',
      connections: 16,
      request: (side) =>
        varied('GET', (index) => ({
          path: `/maintenance/tickets?status=${pick(LIST_STATUSES, index)}&tradeCode=${pick(LIST_TRADES, Math.floor(index / LIST_STATUSES.length))}&limit=50`,
          headers: headersOf(side, identities.coordinator),
        })),
    },
    {
      name: 'list tickets, deep keyset page',
      kind: 'read',
      connections: 16,
      request: (side) =>
        varied('GET', (index) => ({
          path: `/maintenance/tickets?${DEEP_LIST_FILTER}&limit=50&cursor=${pick(inputs.deepCursors, index)}`,
          headers: headersOf(side, identities.coordinator),
        })),
    },
    {
      name: 'one ticket with its history',
      kind: 'read',
      connections: 16,
      request: (side) =>
        varied('GET', (index) => ({
          path: `/maintenance/tickets/${pick(fixtures.ticketIds, index)}`,
          headers: headersOf(side, identities.coordinator),
        })),
    },
    ...moreScenarios(inputs),
    {
      name: 'yearly figures, live',
      kind: 'figures',
      connections: 2,
      // At the larger scales one live count took longer than a quick run's 2 s window, which then saw no answer.
      minimumSeconds: 10,
      request: (side) =>
        varied('GET', () => ({ path: inputs.figuresPath, headers: headersOf(side, identities.reports) })),
    },
  ];
}
