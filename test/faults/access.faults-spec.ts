import { randomUUID } from 'node:crypto';
import { Role, ROLES } from '../../src/identity/role';
import { bookingInput, spaceIdOf, workingDays } from '../e2e/venues-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { changedTables, snapshotTables } from './support/database-snapshot';
import { errorBodyProblem } from './support/error-body';
import { Call, testAppClient } from './support/http-client';
import { sampleObject } from './support/invalid-inputs';
import { fillPath, isIdParameter, OpenApiDocument, Operation, operationsOf } from './support/open-api';
import { discoverWriters, runTag, userOfNewAgency } from './support/record-factories';

jest.setTimeout(120_000);

const ERROR_FIELDS = ['statusCode', 'code', 'message', 'details', 'requestId'];

/**
 * The roles that see every agency's records of a list, as the README's roles table decides; every
 * other role sees only its own agency's (and a driver the bookings of the trips they drive). The
 * report viewer reads every agency's records everywhere.
 */
const SEES_EVERY_AGENCY: Record<string, Role[]> = {
  '/maintenance/tickets': ['maintenance_coordinator'],
  '/fleet/bookings': ['dispatcher'],
  '/assets': ['property_officer'],
  '/residence-bookings': ['dormitory_manager'],
  '/venues/bookings': ['venue_manager'],
};
const READS_EVERYTHING: Role = 'report_viewer';

/**
 * The rows of a keyset page. Every list of agency records answers pages; only reference lists
 * whose rows belong to no agency (trades, lots, spaces) answer a plain array.
 */
function itemsOf(body: unknown): Record<string, unknown>[] {
  const items = (body as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
}

function listsAgencyRecordsUnpaged(body: unknown): boolean {
  return Array.isArray(body) && body.some((row: Record<string, unknown>) => owningAgency(row) !== undefined);
}

/** The agency a listed record belongs to: its own, or for property the custodian agency. */
function owningAgency(item: Record<string, unknown>): unknown {
  return item.agencyId ?? item.custodianAgencyId;
}

interface LocationNode {
  id: string;
  kind: string;
  children: LocationNode[];
}

/** A room of the location tree, where a registered asset is kept. */
async function anyRoom(call: Call, token: string): Promise<string> {
  const rooms = (node: LocationNode): string[] => (node.kind === 'room' ? [node.id] : node.children.flatMap(rooms));
  const tree = (await call('GET', '/locations/tree', { token })).body as LocationNode[];
  return tree.flatMap(rooms)[0];
}

/** A path with every parameter filled: ids random (the guard answers before any lookup), others plausible. */
function anyPath(operation: Operation): string {
  return fillPath(
    operation.path,
    Object.fromEntries(
      operation.pathParameters.map((parameter) => [parameter.name, isIdParameter(parameter) ? randomUUID() : 'SW']),
    ),
  );
}

describe('access sweep', () => {
  let t: TestApp;
  let call: Call;
  let operations: Operation[];
  let adminToken: string;
  const problems: string[] = [];

  function expectRefused(label: string, response: { status: number; body: unknown }, allowed: number[]) {
    if (!allowed.includes(response.status))
      problems.push(
        `${label} → ${response.status} (wanted ${allowed.join('/')}) ${JSON.stringify(response.body).slice(0, 160)}`,
      );
    else {
      const bodyProblem = errorBodyProblem(response.status, response.body);
      if (bodyProblem) problems.push(`${label} → ${bodyProblem}`);
      const extra = Object.keys(response.body as object).filter((key) => !ERROR_FIELDS.includes(key));
      if (extra.length) problems.push(`${label} → the refusal carries ${extra.join(', ')}`);
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    call = testAppClient(t);
    adminToken = await t.login('admin');
    operations = operationsOf((await t.http().get('/docs-json').expect(200)).body as OpenApiDocument);
  });
  beforeEach(() => problems.splice(0));
  afterAll(() => t.close());

  it('refuses every operation with bearer security without a token, or with a forged one, with a 401 error body', async () => {
    const secured = operations.filter((operation) => operation.needsToken);
    expect(secured.length).toBeGreaterThan(10);
    const forged = `${adminToken.slice(0, adminToken.lastIndexOf('.'))}.c2lnbmF0dXJlLW9mLXNvbWVvbmUtZWxzZQ`;
    for (const operation of secured) {
      const path = anyPath(operation);
      expectRefused(`${operation.label} without token`, await call(operation.method, path), [401]);
      expectRefused(
        `${operation.label} with a forged token`,
        await call(operation.method, path, { token: forged }),
        [401],
      );
    }
    expect(problems).toEqual([]);
  });

  it('refuses users whose roles are not among the ones an operation declares, with a 403 error body', async () => {
    // One user per role but admin, who passes every check by design.
    const tokens = new Map(
      await Promise.all(
        ROLES.filter((role) => role !== 'admin').map(
          async (role) => [role, (await userOfNewAgency(call, adminToken, [role])).token] as const,
        ),
      ),
    );
    let checked = 0;
    for (const operation of operations.filter((candidate) => candidate.requiredRoles)) {
      for (const [role, token] of tokens) {
        if (operation.requiredRoles!.includes(role)) continue;
        checked++;
        expectRefused(
          `${operation.label} as ${role}`,
          await call(operation.method, anyPath(operation), { token }),
          [403],
        );
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it("shows nothing of one agency's records to another agency's user of any role: 404 (or 403) on every item operation, absent from lists, nothing written", async () => {
    const requesterToken = await t.login('requester');
    const me = (await call('GET', '/users/me', { token: requesterToken })).body as { id: string; agencyId: string };
    const office = (await call('GET', '/users/me', { token: adminToken })).body as { agencyId: string };
    // Records of agency A (the requester's) for every writer this build has: users always, tickets and bookings when present.
    const { writers, skipped } = await discoverWriters(
      { call, adminToken, requesterToken, requesterAgencyId: me.agencyId, officeAgencyId: office.agencyId },
      operations.map((operation) => operation.path),
    );
    if (skipped.length) console.log(`access sweep: records not created: ${skipped.join('; ')}`);
    for (const writer of writers) expect((await writer.create(1)).status).toBe(201);
    const dormitory = await call('POST', '/dormitories', {
      token: adminToken,
      json: {
        code: `DM-${runTag().toUpperCase()}`,
        name: '甲機關宿舍',
        address: '高雄市',
        type: 'multi_room_staff',
        agencyId: me.agencyId,
        units: [{ code: '1F-1' }],
      },
    });
    expect(dormitory.status).toBe(201);
    const occupancy = await call('POST', '/dormitory-assignments', {
      token: adminToken,
      json: {
        unitId: dormitory.body.units[0].id,
        occupantName: '王小明',
        occupantAgencyId: me.agencyId,
        startsOn: '2026-01-01',
      },
    });
    expect(occupancy.status).toBe(201);
    const patrol = await call('POST', '/dormitory-patrols', {
      token: adminToken,
      json: { dormitoryId: dormitory.body.id, patrolledAt: '2026-11-20T02:00:00.000Z', note: '例行巡查', findings: [] },
    });
    expect(patrol.status).toBe(201);
    const familyDormitory = await call('POST', '/dormitories', {
      token: adminToken,
      json: {
        code: `DM-F${runTag().toUpperCase()}`,
        name: '甲機關眷舍',
        address: '高雄市',
        type: 'family',
        agencyId: me.agencyId,
      },
    });
    expect(familyDormitory.status).toBe(201);
    const windingDown = { token: adminToken };
    const clearance = await call('POST', '/dormitory-clearances', {
      ...windingDown,
      json: {
        dormitoryId: familyDormitory.body.id,
        occupantName: '王大明',
        noticeOn: '2026-03-02',
        noticeDocumentNumber: '高市府秘總字第11530012300號',
        deadlineOn: '2026-06-30',
      },
    });
    const lawsuit = await call('POST', '/dormitory-lawsuits', {
      ...windingDown,
      json: {
        dormitoryId: familyDormitory.body.id,
        caseNumber: `115年度訴字第${parseInt(runTag(), 16)}號`,
        court: '臺灣高雄地方法院',
        defendantName: '陳小華',
        filedOn: '2026-02-10',
      },
    });
    const loan = await call('POST', '/dormitory-loans', {
      ...windingDown,
      json: {
        dormitoryId: familyDormitory.body.id,
        propertyKind: 'land',
        borrowerAgency: '苓雅區公所',
        purpose: '綠美化',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      },
    });
    expect([clearance.status, lawsuit.status, loan.status]).toEqual([201, 201, 201]);
    // Records whose rows name no owning agency (the dormitory's agency owns them), known by id.
    const agencyARecordIds = new Set([occupancy.body.id, patrol.body.id]);
    const ownedByA = (item: Record<string, unknown>) =>
      owningAgency(item) === me.agencyId || agencyARecordIds.has(item.id);
    const asset = await call('POST', '/assets', {
      token: adminToken,
      json: {
        name: '筆記型電腦',
        categoryCode: '3140101-03',
        acquisitionDate: '2018-03-15',
        acquisitionCost: 32000,
        custodianAgencyId: me.agencyId,
        locationId: await anyRoom(call, adminToken),
        custodianName: '王小明',
      },
    });
    expect(asset.status).toBe(201);
    const [bookingDay] = workingDays(t, 1, 7);
    const roomBooking = await call('POST', '/venues/bookings', {
      token: requesterToken,
      json: bookingInput(await spaceIdOf(t, 'SW-201'), bookingDay, '10:00', '11:00'),
    });
    expect(roomBooking.status).toBe(201);
    const residence = await call('POST', '/dormitories', {
      token: adminToken,
      json: {
        code: `DM-R${runTag().toUpperCase()}`,
        name: '甲機關官邸',
        address: '高雄市',
        type: 'head_residence',
        lendable: true,
        agencyId: me.agencyId,
      },
    });
    expect(residence.status).toBe(201);
    const residenceBooking = await call('POST', '/residence-bookings', {
      token: requesterToken,
      json: {
        dormitoryId: residence.body.id,
        organizerType: 'school',
        organizerName: '四維國小',
        purpose: '公益音樂會',
        startsAt: `${bookingDay}T01:00:00Z`,
        endsAt: `${bookingDay}T05:00:00Z`,
      },
    });
    expect(residenceBooking.status).toBe(201);
    // One user of a new agency B per role; admin passes every check and sees everything by design.
    const outsiders = await Promise.all(
      ROLES.filter((role) => role !== 'admin').map(async (role) => ({
        role,
        token: (await userOfNewAgency(call, adminToken, [role])).token,
      })),
    );

    const lists = operations.filter(
      (operation) =>
        operation.method === 'GET' &&
        !operation.pathParameters.length &&
        !operation.queryParameters.some((parameter) => parameter.required),
    );
    const covered: string[] = [];
    const before = await snapshotTables(t.sql);
    for (const list of lists) {
      const itemOperations = operations.filter((operation) => operation.path.startsWith(`${list.path}/{id}`));
      const all = await call('GET', list.path, { token: adminToken, query: { limit: '200' } });
      if (listsAgencyRecordsUnpaged(all.body)) problems.push(`GET ${list.path} lists agency records unpaged`);
      const record = itemsOf(all.body).find(ownedByA);
      if (!record) continue;
      covered.push(list.path);
      for (const { role, token } of outsiders) {
        if (role === READS_EVERYTHING || SEES_EVERY_AGENCY[list.path]?.includes(role)) continue;
        const seen = await call('GET', list.path, { token, query: { limit: '200' } });
        if (seen.status === 200 && itemsOf(seen.body).some(ownedByA))
          problems.push(`GET ${list.path} shows agency A's rows to agency B's ${role}`);
        for (const operation of itemOperations) {
          const path = fillPath(operation.path, { id: String(record.id) });
          const json = operation.jsonBody ? sampleObject(operation.jsonBody, {}) : undefined;
          // 400 is fine (the body is only a sample, validated before the lookup); 409/422 would mean the record was looked at.
          expectRefused(
            `${operation.label} on agency A's ${list.path} record as agency B's ${role}`,
            await call(operation.method, path, { token, json }),
            [400, 403, 404],
          );
        }
      }
    }
    expect(changedTables(before, await snapshotTables(t.sql)).filter((table) => table !== 'login_throttles')).toEqual(
      [],
    );
    expect(covered).toEqual(
      expect.arrayContaining([
        '/users',
        '/dormitories',
        '/assets',
        '/venues/bookings',
        '/residence-bookings',
        '/dormitory-assignments',
        '/dormitory-patrols',
        '/dormitory-clearances',
        '/dormitory-lawsuits',
        '/dormitory-loans',
        ...writers
          .filter((writer) => ['ticket', 'booking'].includes(writer.kind))
          .map((writer) => (writer.kind === 'ticket' ? '/maintenance/tickets' : '/fleet/bookings')),
      ]),
    );
    expect(problems).toEqual([]);
  });
});
