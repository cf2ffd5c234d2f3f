import { Workbook, Worksheet } from 'exceljs';
import { FiguresOverview } from '../overview/figures-overview.service';
import { changeText, figureRows } from './figure-rows';

/**
 * The report section as a workbook: the text to paste, the figures beside the same period a year
 * earlier, and the monthly trend of each main figure with in-cell data bars as its chart (a
 * native Excel feature exceljs writes; its drawn charts it cannot). Cells hold plain values.
 */
export async function figuresXlsx(overview: FiguresOverview): Promise<Buffer> {
  const workbook = new Workbook();
  textSheet(workbook.addWorksheet('報告文字'), overview);
  figuresSheet(workbook.addWorksheet('各項數據'), overview);
  trendSheet(workbook.addWorksheet('每月趨勢'), overview);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function textSheet(sheet: Worksheet, { current, reportText }: FiguresOverview): void {
  sheet.columns = [{ header: `一般行政施政績效 ${current.label}`, width: 110 }];
  sheet.addRows(reportText.map((sentence) => [sentence]));
  sheet.getRow(1).font = { bold: true };
}

function figuresSheet(sheet: Worksheet, { current, yearEarlier }: FiguresOverview): void {
  sheet.columns = [
    { header: '類別', width: 14 },
    { header: '項目', width: 36 },
    { header: current.label, width: 12 },
    { header: '單位', width: 8 },
    { header: `去年同期（${yearEarlier.label}）`, width: 22 },
    { header: '增減', width: 10 },
  ];
  sheet.addRows(
    figureRows(current, yearEarlier).map((row) => [
      row.section,
      row.label,
      row.value,
      row.unit,
      row.yearEarlier ?? '',
      changeText(row),
    ]),
  );
  sheet.getRow(1).font = { bold: true };
}

function trendSheet(sheet: Worksheet, { trends }: FiguresOverview): void {
  const months = trends[0]?.months.map((month) => month.label) ?? [];
  sheet.columns = [
    { header: '月份', width: 12 },
    ...trends.map((trend) => ({ header: `${trend.label}（${trend.unit}）`, width: 22 })),
  ];
  sheet.addRows(months.map((label, index) => [label, ...trends.map((trend) => trend.months[index].value)]));
  sheet.getRow(1).font = { bold: true };
  trends.forEach((_, index) => {
    const column = sheet.getColumn(index + 2).letter;
    sheet.addConditionalFormatting({
      ref: `${column}2:${column}${months.length + 1}`,
      rules: [{ type: 'dataBar', priority: index + 1, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }] }],
    });
  });
}
