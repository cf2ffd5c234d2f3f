import { Injectable } from '@nestjs/common';
import { ImportOutcome } from '../../common/import/import-lines';
import { mergedOutcome, requireColumns } from '../../common/import/import-outcome';
import { SheetRow } from '../../common/import/spreadsheet';
import { ResidenceCheckImportService } from '../../dormitories/residence-checks/residence-check-import.service';
import { Actor } from '../../identity/actor';
import { HistoricalImporter } from '../historical-importer';
import { CHECK_COLUMNS, REQUIRED_CHECK_FIELDS, residenceCheckLines } from './residence-check-lines';

/** Earlier years' residence fact verification results, written by dormitories as imported rounds. */
@Injectable()
export class ResidenceCheckImporter implements HistoricalImporter {
  readonly kind = 'residence_checks';

  constructor(private readonly checks: ResidenceCheckImportService) {}

  async importRows(actor: Actor, rows: SheetRow[], commit: boolean): Promise<ImportOutcome> {
    requireColumns(rows, CHECK_COLUMNS, REQUIRED_CHECK_FIELDS);
    const { lines, problems } = residenceCheckLines(rows);
    const outcome = await this.checks.importChecks(actor, lines, commit && !problems.length);
    return mergedOutcome(rows.length, problems, outcome, CHECK_COLUMNS);
  }
}
