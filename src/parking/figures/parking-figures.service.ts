import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { firstTaipeiYear } from '../../common/figures/first-year';
import { Period, TAIPEI_ZONE } from '../../common/time';
import { ParkingLotsService } from '../lots/parking-lots.service';
import { ParkingPermit } from '../permits/parking-permit.entity';
import { LotFigures, ParkingFigures } from './dto/parking-figures.dto';

/** What the yearly figures count of the permits in one span, per lot id: flows, so a year is the sum of its months. */
export interface PermitFigureParts {
  issued: Record<string, number>;
  revoked: Record<string, number>;
}

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
    const lots: LotFigures[] = (await this.lots.names()).map((lot) => {
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

  /**
   * The yearly figures' permit counts of one span. The figures module's trigger on this table
   * (migration FigureMonthParts) marks the months of a permit's issue and revocation changed.
   */
  async figureParts(span: Period): Promise<PermitFigureParts> {
    const rows = (await this.permits.query(
      `SELECT lot_id, count(*) FILTER (WHERE issued_at >= $1 AND issued_at < $2)::int AS issued,
              count(*) FILTER (WHERE revoked_at >= $1 AND revoked_at < $2)::int AS revoked
         FROM parking_permits
        WHERE (issued_at >= $1 AND issued_at < $2) OR (revoked_at >= $1 AND revoked_at < $2)
        GROUP BY lot_id`,
      [span.start, span.end],
    )) as { lot_id: string; issued: number; revoked: number }[];
    return {
      issued: Object.fromEntries(rows.map((row) => [row.lot_id, row.issued])),
      revoked: Object.fromEntries(rows.map((row) => [row.lot_id, row.revoked])),
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
