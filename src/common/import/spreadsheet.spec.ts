import ExcelJS from 'exceljs';
import { TooManyImportLinesError } from './import-errors';
import { readSpreadsheet } from './spreadsheet';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('案件');
  rows.forEach((row) => sheet.addRow(row));
  workbook.addWorksheet('說明').addRow(['不讀這一頁']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csv = (text: string) => Buffer.from(`\uFEFF${text}`);

describe('readSpreadsheet', () => {
  it("reads an XLSX file's first sheet by its headings: text, numbers, wall-clock dates, empty rows left out", async () => {
    const bytes = await xlsx([
      ['案件編號', '報修時間', '件數', '備註'],
      ['112-000001', new Date(Date.UTC(2023, 2, 5, 14, 5)), 3, ' 漏水 '],
      [],
      ['112-000002', new Date(Date.UTC(2023, 2, 6)), null, null],
    ]);
    expect(await readSpreadsheet('a.xlsx', bytes)).toEqual([
      { line: 2, cells: { 案件編號: '112-000001', 報修時間: '2023-03-05 14:05', 件數: '3', 備註: '漏水' } },
      { line: 4, cells: { 案件編號: '112-000002', 報修時間: '2023-03-06' } },
    ]);
  });

  it('keeps every Chinese character whole, however the inflated file is cut into chunks', async () => {
    const texts = Array.from({ length: 3_000 }, (_, index) => [`四維行政中心第${index}件，茶水間漏水`, `說明${index}`]);
    const rows = await readSpreadsheet('a.xlsx', await xlsx([['報修事項', '說明'], ...texts]));
    expect(rows.map((row) => [row.cells['報修事項'], row.cells['說明']])).toEqual(texts);
  });

  it('reads a CSV file as written, a BOM and quoted commas allowed, without guessing numbers or dates', async () => {
    const bytes = csv('案件編號,報修時間,地點\n112-000001,2023-03-05,"四維行政中心,7樓"\n,,\n112-000002,0012, \n');
    expect(await readSpreadsheet('a.csv', bytes)).toEqual([
      { line: 2, cells: { 案件編號: '112-000001', 報修時間: '2023-03-05', 地點: '四維行政中心,7樓' } },
      { line: 4, cells: { 案件編號: '112-000002', 報修時間: '0012', 地點: '' } },
    ]);
  });

  it('refuses a file with more data lines than the limit, counting only the lines that hold something', async () => {
    const lines = (count: number) => Array.from({ length: count }, (_, index) => `112-${index},x`);
    const atLimit = csv(['編號,事項', ...lines(3), ',', ''].join('\n'));
    expect(await readSpreadsheet('a.csv', atLimit, 3)).toHaveLength(3);
    await expect(readSpreadsheet('a.csv', csv(['編號,事項', ...lines(4)].join('\n')), 3)).rejects.toThrow(
      TooManyImportLinesError,
    );
    const overLimit = await xlsx([['編號', '事項'], ...lines(4).map((line) => line.split(','))]);
    await expect(readSpreadsheet('a.xlsx', overLimit, 3)).rejects.toMatchObject({
      code: 'import.too_many_lines',
      statusCode: 422,
      details: { fields: [{ field: 'file', code: 'import.too_many_lines', params: { max: 3 } }] },
    });
  });
});
