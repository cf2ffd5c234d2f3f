import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromProjectRoot } from '../../src/config/project-root';
import { startTestApp, TestApp } from '../support/test-app';
import { CASES_111, CASES_112, importTwoYearsOfCases, total } from './figures-fixtures';
import { binaryParser } from './parking-fixtures';

interface Section {
  figures: { key: string; value: number }[];
}
const valueOf = (sections: Section[], key: string) =>
  sections.flatMap((section) => section.figures).find((figure) => figure.key === key)?.value;

describe('figures page data and the report section downloads', () => {
  let t: TestApp;
  let viewer: string;
  const output = fromProjectRoot(join('test-results', 'figures-report'));

  beforeAll(async () => {
    t = await startTestApp();
    viewer = await t.login('reports');
    await importTwoYearsOfCases(t);
    mkdirSync(output, { recursive: true });
  });
  afterAll(() => t.close());

  const get = (path: string, token = viewer) => t.http().get(path).auth(token, { type: 'bearer' });

  it('gives 112 beside 111, each main figure by month, and the text to paste', async () => {
    const { body } = await get('/figures/overview?rocYear=112').expect(200);
    expect(body.current.label).toBe('112年度');
    expect(body.yearEarlier.label).toBe('111年度');
    expect(valueOf(body.current.sections, 'maintenance.received')).toBe(total(CASES_112));
    expect(valueOf(body.yearEarlier.sections, 'maintenance.received')).toBe(total(CASES_111));
    const received = body.trends.find((trend: { key: string }) => trend.key === 'maintenance.received');
    expect(received.months).toEqual(CASES_112.map((value, index) => ({ label: `112年${index + 1}月`, value })));
    expect(body.reportText[0]).toBe(`112年度受理案件計${total(CASES_112)}件。`);
    expect(body.reportText).toContain('112年度於線上申請派遣公務車（含禮賓車）計0車次。');
    // Nothing held reads as such, not as `每年辦理0次…分別於月辦理完成`.
    expect(body.reportText).toContain('112年度未辦理宿舍居住事實查考作業。');
    expect(body.reportText).toContain('112年度未辦理自衛消防編組訓練。');
  });

  it('compares a council session with the same days a year earlier, month by month within it', async () => {
    const { body } = await get('/figures/overview?from=2023-02-01&to=2023-04-30').expect(200);
    expect(body.current.label).toBe('112年2月1日至112年4月30日');
    expect(body.yearEarlier.label).toBe('111年2月1日至111年4月30日');
    expect(valueOf(body.yearEarlier.sections, 'maintenance.received')).toBe(total(CASES_111.slice(1, 4)));
    const received = body.trends.find((trend: { key: string }) => trend.key === 'maintenance.received');
    expect(received.months.map((month: { value: number }) => month.value)).toEqual(CASES_112.slice(1, 4));
    expect(body.reportText[0]).toBe(`本期受理案件計${total(CASES_112.slice(1, 4))}件。`);
  });

  it('downloads the PDF: Chinese text, the comparison and the charts', async () => {
    const response = await get('/figures/report?rocYear=112&format=pdf').buffer(true).parse(binaryParser).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('figures-112.pdf');
    const file = join(output, 'figures-112.pdf');
    writeFileSync(file, response.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toMatch(/一般行政施政績效\s+112年度/);
    expect(text).toContain(`112年度受理案件計${total(CASES_112)}件。`);
    expect(text).toMatch(
      new RegExp(
        `受理案件\\s+${total(CASES_112)} 件\\s+${total(CASES_111)}\\s+\\+${total(CASES_112) - total(CASES_111)}`,
      ),
    );
    expect(text).toContain('主要數據每月趨勢');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    // Both pages as images for a person to look at: the text page and the chart page.
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(output, 'figures-112')]);
  });

  it('downloads the workbook: text, comparison and the monthly trend with data bars', async () => {
    const response = await get('/figures/report?rocYear=112&format=xlsx').buffer(true).parse(binaryParser).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['報告文字', '各項數據', '每月趨勢']);
    expect(workbook.getWorksheet('報告文字')!.getCell('A2').value).toBe(`112年度受理案件計${total(CASES_112)}件。`);
    const figures = workbook.getWorksheet('各項數據')!;
    expect(figures.getRow(2).values).toEqual([
      undefined,
      '廳舍管理維護',
      '受理案件',
      total(CASES_112),
      '件',
      total(CASES_111),
      `+${total(CASES_112) - total(CASES_111)}`,
    ]);
    const trend = workbook.getWorksheet('每月趨勢')!;
    expect(trend.getCell('B1').value).toBe('受理案件（件）');
    expect(trend.getColumn(2).values.slice(2)).toEqual(CASES_112);
    const bars = (trend as unknown as { conditionalFormattings: { rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(bars.map((formatting) => formatting.rules[0].type)).toContain('dataBar');
  });

  it('lets only who may read the figures download them, and names a bad format', async () => {
    await get('/figures/report?rocYear=112&format=pdf', await t.login('requester')).expect(403);
    await get('/figures/overview?rocYear=112', await t.login('requester')).expect(403);
    const bad = await get('/figures/report?rocYear=112&format=docx').expect(400);
    expect(bad.body.details.fields).toEqual([expect.objectContaining({ field: 'format', code: 'isIn' })]);
  });
});
