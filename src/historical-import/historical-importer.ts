import { ImportOutcome } from '../common/import/import-lines';
import { SheetRow } from '../common/import/spreadsheet';
import { Actor } from '../identity/actor';
import { ImportKind } from './dto/import.dto';

/**
 * One kind of earlier record an office brings in: reads the file's rows by their Chinese headings
 * and hands the lines to the owning module's import, which checks and writes them all or nothing.
 */
export interface HistoricalImporter {
  readonly kind: ImportKind;
  importRows(actor: Actor, rows: SheetRow[], commit: boolean): Promise<ImportOutcome>;
}

/** The injection token of every kind's importer; the module lists them. */
export const HISTORICAL_IMPORTERS = Symbol('HISTORICAL_IMPORTERS');
