import { TEST_PASSWORD } from '../support/test-app';
import {
  acquiredLastYear,
  laptop,
  moveAssetByForm,
  registerAsset,
  registerIdleAsset,
  useAssetTestApp,
  userWithRoles,
} from './assets-fixtures';

describe('assets: register and movements', () => {
  const app = useAssetTestApp();
  const fileForm = (body: Record<string, unknown>) =>
    app.t.http().post('/asset-movement-forms').auth(app.officer, { type: 'bearer' }).send(body);

  describe('register', () => {
    it('registers property with the next serial of its category and audits it', async () => {
      const response = await app.t
        .http()
        .post('/assets')
        .auth(app.officer, { type: 'bearer' })
        .send(laptop(app.places, { categoryCode: '3140101-05' }))
        .expect(201);
      expect(response.body).toMatchObject({
        propertyNumber: '3140101-05-000001',
        kind: 'property',
        status: 'in_use',
        siteId: app.places.siwei,
        version: 1,
      });
      const second = await registerAsset(app.t, app.places, { categoryCode: '3140101-05' });
      expect(second.propertyNumber).toBe('3140101-05-000002');
      const audit = await app.t.sql<{ action: string }>(
        'SELECT action FROM audit_entries WHERE entity_type = $1 AND entity_id = $2',
        ['asset', response.body.id],
      );
      expect(audit).toEqual([{ action: 'register' }]);
    });

    it('classifies cheap equipment as a non-consumable item, and the database refuses a wrong kind or class', async () => {
      const cheap = await registerAsset(app.t, app.places, { acquisitionCost: 9999, minimumServiceLifeYears: 5 });
      const rows = await app.t.sql<{ kind: string; item_class: string | null }>(
        'SELECT kind, item_class FROM assets WHERE id = $1',
        [cheap.id],
      );
      expect(rows).toEqual([{ kind: 'item', item_class: 'non_consumable' }]);
      await expect(
        app.t.sql("UPDATE assets SET kind = 'property', item_class = NULL WHERE id = $1", [cheap.id]),
      ).rejects.toMatchObject({ constraint: 'ck_assets_kind' });
      await expect(
        app.t.sql("UPDATE assets SET item_class = 'consumable' WHERE id = $1", [cheap.id]),
      ).rejects.toMatchObject({ constraint: 'ck_assets_item_class_rule' });
    });

    it('keeps a given property number, refuses it twice and refuses one of another category', async () => {
      const given = await registerAsset(app.t, app.places, {
        categoryCode: '5010201-04',
        propertyNumber: '5010201-04-000500',
      });
      expect(given.propertyNumber).toBe('5010201-04-000500');
      const next = await registerAsset(app.t, app.places, { categoryCode: '5010201-04' });
      expect(next.propertyNumber).toBe('5010201-04-000501');
      const taken = await app.t
        .http()
        .post('/assets')
        .auth(app.officer, { type: 'bearer' })
        .send(laptop(app.places, { categoryCode: '5010201-04', propertyNumber: '5010201-04-000500' }))
        .expect(409);
      expect(taken.body).toMatchObject({
        code: 'assets.property_number_taken',
        details: {
          constraint: 'uq_assets_property_number',
          fields: [{ field: 'propertyNumber', code: 'assets.property_number_taken', message: expect.any(String) }],
        },
      });
      const mismatch = await app.t
        .http()
        .post('/assets')
        .auth(app.officer, { type: 'bearer' })
        .send(laptop(app.places, { propertyNumber: '5010201-04-000900' }))
        .expect(422);
      expect(mismatch.body.code).toBe('asset.property_number_category');
      expect(mismatch.body.details.fields[0]).toMatchObject({
        field: 'propertyNumber',
        code: 'asset.property_number_category',
      });
    });

    it('validates every field', async () => {
      const response = await app.t
        .http()
        .post('/assets')
        .auth(app.officer, { type: 'bearer' })
        .send(
          laptop(app.places, {
            acquisitionCost: -1,
            categoryCode: '31401',
            acquisitionDate: '2018-02-30',
            minimumServiceLifeYears: 1.5,
            extra: 1,
          }),
        )
        .expect(400);
      const fields = [
        ...new Set((response.body.details.fields as { field: string }[]).map((field) => field.field)),
      ].sort();
      expect(fields).toEqual([
        'acquisitionCost',
        'acquisitionDate',
        'categoryCode',
        'extra',
        'minimumServiceLifeYears',
      ]);
      await app.t
        .http()
        .post('/assets')
        .auth(app.officer, { type: 'bearer' })
        .send(laptop(app.places, { locationId: '00000000-0000-4000-8000-000000000000' }))
        .expect(404);
    });

    it('lets only property officers write and keeps other office roles out', async () => {
      const requester = await app.t.login('requester');
      await app.t.http().post('/assets').auth(requester, { type: 'bearer' }).send(laptop(app.places)).expect(403);
      await app.t
        .http()
        .get('/assets')
        .auth(await app.t.login('technician'), { type: 'bearer' })
        .expect(403);
      await app.t
        .http()
        .get('/assets')
        .auth(await app.t.login('reports'), { type: 'bearer' })
        .expect(200);
    });

    it('filters and pages the register by property number', async () => {
      for (let index = 0; index < 3; index++)
        await registerAsset(app.t, app.places, { categoryCode: '3140204-01', name: `投影機 ${index}` });
      const first = await app.t
        .http()
        .get('/assets?categoryCode=3140204-01&limit=2')
        .auth(app.officer, { type: 'bearer' })
        .expect(200);
      expect(first.body.items.map((asset: { propertyNumber: string }) => asset.propertyNumber)).toEqual([
        '3140204-01-000001',
        '3140204-01-000002',
      ]);
      const second = await app.t
        .http()
        .get(`/assets?categoryCode=3140204-01&limit=2&cursor=${first.body.nextCursor}`)
        .auth(app.officer, { type: 'bearer' })
        .expect(200);
      expect(second.body.items.map((asset: { propertyNumber: string }) => asset.propertyNumber)).toEqual([
        '3140204-01-000003',
      ]);
      expect(second.body.nextCursor).toBeNull();
      const search = await app.t
        .http()
        .get(`/assets?search=${encodeURIComponent('投影機 1')}`)
        .auth(app.officer, { type: 'bearer' })
        .expect(200);
      expect(search.body.items).toHaveLength(1);
    });

    it('marks an asset idle with its version, lists it as idle and refuses a stale version', async () => {
      const asset = await registerAsset(app.t, app.places, { name: '閒置印表機' });
      const idle = await app.t
        .http()
        .patch(`/assets/${asset.id}`)
        .auth(app.officer, { type: 'bearer' })
        .send({ version: 1, status: 'idle', locationId: app.places.fengshanRoom })
        .expect(200);
      expect(idle.body).toMatchObject({ status: 'idle', version: 2, siteId: app.places.fengshan });
      const stale = await app.t
        .http()
        .patch(`/assets/${asset.id}`)
        .auth(app.officer, { type: 'bearer' })
        .send({ version: 1, name: 'x' })
        .expect(409);
      expect(stale.body.code).toBe('asset.stale_version');
      const list = await app.t.http().get('/assets/idle?limit=200').auth(app.officer, { type: 'bearer' }).expect(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(asset.id);
      expect(list.body.items.every((item: { status: string }) => item.status === 'idle')).toBe(true);
    });
  });

  describe('movements, only through forms approved to the last step', () => {
    const cases = [
      { kind: 'transfer', fields: { recipientName: '高雄市立前鎮國中' }, status: 'transferred' },
      { kind: 'donation', fields: { recipientName: '社會福利協會' }, status: 'donated' },
      { kind: 'sale', fields: { proceeds: 6500 }, status: 'sold' },
      { kind: 'scrap', fields: {}, status: 'scrapped' },
    ] as const;
    it.each(cases)(
      '$kind writes one movement row dated on the last approval and disposes of the idle asset',
      async ({ kind, fields, status }) => {
        const asset = await registerIdleAsset(app.t, app.places);
        const form = await moveAssetByForm(app, asset.id, kind, fields);
        expect(form.movement).toMatchObject({ kind, fromStatus: 'idle', ...fields });
        const rows = await app.t.sql<{ status: string; kind: string; dated_on_approval: boolean }>(
          `SELECT a.status, m.kind,
                  a.disposed_on = m.occurred_on AND m.occurred_on = (f.decided_at AT TIME ZONE 'Asia/Taipei')::date AS dated_on_approval
             FROM assets a JOIN asset_movements m ON m.asset_id = a.id JOIN asset_movement_forms f ON f.movement_id = m.id
            WHERE a.id = $1`,
          [asset.id],
        );
        expect(rows).toEqual([{ status, kind, dated_on_approval: true }]);
        const audit = await app.t.sql<{ action: string }>(
          "SELECT action FROM audit_entries WHERE entity_type = 'asset' AND entity_id = $1 ORDER BY id DESC LIMIT 1",
          [asset.id],
        );
        expect(audit[0].action).toBe(kind);
        const requester = await app.t.login('requester');
        const seen = await app.t.http().get(`/assets/${asset.id}`).auth(requester, { type: 'bearer' }).expect(200);
        expect(seen.body.movement.kind).toBe(kind);
      },
    );

    it('has no route that moves an asset without a form any more', async () => {
      const asset = await registerIdleAsset(app.t, app.places);
      const attempts = [
        { path: 'transfer', body: { recipientName: '教育局' } },
        { path: 'donation', body: { recipientName: '教育局' } },
        { path: 'sale', body: { proceeds: 100 } },
        { path: 'scrap', body: {} },
      ];
      for (const { path, body } of attempts) {
        const response = await app.t
          .http()
          .post(`/assets/${asset.id}/${path}`)
          .auth(app.officer, { type: 'bearer' })
          .send({ occurredOn: '2024-05-20', ...body })
          .expect(404);
        expect(response.body.code).toBe('route.not_found');
      }
      const rows = await app.t.sql<{ status: string; movements: string }>(
        'SELECT status, (SELECT count(*) FROM asset_movements WHERE asset_id = $1) AS movements FROM assets WHERE id = $1',
        [asset.id],
      );
      expect(rows).toEqual([{ status: 'idle', movements: '0' }]);
    });

    it('refuses to transfer, donate or sell an asset still in use, but scraps it', async () => {
      const asset = await registerAsset(app.t, app.places);
      for (const refused of [
        { kind: 'sale', proceeds: 100 },
        { kind: 'transfer', recipientName: '教育局' },
        { kind: 'donation', recipientName: '教育局' },
      ]) {
        const response = await fileForm({ assetId: asset.id, ...refused }).expect(409);
        expect(response.body).toMatchObject({
          code: 'asset.illegal_movement',
          details: { status: 'in_use', allowedFrom: ['idle'] },
        });
      }
      const scrapped = await moveAssetByForm(app, asset.id, 'scrap');
      expect(scrapped.movement).toMatchObject({ kind: 'scrap', fromStatus: 'in_use' });
    });

    it('never moves or edits a disposed asset again', async () => {
      const asset = await registerIdleAsset(app.t, app.places);
      await moveAssetByForm(app, asset.id, 'transfer', { recipientName: '教育局' });
      const again = await fileForm({ assetId: asset.id, kind: 'scrap', reason: 'x' }).expect(409);
      expect(again.body.code).toBe('asset.disposed');
      const edit = await app.t
        .http()
        .patch(`/assets/${asset.id}`)
        .auth(app.officer, { type: 'bearer' })
        .send({ version: 3, status: 'in_use' })
        .expect(409);
      expect(edit.body.code).toBe('asset.disposed');
      await expect(app.t.sql("UPDATE assets SET status = 'in_use' WHERE id = $1", [asset.id])).rejects.toMatchObject({
        constraint: 'ck_assets_disposed_on',
      });
    });

    it('refuses a movement before the acquisition, and a form without its recipient or its proceeds', async () => {
      const notYetAcquired = await registerIdleAsset(app.t, app.places, { acquisitionDate: '2099-01-01' });
      const early = await fileForm({ assetId: notYetAcquired.id, kind: 'donation', recipientName: 'x' }).expect(422);
      expect(early.body).toMatchObject({
        code: 'asset.movement_date_out_of_range',
        details: { earliest: '2099-01-01' },
      });
      const asset = await registerIdleAsset(app.t, app.places);
      const brokenFields = async (body: Record<string, unknown>) => {
        const response = await fileForm({ assetId: asset.id, ...body }).expect(400);
        return new Set(response.body.details.fields.map((problem: { field: string }) => problem.field));
      };
      expect(await brokenFields({ kind: 'transfer' })).toEqual(new Set(['recipientName']));
      expect(await brokenFields({ kind: 'sale' })).toEqual(new Set(['proceeds']));
      const sold = await moveAssetByForm(app, asset.id, 'sale', { proceeds: 13000, recipientName: '得標廠商' });
      expect(sold.movement).toMatchObject({ proceeds: 13000, recipientName: '得標廠商' });
    });

    it('refuses an early scrap without a reason, in the service and in the database', async () => {
      const acquired = acquiredLastYear();
      const lastYear = Number(acquired.acquisitionDate.slice(0, 4));
      const asset = await registerAsset(app.t, app.places, acquired);
      const refused = await fileForm({ assetId: asset.id, kind: 'scrap' }).expect(422);
      expect(refused.body).toMatchObject({
        code: 'asset.early_scrap_needs_reason',
        details: { serviceLifeEndsOn: `${lastYear + 5}-01-10` },
      });
      await expect(
        app.t.sql(
          "INSERT INTO asset_movements (asset_id, kind, from_status, occurred_on, service_life_ends_on, recorded_by_user_id) VALUES ($1, 'scrap', 'in_use', $2, $3, gen_random_uuid())",
          [asset.id, `${lastYear}-06-01`, `${lastYear + 5}-01-10`],
        ),
      ).rejects.toMatchObject({ constraint: 'ck_asset_movements_early_scrap_reason' });
      const scrapped = await moveAssetByForm(app, asset.id, 'scrap', { reason: '雷擊損毀，無修復價值' });
      expect(scrapped.movement).toMatchObject({
        reason: '雷擊損毀，無修復價值',
        serviceLifeEndsOn: `${lastYear + 5}-01-10`,
      });
    });

    it('lets exactly one of several officers file for an asset, and exactly one approver move it', async () => {
      const asset = await registerIdleAsset(app.t, app.places);
      const filings = await Promise.all([
        fileForm({ assetId: asset.id, kind: 'sale', proceeds: 13000 }),
        fileForm({ assetId: asset.id, kind: 'scrap' }),
        fileForm({ assetId: asset.id, kind: 'transfer', recipientName: '教育局' }),
        fileForm({ assetId: asset.id, kind: 'sale', proceeds: 12000 }),
      ]);
      expect(filings.map((filing) => filing.status).sort()).toEqual([201, 409, 409, 409]);
      const form = filings.find((filing) => filing.status === 201)!.body as { id: string; version: number };
      const approvers = await Promise.all(
        ['property-approver', 'property-approver-2'].map((username) =>
          userWithRoles(app.t, username, app.places.agencies['GA-OFFICE'], ['property_officer']),
        ),
      );
      const approvals = await Promise.all(
        approvers.map((approver) =>
          app.t
            .http()
            .post(`/asset-movement-forms/${form.id}/approve`)
            .auth(approver, { type: 'bearer' })
            .send({ version: form.version }),
        ),
      );
      expect(approvals.map((approval) => approval.status).sort()).toEqual([201, 409]);
      const movements = await app.t.sql<{ count: string }>('SELECT count(*) FROM asset_movements WHERE asset_id = $1', [
        asset.id,
      ]);
      expect(movements[0].count).toBe('1');
    });
  });

  describe('the official classification (財物標準分類)', () => {
    it('takes the name and the minimum service life from the code', async () => {
      const {
        name: _name,
        minimumServiceLifeYears: _life,
        ...unnamed
      } = laptop(app.places, {
        categoryCode: '3140104-07',
        acquisitionCost: 120000,
      });
      const response = await app.t
        .http()
        .post('/assets')
        .auth(app.officer, { type: 'bearer' })
        .send(unnamed)
        .expect(201);
      expect(response.body).toMatchObject({
        name: '伺服器',
        minimumServiceLifeYears: 5,
        kind: 'property',
        itemClass: null,
      });
    });

    it('refuses a code the classification does not have, and a life shorter than its minimum', async () => {
      const unknown = await app.t
        .http()
        .post('/assets')
        .auth(app.officer, { type: 'bearer' })
        .send(laptop(app.places, { categoryCode: '3140101-08' }))
        .expect(422);
      expect(unknown.body).toMatchObject({
        code: 'asset.unknown_category',
        details: { fields: [{ field: 'categoryCode', code: 'asset.unknown_category' }] },
      });
      const short = await app.t
        .http()
        .post('/assets')
        .auth(app.officer, { type: 'bearer' })
        .send(laptop(app.places, { minimumServiceLifeYears: 3 }))
        .expect(422);
      expect(short.body).toMatchObject({
        code: 'asset.service_life_below_minimum',
        details: { fields: [{ field: 'minimumServiceLifeYears', params: { min: 4 } }] },
      });
    });

    it('accepts a code ending in a letter, a 5-digit serial, and counts a cheap building as property', async () => {
      const building = laptop(app.places, {
        categoryCode: '2010101-01A',
        name: '行政中心附屬警衛室',
        acquisitionCost: 8000,
      });
      const { minimumServiceLifeYears: _life, ...withoutLife } = building;
      const needsLife = await app.t
        .http()
        .post('/assets')
        .auth(app.officer, { type: 'bearer' })
        .send(withoutLife)
        .expect(422);
      expect(needsLife.body.code).toBe('asset.service_life_required');
      const registered = await registerAsset(app.t, app.places, { ...building, minimumServiceLifeYears: 1 });
      expect(registered).toMatchObject({ propertyNumber: '2010101-01A-000001', kind: 'property', itemClass: null });
      const fiveDigits = await registerAsset(app.t, app.places, { propertyNumber: '3140101-03-40745' });
      expect(fiveDigits.propertyNumber).toBe('3140101-03-40745');
    });

    it('looks codes up for the forms', async () => {
      const found = await app.t
        .http()
        .get('/asset-classifications?search=3140104')
        .auth(app.officer, { type: 'bearer' })
        .expect(200);
      expect(found.body.items).toEqual([
        {
          code: '3140104-07',
          name: '伺服器',
          unit: '部',
          minimumServiceLifeYears: 5,
          customServiceLife: false,
          checked: true,
        },
      ]);
      const one = await app.t
        .http()
        .get('/asset-classifications/2010101-01A')
        .auth(app.officer, { type: 'bearer' })
        .expect(200);
      expect(one.body).toMatchObject({ unit: '棟', minimumServiceLifeYears: null, customServiceLife: true });
      await app.t.http().get('/asset-classifications/9999999-99').auth(app.officer, { type: 'bearer' }).expect(404);
    });
  });

  describe('concurrent registration', () => {
    it('hands out distinct serials and one given number only once', async () => {
      const automatic = await Promise.all(
        Array.from({ length: 8 }, () =>
          app.t
            .http()
            .post('/assets')
            .auth(app.officer, { type: 'bearer' })
            .send(laptop(app.places, { categoryCode: '3120211-01' })),
        ),
      );
      expect(automatic.map((response) => response.status)).toEqual(Array(8).fill(201));
      expect(automatic.map((response) => response.body.propertyNumber).sort()).toEqual(
        Array.from({ length: 8 }, (_, index) => `3120211-01-00000${index + 1}`),
      );
      const given = await Promise.all(
        Array.from({ length: 5 }, () =>
          app.t
            .http()
            .post('/assets')
            .auth(app.officer, { type: 'bearer' })
            .send(laptop(app.places, { categoryCode: '4050101-01', propertyNumber: '4050101-01-000042' })),
        ),
      );
      expect(given.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
      const rows = await app.t.sql<{ count: string }>(
        "SELECT count(*) FROM assets WHERE property_number = '4050101-01-000042'",
      );
      expect(rows[0].count).toBe('1');
    });
  });

  it('documents its endpoints in the OpenAPI document', async () => {
    const response = await app.t.http().get('/docs-json').expect(200);
    const paths = Object.keys(response.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/assets',
        '/assets/idle',
        '/assets/export',
        '/asset-movement-forms/{id}/approve',
        '/asset-stocktakes/{id}/close',
        '/asset-reports/changes',
      ]),
    );
    expect(paths.filter((path) => /^\/assets\/\{id\}\/(transfer|donation|sale|scrap)$/.test(path))).toEqual([]);
  });

  describe('agency scoping', () => {
    it("hides another agency's assets from agency staff: 404 on read, absent from lists", async () => {
      const admin = await app.t.login('admin');
      const other = await app.t
        .http()
        .post('/agencies')
        .auth(admin, { type: 'bearer' })
        .send({ code: 'ASSET-B', name: '測試機關乙' })
        .expect(201);
      await app.t
        .http()
        .post('/users')
        .auth(admin, { type: 'bearer' })
        .send({
          username: 'asset-b-staff',
          displayName: '乙機關同仁',
          agencyId: other.body.id,
          roles: ['requester'],
          password: TEST_PASSWORD,
        })
        .expect(201);
      const theirs = await registerAsset(app.t, app.places, { custodianAgencyId: other.body.id, name: '乙機關影印機' });
      const ours = await registerAsset(app.t, app.places, { name: '財政局碎紙機' });
      const requester = await app.t.login('requester');
      await app.t.http().get(`/assets/${theirs.id}`).auth(requester, { type: 'bearer' }).expect(404);
      await app.t.http().get(`/assets/${ours.id}`).auth(requester, { type: 'bearer' }).expect(200);
      const list = await app.t.http().get('/assets?limit=200').auth(requester, { type: 'bearer' }).expect(200);
      const ids = list.body.items.map((item: { id: string }) => item.id);
      expect(ids).toContain(ours.id);
      expect(ids).not.toContain(theirs.id);
      expect(
        list.body.items.every(
          (item: { custodianAgencyId: string }) => item.custodianAgencyId === app.places.agencies.FINANCE,
        ),
      ).toBe(true);
      const asked = await app.t
        .http()
        .get(`/assets?agencyId=${other.body.id}`)
        .auth(requester, { type: 'bearer' })
        .expect(200);
      expect(asked.body.items).toEqual([]);
      const staffB = await app.t.login('asset-b-staff');
      const listB = await app.t.http().get('/assets?limit=200').auth(staffB, { type: 'bearer' }).expect(200);
      expect(listB.body.items.map((item: { id: string }) => item.id)).toEqual([theirs.id]);
      await app.t.http().get(`/assets/${ours.id}`).auth(staffB, { type: 'bearer' }).expect(404);
    });

    it('offers idle assets to every agency, but nothing else of another agency', async () => {
      const spare = await registerIdleAsset(app.t, app.places, { name: '財政局閒置投影機' });
      const busy = await registerAsset(app.t, app.places, { name: '財政局使用中電腦' });
      const staffB = await app.t.login('asset-b-staff');
      const idle = await app.t.http().get('/assets/idle?limit=200').auth(staffB, { type: 'bearer' }).expect(200);
      const ids = idle.body.items.map((item: { id: string }) => item.id);
      expect(ids).toContain(spare.id);
      expect(ids).not.toContain(busy.id);
      expect(idle.body.items.every((item: { status: string }) => item.status === 'idle')).toBe(true);
    });
  });
});
