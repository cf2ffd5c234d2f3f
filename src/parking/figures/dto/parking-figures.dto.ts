import { ApiProperty } from '@nestjs/swagger';

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
