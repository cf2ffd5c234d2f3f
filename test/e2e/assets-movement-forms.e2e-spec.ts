import {
  acquiredLastYear,
  registerAsset,
  registerIdleAsset,
  SLOW_HOOK_MS,
  useAssetTestApp,
  userWithRoles,
} from './assets-fixtures';

describe('assets: movement forms approved by amount', () => {
  const app = useAssetTestApp();
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    tokens.property = app.officer;
    tokens.financeAdmin = await app.t.login('agency-admin');
    tokens.requester = await app.t.login('requester');
    tokens.admin = await app.t.login('admin');
    tokens.secondOfficer = await userWithRoles(app.t, 'property-2', app.places.agencies['GA-OFFICE'], [
      'property_officer',
    ]);
    tokens.civilAdmin = await userWithRoles(app.t, 'civil-admin', app.places.agencies['CIVIL-AFFAIRS'], [
      'agency_admin',
    ]);
  }, SLOW_HOOK_MS);

  const post = (token: string, path: string, body: Record<string, unknown>) =>
    app.t.http().post(path).auth(token, { type: 'bearer' }).send(body);

  /** Registers an idle asset and files a form for it as the token's user. */
  async function fileForNewAsset(
    token: string,
    form: Record<string, unknown>,
    registration: Record<string, unknown> = {},
  ) {
    const asset = await registerIdleAsset(app.t, app.places, registration);
    const filed = await post(token, '/asset-movement-forms', { assetId: asset.id, ...form }).expect(201);
    return { asset, filed };
  }

  it('a cheap asset needs the property officer only; the approval writes the movement and scraps the asset', async () => {
    const { asset, filed } = await fileForNewAsset(tokens.financeAdmin, { kind: 'scrap', reason: '主機板故障' });
    expect(filed.body).toMatchObject({
      status: 'pending',
      assetCost: 32000,
      approvalSteps: ['property_officer'],
      approvedSteps: 0,
      nextRole: 'property_officer',
      propertyNumber: asset.propertyNumber,
    });
    const approved = await post(tokens.property, `/asset-movement-forms/${filed.body.id}/approve`, {
      version: filed.body.version,
      note: '同意報廢',
    }).expect(201);
    expect(approved.body).toMatchObject({ status: 'approved', approvedSteps: 1, nextRole: null });
    expect(approved.body.steps).toMatchObject([{ stepIndex: 0, role: 'property_officer', decision: 'approved' }]);
    expect(approved.body.movement).toMatchObject({ kind: 'scrap', reason: '主機板故障' });
    const [row] = await app.t.sql<{ status: string }>('SELECT status FROM assets WHERE id = $1', [asset.id]);
    expect(row.status).toBe('scrapped');
    const audit = await app.t.sql<{ action: string }>(
      'SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY occurred_at',
      [filed.body.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['file', 'approve_step_1']);
  });

  it('a NT$150,000 asset needs its agency admin, then a property officer who did not file it', async () => {
    const { filed } = await fileForNewAsset(
      tokens.property,
      { kind: 'transfer', recipientName: '高雄市立前鎮國民中學' },
      { acquisitionCost: 150000 },
    );
    expect(filed.body.approvalSteps).toEqual(['agency_admin', 'property_officer']);
    const url = `/asset-movement-forms/${filed.body.id}/approve`;

    const officerFirst = await post(tokens.property, url, { version: 1 }).expect(403);
    expect(officerFirst.body).toMatchObject({
      code: 'asset_movement_form.not_your_step',
      details: { requiredRole: 'agency_admin' },
    });
    const otherAgency = await post(tokens.civilAdmin, url, { version: 1 }).expect(404);
    expect(otherAgency.body.code).toBe('asset_movement_form.not_found');

    const first = await post(tokens.financeAdmin, url, { version: 1 }).expect(201);
    expect(first.body).toMatchObject({ status: 'pending', approvedSteps: 1, nextRole: 'property_officer' });
    const stale = await post(tokens.secondOfficer, url, { version: 1 }).expect(409);
    expect(stale.body.code).toBe('asset_movement_form.stale_version');
    const filer = await post(tokens.property, url, { version: first.body.version }).expect(403);
    expect(filer.body).toMatchObject({ code: 'asset_movement_form.approver_involved', details: { as: 'filer' } });

    const last = await post(tokens.secondOfficer, url, { version: first.body.version }).expect(201);
    expect(last.body).toMatchObject({
      status: 'approved',
      movement: { kind: 'transfer', recipientName: '高雄市立前鎮國民中學' },
    });
    const again = await post(tokens.secondOfficer, url, { version: last.body.version }).expect(409);
    expect(again.body.code).toBe('asset_movement_form.not_pending');
  });

  it('takes the tiers from the configuration: NT$1,000,000 also needs the admin', async () => {
    const { filed } = await fileForNewAsset(
      tokens.property,
      { kind: 'sale', proceeds: 120000 },
      { acquisitionCost: 1_000_000 },
    );
    expect(filed.body.approvalSteps).toEqual(['agency_admin', 'property_officer', 'admin']);
  });

  it('one pending form per asset; rejecting needs a reason; only the filer withdraws', async () => {
    const asset = await registerIdleAsset(app.t, app.places);
    const body = { assetId: asset.id, kind: 'donation', recipientName: '社團法人高雄市社會福利協會' };
    const filed = await post(tokens.financeAdmin, '/asset-movement-forms', body).expect(201);
    const twice = await post(tokens.property, '/asset-movement-forms', body).expect(409);
    expect(twice.body).toMatchObject({
      code: 'asset_movement_form.already_pending',
      details: { formId: filed.body.id },
    });

    const noReason = await post(tokens.property, `/asset-movement-forms/${filed.body.id}/reject`, {
      version: 1,
    }).expect(400);
    expect(noReason.body.details.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'note' })]));
    const notFiler = await post(tokens.property, `/asset-movement-forms/${filed.body.id}/withdraw`, {
      version: 1,
    }).expect(403);
    expect(notFiler.body.code).toBe('asset_movement_form.not_filer');
    const rejected = await post(tokens.property, `/asset-movement-forms/${filed.body.id}/reject`, {
      version: 1,
      note: '受贈對象資格不符',
    }).expect(201);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionNote: '受贈對象資格不符' });
    const [row] = await app.t.sql<{ status: string }>('SELECT status FROM assets WHERE id = $1', [asset.id]);
    expect(row.status).toBe('idle');

    const refiled = await post(tokens.financeAdmin, '/asset-movement-forms', body).expect(201);
    const withdrawn = await post(tokens.financeAdmin, `/asset-movement-forms/${refiled.body.id}/withdraw`, {
      version: 1,
    }).expect(201);
    expect(withdrawn.body.status).toBe('withdrawn');
  });

  it('refuses a form the movement rules refuse, a filer without the role, and a missing recipient', async () => {
    const inUse = await registerAsset(app.t, app.places);
    const illegal = await post(tokens.property, '/asset-movement-forms', {
      assetId: inUse.id,
      kind: 'transfer',
      recipientName: '前鎮國中',
    }).expect(409);
    expect(illegal.body.code).toBe('asset.illegal_movement');
    const early = await registerAsset(app.t, app.places, acquiredLastYear());
    const noReason = await post(tokens.property, '/asset-movement-forms', { assetId: early.id, kind: 'scrap' }).expect(
      422,
    );
    expect(noReason.body.code).toBe('asset.early_scrap_needs_reason');
    await post(tokens.requester, '/asset-movement-forms', { assetId: inUse.id, kind: 'scrap' }).expect(403);
    const otherAgency = await post(tokens.civilAdmin, '/asset-movement-forms', {
      assetId: inUse.id,
      kind: 'scrap',
    }).expect(404);
    expect(otherAgency.body.code).toBe('asset.not_found');
    const noRecipient = await post(tokens.property, '/asset-movement-forms', {
      assetId: inUse.id,
      kind: 'donation',
    }).expect(400);
    expect(noRecipient.body.details.fields[0].field).toBe('recipientName');
  });

  it('checks the movement rules again at the last approval: an asset back in use cannot be transferred', async () => {
    const { asset, filed } = await fileForNewAsset(tokens.property, { kind: 'transfer', recipientName: '前鎮國中' });
    await app.t
      .http()
      .patch(`/assets/${asset.id}`)
      .auth(tokens.property, { type: 'bearer' })
      .send({ version: asset.version, status: 'in_use' })
      .expect(200);
    const refused = await post(tokens.secondOfficer, `/asset-movement-forms/${filed.body.id}/approve`, {
      version: 1,
    }).expect(409);
    expect(refused.body.code).toBe('asset.illegal_movement');
    const [form] = await app.t.sql<{ status: string; approved_steps: number }>(
      'SELECT status, approved_steps FROM asset_movement_forms WHERE id = $1',
      [filed.body.id],
    );
    expect(form).toEqual({ status: 'pending', approved_steps: 0 });
  });

  it('lists the forms awaiting me, within my agency', async () => {
    const { filed } = await fileForNewAsset(
      tokens.property,
      { kind: 'scrap', reason: '老舊' },
      { acquisitionCost: 200000 },
    );
    const list = (token: string, query: string) =>
      app.t.http().get(`/asset-movement-forms?${query}`).auth(token, { type: 'bearer' }).expect(200);
    const mine = await list(tokens.financeAdmin, 'awaitingMe=true');
    expect(mine.body.items.map((form: { id: string }) => form.id)).toContain(filed.body.id);
    const officer = await list(tokens.property, 'awaitingMe=true');
    expect(officer.body.items.map((form: { id: string }) => form.id)).not.toContain(filed.body.id);
    const civil = await list(tokens.civilAdmin, '');
    expect(civil.body.items).toEqual([]);
    await app.t
      .http()
      .get(`/asset-movement-forms/${filed.body.id}`)
      .auth(tokens.civilAdmin, { type: 'bearer' })
      .expect(404);
  });
});
