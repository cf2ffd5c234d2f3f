import { taipeiDate } from '../../src/common/time';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

interface TreeNode {
  id: string;
  code: string;
  kind: string;
  children: TreeNode[];
}

/** Ids the asset tests need: the demo agencies, both centers and a room in each. */
export interface AssetPlaces {
  agencies: Record<string, string>;
  siwei: string;
  fengshan: string;
  siweiRoom: string;
  fengshanRoom: string;
  fengshanOtherRoom: string;
}

function rooms(node: TreeNode): string[] {
  return node.kind === 'room' ? [node.id] : node.children.flatMap(rooms);
}

export async function assetPlaces(t: TestApp): Promise<AssetPlaces> {
  const admin = await t.login('admin');
  const tree = (await t.http().get('/locations/tree').auth(admin, { type: 'bearer' }).expect(200)).body as TreeNode[];
  const site = (code: string) => tree.find((node) => node.code === code)!;
  const agencies = (await t.http().get('/agencies?limit=200').auth(admin, { type: 'bearer' }).expect(200)).body
    .items as { id: string; code: string }[];
  const [fengshanRoom, fengshanOtherRoom] = rooms(site('FS'));
  return {
    agencies: Object.fromEntries(agencies.map((agency) => [agency.code, agency.id])),
    siwei: site('SW').id,
    fengshan: site('FS').id,
    siweiRoom: rooms(site('SW'))[0],
    fengshanRoom,
    fengshanOtherRoom,
  };
}

/** A valid registration: a NT$32,000 computer (its 4-year life from the classification), held by FINANCE in a Siwei room. */
export function laptop(places: AssetPlaces, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '筆記型電腦',
    categoryCode: '3140101-03',
    specification: 'i5 / 16GB',
    acquisitionDate: '2018-03-15',
    acquisitionCost: 32000,
    custodianAgencyId: places.agencies.FINANCE,
    locationId: places.siweiRoom,
    custodianName: '王小明',
    ...overrides,
  };
}

export async function registerAsset(
  t: TestApp,
  places: AssetPlaces,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number; propertyNumber: string }> {
  const officer = await t.login('property');
  const response = await t.http().post('/assets').auth(officer, { type: 'bearer' }).send(laptop(places, overrides));
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Registers an asset and marks it idle, ready to be transferred, donated or sold. */
export async function registerIdleAsset(
  t: TestApp,
  places: AssetPlaces,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number; propertyNumber: string }> {
  const asset = await registerAsset(t, places, overrides);
  const officer = await t.login('property');
  const response = await t
    .http()
    .patch(`/assets/${asset.id}`)
    .auth(officer, { type: 'bearer' })
    .send({ version: asset.version, status: 'idle' })
    .expect(200);
  return response.body;
}

/** For hooks that boot the app or build fixtures; Jest's five-second default is too short on the shared machine. */
export const SLOW_HOOK_MS = 60_000;

export interface AssetTestContext {
  t: TestApp;
  places: AssetPlaces;
  /** The property officer's token. */
  officer: string;
}

/**
 * Boots the app for one test file (in `beforeAll`, closed in `afterAll`) and returns the context
 * the hooks fill in. The e2e project's testTimeout does not reach the hooks.
 */
export function useAssetTestApp(): AssetTestContext {
  const context = {} as AssetTestContext;
  beforeAll(async () => {
    context.t = await startTestApp();
    context.places = await assetPlaces(context.t);
    context.officer = await context.t.login('property');
  }, SLOW_HOOK_MS);
  afterAll(() => context.t.close());
  return context;
}

/** Registration fields of an asset bought last year that should serve five: scrapping it is early whenever the test runs. */
export function acquiredLastYear(): { acquisitionDate: string; minimumServiceLifeYears: number } {
  const lastYear = Number(taipeiDate(new Date()).slice(0, 4)) - 1;
  return { acquisitionDate: `${lastYear}-01-10`, minimumServiceLifeYears: 5 };
}

/** A user with the roles in the agency, created by the admin the first time it is asked for; returns a token. */
export async function userWithRoles(t: TestApp, username: string, agencyId: string, roles: string[]): Promise<string> {
  const existing = await t.sql('SELECT 1 FROM users WHERE username = $1', [username]);
  if (existing.length === 0) {
    const admin = await t.login('admin');
    await t
      .http()
      .post('/users')
      .auth(admin, { type: 'bearer' })
      .send({ username, displayName: username, agencyId, roles, password: TEST_PASSWORD })
      .expect(201);
  }
  return t.login(username);
}

/** Someone who may decide a step: the step's role, of the asset's agency for an agency admin, and not the filer. */
function deciderOf(context: AssetTestContext, role: string, agencyId: string): Promise<string> {
  const { t, places } = context;
  if (role === 'admin') return t.login('admin');
  if (role === 'property_officer')
    return userWithRoles(t, 'property-approver', places.agencies['GA-OFFICE'], ['property_officer']);
  return userWithRoles(t, `agency-admin-${agencyId.slice(0, 8)}`, agencyId, ['agency_admin']);
}

export type MovementKind = 'transfer' | 'donation' | 'sale' | 'scrap';

interface MovementBody {
  id: string;
  kind: MovementKind;
  fromStatus: string;
  occurredOn: string;
  [field: string]: unknown;
}

/** A movement form as the routes answer it, as far as the tests read it. */
export interface MovementFormBody {
  id: string;
  version: number;
  status: string;
  approvalSteps: string[];
  approvedSteps: number;
  custodianAgencyId: string;
  movement: MovementBody | null;
}

/**
 * Takes an asset out of the register the only way there is: the property officer files a movement
 * form and users who may decide each step approve it to the last. Throws if any step is refused
 * (tests of refusals call the routes themselves). The last approval dates the movement that day;
 * `occurredOn` moves the date back in the database, for reports of past years, as a register kept
 * before this service would hold it.
 */
export async function moveAssetByForm(
  context: AssetTestContext,
  assetId: string,
  kind: MovementKind,
  fields: Record<string, unknown> = {},
  occurredOn?: string,
): Promise<MovementFormBody & { movement: MovementBody }> {
  const { t, officer } = context;
  let form = await expectCreated(
    t
      .http()
      .post('/asset-movement-forms')
      .auth(officer, { type: 'bearer' })
      .send({ assetId, kind, ...fields }),
  );
  for (const role of form.approvalSteps.slice(form.approvedSteps)) {
    const decider = await deciderOf(context, role, form.custodianAgencyId);
    form = await expectCreated(
      t
        .http()
        .post(`/asset-movement-forms/${form.id}/approve`)
        .auth(decider, { type: 'bearer' })
        .send({ version: form.version }),
    );
  }
  const movement = form.movement;
  if (!movement) throw new Error(`movement form ${form.id} is approved but wrote no movement`);
  if (occurredOn) {
    await t.sql('UPDATE asset_movements SET occurred_on = $2 WHERE id = $1', [movement.id, occurredOn]);
    await t.sql('UPDATE assets SET disposed_on = $2 WHERE id = $1', [assetId, occurredOn]);
    movement.occurredOn = occurredOn;
  }
  return { ...form, movement };
}

async function expectCreated(request: PromiseLike<{ status: number; body: unknown }>): Promise<MovementFormBody> {
  const response = await request;
  if (response.status !== 201)
    throw new Error(`movement form step failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as MovementFormBody;
}
