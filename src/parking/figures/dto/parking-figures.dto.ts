import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class FiguresQuery {
  @ApiProperty({ example: '2026-01-01', description: 'first day, Asia/Taipei' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be YYYY-MM-DD' })
  from: string;
  @ApiProperty({ example: '2026-12-31', description: 'last day (inclusive), Asia/Taipei' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be YYYY-MM-DD' })
  to: string;
}

export class AgencyCount {
  @ApiProperty() agencyId: string;
  @ApiProperty({ example: '財政局' }) agencyName: string;
  @ApiProperty() issued: number;
}

export class DayCount {
  @ApiProperty({ example: '2026-11-23' }) day: string;
  @ApiProperty() issued: number;
}

export class LotFigures {
  @ApiProperty({ example: 'SW' }) lotCode: string;
  @ApiProperty() lotName: string;
  @ApiProperty({ description: 'permits issued in the period' }) issued: number;
  @ApiProperty({ description: 'permits revoked in the period' }) revoked: number;
  @ApiProperty({ type: [AgencyCount] }) byAgency: AgencyCount[];
  @ApiProperty({ type: [DayCount] }) byDay: DayCount[];
}

export class ParkingFigures {
  @ApiProperty() start: Date;
  @ApiProperty({ description: 'exclusive' }) end: Date;
  @ApiProperty() issued: number;
  @ApiProperty() revoked: number;
  @ApiProperty({ type: [LotFigures] }) lots: LotFigures[];
}
