import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromProjectRoot } from '../../src/config/project-root';
import { moveAssetByForm, registerAsset, registerIdleAsset, SLOW_HOOK_MS, useAssetTestApp } from './assets-fixtures';
import { binaryParser, qrTextOf } from './parking-fixtures';

const PERIOD = 'from=2018-01-01&to=2018-12-31';
const output = fromProjectRoot(join('test-results', 'assets-statutory-reports'));

interface Totals {
  count: number;
  value: number;
}

describe('assets: statutory reports and label sheets', () => {
  const app = useAssetTestApp();
  let finance: string;
  let laptop: { id: string; propertyNumber: string };
  let added: { id: string; propertyNumber: string };

  beforeAll(async () => {
    const { t, places } = app;
    finance = places.agencies.FINANCE;
    const other = Object.values(places.agencies).find((id) => id !== finance)!;
    laptop = await registerAsset(t, places, { acquisitionDate: '2017-06-01', acquisitionCost: 32000 });
    added = await registerAsset(t, places, { name: '新筆電', acquisitionDate: '2018-03-01', acquisitionCost: 40000 });
    const projector = await registerIdleAsset(t, places, {
      name: '投影機',
      categoryCode: '3140204-01',
      acquisitionDate: '2017-02-01',
      acquisitionCost: 12000,
    });
    await moveAssetByForm(app, projector.id, 'transfer', { recipientName: '高雄市立前鎮國中' }, '2018-08-01');
    await registerAsset(t, places, {
      name: '計算機',
      categoryCode: '5010103-02',
      acquisitionDate: '2018-04-01',
      acquisitionCost: 5000,
      minimumServiceLifeYears: 5,
    });
    await registerAsset(t, places, { name: '他機關電腦', custodianAgencyId: other, acquisitionDate: '2018-02-01' });
    await registerAsset(t, places, { name: '明年電腦', acquisitionDate: '2019-01-05' });
    mkdirSync(output, { recursive: true });
  }, SLOW_HOOK_MS);

  const download = (token: string, query: string) =>
    app.t
      .http()
      .get(`/asset-reports/statutory?${query}`)
      .auth(token, { type: 'bearer' })
      .buffer(true)
      .parse(binaryParser);

  async function workbookOf(report: string): Promise<ExcelJS.Worksheet> {
    const response = await download(app.officer, `report=${report}&agencyId=${finance}&${PERIOD}&format=xlsx`).expect(
      200,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    return workbook.worksheets[0];
  }

  function rowWith(sheet: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row {
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => rows.push(row));
    const found = rows.find((row) => row.getCell(column).value === text);
    if (!found) throw new Error(`no row with ${text} in column ${column}`);
    return found;
  }

  const quantities = (row: ExcelJS.Row, firstColumn: number, pairs: number) =>
    Array.from({ length: pairs }, (_, pair) => ({
      count: row.getCell(firstColumn + 2 * pair).value,
      value: row.getCell(firstColumn + 2 * pair + 1).value,
    }));

  /** The same numbers counted straight from the register, independently of the service's query. */
  async function counted(kind: string, itemClass: string | null, where: string): Promise<Totals> {
    const [row] = await app.t.sql<Totals>(
      `SELECT count(*)::int AS count, coalesce(sum(acquisition_cost), 0)::int AS value FROM assets
        WHERE custodian_agency_id = $1 AND kind = $2 AND item_class IS NOT DISTINCT FROM $3::text AND ${where}`,
      [finance, kind, itemClass],
    );
    return row;
  }
  const OPENING = "acquisition_date < '2018-01-01' AND (disposed_on IS NULL OR disposed_on >= '2018-01-01')";
  const ADDED = "acquisition_date BETWEEN '2018-01-01' AND '2018-12-31'";
  const REDUCED = "disposed_on BETWEEN '2018-01-01' AND '2018-12-31'";
  const CLOSING = "acquisition_date <= '2018-12-31' AND (disposed_on IS NULL OR disposed_on > '2018-12-31')";
  async function columnsCounted(kind: string, itemClass: string | null): Promise<Totals[]> {
    const columns: Totals[] = [];
    for (const where of [OPENING, ADDED, REDUCED, CLOSING]) columns.push(await counted(kind, itemClass, where));
    return columns;
  }

  it('writes the 財產增減表 as the form: agency, title, ROC period, header and one line per class', async () => {
    const sheet = await workbookOf('property-changes');
    expect(sheet.getCell(1, 1).value).toBe('財政局');
    expect(sheet.getCell(2, 1).value).toBe('財產增減表');
    expect(sheet.getCell(3, 1).value).toBe('中華民國107年1月1日至107年12月31日');
    // Merged cells read back as their first cell's value: 類別 spans two columns, 單位 two rows.
    const headerRow = (row: number) => Array.from({ length: 11 }, (_, index) => sheet.getCell(row, index + 1).value);
    expect(headerRow(4)).toEqual([
      '類別',
      '類別',
      '單位',
      ...['上期結存', '本期增加', '本期減少', '本期結存'].flatMap((label) => [label, label]),
    ]);
    expect(headerRow(5)).toEqual(['編號', '名稱', '單位', ...Array.from({ length: 4 }, () => ['數量', '價值']).flat()]);
    const machinery = rowWith(sheet, 2, '機械及設備');
    expect(quantities(machinery, 4, 4)).toEqual([
      { count: 2, value: 44000 },
      { count: 1, value: 40000 },
      { count: 1, value: 12000 },
      { count: 2, value: 72000 },
    ]);
    expect(quantities(rowWith(sheet, 2, '總計'), 4, 4)).toEqual(await columnsCounted('property', null));
    expect(rowWith(sheet, 1, '製表：').getCell(1).value).toBe('製表：');
  });

  it('writes the 財產增減結存表 by classification code with names, units and class subtotals', async () => {
    const sheet = await workbookOf('property-balance');
    expect(sheet.getCell(2, 1).value).toBe('財產增減結存表');
    const computers = rowWith(sheet, 1, '3140101-03');
    expect(computers.getCell(2).value).toBe('個人電腦');
    expect(computers.getCell(3).value).toBe('部');
    expect(quantities(computers, 4, 4)).toEqual([
      { count: 1, value: 32000 },
      { count: 1, value: 40000 },
      { count: 0, value: 0 },
      { count: 2, value: 72000 },
    ]);
    expect(quantities(rowWith(sheet, 2, '小計'), 4, 4)).toEqual(await columnsCounted('property', null));
    expect(quantities(rowWith(sheet, 2, '總計'), 4, 4)).toEqual(await columnsCounted('property', null));
  });

  it('lists in the 財產目錄 every asset held at the end of the period, with the total', async () => {
    const sheet = await workbookOf('property-catalogue');
    expect(sheet.getCell(2, 1).value).toBe('財產目錄');
    expect(rowWith(sheet, 1, laptop.propertyNumber).getCell(7).value).toBe('106/06/01');
    expect(rowWith(sheet, 1, added.propertyNumber).getCell(6).value).toBe(40000);
    expect(quantities(rowWith(sheet, 2, '總計'), 5, 1)).toEqual([await counted('property', null, CLOSING)]);
  });

  it('reports non-consumable items apart from property', async () => {
    const sheet = await workbookOf('item-changes');
    expect(sheet.getCell(2, 1).value).toBe('非消耗品增減表');
    const total = quantities(rowWith(sheet, 2, '總計'), 4, 4);
    expect(total).toEqual(await columnsCounted('item', 'non_consumable'));
    expect(total[1]).toEqual({ count: 1, value: 5000 });
  });

  it('prints the report as a PDF with the Chinese headings and the signature line', async () => {
    const response = await download(app.officer, `report=property-balance&agencyId=${finance}&${PERIOD}&format=pdf`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('財產增減結存表'));
    const file = join(output, 'property-balance.pdf');
    writeFileSync(file, response.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const heading of ['財政局', '財產增減結存表', '上期結存', '本期增加', '本期減少', '本期結存', '製表', '覆核'])
      expect(text).toContain(heading);
    expect(text).toContain('中華民國107年1月1日至107年12月31日');
    expect(text).toMatch(/3140101-03\s+個人電腦\s+部\s+1\s+32,000\s+1\s+40,000\s+0\s+0\s+2\s+72,000/);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(output, 'property-balance')]);
  });

  it('lets agency staff report on their own agency only, and refuses the other roles', async () => {
    const agencyAdmin = await app.t.login('agency-admin');
    const own = `report=property-changes&agencyId=${finance}&${PERIOD}&format=xlsx`;
    await download(agencyAdmin, own).expect(200);
    await download(await app.t.login('reports'), own).expect(200);
    const other = Object.values(app.places.agencies).find((id) => id !== finance)!;
    const refused = await download(agencyAdmin, own.replace(finance, other));
    expect(refused.status).toBe(403);
    expect((await download(await app.t.login('requester'), own)).status).toBe(403);
  });

  it('refuses a bad period or report with the field named', async () => {
    const fieldsOf = async (query: string) => {
      const response = await app.t
        .http()
        .get(`/asset-reports/statutory?${query}`)
        .auth(app.officer, { type: 'bearer' })
        .expect(400);
      return response.body as { code: string; details: { fields: { field: string; code: string }[] } };
    };
    const base = `report=property-changes&agencyId=${finance}&format=pdf`;
    const backwards = await fieldsOf(`${base}&from=2018-12-31&to=2018-01-01`);
    expect(backwards.code).toBe('period.invalid');
    expect(backwards.details.fields).toEqual([expect.objectContaining({ field: 'to', code: 'period.invalid' })]);
    const impossible = await fieldsOf(`${base}&from=2018-02-30&to=2018-03-31`);
    expect(impossible.details.fields.map((entry) => entry.field)).toEqual(['from']);
    const unknown = await fieldsOf(`${PERIOD}&report=balance-sheet&agencyId=${finance}&format=pdf`);
    expect(unknown.details.fields.map((entry) => entry.field)).toEqual(['report']);
  });

  describe('label sheet', () => {
    const labels = (token: string, body: Record<string, unknown>) =>
      app.t.http().post('/asset-labels').auth(token, { type: 'bearer' }).send(body).buffer(true).parse(binaryParser);

    it('prints the chosen assets with number, name, custodian and a QR code of the number', async () => {
      const response = await labels(app.officer, { assetIds: [added.id, laptop.id] }).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const file = join(output, 'labels.pdf');
      writeFileSync(file, response.body as Buffer);
      const text = execFileSync('pdftotext', [file, '-']).toString();
      for (const expected of [
        laptop.propertyNumber,
        added.propertyNumber,
        '新筆電',
        '保管人：王小明',
        '財政局 財產標籤',
      ])
        expect(text).toContain(expected);
      expect(await qrTextOf(response.body as Buffer)).toBe(laptop.propertyNumber);
      execFileSync('pdftoppm', ['-png', '-r', '60', file, join(output, 'labels')]);
    });

    it('prints every asset still in the register at a location', async () => {
      const response = await labels(app.officer, { locationId: app.places.siwei }).expect(200);
      const file = join(output, 'labels-location.pdf');
      writeFileSync(file, response.body as Buffer);
      const text = execFileSync('pdftotext', [file, '-']).toString();
      const [held] = await app.t.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM assets WHERE site_id = $1 AND disposed_on IS NULL`,
        [app.places.siwei],
      );
      expect(text.match(/保管人：/g)).toHaveLength(held.count);
      expect(text).not.toContain('投影機');
    });

    it('refuses an empty selection, other roles, and a body naming neither assets nor a location', async () => {
      const empty = await app.t
        .http()
        .post('/asset-labels')
        .auth(app.officer, { type: 'bearer' })
        .send({ locationId: app.places.fengshanRoom })
        .expect(422);
      expect(empty.body.code).toBe('asset.no_labels');
      expect(empty.body.details.fields).toEqual([expect.objectContaining({ field: 'locationId' })]);
      const neither = await app.t
        .http()
        .post('/asset-labels')
        .auth(app.officer, { type: 'bearer' })
        .send({})
        .expect(400);
      expect(neither.body.details.fields.map((entry: { field: string }) => entry.field)).toContain('assetIds');
      expect((await labels(await app.t.login('requester'), { assetIds: [laptop.id] })).status).toBe(403);
    });
  });
});
