import { SheetRow } from '../../common/import/spreadsheet';
import { ClassificationEntry, CUSTOM_SERVICE_LIFE, ServiceLife } from './property-classification';

/** The headings each column goes by in the published files (CSV, XLSX or XML element names). */
const COLUMNS = {
  code: ['編號', '財物編號', '財產編號', '分類編號', '財物分類編號'],
  name: ['名稱', '財物名稱', '財產名稱', '品名'],
  unit: ['單位'],
  life: ['最低使用年限', '使用年限', '年限', '最低使用年限（年）'],
} as const;

/** Reads `{ tag: text }` records out of XML: each element whose children are all plain text. */
export function xmlRecords(xml: string): SheetRow[] {
  const records: SheetRow[] = [];
  const parents = /<([^\s>/!?]+)[^>]*>((?:\s*<([^\s>/]+)[^>]*>[^<]*<\/\3>)+)\s*<\/\1>/g;
  for (const parent of xml.matchAll(parents)) {
    const cells: Record<string, string> = {};
    for (const leaf of parent[2].matchAll(/<([^\s>/]+)[^>]*>([^<]*)<\/\1>/g)) cells[leaf[1]] = unescape(leaf[2]).trim();
    records.push({ line: records.length + 1, cells });
  }
  return records;
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function cellOf(cells: Record<string, string>, names: readonly string[]): string {
  const heading = Object.keys(cells).find((key) => names.includes(key.replace(/\s/g, '')));
  return heading ? cells[heading] : '';
}

/** `314010103` and `3140101-03` alike become `3140101-03`; full-width characters are folded. */
function normalisedCode(text: string): string {
  const folded = text.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  const match = /^([0-9]{7})-?([0-9]{2}[A-Z]?)$/.exec(folded);
  return match ? `${match[1]}-${match[2]}` : folded;
}

function serviceLifeOf(text: string): ServiceLife {
  const folded = text.normalize('NFKC').replace(/\s|年/g, '');
  if (!folded || folded === '-' || folded === '無') return null;
  if (folded.includes(CUSTOM_SERVICE_LIFE)) return CUSTOM_SERVICE_LIFE;
  return /^[0-9]+$/.test(folded) ? Number(folded) : CUSTOM_SERVICE_LIFE;
}

/**
 * The item rows of an official classification file as entries, all marked checked. Rows without a
 * full item code (the 類/項/目/節 headings above the items) are left out.
 */
export function entriesFromOfficialRows(rows: SheetRow[]): ClassificationEntry[] {
  return rows
    .map((row) => ({
      code: normalisedCode(cellOf(row.cells, COLUMNS.code)),
      name: cellOf(row.cells, COLUMNS.name),
      unit: cellOf(row.cells, COLUMNS.unit),
      minimumServiceLife: serviceLifeOf(cellOf(row.cells, COLUMNS.life)),
      checked: true,
    }))
    .filter((entry) => /^[0-9]{7}-[0-9]{2}[A-Z]?$/.test(entry.code) && entry.name);
}
