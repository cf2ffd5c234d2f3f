import { ValueType, Workbook } from 'exceljs';
import { Readable } from 'node:stream';
import { Cell, ExportFormat, exportTable, ExportTable } from './table-export';

const table = (pages: ExportTable['pages']): ExportTable => ({
  name: 'test',
  sheet: '測試',
  columns: [{ header: '標題' }, { header: '金額' }],
  pages,
});

async function bytesOf(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Data rows of the file, the header not counted. */
async function rowsIn(format: ExportFormat, bytes: Buffer): Promise<number> {
  if (format === 'csv') return bytes.toString('utf8').trim().split('\n').length - 1;
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook.getWorksheet('測試')!.rowCount - 1;
}

const PAGE_SIZE = 100;

/**
 * Pages of rows made on demand, recording how far the export has read them and whether it closed
 * them. Before page `waitAt` the source waits for `resume`, as a reader waits on the database.
 */
function source(pageCount: number, options: { failAt?: number; waitAt?: number; resume?: Promise<unknown> } = {}) {
  const seen = { pages: 0, exhausted: false, closed: false };
  const row = (index: number): Cell[] => [`第 ${index} 筆：${'報修內容'.repeat(10)}`, index];
  async function* pages(): AsyncGenerator<Cell[][]> {
    try {
      for (; seen.pages < pageCount; seen.pages++) {
        if (seen.pages === options.failAt) throw new Error('the database went away');
        if (seen.pages === options.waitAt) await options.resume;
        yield Array.from({ length: PAGE_SIZE }, (_, index) => row(seen.pages * PAGE_SIZE + index));
      }
      seen.exhausted = true;
    } finally {
      seen.closed = true;
    }
  }
  return { seen, pages: pages() };
}

describe('exportTable', () => {
  it('writes user text that starts like a formula as text in CSV, and keeps negative numbers', async () => {
    const file = await exportTable(
      'csv',
      table([
        [
          ['=HYPERLINK("http://evil.example","點我")', -5],
          ['+886 7 799 5678', 1],
        ],
        [],
        [
          ['-1+1', 2],
          ['@SUM(A1)', 3],
          ['一般標題', 4],
        ],
      ]),
    );
    const text = (await bytesOf(file.body)).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).trim().split('\n')).toEqual([
      '標題,金額',
      `"'=HYPERLINK(""http://evil.example"",""點我"")",-5`,
      "'+886 7 799 5678,1",
      "'-1+1,2",
      "'@SUM(A1),3",
      '一般標題,4',
    ]);
    expect({ contentType: file.contentType, fileName: file.fileName, title: file.title }).toEqual({
      contentType: 'text/csv; charset=utf-8',
      fileName: 'test.csv',
      title: '測試.csv',
    });
  });

  it('writes such text as a string cell, not a formula, in XLSX, under a bold header', async () => {
    const file = await exportTable('xlsx', table([[['=1+1', 1]]]));
    const workbook = new Workbook();
    await workbook.xlsx.load((await bytesOf(file.body)) as never);
    const sheet = workbook.getWorksheet('測試')!;
    const cell = sheet.getCell('A2');
    expect({ type: cell.type, value: cell.value }).toEqual({ type: ValueType.String, value: '=1+1' });
    expect({ header: sheet.getCell('A1').value, bold: sheet.getCell('A1').font?.bold }).toEqual({
      header: '標題',
      bold: true,
    });
  });

  it.each<ExportFormat>(['csv', 'xlsx'])(
    'sends the first %s bytes while the rest of the rows are still to be read, and then all of them',
    async (format) => {
      // Held back until the first bytes are out: an export that waited for every row would never send them.
      let firstBytesSent: () => void = () => undefined;
      const resume = new Promise<void>((resolve) => (firstBytesSent = resolve));
      const { seen, pages } = source(200, { waitAt: 100, resume });
      const file = await exportTable(format, table(pages));
      const atFirstChunk = new Promise<{ pages: number; exhausted: boolean }>((resolve) =>
        file.body.once('data', () => {
          resolve({ pages: seen.pages, exhausted: seen.exhausted });
          firstBytesSent();
        }),
      );
      const bytes = await bytesOf(file.body);
      const { pages: readBefore, exhausted } = await atFirstChunk;
      expect(exhausted).toBe(false);
      expect(readBefore).toBeLessThanOrEqual(100);
      expect(seen).toEqual({ pages: 200, exhausted: true, closed: true });
      expect(await rowsIn(format, bytes)).toBe(200 * PAGE_SIZE);
    },
  );

  it('fails before any byte when the first rows cannot be read, so the caller answers with the usual error', async () => {
    const { pages } = source(10, { failAt: 0 });
    await expect(exportTable('csv', table(pages))).rejects.toThrow('the database went away');
  });

  it.each<ExportFormat>(['csv', 'xlsx'])(
    'aborts the %s body when a later read fails, instead of ending a short file',
    async (format) => {
      const { pages } = source(50, { failAt: 30 });
      const file = await exportTable(format, table(pages));
      await expect(bytesOf(file.body)).rejects.toThrow('the database went away');
    },
  );

  it('stops reading the rows when the client goes away', async () => {
    const { seen, pages } = source(200);
    const file = await exportTable('csv', table(pages));
    await new Promise((resolve) => file.body.once('data', resolve));
    file.body.destroy();
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.closed).toBe(true);
    expect(seen.exhausted).toBe(false);
  });
});
