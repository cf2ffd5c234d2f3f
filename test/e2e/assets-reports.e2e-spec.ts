import { Workbook } from 'exceljs';
import { AssetReportsService } from '../../src/assets/reports/asset-reports.service';
import { rocYearRange } from '../../src/common/time';
import { moveAssetByForm, registerAsset, registerIdleAsset, SLOW_HOOK_MS, useAssetTestApp } from './assets-fixtures';

describe('assets: statistics, figures and export', () => {
  const app = useAssetTestApp();
  beforeAll(async () => {
    const { t, places } = app;
    await registerAsset(t, places, { name: '舊筆電', acquisitionDate: '2017-06-01', acquisitionCost: 32000 });
    await registerAsset(t, places, { name: '新筆電', acquisitionDate: '2018-03-01', acquisitionCost: 40000 });
    await registerAsset(t, places, {
      name: '計算機',
      categoryCode: '5010103-02',
      acquisitionDate: '2018-04-01',
      acquisitionCost: 5000,
      minimumServiceLifeYears: 5,
    });
    const scrapped = await registerAsset(t, places, {
      name: '舊印表機',
      acquisitionDate: '2016-01-01',
      acquisitionCost: 20000,
    });
    await moveAssetByForm(app, scrapped.id, 'scrap', { reason: '主機板故障，修復費用高於重購' }, '2018-05-01');
    const sold = await registerIdleAsset(t, places, {
      name: '舊電話',
      acquisitionDate: '2017-01-01',
      acquisitionCost: 15000,
      minimumServiceLifeYears: 5,
    });
    await moveAssetByForm(app, sold.id, 'sale', { proceeds: 6500 }, '2018-07-01');
    const transferred = await registerIdleAsset(t, places, {
      name: '投影機',
      categoryCode: '3140204-01',
      acquisitionDate: '2017-02-01',
      acquisitionCost: 12000,
    });
    await moveAssetByForm(app, transferred.id, 'transfer', { recipientName: '高雄市立前鎮國中' }, '2018-08-01');
    const donated = await registerIdleAsset(t, places, {
      name: '冰箱',
      categoryCode: '3140204-01',
      acquisitionDate: '2017-03-01',
      acquisitionCost: 30000,
      minimumServiceLifeYears: 5,
    });
    await moveAssetByForm(app, donated.id, 'donation', { recipientName: '社福團體' }, '2019-02-01');
  }, SLOW_HOOK_MS);

  it('reports opening balance, additions, write-offs and closing balance per kind and category', async () => {
    const response = await app.t
      .http()
      .get('/asset-reports/changes?from=2018-01-01&to=2018-12-31')
      .auth(await app.t.login('reports'), { type: 'bearer' })
      .expect(200);
    expect(response.body.rows).toEqual([
      {
        kind: 'property',
        categoryCode: '3140101-03',
        opening: { count: 3, value: 67000 },
        added: { count: 1, value: 40000 },
        writtenOff: { count: 2, value: 35000 },
        closing: { count: 2, value: 72000 },
      },
      {
        kind: 'property',
        categoryCode: '3140204-01',
        opening: { count: 2, value: 42000 },
        added: { count: 0, value: 0 },
        writtenOff: { count: 1, value: 12000 },
        closing: { count: 1, value: 30000 },
      },
      {
        kind: 'item',
        categoryCode: '5010103-02',
        opening: { count: 0, value: 0 },
        added: { count: 1, value: 5000 },
        writtenOff: { count: 0, value: 0 },
        closing: { count: 1, value: 5000 },
      },
    ]);
    await app.t
      .http()
      .get('/asset-reports/changes?from=2018-12-31&to=2018-01-01')
      .auth(app.officer, { type: 'bearer' })
      .expect(400);
    await app.t
      .http()
      .get('/asset-reports/changes?from=2018-01-01&to=2018-12-31')
      .auth(await app.t.login('requester'), { type: 'bearer' })
      .expect(403);
  });

  it('gives the yearly figures for an ROC year through the exported service and over HTTP', async () => {
    const figures = await app.t.app.get(AssetReportsService).figuresFor(rocYearRange(107));
    expect(figures).toEqual({
      added: { count: 2, value: 45000 },
      writtenOff: { count: 3, value: 47000 },
      transfers: { count: 1 },
      donations: { count: 0 },
      sales: { count: 1, proceeds: 6500 },
      scrapped: { count: 1 },
      stocktakesCompleted: 0,
    });
    const http = await app.t
      .http()
      .get('/asset-reports/figures?from=2019-01-01&to=2019-12-31')
      .auth(app.officer, { type: 'bearer' })
      .expect(200);
    expect(http.body).toMatchObject({
      added: { count: 0 },
      writtenOff: { count: 1, value: 30000 },
      donations: { count: 1 },
    });
  });

  it('counts a stocktake as completed in the period it closed', async () => {
    const opened = await app.t
      .http()
      .post('/asset-stocktakes')
      .auth(app.officer, { type: 'bearer' })
      .send({ rocYear: 107, scope: 'agency', agencyId: app.places.agencies.PERSONNEL })
      .expect(201);
    expect(opened.body.lineCount).toBe(0);
    const closed = await app.t
      .http()
      .post(`/asset-stocktakes/${opened.body.id}/close`)
      .auth(app.officer, { type: 'bearer' })
      .expect(200);
    const closedAt = new Date(closed.body.stocktake.closedAt);
    const around = { start: new Date(closedAt.getTime() - 1000), end: new Date(closedAt.getTime() + 1000) };
    expect((await app.t.app.get(AssetReportsService).figuresFor(around)).stocktakesCompleted).toBe(1);
  });

  it('exports the register as CSV with zh-TW headers, scoped to the reader', async () => {
    await registerAsset(app.t, app.places, {
      name: '行政處掃描器',
      custodianAgencyId: app.places.agencies['GA-OFFICE'],
    });
    const all = await app.t.http().get('/assets/export?format=csv').auth(app.officer, { type: 'bearer' }).expect(200);
    expect(all.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = all.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toBe(
      '財產編號,財產/物品,名稱,分類編號,規格,取得日期,取得成本（元）,最低使用年限,保管機關,存置地點,保管人,狀態,減損日期',
    );
    expect(rows).toHaveLength(8);
    const sold = rows.find((row) => row.includes('舊電話'))!;
    expect(sold).toContain('106/01/01');
    expect(sold).toContain('財政局');
    expect(sold).toContain('四維行政中心');
    expect(sold).toContain('已變賣,107/07/01');
    const requester = await app.t
      .http()
      .get('/assets/export')
      .auth(await app.t.login('requester'), { type: 'bearer' })
      .expect(200);
    expect(requester.text).not.toContain('行政處掃描器');
    expect(requester.text.trim().split('\n')).toHaveLength(8);
  });

  it('exports the register as XLSX', async () => {
    const response = await app.t
      .http()
      .get('/assets/export?format=xlsx&categoryCode=5010103')
      .auth(app.officer, { type: 'bearer' })
      .responseType('blob')
      .expect(200);
    const workbook = new Workbook();
    expect(Buffer.isBuffer(response.body)).toBe(true);
    await workbook.xlsx.load(response.body as never);
    const sheet = workbook.getWorksheet('財產清冊')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('財產編號');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(3).value).toBe('計算機');
    expect(sheet.getRow(2).getCell(7).value).toEqual(expect.any(Number));
  });
});
