import { Injectable } from '@nestjs/common';
import { AgenciesService } from '../../agencies/agencies.service';
import { ImportOutcome } from '../../common/import/import-lines';
import { byCodeAndName, mergedOutcome, requireColumns } from '../../common/import/import-outcome';
import { SheetRow } from '../../common/import/spreadsheet';
import { VEHICLE_TYPE_LABELS, VEHICLE_TYPES } from '../../common/plates/taiwan-plate';
import { Actor } from '../../identity/actor';
import { ParkingLotsService } from '../../parking/lots/parking-lots.service';
import { PermitImportService } from '../../parking/permits/permit-import.service';
import { HistoricalImporter } from '../historical-importer';
import { parkingPermitLines, PERMIT_COLUMNS, REQUIRED_PERMIT_FIELDS } from './parking-permit-lines';

/** A file may name a vehicle type by its label (小型汽車) or its code (car). */
const VEHICLE_TYPE_NAMES = new Map(
  VEHICLE_TYPES.flatMap((type) => [
    [type, type],
    [VEHICLE_TYPE_LABELS[type], type],
  ]),
);

/** Earlier years' temporary parking permits, written by parking with their original serials and times. */
@Injectable()
export class ParkingPermitImporter implements HistoricalImporter {
  readonly kind = 'parking_permits';

  constructor(
    private readonly permits: PermitImportService,
    private readonly lots: ParkingLotsService,
    private readonly agencies: AgenciesService,
  ) {}

  async importRows(actor: Actor, rows: SheetRow[], commit: boolean): Promise<ImportOutcome> {
    requireColumns(rows, PERMIT_COLUMNS, REQUIRED_PERMIT_FIELDS);
    const agencyKeys = [...new Set(rows.flatMap((row) => PERMIT_COLUMNS.agency.map((name) => row.cells[name])))];
    const { lines, problems } = parkingPermitLines(rows, {
      lots: byCodeAndName(await this.lots.list(), (lot) => lot.code),
      agencies: byCodeAndName(
        await this.agencies.findByCodesOrNames(agencyKeys.filter(Boolean)),
        (agency) => agency.id,
      ),
      vehicleTypes: VEHICLE_TYPE_NAMES,
    });
    const outcome = await this.permits.importPermits(actor, lines, commit && !problems.length);
    return mergedOutcome(rows.length, problems, outcome, PERMIT_COLUMNS);
  }
}
