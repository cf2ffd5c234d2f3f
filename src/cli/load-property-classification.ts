import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CLASSIFICATION_FILE } from '../assets/classification/classification-loader';
import { entriesFromOfficialRows, xmlRecords } from '../assets/classification/official-file';
import { assertValidClassification, PropertyClassification } from '../assets/classification/property-classification';
import { readSpreadsheet } from '../common/import/spreadsheet';
import { fromProjectRoot } from '../config/project-root';

const USAGE = `usage: npm run classification:load -- --edition "財物標準分類（112年修正）" FILE...
  Replaces ${CLASSIFICATION_FILE} with the official property classification (財物標準分類) read from
  the published files (XML, CSV or XLSX, one per class is fine), then restart the service.`;

async function rowsOf(file: string) {
  const bytes = readFileSync(file);
  return file.toLowerCase().endsWith('.xml') ? xmlRecords(bytes.toString('utf8')) : readSpreadsheet(file, bytes);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { edition: { type: 'string' }, out: { type: 'string', default: CLASSIFICATION_FILE } },
    allowPositionals: true,
  });
  if (!values.edition || !positionals.length) throw new Error(USAGE);
  const entries = (await Promise.all(positionals.map(rowsOf))).flatMap(entriesFromOfficialRows);
  const classification: PropertyClassification = {
    edition: values.edition,
    source: `行政院主計總處「財物標準分類」官方檔案：${positionals.map((file) => file.split('/').pop()).join('、')}`,
    entries: entries.sort((a, b) => a.code.localeCompare(b.code)),
  };
  assertValidClassification(classification);
  writeFileSync(fromProjectRoot(values.out), `${JSON.stringify(classification, null, 2)}\n`);
  console.log(`wrote ${entries.length} classification items to ${values.out}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
