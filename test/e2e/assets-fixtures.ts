import { startTestApp, TestApp } from '../support/test-app';

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
): Promise<{ id: string; version: number }> {
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
