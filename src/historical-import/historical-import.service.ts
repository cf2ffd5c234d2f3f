import { Inject, Injectable } from '@nestjs/common';
import { ImportRefusedError } from '../common/import/import-errors';
import { readUploadedSpreadsheet } from '../common/import/spreadsheet';
import { Actor } from '../identity/actor';
import { ImportFileDto, ImportKind, ImportReportView } from './dto/import.dto';
import { HISTORICAL_IMPORTERS, HistoricalImporter } from './historical-importer';

/**
 * Brings an office's earlier records in from its spreadsheets: reads the file and hands its rows to
 * the importer of their kind. A preview runs the very same checks, database constraints included,
 * and writes nothing; an import with any problem is refused with the line-by-line report.
 */
@Injectable()
export class HistoricalImportService {
  private readonly importers: Map<ImportKind, HistoricalImporter>;

  constructor(@Inject(HISTORICAL_IMPORTERS) importers: HistoricalImporter[]) {
    this.importers = new Map(importers.map((importer) => [importer.kind, importer]));
  }

  async run(actor: Actor, kind: ImportKind, file: ImportFileDto, commit: boolean): Promise<ImportReportView> {
    const rows = await readUploadedSpreadsheet(file.fileName, file.dataBase64);
    const outcome = await this.importerOf(kind).importRows(actor, rows, commit);
    const report = { kind, ...outcome };
    if (commit && !report.committed) throw new ImportRefusedError(report);
    return report;
  }

  private importerOf(kind: ImportKind): HistoricalImporter {
    const importer = this.importers.get(kind);
    if (!importer) throw new Error(`no importer for ${kind}`);
    return importer;
  }
}
