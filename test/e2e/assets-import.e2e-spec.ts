import ExcelJS from 'exceljs';
import { useAssetTestApp } from './assets-fixtures';

const HEADINGS = '財產編號,財產名稱,規格,取得日期,數量,單價,保管人,存置地點,使用年限';

/** An office's register: the same day in ROC, compact ROC and Western forms; places by names or codes. */
const REGISTER = [
  '3140101-03-000101,筆記型電腦,i5 / 16GB,112/03/05,1,32000,王小明,四維行政中心 四維行政中心大樓 1樓 服務台,',
  '3140302-01-000102,印表機,,1120305,1,15000,李大同,SW-MAIN-1F-101,',
  '3140104-07-00103,,,2023-03-05,1,250000,陳主任,鳳山行政中心 前棟 2樓 第一會議室,6',
];

const NUMBERS = REGISTER.map((line) => line.split(',')[0]);

const csv = (lines: string[], headings = HEADINGS) => ({
  fileName: '財產清冊.csv',
  dataBase64: Buffer.from(`\uFEFF${[headings, ...lines].join('\n')}\n`).toString('base64'),
});

describe('assets: importing an existing register', () => {
  const app = useAssetTestApp();
  const file = (lines: string[], agency = 'FINANCE') => ({
    ...csv(lines),
    custodianAgencyId: app.places.agencies[agency],
  });
  const post = (path: string, body: object, token = app.officer) =>
    app.t.http().post(path).auth(token, { type: 'bearer' }).send(body);
  const count = async (table: string) =>
    Number((await app.t.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('previews a good file line by line and writes nothing', async () => {
    const [assets, audit] = [await count('assets'), await count('audit_entries')];
    const preview = await post('/assets/import/preview', file(REGISTER)).expect(200);
    expect(preview.body).toEqual({ committed: false, lines: 3, problems: [] });
    expect([await count('assets'), await count('audit_entries')]).toEqual([assets, audit]);
  });

  it('refuses the whole file for one bad line, naming the line, and registers nothing', async () => {
    const before = await count('assets');
    const bad = [...REGISTER];
    bad[1] = bad[1].replace('1120305', '1120230');
    const refused = await post('/assets/import', file(bad)).expect(422);
    expect(refused.body).toMatchObject({ code: 'import.refused', details: { committed: false, lines: 3 } });
    expect(refused.body.details.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'acquisitionDate', code: 'import.bad_date' }),
    ]);
    expect(await count('assets')).toBe(before);
  });

  it("names every line's problem: classification, date, number twice, location, quantity", async () => {
    const lines = [
      REGISTER[0],
      '3149999-99-000104,不明物品,,112/03/05,1,5000,王小明,SW-MAIN-1F-101,',
      REGISTER[0],
      '3140101-03-000105,筆記型電腦,,112/13/05,1,32000,王小明,火星基地,',
      '3140101-03-000106,筆記型電腦,,112/03/05,2,32000,王小明,SW-MAIN-1F-101,',
    ];
    const preview = await post('/assets/import/preview', file(lines)).expect(200);
    expect(preview.body.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'categoryCode', code: 'asset.unknown_category' }),
      expect.objectContaining({ line: 4, field: 'propertyNumber', code: 'asset_import.number_repeated' }),
      expect.objectContaining({ line: 5, field: 'acquisitionDate', code: 'import.bad_date' }),
      expect.objectContaining({ line: 5, field: 'location', code: 'asset_import.unknown_location' }),
      expect.objectContaining({ line: 6, field: 'quantity', code: 'asset_import.quantity_not_one' }),
    ]);
  });

  it('imports a good file through the register rules, audited, and refuses its numbers a second time', async () => {
    const imported = await post('/assets/import', file(REGISTER)).expect(200);
    expect(imported.body).toEqual({ committed: true, lines: 3, problems: [] });
    const rows = await app.t.sql<Record<string, unknown>>(
      `SELECT property_number, name, acquisition_date::text AS date, kind, minimum_service_life_years AS life,
              site_id, custodian_name FROM assets WHERE property_number = ANY($1) ORDER BY property_number`,
      [NUMBERS],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        property_number: '3140101-03-000101',
        name: '筆記型電腦',
        date: '2023-03-05',
        life: 4,
      }),
      expect.objectContaining({
        property_number: '3140104-07-00103',
        name: '伺服器',
        life: 6,
        site_id: app.places.fengshan,
      }),
      expect.objectContaining({ property_number: '3140302-01-000102', date: '2023-03-05', site_id: app.places.siwei }),
    ]);
    const audit = await app.t.sql(
      "SELECT 1 FROM audit_entries a JOIN assets s ON a.entity_id = s.id::text WHERE a.action = 'register' AND s.property_number = ANY($1)",
      [NUMBERS],
    );
    expect(audit).toHaveLength(3);
    const again = await post('/assets/import/preview', file(REGISTER)).expect(200);
    expect(again.body.problems.map((problem: { line: number; code: string }) => [problem.line, problem.code])).toEqual([
      [2, 'asset_import.number_registered'],
      [3, 'asset_import.number_registered'],
      [4, 'asset_import.number_registered'],
    ]);
  });

  it('takes a place as the register export names it, without the center a building name repeats', async () => {
    const line = '3140101-03-000107,筆記型電腦,,112/03/05,1,32000,王小明,四維行政中心大樓 1樓 服務台,';
    const preview = await post('/assets/import/preview', file([line])).expect(200);
    expect(preview.body).toEqual({ committed: false, lines: 1, problems: [] });
  });

  it('reads an XLSX register with the category code and serial in separate columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('財產清冊');
    sheet.addRow(['財產編號', '財產分號', '取得日期', '價值', '存置地點']);
    sheet.addRow(['3140101-03', '201', '112/03/05', 32000, 'SW-MAIN-1F-101']);
    const dataBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const body = { fileName: '財產清冊.xlsx', dataBase64, custodianAgencyId: app.places.agencies.FINANCE };
    await post('/assets/import', body).expect(200);
    expect(await app.t.sql("SELECT 1 FROM assets WHERE property_number = '3140101-03-00201'")).toHaveLength(1);
  });

  it('refuses a file without the columns it needs, and one that is not a spreadsheet', async () => {
    const missing = await post('/assets/import/preview', {
      ...csv(['筆記型電腦,112/03/05'], '財產名稱,取得日期'),
      custodianAgencyId: app.places.agencies.FINANCE,
    }).expect(400);
    expect(missing.body.code).toBe('import.missing_columns');
    expect(missing.body.details.fields.map((field: { params: { column: string } }) => field.params.column)).toEqual([
      '財產編號',
      '單價',
      '存置地點',
    ]);
    const garbage = {
      fileName: 'x.xlsx',
      dataBase64: 'bm90IGEgc3ByZWFkc2hlZXQ=',
      custodianAgencyId: app.places.agencies.FINANCE,
    };
    expect((await post('/assets/import/preview', garbage).expect(400)).body.code).toBe('import.unreadable_file');
  });

  it('lets only property officers import, and agency staff then see only their own agency', async () => {
    for (const username of ['requester', 'agency-admin', 'reports']) {
      const token = await app.t.login(username);
      await post('/assets/import/preview', file(REGISTER), token).expect(403);
    }
    const civil = ['3140101-03-000301,筆記型電腦,,112/03/05,1,32000,林美華,SW-MAIN-1F-101,'];
    await post('/assets/import', file(civil, 'CIVIL-AFFAIRS')).expect(200);
    const financeAdmin = await app.t.login('agency-admin');
    const seen = await app.t.http().get('/assets?search=000301').auth(financeAdmin, { type: 'bearer' }).expect(200);
    expect(seen.body.items).toEqual([]);
    const officerSees = await app.t
      .http()
      .get('/assets?search=000301')
      .auth(app.officer, { type: 'bearer' })
      .expect(200);
    expect(officerSees.body.items).toHaveLength(1);
  });
});
