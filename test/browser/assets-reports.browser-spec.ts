import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromProjectRoot } from '../../src/config/project-root';
import { assetPlaces } from '../e2e/assets-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { chooseOption } from './support/select';

describeInBrowser('the property officer downloads the statutory reports and prints labels', () => {
  let b: BrowserApp;
  const output = fromProjectRoot(join('test-results', 'browser', 'assets-reports'));

  beforeAll(async () => {
    b = await startBrowserApp('assets-reports');
    mkdirSync(output, { recursive: true });
  }, 120_000);
  afterAll(() => b?.close());

  it('downloads the 財產增減表 of 107 for 財政局 and prints the label of one chosen asset', async () => {
    const places = await assetPlaces(b.t);
    const officer = `Bearer ${await b.t.login('property')}`;
    const register = async (name: string, acquisitionDate: string) =>
      (
        await b.t
          .http()
          .post('/assets')
          .set({ authorization: officer })
          .send({
            name,
            categoryCode: '3140101-03',
            acquisitionDate,
            acquisitionCost: 32000,
            custodianAgencyId: places.agencies.FINANCE,
            locationId: places.fengshanRoom,
            custodianName: '王小明',
          })
          .expect(201)
      ).body as { id: string; propertyNumber: string };
    await register('舊電腦', '2017-05-02');
    const chosen = await register('會議室電腦', '2018-03-15');

    const page = await b.newUser();
    await b.signIn(page, 'property');
    await page.getByRole('navigation').getByRole('link', { name: '財產報表' }).click();
    await page.getByRole('heading', { name: '財產報表' }).waitFor();
    await chooseOption(page, '機關', '財政局');
    await page.getByLabel('民國年').fill('107');
    await page.getByLabel('民國年').press('Tab');
    await b.visited(page, 'asset-reports');
    const [excel] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下載 Excel' }).click(),
    ]);
    expect(excel.suggestedFilename()).toBe('財產增減表_2018-01-01_2018-12-31.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await excel.path());
    const sheet = workbook.worksheets[0];
    expect([sheet.getCell(1, 1).value, sheet.getCell(2, 1).value]).toEqual(['財政局', '財產增減表']);
    const machinery = sheet.getRow(6);
    expect(machinery.getCell(2).value).toBe('機械及設備');
    expect([4, 5, 6, 7, 10, 11].map((column) => machinery.getCell(column).value)).toEqual([
      1, 32000, 1, 32000, 2, 64000,
    ]);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下載 PDF' }).click(),
    ]);
    const report = join(output, 'property-changes.pdf');
    await pdf.saveAs(report);
    expect(execFileSync('pdftotext', [report, '-']).toString()).toContain('財產增減表');
    execFileSync('pdftoppm', ['-png', '-r', '60', report, join(output, 'property-changes')]);

    await page.getByRole('navigation').getByRole('link', { name: '財產標籤' }).click();
    await page.getByRole('heading', { name: '列印財產標籤' }).waitFor();
    const tree = (await b.t.http().get('/locations/tree').set({ authorization: officer }).expect(200)).body as {
      id: string;
      name: string;
    }[];
    const fengshan = tree.find((site) => site.id === places.fengshan)!;
    await page.getByLabel('存置地點').fill(fengshan.name);
    await page.getByLabel('存置地點').press('Enter');
    await page.getByLabel(chosen.propertyNumber).check();
    await b.visited(page, 'asset-labels');
    const [labels] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '列印選取的標籤（1）' }).click(),
    ]);
    const sheetFile = join(output, 'labels.pdf');
    await labels.saveAs(sheetFile);
    const text = execFileSync('pdftotext', [sheetFile, '-']).toString();
    expect(text).toContain(chosen.propertyNumber);
    expect(text).toContain('會議室電腦');
    expect(text).not.toContain('舊電腦');
    execFileSync('pdftoppm', ['-png', '-r', '60', sheetFile, join(output, 'labels')]);
  }, 240_000);
});
