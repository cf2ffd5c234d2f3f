import {
  CatalogueLine,
  CatalogueReport,
  ChangeLine,
  ChangeReport,
  Quantity,
  ReportGroup,
  StatutoryReport,
  sumChangeLines,
} from './statutory-report';

export type TableCell = string | number;
export type RowStyle = 'group' | 'line' | 'subtotal' | 'total';

/** A report as the form prints it: two header rows (the top one spanning columns) and styled body rows. */
export interface ReportTable {
  headerTop: { label: string; span: number }[];
  headerBottom: string[];
  /** Relative widths, in characters. */
  widths: number[];
  /** Columns holding numbers, right-aligned. */
  numeric: boolean[];
  rows: { style: RowStyle; cells: TableCell[] }[];
}

/** The signature line under every form. */
export const SIGNATURES = ['製表', '覆核', '主辦會計', '機關長官'];
export const AMOUNT_UNIT = '單位：新臺幣元';

const QUANTITY_COLUMNS = ['上期結存', '本期增加', '本期減少', '本期結存'];

function quantityCells(line: Pick<ChangeLine, 'opening' | 'added' | 'reduced' | 'closing'>): number[] {
  return [line.opening, line.added, line.reduced, line.closing].flatMap((quantity: Quantity) => [
    quantity.count,
    quantity.value,
  ]);
}

function changeTable(report: ChangeReport): ReportTable {
  const withSubtotals = report.layout === 'balance';
  const rows: ReportTable['rows'] = [];
  for (const group of report.groups) {
    if (withSubtotals) rows.push({ style: 'group', cells: [group.classCode, group.className] });
    for (const line of group.lines)
      rows.push({ style: 'line', cells: [line.code, line.name, line.unit, ...quantityCells(line)] });
    if (withSubtotals)
      rows.push({ style: 'subtotal', cells: ['', '小計', '', ...quantityCells(sumChangeLines(group.lines))] });
  }
  const all = report.groups.flatMap((group) => group.lines);
  rows.push({ style: 'total', cells: ['', '總計', '', ...quantityCells(sumChangeLines(all))] });
  return {
    headerTop: [
      { label: '類別', span: 2 },
      { label: '單位', span: 1 },
      ...QUANTITY_COLUMNS.map((label) => ({ label, span: 2 })),
    ],
    headerBottom: ['編號', '名稱', '', ...QUANTITY_COLUMNS.flatMap(() => ['數量', '價值'])],
    widths: [12, 22, 6, 8, 12, 8, 12, 8, 12, 8, 12],
    numeric: [false, false, false, ...QUANTITY_COLUMNS.flatMap(() => [true, true])],
    rows,
  };
}

function catalogueTotal(lines: CatalogueLine[]): number[] {
  return [lines.reduce((sum, line) => sum + line.count, 0), lines.reduce((sum, line) => sum + line.value, 0)];
}

function catalogueTable(report: CatalogueReport): ReportTable {
  const rows: ReportTable['rows'] = [];
  for (const group of report.groups as ReportGroup<CatalogueLine>[]) {
    rows.push({ style: 'group', cells: [group.classCode, group.className] });
    for (const line of group.lines)
      rows.push({
        style: 'line',
        cells: [
          line.code,
          line.name,
          line.specification,
          line.unit,
          line.count,
          line.value,
          line.acquiredOn,
          line.serviceLifeYears,
          line.custodian,
        ],
      });
    rows.push({ style: 'subtotal', cells: ['', '小計', '', '', ...catalogueTotal(group.lines)] });
  }
  const all = report.groups.flatMap((group) => group.lines);
  rows.push({ style: 'total', cells: ['', '總計', '', '', ...catalogueTotal(all)] });
  const headers = ['編號', '名稱', '規格', '單位', '數量', '價值', '取得日期', '使用年限', '保管人'];
  return {
    headerTop: [{ label: '類別', span: 2 }, ...headers.slice(2).map((label) => ({ label, span: 1 }))],
    headerBottom: headers.map((header, index) => (index < 2 ? header : '')),
    widths: [20, 18, 16, 6, 6, 12, 10, 8, 10],
    numeric: [false, false, false, false, true, true, false, true, false],
    rows,
  };
}

export function reportTable(report: StatutoryReport): ReportTable {
  return report.layout === 'catalogue' ? catalogueTable(report) : changeTable(report);
}
