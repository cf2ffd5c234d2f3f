import { Injectable } from '@nestjs/common';
import { AgenciesService } from '../../agencies/agencies.service';
import { ImportRefusedError } from '../../common/import/import-errors';
import { IMPORT_LINES_PER_SAVEPOINT, importLines, ImportOutcome } from '../../common/import/import-lines';
import { mergedOutcome, requireColumns } from '../../common/import/import-outcome';
import { readUploadedSpreadsheet } from '../../common/import/spreadsheet';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { LocationsService } from '../../locations/locations.service';
import { AssetRegisterService } from '../register/asset-register.service';
import {
  alreadyRegistered,
  ASSET_COLUMNS,
  ASSET_PROBLEM_COLUMNS,
  assetImportLines,
  ImportPlace,
  REQUIRED_ASSET_FIELDS,
} from './asset-import-lines';
import { AssetImportFileDto } from './dto/asset-import.dto';

/**
 * Brings in the register an office kept before this service: reads its spreadsheet by the Chinese
 * headings and registers every line through the register's own rules, all or nothing. A preview
 * runs the same checks, database constraints included, in a transaction that is rolled back.
 */
@Injectable()
export class AssetImportService {
  constructor(
    private readonly register: AssetRegisterService,
    private readonly agencies: AgenciesService,
    private readonly locations: LocationsService,
    private readonly transactions: TransactionRunner,
  ) {}

  async run(actor: Actor, file: AssetImportFileDto, commit: boolean): Promise<ImportOutcome> {
    await this.agencies.requireActive(file.custodianAgencyId);
    const rows = await readUploadedSpreadsheet(file.fileName, file.dataBase64);
    requireColumns(rows, ASSET_COLUMNS, REQUIRED_ASSET_FIELDS);
    const read = assetImportLines(rows, await this.places(), file.custodianAgencyId);
    const registered = await this.register.registeredNumbers(read.lines.map((line) => line.values.propertyNumber));
    const problems = [...read.problems, ...alreadyRegistered(read.lines, registered)];
    const lines = read.lines.filter((line) => !registered.has(line.values.propertyNumber));
    const outcome = await importLines(
      this.transactions,
      lines,
      commit && !problems.length,
      async (manager, { values: { siteId, ...input } }) => {
        await this.register.registerWith(manager, actor, input, siteId);
      },
      undefined,
      IMPORT_LINES_PER_SAVEPOINT,
    );
    const report = mergedOutcome(rows.length, problems, outcome, ASSET_PROBLEM_COLUMNS);
    if (commit && !report.committed) throw new ImportRefusedError(report);
    return report;
  }

  /** Every location in use by its label (as the register's export writes it), its path of names and its path of codes. */
  private async places(): Promise<Map<string, ImportPlace>> {
    const places = new Map<string, ImportPlace>();
    for (const [locationId, names] of await this.locations.placeNames()) {
      if (!names.active) continue;
      const place = { locationId, siteId: names.siteId };
      for (const key of [names.label, names.namePath, names.codePath]) places.set(key, place);
    }
    return places;
  }
}
