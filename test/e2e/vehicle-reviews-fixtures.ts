import { DateTime } from 'luxon';
import { TEST_PASSWORD, TestApp } from '../support/test-app';

export interface ReviewContext {
  admin: string;
  office: string;
  finance: string;
  police: string;
}

type Body = Record<string, unknown>;

/** A Taipei date `offset` days from today, `YYYY-MM-DD`. */
export function taipeiDay(offset: number): string {
  return DateTime.now().setZone('Asia/Taipei').plus({ days: offset }).toISODate()!;
}

/** Logs in the office (the demo dispatcher), the finance bureau's agency admin and a police agency admin made here. */
export async function setUpReviews(t: TestApp): Promise<ReviewContext> {
  const admin = await t.login('admin');
  const [{ id: policeId }] = await t.sql<{ id: string }>(`SELECT id FROM agencies WHERE code = 'POLICE'`);
  await t
    .http()
    .post('/users')
    .auth(admin, { type: 'bearer' })
    .send({
      username: 'police-admin',
      displayName: '警察局管理者',
      agencyId: policeId,
      roles: ['agency_admin'],
      password: TEST_PASSWORD,
    })
    .expect(201);
  return {
    admin,
    office: await t.login('dispatcher'),
    finance: await t.login('agency-admin'),
    police: await t.login('police-admin'),
  };
}

export async function openRound(t: TestApp, token: string, overrides: Body = {}): Promise<Body & { id: string }> {
  const response = await t
    .http()
    .post('/vehicle-reviews/rounds')
    .auth(token, { type: 'bearer' })
    .send({ budgetYear: 113, deadline: taipeiDay(30), ceilingAmount: 50_000_000, ...overrides })
    .expect(201);
  return response.body as Body & { id: string };
}

export function lineInput(overrides: Body = {}): Body {
  return {
    kind: 'car',
    purpose: '汰換逾齡公務小客車',
    quantity: 1,
    unitPrice: 900_000,
    replacedPlate: 'ab-1234',
    replacedAgeYears: 12,
    replacedKm: 180000,
    reason: '車齡逾12年，維修費用偏高',
    ...overrides,
  };
}

export async function fileLine(
  t: TestApp,
  token: string,
  roundId: string,
  overrides: Body = {},
): Promise<Body & { id: string; version: number }> {
  const response = await t
    .http()
    .post(`/vehicle-reviews/rounds/${roundId}/lines`)
    .auth(token, { type: 'bearer' })
    .send(lineInput(overrides))
    .expect(201);
  return response.body as Body & { id: string; version: number };
}

export function decide(t: TestApp, token: string, line: { id: string; version: number }, decision: Body) {
  return t
    .http()
    .post(`/vehicle-reviews/lines/${line.id}/decision`)
    .auth(token, { type: 'bearer' })
    .send({ version: line.version, ...decision });
}
