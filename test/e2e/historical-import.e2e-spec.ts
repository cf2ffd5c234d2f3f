import ExcelJS from 'exceljs';
import { MAX_IMPORT_LINES } from '../../src/common/import/spreadsheet';
import { startTestApp, TestApp } from '../support/test-app';

const HEADINGS = '案件編號,報修時間,報修機關,類別,報修事項,地點,結案日期';

/** The 112 cases of the test year, in the forms the office's files write dates. */
const CASES_112 = [
  '112-000001,112/01/03 09:15,財政局,水電,茶水間漏水,四維行政中心7樓,112/01/04',
  '112-000002,1120305,FINANCE,空調,冷氣不冷,四維行政中心3樓,2023-03-08',
  '112-000003,2023-06-30 17:45,民政局,電梯,電梯異音,鳳山行政中心前棟,112/07/03',
  '112-000004,112年9月1日,教育局,消防,滅火器過期,鳳山行政中心後棟,112/09/02',
  '112-000005,2023-12-31 23:30,財政局,水電,燈管閃爍,四維行政中心1樓,113/01/02',
];

const csv = (lines: string[]) => ({
  fileName: '112年報修案件.csv',
  dataBase64: Buffer.from(`\uFEFF${[HEADINGS, ...lines].join('\n')}\n`).toString('base64'),
});

interface Section {
  figures: { key: string; value: number; sentence: string }[];
}

describe('import of earlier years: repair cases', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const post = (path: string, body: object, token = admin) =>
    t.http().post(path).auth(token, { type: 'bearer' }).send(body);
  const ticketCount = async () =>
    Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM maintenance_tickets'))[0].n);

  it('refuses a file with one bad line, naming the line, and imports nothing', async () => {
    const bad = [...CASES_112];
    bad[2] = '112-000003,112/02/30,民政局,電梯,電梯異音,鳳山行政中心前棟,112/07/03';
    const preview = await post('/imports/repair_cases/preview', csv(bad)).expect(200);
    expect(preview.body).toMatchObject({ committed: false, lines: 5 });
    expect(preview.body.problems).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'receivedAt',
        column: '報修時間',
        code: 'import.bad_date',
        params: { column: '報修時間', value: '112/02/30' },
      }),
    ]);
    const refused = await post('/imports/repair_cases', csv(bad)).expect(422);
    expect(refused.body).toMatchObject({ code: 'import.refused', details: { committed: false } });
    expect(refused.body.details.problems[0]).toMatchObject({ line: 4, field: 'receivedAt' });
    expect(await ticketCount()).toBe(0);
  });

  it('refuses numbers with a gap and unknown agencies, line by line', async () => {
    const gap = [CASES_112[0], CASES_112[1], CASES_112[3]];
    const preview = await post('/imports/repair_cases/preview', csv(gap)).expect(200);
    expect(preview.body.problems).toEqual([
      expect.objectContaining({
        line: null,
        field: 'number',
        column: '案件編號',
        code: 'maintenance.import_numbers_gap',
      }),
    ]);
    const unknown = await post('/imports/repair_cases/preview', csv([CASES_112[0].replace('財政局', '火星局')])).expect(
      200,
    );
    expect(unknown.body.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'agency', code: 'import.unknown_reference' }),
    ]);
    const missing = await post('/imports/repair_cases/preview', {
      fileName: 'x.csv',
      dataBase64: Buffer.from('案件編號,報修時間\n112-000001,112/01/03\n').toString('base64'),
    }).expect(400);
    expect(missing.body.code).toBe('import.missing_columns');
    await post('/imports/repair_cases/preview', csv(CASES_112), await t.login('coordinator')).expect(403);
    expect(await ticketCount()).toBe(0);
  });

  it('refuses a case still open in the old system, so that none starts out overdue', async () => {
    const open = [...CASES_112];
    open[2] = '112-000003,2023-06-30 17:45,民政局,電梯,電梯異音,鳳山行政中心前棟,';
    const refused = await post('/imports/repair_cases', csv(open)).expect(422);
    expect(refused.body.details.problems).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'closedAt',
        column: '結案時間',
        code: 'maintenance.import_case_open',
      }),
    ]);
    expect(await ticketCount()).toBe(0);
  });

  it('imports a year with its own times, marked and audited, and reports it word for word', async () => {
    const preview = await post('/imports/repair_cases/preview', csv(CASES_112)).expect(200);
    expect(preview.body).toEqual({ kind: 'repair_cases', committed: false, lines: 5, problems: [] });
    expect(await ticketCount()).toBe(0);

    const done = await post('/imports/repair_cases', csv(CASES_112)).expect(200);
    expect(done.body).toEqual({ kind: 'repair_cases', committed: true, lines: 5, problems: [] });
    const rows = await t.sql<{ number: string; created_at: Date; status: string; imported_at: Date | null }>(
      'SELECT number, created_at, status, imported_at FROM maintenance_tickets ORDER BY number',
    );
    expect(rows.map((row) => row.number)).toEqual(CASES_112.map((line) => line.slice(0, 10)));
    expect(rows[0].created_at).toEqual(new Date('2023-01-03T01:15:00Z'));
    expect(rows[4].created_at).toEqual(new Date('2023-12-31T15:30:00Z'));
    expect(rows.map((row) => row.status)).toEqual(['closed', 'closed', 'closed', 'closed', 'closed']);
    expect(rows.every((row) => row.imported_at !== null)).toBe(true);
    const audit = await t.sql(
      "SELECT 1 FROM audit_entries WHERE entity_type = 'maintenance_ticket' AND action = 'import'",
    );
    expect(audit).toHaveLength(5);
    const [counter] = await t.sql<{ last_number: number }>(
      'SELECT last_number FROM maintenance_ticket_counters WHERE roc_year = 112',
    );
    expect(counter.last_number).toBe(5);

    const report = await t.http().get('/figures?rocYear=112').auth(admin, { type: 'bearer' }).expect(200);
    const maintenance = (report.body.sections as (Section & { key: string })[]).find((s) => s.key === 'maintenance')!;
    const received = maintenance.figures.find((figure) => figure.key === 'maintenance.received')!;
    expect(received.sentence).toBe('112年度受理案件計5件');
    const [independent] = await t.sql<{ n: string }>(
      `SELECT count(*) AS n FROM maintenance_tickets
        WHERE source_module IS NULL AND created_at >= '2023-01-01T00:00:00+08:00' AND created_at < '2024-01-01T00:00:00+08:00'`,
    );
    expect(received.value).toBe(Number(independent.n));
    const closed = maintenance.figures.find((figure) => figure.key === 'maintenance.closed')!;
    expect(closed.value).toBe(4);
  });

  it('refuses the same numbers a second time, and reads an XLSX file too', async () => {
    const again = await post('/imports/repair_cases/preview', csv([CASES_112[0]])).expect(200);
    expect(again.body.problems).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'number',
        column: '案件編號',
        code: 'maintenance.ticket_number_taken',
      }),
    ]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('111年');
    sheet.addRow(HEADINGS.split(','));
    sheet.addRow([
      '111-000001',
      new Date(Date.UTC(2022, 4, 2, 10, 30)),
      '財政局',
      '水電',
      '漏水',
      '四維行政中心',
      '111/05/03',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const xlsx = await post('/imports/repair_cases', {
      fileName: '111年.xlsx',
      dataBase64: bytes.toString('base64'),
    }).expect(200);
    expect(xlsx.body).toMatchObject({ committed: true, lines: 1 });
    const [row] = await t.sql<{ created_at: Date }>(
      "SELECT created_at FROM maintenance_tickets WHERE number = '111-000001'",
    );
    expect(row.created_at).toEqual(new Date('2022-05-02T02:30:00Z'));
  });

  /** A 105 case numbered `serial`, received on a day of the year and closed the next. */
  const case105 = (serial: number) => {
    const day = `105/${String((serial % 12) + 1).padStart(2, '0')}/${String((serial % 27) + 1).padStart(2, '0')}`;
    return `105-${String(serial).padStart(6, '0')},${day} 09:00,財政局,水電,第${serial}件,四維行政中心,${day} 17:00`;
  };

  it('checks a file of many lines line by line, problems spread over it reported by their own line', async () => {
    const cases = Array.from({ length: 1_200 }, (_, index) => case105(index + 1));
    const broken = [...cases];
    broken[150] = cases[149]; // line 152 repeats the number of line 151: the unique constraint
    broken[640] = cases[640].replace(/17:00$/, '08:00'); // line 642 closes before it was received
    broken[1_199] = cases[1_199].replace('財政局', '火星局');
    const preview = await post('/imports/repair_cases/preview', csv(broken)).expect(200);
    expect(preview.body).toMatchObject({ committed: false, lines: 1_200 });
    expect(
      preview.body.problems.map((problem: { line: number; code: string }) => [problem.line, problem.code]),
    ).toEqual([
      [152, 'maintenance.ticket_number_taken'],
      [642, 'maintenance.import_case_invalid'],
      [1_201, 'import.unknown_reference'],
    ]);
    const count105 = async () =>
      Number(
        (await t.sql<{ n: string }>("SELECT count(*) AS n FROM maintenance_tickets WHERE number LIKE '105-%'"))[0].n,
      );
    expect(await count105()).toBe(0);

    const done = await post('/imports/repair_cases', csv(cases)).expect(200);
    expect(done.body).toEqual({ kind: 'repair_cases', committed: true, lines: 1_200, problems: [] });
    expect(await count105()).toBe(1_200);
    const [counter] = await t.sql<{ last_number: number }>(
      'SELECT last_number FROM maintenance_ticket_counters WHERE roc_year = 105',
    );
    expect(counter.last_number).toBe(1_200);
  });

  it('refuses a file of more lines than one import reads, saying how many it may hold', async () => {
    const lines = Array.from({ length: MAX_IMPORT_LINES + 1 }, (_, index) => case105(index + 1));
    const refused = await post('/imports/repair_cases/preview', csv(lines)).expect(422);
    expect(refused.body).toMatchObject({
      code: 'import.too_many_lines',
      details: { fields: [{ field: 'file', code: 'import.too_many_lines', params: { max: MAX_IMPORT_LINES } }] },
    });
  });
});
