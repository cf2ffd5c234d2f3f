import { AssetKind, ItemClass } from '../../register/asset-classification';

/**
 * The statutory property reports (財產增減表, 財產增減結存表, 財產目錄) and their 物品 twins for
 * non-consumable items (物品增減表, 物品增減結存表, 物品目錄). The 增減表 sums by class (類), the
 * 增減結存表 by classification code with its name and unit, and the 目錄 lists every asset held
 * at the end of the period; all three group by class with subtotals and a grand total.
 */
export const STATUTORY_REPORTS = [
  'property-changes',
  'property-balance',
  'property-catalogue',
  'item-changes',
  'item-balance',
  'item-catalogue',
] as const;
export type StatutoryReportName = (typeof STATUTORY_REPORTS)[number];

export type StatutoryLayout = 'changes' | 'balance' | 'catalogue';

export interface StatutoryReportDefinition {
  title: string;
  layout: StatutoryLayout;
  kind: AssetKind;
  itemClass: ItemClass | null;
}

export const STATUTORY_REPORT_DEFINITIONS: Record<StatutoryReportName, StatutoryReportDefinition> = {
  'property-changes': { title: '財產增減表', layout: 'changes', kind: 'property', itemClass: null },
  'property-balance': { title: '財產增減結存表', layout: 'balance', kind: 'property', itemClass: null },
  'property-catalogue': { title: '財產目錄', layout: 'catalogue', kind: 'property', itemClass: null },
  'item-changes': { title: '非消耗品增減表', layout: 'changes', kind: 'item', itemClass: 'non_consumable' },
  'item-balance': { title: '非消耗品增減結存表', layout: 'balance', kind: 'item', itemClass: 'non_consumable' },
  'item-catalogue': { title: '非消耗品目錄', layout: 'catalogue', kind: 'item', itemClass: 'non_consumable' },
};

/** The classes (類) of the 財物標準分類 by the code's first digit. */
const CLASS_NAMES: Record<string, string> = {
  '1': '土地（含土地改良物）',
  '2': '房屋建築及設備',
  '3': '機械及設備',
  '4': '交通及運輸設備',
  '5': '雜項設備',
};

export function classNameOf(classDigit: string): string {
  return CLASS_NAMES[classDigit] ?? `第${classDigit}類`;
}

export interface Quantity {
  count: number;
  value: number;
}

/** One line of a 增減表 (a class) or 增減結存表 (a classification code). */
export interface ChangeLine {
  code: string;
  name: string;
  unit: string;
  opening: Quantity;
  added: Quantity;
  reduced: Quantity;
  closing: Quantity;
}

/** One asset of a 目錄. */
export interface CatalogueLine {
  code: string;
  name: string;
  specification: string;
  unit: string;
  count: number;
  value: number;
  /** ROC date, e.g. `107/03/15`. */
  acquiredOn: string;
  serviceLifeYears: number;
  custodian: string;
}

export interface ReportGroup<Line> {
  classCode: string;
  className: string;
  lines: Line[];
}

interface ReportHeader {
  report: StatutoryReportName;
  title: string;
  agencyName: string;
  from: string;
  to: string;
  /** `中華民國113年1月1日至113年12月31日`. */
  periodLabel: string;
}

export type ChangeReport = ReportHeader & { layout: 'changes' | 'balance'; groups: ReportGroup<ChangeLine>[] };
export type CatalogueReport = ReportHeader & { layout: 'catalogue'; groups: ReportGroup<CatalogueLine>[] };
export type StatutoryReport = ChangeReport | CatalogueReport;

export const ZERO: Quantity = { count: 0, value: 0 };

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return { count: a.count + b.count, value: a.value + b.value };
}

/** The sum of change lines, as the 小計 or 總計 line shows it. */
export function sumChangeLines(lines: ChangeLine[]): Pick<ChangeLine, 'opening' | 'added' | 'reduced' | 'closing'> {
  const sum = (pick: (line: ChangeLine) => Quantity) => lines.map(pick).reduce(addQuantities, ZERO);
  return {
    opening: sum((line) => line.opening),
    added: sum((line) => line.added),
    reduced: sum((line) => line.reduced),
    closing: sum((line) => line.closing),
  };
}

/** Groups lines by their code's class digit, in code order. */
export function groupByClass<Line extends { code: string }>(lines: Line[]): ReportGroup<Line>[] {
  const groups = new Map<string, Line[]>();
  for (const line of lines) groups.set(line.code[0], [...(groups.get(line.code[0]) ?? []), line]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([classCode, groupLines]) => ({ classCode, className: classNameOf(classCode), lines: groupLines }));
}
