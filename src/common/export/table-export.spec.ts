import { ValueType, Workbook } from 'exceljs';
import { exportTable } from './table-export';

const table = (rows: (string | number)[][]) => ({
  name: 'test',
  sheet: '測試',
  columns: [{ header: '標題' }, { header: '金額' }],
  rows,
});

describe('exportTable', () => {
  it('writes user text that starts like a formula as text in CSV, and keeps negative numbers', async () => {
    const file = await exportTable(
      'csv',
      table([
        ['=HYPERLINK("http://evil.example","點我")', -5],
        ['+886 7 799 5678', 1],
        ['-1+1', 2],
        ['@SUM(A1)', 3],
        ['一般標題', 4],
      ]),
    );
    const lines = file.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toEqual([
      '標題,金額',
      `"'=HYPERLINK(""http://evil.example"",""點我"")",-5`,
      "'+886 7 799 5678,1",
      "'-1+1,2",
      "'@SUM(A1),3",
      '一般標題,4',
    ]);
  });

  it('writes such text as a string cell, not a formula, in XLSX', async () => {
    const file = await exportTable('xlsx', table([['=1+1', 1]]));
    const workbook = new Workbook();
    await workbook.xlsx.load(file.body as never);
    const cell = workbook.getWorksheet('測試')!.getCell('A2');
    expect({ type: cell.type, value: cell.value }).toEqual({ type: ValueType.String, value: '=1+1' });
  });
});
