import { Injectable } from '@nestjs/common';
import { AgenciesService } from '../../agencies/agencies.service';
import { ImportOutcome } from '../../common/import/import-lines';
import { mergedOutcome, requireColumns } from '../../common/import/import-outcome';
import { SheetRow } from '../../common/import/spreadsheet';
import { FleetImportService } from '../../fleet/import/fleet-import.service';
import { Actor } from '../../identity/actor';
import { HistoricalImporter } from '../historical-importer';
import { agencyLookup } from '../line-values';
import { carTripLines, REQUIRED_TRIP_FIELDS, TRIP_COLUMNS } from './car-trip-lines';

/** Earlier years' car dispatches, written by the fleet module as completed bookings on their trips. */
@Injectable()
export class CarTripImporter implements HistoricalImporter {
  readonly kind = 'car_trips';

  constructor(
    private readonly fleet: FleetImportService,
    private readonly agencies: AgenciesService,
  ) {}

  async importRows(actor: Actor, rows: SheetRow[], commit: boolean): Promise<ImportOutcome> {
    requireColumns(rows, TRIP_COLUMNS, REQUIRED_TRIP_FIELDS);
    const { lines, problems } = carTripLines(rows, {
      agencies: await agencyLookup(this.agencies, rows, TRIP_COLUMNS.agency),
      ...(await this.fleet.references()),
    });
    const outcome = await this.fleet.importBookings(actor, lines, commit && !problems.length);
    return mergedOutcome(rows.length, problems, outcome, TRIP_COLUMNS);
  }
}
