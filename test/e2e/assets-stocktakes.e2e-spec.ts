import { moveAssetByForm, registerAsset, useAssetTestApp } from './assets-fixtures';

describe('assets: annual stocktake', () => {
  const app = useAssetTestApp();

  const record = (stocktakeId: string, assetId: string, body: Record<string, unknown>) =>
    app.t
      .http()
      .put(`/asset-stocktakes/${stocktakeId}/lines/${assetId}`)
      .auth(app.officer, { type: 'bearer' })
      .send(body);

  it('snapshots a center, refuses to close with unrecorded lines, then reports what is missing and moved', async () => {
    const [found, missing, moved] = [
      await registerAsset(app.t, app.places, { locationId: app.places.fengshanRoom, name: '會議桌' }),
      await registerAsset(app.t, app.places, { locationId: app.places.fengshanRoom, name: '投影機' }),
      await registerAsset(app.t, app.places, { locationId: app.places.fengshanRoom, name: '筆電' }),
    ];
    const elsewhere = await registerAsset(app.t, app.places, { locationId: app.places.siweiRoom, name: '四維的椅子' });
    const scrapped = await registerAsset(app.t, app.places, {
      locationId: app.places.fengshanRoom,
      name: '壞掉的冷氣',
    });
    await moveAssetByForm(app, scrapped.id, 'scrap');

    const opened = await app.t
      .http()
      .post('/asset-stocktakes')
      .auth(app.officer, { type: 'bearer' })
      .send({ rocYear: 113, scope: 'center', siteId: app.places.fengshan })
      .expect(201);
    expect(opened.body).toMatchObject({ status: 'open', lineCount: 3 });
    const stocktakeId = opened.body.id as string;
    const lines = await app.t.sql<{ asset_id: string }>(
      'SELECT asset_id FROM asset_stocktake_lines WHERE stocktake_id = $1',
      [stocktakeId],
    );
    expect(lines.map((line) => line.asset_id).sort()).toEqual([found.id, missing.id, moved.id].sort());
    expect(lines.map((line) => line.asset_id)).not.toContain(elsewhere.id);

    await record(stocktakeId, found.id, { result: 'found' }).expect(200);
    await record(stocktakeId, missing.id, { result: 'missing', note: '遍尋不著' }).expect(200);
    const refused = await app.t
      .http()
      .post(`/asset-stocktakes/${stocktakeId}/close`)
      .auth(app.officer, { type: 'bearer' })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'asset_stocktake.lines_unrecorded', details: { unrecorded: 1 } });
    expect(refused.body.message).toContain('1 unrecorded');
    const pending = await app.t
      .http()
      .get(`/asset-stocktakes/${stocktakeId}/lines?unrecorded=true`)
      .auth(app.officer, { type: 'bearer' })
      .expect(200);
    expect(pending.body.items.map((line: { assetId: string }) => line.assetId)).toEqual([moved.id]);
    const typed = await app.t
      .http()
      .get(`/asset-stocktakes/${stocktakeId}/lines?propertyNumber=${moved.propertyNumber}`)
      .auth(app.officer, { type: 'bearer' })
      .expect(200);
    expect(typed.body.items.map((line: { assetId: string }) => line.assetId)).toEqual([moved.id]);

    await record(stocktakeId, moved.id, { result: 'moved' }).expect(422);
    await record(stocktakeId, moved.id, {
      result: 'moved',
      foundLocationId: app.places.fengshanOtherRoom,
      foundCustodianName: '李小華',
    }).expect(200);
    const closed = await app.t
      .http()
      .post(`/asset-stocktakes/${stocktakeId}/close`)
      .auth(app.officer, { type: 'bearer' })
      .expect(200);
    expect(closed.body.stocktake).toMatchObject({ status: 'closed', missingCount: 1, movedCount: 1 });
    expect(closed.body.missing.map((line: { asset: { name: string } }) => line.asset.name)).toEqual(['投影機']);
    expect(closed.body.moved).toEqual([
      expect.objectContaining({
        assetId: moved.id,
        foundLocationId: app.places.fengshanOtherRoom,
        foundCustodianName: '李小華',
      }),
    ]);

    const register = await app.t.sql<{ id: string; status: string; location_id: string; custodian_name: string }>(
      'SELECT id, status, location_id, custodian_name FROM assets WHERE id = ANY($1)',
      [[found.id, missing.id, moved.id]],
    );
    expect(register.find((row) => row.id === moved.id)).toMatchObject({
      status: 'in_use',
      location_id: app.places.fengshanOtherRoom,
      custodian_name: '李小華',
    });
    expect(register.find((row) => row.id === missing.id)).toMatchObject({
      status: 'missing',
      location_id: app.places.fengshanRoom,
    });
    expect(register.find((row) => row.id === found.id)).toMatchObject({ status: 'in_use', custodian_name: '王小明' });
    const assetAudit = await app.t.sql<{ entity_id: string }>(
      "SELECT entity_id FROM audit_entries WHERE entity_type = 'asset' AND action = 'stocktake_close'",
    );
    expect(assetAudit.map((entry) => entry.entity_id).sort()).toEqual([missing.id, moved.id].sort());
    const writtenOff = await moveAssetByForm(app, missing.id, 'scrap', { reason: '盤點遍尋不著，報損' });
    expect(writtenOff.movement).toMatchObject({ fromStatus: 'missing', kind: 'scrap' });

    const late = await record(stocktakeId, found.id, { result: 'missing' }).expect(409);
    expect(late.body.code).toBe('asset_stocktake.closed');
    const report = await app.t
      .http()
      .get(`/asset-stocktakes/${stocktakeId}/discrepancies`)
      .auth(await app.t.login('reports'), { type: 'bearer' })
      .expect(200);
    expect(report.body.missing).toHaveLength(1);
    const audit = await app.t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'asset_stocktake' AND entity_id = $1 ORDER BY id",
      [stocktakeId],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['open', 'close']);
  });

  it("snapshots an agency's assets, once per year", async () => {
    const admin = await app.t.login('admin');
    const agency = await app.t
      .http()
      .post('/agencies')
      .auth(admin, { type: 'bearer' })
      .send({ code: 'STOCK-C', name: '盤點測試機關' })
      .expect(201);
    await registerAsset(app.t, app.places, { custodianAgencyId: agency.body.id });
    await registerAsset(app.t, app.places, { custodianAgencyId: agency.body.id, locationId: app.places.fengshanRoom });
    const body = { rocYear: 113, scope: 'agency', agencyId: agency.body.id };
    const opened = await app.t
      .http()
      .post('/asset-stocktakes')
      .auth(app.officer, { type: 'bearer' })
      .send(body)
      .expect(201);
    expect(opened.body.lineCount).toBe(2);
    const again = await app.t
      .http()
      .post('/asset-stocktakes')
      .auth(app.officer, { type: 'bearer' })
      .send(body)
      .expect(409);
    expect(again.body.details.constraint).toBe('uq_asset_stocktakes_agency_year');
  });

  it('validates the scope and keeps agency staff out', async () => {
    await app.t
      .http()
      .post('/asset-stocktakes')
      .auth(app.officer, { type: 'bearer' })
      .send({ rocYear: 113, scope: 'center' })
      .expect(400);
    const notSite = await app.t
      .http()
      .post('/asset-stocktakes')
      .auth(app.officer, { type: 'bearer' })
      .send({ rocYear: 113, scope: 'center', siteId: app.places.siweiRoom })
      .expect(422);
    expect(notSite.body.code).toBe('asset_stocktake.not_a_site');
    await app.t
      .http()
      .get('/asset-stocktakes')
      .auth(await app.t.login('requester'), { type: 'bearer' })
      .expect(403);
  });
});
