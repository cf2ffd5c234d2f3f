import { Injectable } from '@nestjs/common';
import { AgenciesService } from '../../agencies/agencies.service';
import { ImportOutcome } from '../../common/import/import-lines';
import { byCodeAndName, mergedOutcome, requireColumns } from '../../common/import/import-outcome';
import { SheetRow } from '../../common/import/spreadsheet';
import { Actor } from '../../identity/actor';
import { MaintenanceService } from '../../maintenance/maintenance.service';
import { TradesService } from '../../trades/trades.service';
import { HistoricalImporter } from '../historical-importer';
import { CASE_COLUMNS, repairCaseLines, REQUIRED_CASE_FIELDS } from './repair-case-lines';

/** Earlier years' repair cases, written by maintenance with their original numbers and times. */
@Injectable()
export class RepairCaseImporter implements HistoricalImporter {
  readonly kind = 'repair_cases';

  constructor(
    private readonly maintenance: MaintenanceService,
    private readonly agencies: AgenciesService,
    private readonly trades: TradesService,
  ) {}

  async importRows(actor: Actor, rows: SheetRow[], commit: boolean): Promise<ImportOutcome> {
    requireColumns(rows, CASE_COLUMNS, REQUIRED_CASE_FIELDS);
    const agencyKeys = [...new Set(rows.flatMap((row) => [row.cells['報修機關'], row.cells['機關']]).filter(Boolean))];
    const { lines, problems } = repairCaseLines(rows, {
      agencies: byCodeAndName(await this.agencies.findByCodesOrNames(agencyKeys), (agency) => agency.id),
      trades: byCodeAndName(await this.trades.list(), (trade) => trade.code),
    });
    const outcome = await this.maintenance.importCases(actor, lines, commit && !problems.length);
    return mergedOutcome(rows.length, problems, outcome, CASE_COLUMNS);
  }
}
