import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { firstTaipeiYear } from '../../common/figures/first-year';
import { Period, TAIPEI_ZONE } from '../../common/time';
import { ParkingLotsService } from '../lots/parking-lots.service';
import { ParkingPermit } from '../permits/parking-permit.entity';
import { LotFigures, ParkingFigures } from './dto/parking-figures.dto';

interface CountRow {
  lot_id: string;
  key: string;
  count: number;
}

/**
 * Permit counts for any period (a year, a month, a council session) per lot: issued, revoked,
 * by agency visited and by day. The yearly figures ("核發公務臨時停車證10,033張") come from here.
 */
@Injectable()
export class ParkingFiguresService {
  constructor(
    @InjectRepository(ParkingPermit) private readonly permits: Repository<ParkingPermit>,
    private readonly lots: ParkingLotsService,
    private readonly agencies: AgenciesService,
  ) {}

  async figuresFor(period: Period): Promise<ParkingFigures> {
    const range = [period.start, period.end];
    const [issuedByAgency, issuedByDay, revoked] = await Promise.all([
      this.count(`agency_visited_id::text`, 'issued_at', range),
      this.count(`to_char(issued_at AT TIME ZONE $3::text, 'YYYY-MM-DD')`, 'issued_at', [...range, TAIPEI_ZONE]),
      this.count(`'all'`, 'revoked_at', range),
    ]);
    const agencyNames = await this.agencyNames([...new Set(issuedByAgency.map((row) => row.key))]);
    const lots: LotFigures[] = (await this.lots.list()).map((lot) => {
      const ofLot = (rows: CountRow[]) => rows.filter((row) => row.lot_id === lot.id);
      const byAgency = ofLot(issuedByAgency).map((row) => ({
        agencyId: row.key,
        agencyName: agencyNames.get(row.key) ?? row.key,
        issued: row.count,
      }));
      return {
        lotCode: lot.code,
        lotName: lot.name,
        issued: byAgency.reduce((sum, row) => sum + row.issued, 0),
        revoked: ofLot(revoked).reduce((sum, row) => sum + row.count, 0),
        byAgency: byAgency.sort((a, b) => b.issued - a.issued || a.agencyName.localeCompare(b.agencyName)),
        byDay: ofLot(issuedByDay)
          .map((row) => ({ day: row.key, issued: row.count }))
          .sort((a, b) => a.day.localeCompare(b.day)),
      };
    });
    return {
      start: period.start,
      end: period.end,
      issued: lots.reduce((sum, lot) => sum + lot.issued, 0),
      revoked: lots.reduce((sum, lot) => sum + lot.revoked, 0),
      lots,
    };
  }

  /** The Taipei year of the earliest permit issued, or null when there is none. */
  firstYearWithPermits(): Promise<number | null> {
    return firstTaipeiYear(this.permits, 'parking_permits', 'issued_at');
  }

  private async count(
    keyExpression: string,
    timeColumn: 'issued_at' | 'revoked_at',
    params: unknown[],
  ): Promise<CountRow[]> {
    return (await this.permits.query(
      `SELECT lot_id, ${keyExpression} AS key, count(*)::int AS count FROM parking_permits
        WHERE ${timeColumn} >= $1 AND ${timeColumn} < $2 GROUP BY 1, 2`,
      params,
    )) as CountRow[];
  }

  private async agencyNames(ids: string[]): Promise<Map<string, string>> {
    const agencies = await Promise.all(ids.map((id) => this.agencies.get(id)));
    return new Map(agencies.map((agency) => [agency.id, agency.name]));
  }
}
