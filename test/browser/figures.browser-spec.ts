import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fromProjectRoot } from '../../src/config/project-root';
import { CASES_111, CASES_112, importTwoYearsOfCases, total } from '../e2e/figures-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';

describeInBrowser('the yearly figures in the browser', () => {
  let b: BrowserApp;
  const output = fromProjectRoot(join('test-results', 'browser', 'figures'));

  beforeAll(async () => {
    b = await startBrowserApp('figures');
    await importTwoYearsOfCases(b.t);
    // Booting the app and importing two years of cases, and counting a year beside the one before
    // it month by month, take more than the usual minute on a machine eight engineers share.
  });
  afterAll(() => b?.close());

  it('a report viewer opens the figures for 112 beside 111, copies nothing by hand, downloads the PDF and recomputes', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'reports');
    await page.getByRole('navigation').getByRole('link', { name: '施政績效' }).click();
    await page.getByRole('heading', { name: '一般行政施政績效' }).waitFor();
    await page.getByLabel('民國年').fill('112');
    await page.getByLabel('民國年').press('Tab');
    const sentence = `112年度受理案件計${total(CASES_112)}件。`;
    await page.getByLabel('報告文字').getByText(sentence).waitFor();
    await page.getByRole('heading', { name: '112年度 與去年同期（111年度）比較' }).waitFor();
    // The unit goes with the item, not with this period's number only.
    const received = page.getByRole('row', { name: /^受理案件（件）/ }).first();
    await received.getByText(String(total(CASES_111))).waitFor();
    await received.getByText(`+${total(CASES_112) - total(CASES_111)}`).waitFor();
    await page.getByRole('img', { name: '受理案件每月趨勢長條圖（單位：件）' }).locator('canvas').waitFor();
    await b.visited(page, 'figures-112');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下載 PDF' }).click(),
    ]);
    const file = join(output, 'figures-112.pdf');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('一般行政施政績效_112年度.pdf');
    expect(execFileSync('pdftotext', [file, '-']).toString()).toContain(sentence);
    // The pages as images, to look at: the Chinese text on the first, the bar charts after the tables.
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(output, 'figures-112-page')]);

    await page.getByText('這段期間還沒有保存的定稿。').waitFor();
    await page.getByRole('button', { name: '重新計算並保存定稿' }).click();
    await page.getByRole('button', { name: /確\s*定|OK/ }).click();
    await page.getByText('已重新計算並保存定稿').waitFor();
    await page.getByRole('row', { name: /蔡統計承辦.*目前定稿/ }).waitFor();
    await b.visited(page, 'figures-112-snapshot');
  });

  it('shows a council session as 本期 beside the same days a year earlier', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'reports');
    await page.getByRole('navigation').getByRole('link', { name: '施政績效' }).click();
    await page.getByText('期間（如議會會期）').click();
    for (const [label, value] of [
      ['起日', '112/02/01'],
      ['迄日', '112/04/30'],
    ]) {
      await page.getByLabel(label).click();
      await page.getByLabel(label).fill(value);
      await page.getByLabel(label).press('Enter');
    }
    await page.getByText(`本期受理案件計${total(CASES_112.slice(1, 4))}件。`).waitFor();
    await page.getByRole('heading', { name: /與去年同期（111年2月1日至111年4月30日）比較/ }).waitFor();
    await b.visited(page, 'figures-council-session');
  });
});
