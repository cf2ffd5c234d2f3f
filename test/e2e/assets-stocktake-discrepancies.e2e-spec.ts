import { laptop, registerAsset, useAssetTestApp } from './assets-fixtures';

describe('assets: stocktake surplus and damaged lines', () => {
  const app = useAssetTestApp();

  const post = (path: string, body: Record<string, unknown>) =>
    app.t.http().post(path).auth(app.officer, { type: 'bearer' }).send(body);
  const record = (stocktakeId: string, assetId: string, body: Record<string, unknown>) =>
    app.t
      .http()
      .put(`/asset-stocktakes/${stocktakeId}/lines/${assetId}`)
      .auth(app.officer, { type: 'bearer' })
      .send(body);

  it('records a damaged line (with its note) and a surplus item, lists and counts them, and registers the surplus', async () => {
    const desk = await registerAsset(app.t, app.places, { locationId: app.places.fengshanRoom, name: '辦公桌電腦' });
    const screen = await registerAsset(app.t, app.places, { locationId: app.places.fengshanRoom, name: '投影幕' });
    const opened = await post('/asset-stocktakes', {
      rocYear: 114,
      scope: 'center',
      siteId: app.places.fengshan,
    }).expect(201);
    const id = opened.body.id as string;

    const noNote = await record(id, screen.id, { result: 'damaged' }).expect(422);
    expect(noNote.body).toMatchObject({ code: 'assets.stocktake_damage_note' });
    expect(noNote.body.details.fields[0].field).toBe('note');
    await expect(
      app.t.sql(
        "UPDATE asset_stocktake_lines SET result = 'damaged', recorded_at = now(), recorded_by_user_id = (SELECT id FROM users LIMIT 1) WHERE stocktake_id = $1 AND asset_id = $2",
        [id, screen.id],
      ),
    ).rejects.toMatchObject({ constraint: 'ck_asset_stocktake_lines_damaged' });
    await record(id, screen.id, { result: 'damaged', note: '布幕破損' }).expect(200);
    await record(id, desk.id, { result: 'found' }).expect(200);

    const blankName = await post(`/asset-stocktakes/${id}/surpluses`, {
      name: '',
      foundLocationId: app.places.fengshanRoom,
    }).expect(400);
    expect(blankName.body.details.fields[0].field).toBe('name');
    const surplus = await post(`/asset-stocktakes/${id}/surpluses`, {
      name: '會議用投影機',
      foundLocationId: app.places.fengshanRoom,
      foundCustodianName: '李小華',
      labelText: '無標籤',
    }).expect(201);
    expect(surplus.body).toMatchObject({ name: '會議用投影機', registeredAssetId: null });

    const closed = await app.t
      .http()
      .post(`/asset-stocktakes/${id}/close`)
      .auth(app.officer, { type: 'bearer' })
      .expect(200);
    expect(closed.body.counts).toEqual({ missing: 0, moved: 0, damaged: 1, surplus: 1 });
    expect(closed.body.damaged).toMatchObject([{ assetId: screen.id, note: '布幕破損' }]);
    expect(closed.body.surplus).toMatchObject([{ id: surplus.body.id, name: '會議用投影機' }]);
    const [damagedAsset] = await app.t.sql<{ status: string }>('SELECT status FROM assets WHERE id = $1', [screen.id]);
    expect(damagedAsset.status).toBe('in_use');

    const late = await post(`/asset-stocktakes/${id}/surpluses`, {
      name: '晚到的椅子',
      foundLocationId: app.places.fengshanRoom,
    }).expect(409);
    expect(late.body.code).toBe('asset_stocktake.closed');

    const registration = laptop(app.places, {
      name: '會議用投影機',
      categoryCode: '3140302-01',
      acquisitionCost: 25000,
      locationId: app.places.fengshanRoom,
    });
    const registered = await post(`/asset-stocktakes/${id}/surpluses/${surplus.body.id}/register`, registration).expect(
      201,
    );
    expect(registered.body.registeredAssetId).toEqual(expect.any(String));
    const [asset] = await app.t.sql<{ name: string; site_id: string }>(
      'SELECT name, site_id FROM assets WHERE id = $1',
      [registered.body.registeredAssetId],
    );
    expect(asset).toEqual({ name: '會議用投影機', site_id: app.places.fengshan });
    const twice = await post(`/asset-stocktakes/${id}/surpluses/${surplus.body.id}/register`, registration).expect(409);
    expect(twice.body.code).toBe('asset_stocktake.surplus_registered');
    const audit = await app.t.sql<{ action: string }>(
      'SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY occurred_at',
      [surplus.body.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['record', 'register']);
  });

  it('registers nothing when the registration is refused: the surplus line stays open', async () => {
    const opened = await post('/asset-stocktakes', { rocYear: 114, scope: 'center', siteId: app.places.siwei }).expect(
      201,
    );
    const surplus = await post(`/asset-stocktakes/${opened.body.id}/surpluses`, {
      name: '不明櫃子',
      foundLocationId: app.places.siweiRoom,
    }).expect(201);
    const refused = await post(
      `/asset-stocktakes/${opened.body.id}/surpluses/${surplus.body.id}/register`,
      laptop(app.places, { categoryCode: '9999999-99' }),
    ).expect(422);
    expect(refused.body.code).toBe('asset.unknown_category');
    const [line] = await app.t.sql<{ registered_asset_id: string | null }>(
      'SELECT registered_asset_id FROM asset_stocktake_surpluses WHERE id = $1',
      [surplus.body.id],
    );
    expect(line.registered_asset_id).toBeNull();
  });

  it('lets only the property officer record a surplus', async () => {
    const opened = await post('/asset-stocktakes', { rocYear: 115, scope: 'center', siteId: app.places.siwei }).expect(
      201,
    );
    const viewer = await app.t.login('reports');
    await app.t
      .http()
      .post(`/asset-stocktakes/${opened.body.id}/surpluses`)
      .auth(viewer, { type: 'bearer' })
      .send({ name: '椅子', foundLocationId: app.places.siweiRoom })
      .expect(403);
  });
});
