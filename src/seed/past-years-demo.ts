import { DateTime } from 'luxon';
import { ImportLine } from '../common/import/import-lines';
import { TAIPEI_ZONE, toGregorianYear } from '../common/time';
import { ImportedCase } from '../maintenance/tickets/ticket-import.service';

/**
 * Repair cases received per month in the two years before the service, as an office moving in
 * would import them: 112 adds up to the 1,059 cases its report printed, 111 to a little less, so
 * the figures page has a year to show beside the one before it.
 */
export const PAST_YEAR_CASES_PER_MONTH: Readonly<Record<number, readonly number[]>> = {
  111: [74, 66, 88, 81, 85, 93, 90, 79, 84, 80, 83, 90],
  112: [80, 72, 95, 88, 90, 101, 92, 85, 89, 84, 87, 96],
};

const SPOTS = ['四維行政中心3樓茶水間', '四維行政中心7樓會議室', '鳳山行政中心前棟大廳', '鳳山行政中心後棟2樓'];

export interface PastCaseSources {
  agencyIds: string[];
  trades: { code: string; name: string }[];
}

/** The past years' cases as import lines, numbered `112-000001` on without gaps as the old system did. */
export function pastYearCases({ agencyIds, trades }: PastCaseSources): ImportLine<ImportedCase>[] {
  return Object.entries(PAST_YEAR_CASES_PER_MONTH).flatMap(([rocYear, perMonth]) => {
    const year = toGregorianYear(Number(rocYear));
    let serial = 0;
    return perMonth.flatMap((count, monthIndex) =>
      Array.from({ length: count }, (_, index) => {
        serial += 1;
        const trade = trades[serial % trades.length];
        const receivedAt = DateTime.fromObject(
          { year, month: monthIndex + 1, day: (index % 28) + 1, hour: 8 + (index % 9), minute: (serial * 7) % 60 },
          { zone: TAIPEI_ZONE },
        );
        const values: ImportedCase = {
          number: `${rocYear}-${String(serial).padStart(6, '0')}`,
          receivedAt: receivedAt.toJSDate(),
          agencyId: agencyIds[serial % agencyIds.length],
          tradeCode: trade.code,
          title: `${trade.name}報修`,
          description: `${trade.name}設備故障，請派員檢修`,
          spotText: SPOTS[serial % SPOTS.length],
          closedAt: receivedAt.plus({ days: 1 + (serial % 5) }).toJSDate(),
          vendorName: null,
        };
        return { line: serial + 1, values };
      }),
    );
  });
}
