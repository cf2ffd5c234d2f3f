import { Injectable } from '@nestjs/common';
import { AgenciesService } from '../agencies/agencies.service';
import { ImportRefusedError, MissingColumnsError } from '../common/import/import-errors';
import { ImportOutcome, LineProblem } from '../common/import/import-lines';
import { Columns, missingColumns } from '../common/import/line-reader';
import { readUploadedSpreadsheet, SheetRow } from '../common/import/spreadsheet';
import { Actor } from '../identity/actor';
import { MaintenanceService } from '../maintenance/maintenance.service';
import { TradesService } from '../trades/trades.service';
import { ImportFileDto, ImportKind, ImportReportView } from './dto/import.dto';
import { CASE_COLUMNS, repairCaseLines, REQUIRED_CASE_FIELDS } from './repair-case-lines';

/**
 * Brings an office's earlier records in from its spreadsheets: reads the file, turns its Chinese
 * headings and ROC or Western dates into each record's fields, and hands the lines to the owning
 * module's import, which checks and writes them all or nothing. A preview runs the very same
 * checks, database constraints included, and writes nothing.
 */
@Injectable()
export class HistoricalImportService {
  constructor(
    private readonly maintenance: MaintenanceService,
    private readonly agencies: AgenciesService,
    private readonly trades: TradesService,
  ) {}

  async run(actor: Actor, kind: ImportKind, file: ImportFileDto, commit: boolean): Promise<ImportReportView> {
    const rows = await readUploadedSpreadsheet(file.fileName, file.dataBase64);
    const outcome = await this.importRepairCases(actor, rows, commit);
    const report = { kind, ...outcome };
    if (commit && !report.committed) throw new ImportRefusedError(report);
    return report;
  }

  private async importRepairCases(actor: Actor, rows: SheetRow[], commit: boolean): Promise<ImportOutcome> {
    const missing = missingColumns(CASE_COLUMNS, REQUIRED_CASE_FIELDS, Object.keys(rows[0]?.cells ?? {}));
    if (missing.length) throw new MissingColumnsError(missing);
    const agencyKeys = [...new Set(rows.flatMap((row) => [row.cells['報修機關'], row.cells['機關']]).filter(Boolean))];
    const agencies = await this.agencies.findByCodesOrNames(agencyKeys);
    const trades = await this.trades.list();
    const { lines, problems } = repairCaseLines(rows, {
      agencies: new Map(
        agencies.flatMap((agency) => [
          [agency.code, agency.id],
          [agency.name, agency.id],
        ]),
      ),
      trades: new Map(
        trades.flatMap((trade) => [
          [trade.code, trade.code],
          [trade.name, trade.code],
        ]),
      ),
    });
    const outcome = await this.maintenance.importCases(actor, lines, commit && !problems.length);
    return merged(rows.length, problems, outcome, CASE_COLUMNS);
  }
}

/**
 * The reading problems and the module's problems in one list, by line. While some lines cannot be
 * read, the module's checks of the file as a whole (numbers without gaps) are left out: they would
 * only echo the missing lines.
 */
function merged<F extends string>(
  lines: number,
  readProblems: LineProblem[],
  outcome: ImportOutcome,
  columns: Columns<F>,
): ImportOutcome {
  const moduleProblems = (
    readProblems.length ? outcome.problems.filter((problem) => problem.line !== null) : outcome.problems
  ).map((problem) => withColumn(problem, columns));
  const problems = [...readProblems, ...moduleProblems].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { committed: outcome.committed && !readProblems.length, lines, problems };
}

/** A module names its record's field; the office reads the file's heading. */
function withColumn<F extends string>(problem: LineProblem, columns: Columns<F>): LineProblem {
  const column = problem.field ? columns[problem.field as F]?.[0] : undefined;
  return column ? { ...problem, column, params: { column, ...problem.params } } : problem;
}
