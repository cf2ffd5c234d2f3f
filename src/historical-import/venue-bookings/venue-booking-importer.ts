import { Injectable } from '@nestjs/common';
import { AgenciesService } from '../../agencies/agencies.service';
import { ImportOutcome } from '../../common/import/import-lines';
import { mergedOutcome, requireColumns } from '../../common/import/import-outcome';
import { SheetRow } from '../../common/import/spreadsheet';
import { Actor } from '../../identity/actor';
import { VenueImportService } from '../../venues/import/venue-import.service';
import { HistoricalImporter } from '../historical-importer';
import { agencyLookup } from '../line-values';
import { REQUIRED_VENUE_FIELDS, VENUE_COLUMNS, venueBookingLines } from './venue-booking-lines';

/** Earlier years' venue bookings, written by the venues module as bookings that went ahead. */
@Injectable()
export class VenueBookingImporter implements HistoricalImporter {
  readonly kind = 'venue_bookings';

  constructor(
    private readonly venues: VenueImportService,
    private readonly agencies: AgenciesService,
  ) {}

  async importRows(actor: Actor, rows: SheetRow[], commit: boolean): Promise<ImportOutcome> {
    requireColumns(rows, VENUE_COLUMNS, REQUIRED_VENUE_FIELDS);
    const { lines, problems } = venueBookingLines(rows, {
      agencies: await agencyLookup(this.agencies, rows, VENUE_COLUMNS.agency),
      spaces: await this.venues.spaces(),
    });
    const outcome = await this.venues.importBookings(actor, lines, commit && !problems.length);
    return mergedOutcome(rows.length, problems, outcome, VENUE_COLUMNS);
  }
}
